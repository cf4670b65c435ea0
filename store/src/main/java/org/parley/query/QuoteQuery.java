package org.parley.query;

import java.time.LocalDate;

/**
 * Filters for {@code ParleyStore.quotes}: every non-null filter must hold (AND). Start from {@link #all()} and
 * narrow with the {@code with...} methods. Values are bound as SQL parameters, never spliced into SQL.
 *
 * @param speaker   the speaker's name contains it (case-insensitive), or null for any (unattributed included)
 * @param text      the quoted text contains it (case-insensitive), or null
 * @param from      only quotes from articles published on or after this day, or null; articles without a
 *                  publication date are left out whenever {@code from} or {@code to} is set
 * @param to        only quotes from articles published on or before this day, or null
 * @param articleId only this article's quotes, or null
 * @param limit     at most this many rows (1..{@value EventQuery#MAX_LIMIT})
 * @param offset    skip this many rows first (for paging)
 */
public record QuoteQuery(String speaker, String text, LocalDate from, LocalDate to, String articleId, int limit,
                         int offset) {

    public QuoteQuery {
        speaker = EventQuery.blankToNull(speaker);
        text = EventQuery.blankToNull(text);
        articleId = EventQuery.blankToNull(articleId);
        if (limit < 1 || limit > EventQuery.MAX_LIMIT) {
            throw new IllegalArgumentException("quote query limit " + limit + " is not 1.." + EventQuery.MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("quote query offset " + offset + " < 0");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("quote query date range " + from + ".." + to + " ends before it starts");
        }
    }

    /** Every quote, the first {@value EventQuery#DEFAULT_LIMIT}. */
    public static QuoteQuery all() {
        return new QuoteQuery(null, null, null, null, null, EventQuery.DEFAULT_LIMIT, 0);
    }

    public QuoteQuery withSpeaker(String v) {
        return new QuoteQuery(v, text, from, to, articleId, limit, offset);
    }

    public QuoteQuery withText(String v) {
        return new QuoteQuery(speaker, v, from, to, articleId, limit, offset);
    }

    /** Quotes from articles published within {@code first..last} (either may be null for an open end). */
    public QuoteQuery withDates(LocalDate first, LocalDate last) {
        return new QuoteQuery(speaker, text, first, last, articleId, limit, offset);
    }

    public QuoteQuery withArticleId(String v) {
        return new QuoteQuery(speaker, text, from, to, v, limit, offset);
    }

    public QuoteQuery withPage(int newLimit, int newOffset) {
        return new QuoteQuery(speaker, text, from, to, articleId, newLimit, newOffset);
    }
}
