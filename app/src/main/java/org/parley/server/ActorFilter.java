package org.parley.server;

import java.time.LocalDate;
import org.parley.extract.ActorKind;

/**
 * Filters for the actor list; every non-null filter must hold.
 *
 * @param text    the registry name, key or any name or mention an article gave the actor contains it
 *                (case-insensitive), or the CAMEO code starts with it; or null
 * @param country ISO 3166-1 alpha-3, or null
 * @param kind    person, organization, country or group, or null
 * @param since   only actors of articles published on or after this day, counted in those articles only; or null
 * @param until   only actors of articles published on or before this day, counted in those articles only; or null
 */
public record ActorFilter(String text, String country, ActorKind kind, LocalDate since, LocalDate until) {

    public ActorFilter {
        if (since != null && until != null && until.isBefore(since)) {
            throw new IllegalArgumentException("date range " + since + ".." + until + " ends before it starts");
        }
    }
}
