package org.parley.query;

import java.time.LocalDate;

/**
 * One period of a dyad series.
 *
 * @param period              the period's first day
 * @param events              merged events of the dyad dated within it
 * @param articles            their articles (near-duplicates once), summed over the events
 * @param meanGoldstein       mean Goldstein value of the events, or null without events
 * @param periodArticles      articles stored with a publication day in the period (all actors)
 * @param eventsPer1kArticles events per 1,000 stored articles of the period, or null when it has none
 */
public record DyadPoint(LocalDate period, long events, long articles, Double meanGoldstein, long periodArticles,
                        Double eventsPer1kArticles) {
}
