package org.parley.server;

import java.util.List;
import org.parley.query.QuoteRow;

/**
 * What one search box finds: articles, actors and quotes containing the words.
 *
 * @param query    the words searched
 * @param articles matching articles
 * @param actors   matching actors
 * @param quotes   matching quotes, with speakers
 */
public record SearchResults(String query, List<ArticleHit> articles, List<ActorSummary> actors,
                            List<QuoteRow> quotes) {

    public SearchResults {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
    }
}
