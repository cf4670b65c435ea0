package org.parley.server;

import java.time.LocalDate;
import java.util.Set;
import org.parley.extract.Modality;

/**
 * Filters for the aggregated event views (timeline, network, places, merged events). Every non-null filter must
 * hold. Actor filters match like the store's: the actor's name contains the value (case-insensitive) or its CAMEO
 * code starts with it ("USA" matches USAGOV and USAMIL).
 *
 * <p>Aggregates place an event on its own date when it has one, else on its article's publication day: an undated
 * event still happened around the time it was reported, and leaving it out would hide most events of an article.
 *
 * @param actor      either side matches, or null
 * @param source     the source actor matches, or null
 * @param target     the target actor matches, or null
 * @param cameo      the CAMEO code starts with it, or null
 * @param modalities only events told in one of these ways; empty for any
 * @param since      only events whose whole date lies on or after this day, or null
 * @param until      only events whose whole date lies on or before this day, or null
 */
public record EventFilter(String actor, String source, String target, String cameo, Set<Modality> modalities,
                          LocalDate since, LocalDate until) {

    public EventFilter {
        modalities = Set.copyOf(modalities);
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("date range " + since + ".." + until + " ends before it starts");
        }
    }

    /** No filter at all. */
    public static EventFilter any() {
        return new EventFilter(null, null, null, null, Set.of(), null, null);
    }

    public EventFilter withModalities(Set<Modality> v) {
        return new EventFilter(actor, source, target, cameo, v, since, until);
    }
}
