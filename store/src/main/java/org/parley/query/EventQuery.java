package org.parley.query;

import java.time.LocalDate;
import java.util.Locale;
import org.parley.extract.Modality;

/**
 * Filters for {@code ParleyStore.events} and {@code ParleyStore.mergedEvents} (and the exports): every non-null
 * filter must hold (AND). Start from {@link #all()} and narrow with the {@code with...} methods. Values are bound
 * as SQL parameters, never spliced into SQL.
 *
 * @param actor         either side's name contains it (case-insensitive), or either side's CAMEO code starts with
 *                      it ("USA" matches USAGOV and USAMIL); null for any
 * @param sourceCountry the source actor's ISO alpha-3 country (case-insensitive), or null
 * @param targetCountry the target actor's ISO alpha-3 country (case-insensitive), or null
 * @param cameoPrefix   the CAMEO code starts with it ("04" all consultations, "0256" exactly), or null
 * @param modality      only events told this way, or null for any
 * @param from          only events whose whole date lies on or after this day, or null; an event without a date
 *                      is left out whenever {@code from} or {@code to} is set; "2025-04" lies within
 *                      2025-04-01..2025-04-30 (merged events fall back on the article's publication day)
 * @param to            only events whose whole date lies on or before this day, or null
 * @param articleId     only this article's events (merged: events with evidence from it), or null
 * @param limit         at most this many rows (1..{@value #MAX_LIMIT}); exports ignore it
 * @param offset        skip this many rows first (for paging); exports ignore it
 * @param country       either side's ISO alpha-3 country, or null
 * @param dyadSource    the source matches it (as {@code actor} does) and the target matches {@code dyadTarget}
 * @param dyadTarget    see {@code dyadSource}; both or neither are set
 * @param plover        the PLOVER event type (case-insensitive), or null
 * @param quad          the quad class 1-4, or null
 * @param place         the place's name contains it (case-insensitive) or its ISO alpha-2 country is it, or null
 * @param text          the evidence sentence contains it (case-insensitive; merged: any of its evidence), or null
 */
public record EventQuery(String actor, String sourceCountry, String targetCountry, String cameoPrefix,
                         Modality modality, LocalDate from, LocalDate to, String articleId,
                         int limit, int offset,
                         String country, String dyadSource, String dyadTarget, String plover, Integer quad,
                         String place, String text) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 100_000;

    public EventQuery {
        actor = blankToNull(actor);
        sourceCountry = blankToNull(sourceCountry);
        targetCountry = blankToNull(targetCountry);
        cameoPrefix = blankToNull(cameoPrefix);
        articleId = blankToNull(articleId);
        country = blankToNull(country);
        dyadSource = blankToNull(dyadSource);
        dyadTarget = blankToNull(dyadTarget);
        plover = plover == null || plover.isBlank() ? null : plover.trim().toUpperCase(Locale.ROOT);
        place = blankToNull(place);
        text = blankToNull(text);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("event query limit " + limit + " is not 1.." + MAX_LIMIT);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("event query offset " + offset + " < 0");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("event query date range " + from + ".." + to + " ends before it starts");
        }
        if ((dyadSource == null) != (dyadTarget == null)) {
            throw new IllegalArgumentException("a dyad needs both actors, got " + dyadSource + ", " + dyadTarget);
        }
        if (quad != null && (quad < 1 || quad > 4)) {
            throw new IllegalArgumentException("quad class " + quad + " is not 1-4");
        }
    }

    /** The filters of the first version (kept for callers written against it); the newer ones unset. */
    public EventQuery(String actor, String sourceCountry, String targetCountry, String cameoPrefix,
                      Modality modality, LocalDate from, LocalDate to, String articleId, int limit, int offset) {
        this(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit, offset,
                null, null, null, null, null, null, null);
    }

    /** Every event, the first {@value #DEFAULT_LIMIT}. */
    public static EventQuery all() {
        return new EventQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT, 0);
    }

    public EventQuery withActor(String v) {
        return new EventQuery(v, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset, country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    public EventQuery withSourceCountry(String v) {
        return new EventQuery(actor, v, targetCountry, cameoPrefix, modality, from, to, articleId, limit, offset,
                country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    public EventQuery withTargetCountry(String v) {
        return new EventQuery(actor, sourceCountry, v, cameoPrefix, modality, from, to, articleId, limit, offset,
                country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    public EventQuery withCameoPrefix(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, v, modality, from, to, articleId, limit, offset,
                country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    public EventQuery withModality(Modality v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, v, from, to, articleId, limit, offset,
                country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    /** Events dated within {@code first..last} (either may be null for an open end). */
    public EventQuery withDates(LocalDate first, LocalDate last) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, first, last, articleId,
                limit, offset, country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    public EventQuery withArticleId(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, v, limit, offset,
                country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    public EventQuery withPage(int newLimit, int newOffset) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId,
                newLimit, newOffset, country, dyadSource, dyadTarget, plover, quad, place, text);
    }

    /** Events where either actor belongs to this ISO alpha-3 country. */
    public EventQuery withCountry(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset, v, dyadSource, dyadTarget, plover, quad, place, text);
    }

    /** Events from an actor matching {@code source} to one matching {@code target} (names or code prefixes). */
    public EventQuery withDyad(String source, String target) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset, country, source, target, plover, quad, place, text);
    }

    public EventQuery withPlover(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset, country, dyadSource, dyadTarget, v, quad, place, text);
    }

    public EventQuery withQuad(Integer v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset, country, dyadSource, dyadTarget, plover, v, place, text);
    }

    public EventQuery withPlace(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset, country, dyadSource, dyadTarget, plover, quad, v, text);
    }

    public EventQuery withText(String v) {
        return new EventQuery(actor, sourceCountry, targetCountry, cameoPrefix, modality, from, to, articleId, limit,
                offset, country, dyadSource, dyadTarget, plover, quad, place, v);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
