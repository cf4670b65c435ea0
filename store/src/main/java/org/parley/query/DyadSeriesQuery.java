package org.parley.query;

import java.time.LocalDate;
import java.util.Objects;
import org.parley.extract.Modality;

/**
 * A dyad's merged events over time: events from an actor matching {@code source} to one matching {@code target}
 * (names contain it or CAMEO codes start with it, as in {@link EventQuery#actor()}).
 *
 * @param source         the acting side
 * @param target         the side acted upon
 * @param period         day, week or month
 * @param bothDirections also count events from target to source
 * @param from           first day, or null for the first event's period
 * @param to             last day, or null for the last event's period
 * @param modality       only events told this way (ASSERTED by default), or null for any
 */
public record DyadSeriesQuery(String source, String target, SeriesPeriod period, boolean bothDirections,
                              LocalDate from, LocalDate to, Modality modality) {

    public DyadSeriesQuery {
        source = EventQuery.blankToNull(source);
        target = EventQuery.blankToNull(target);
        if (source == null || target == null) {
            throw new IllegalArgumentException("a dyad series needs both actors, got " + source + ", " + target);
        }
        Objects.requireNonNull(period, "period");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("dyad series range " + from + ".." + to + " ends before it starts");
        }
    }

    /** Asserted events from {@code source} to {@code target} per {@code period}, over all dates. */
    public static DyadSeriesQuery of(String source, String target, SeriesPeriod period) {
        return new DyadSeriesQuery(source, target, period, false, null, null, Modality.ASSERTED);
    }
}
