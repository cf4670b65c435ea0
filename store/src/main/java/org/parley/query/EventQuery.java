package org.parley.query;

import java.time.LocalDate;
import org.parley.extract.Modality;

/**
 * Filters for {@code ParleyStore.events}: every non-null filter must hold (AND). Start from {@link #all()} and
 * narrow with the {@code with...} methods. Values are bound as SQL parameters, never spliced into SQL.
 *
 * @param actor         either side's name contains it (case-insensitive), or either side's CAMEO code starts with
 *                      it ("USA" matches USAGOV and USAMIL); null for any
 * @param sourceCountry the source actor's ISO alpha-3 country (case-insensitive), or null
 * @param targetCountry the target actor's ISO alpha-3 country (case-insensitive), or null
 * @param cameoPrefix   the CAMEO code starts with it ("04" all consultations, "0256" exactly), or null
 * @param modality      only events told this way, or null for any
 * @param from          only events whose whole date lies on or after this day, or null; an event without a date
 *                      is left out whenever {@code from} or {@code to} is set; "2025-04" lies within
 *                      2025-04-01..2025-04-30
 * @param to            only events whose whole date lies on or before this day, or null
 * @param articleId     only this article's events, or null
 * @param limit         at most this many rows (1..{@value #MAX_LIMIT})
 * @param offset        skip this many rows first (for paging)
 */
public record EventQuery(String actor, String sourceCountry, String targetCountry, String cameoPrefix,
                         Modality modality, LocalDate from, LocalDate to, String articleId,
                         int limit, int offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100_000;

    public EventQuery {
        actor = blankToNull(actor);
        sourceCountry = blankToNull(sourceCountry);
        targetCountry = blankToNull(targetCountry);
        cameoPrefix = blankToNull(cameoPrefix);
        articleId = blankToNull(articleId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("event query limit " + limit + " is not 1.." + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("event query offset " + offset + " < 0");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("event query date range " + from + ".." + to + " ends before it starts");
        }
    }

    /** Every event, the first {@value #DEFAULT_LIMIT}. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventQuery withActor(String v) {
        return new EventQuery(v, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset);
    }

    public EventQuery withSourceCountry(String v) {
        return new EventQuery(actor, v, targetCountry, cameoPrefix, modality, from, to, articleId, limit, offset);
    }

    public EventQuery withTargetCountry(String v) {
        return new EventQuery(actor, sourceCountry, v, cameoPrefix, modality, from, to, articleId, limit, offset);
    }

    public EventQuery withCameoPrefix(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, v, modality, from, to, articleId, limit, offset);
    }

    public EventQuery withModality(Modality v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, v, from, to, articleId, limit, offset);
    }

    /** Events dated within {@code first..last} (either may be null for an open end). */
    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, first, last, articleId,
                limit, offset);
    }

    public EventQuery withArticleId(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, v, limit, offset);
    }

    public EventQuery withPage(int newLimit, int newOffset) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId,
                newLimit, newOffset);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
