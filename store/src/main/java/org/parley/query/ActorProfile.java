package org.parley.query;

import java.time.LocalDate;
import java.util.List;

/**
 * One actor of the registry as seen across the store: one identity however many articles name it.
 *
 * @param key       registry key ("person:donald trump|USA", "code:RUSGOV")
 * @param name      registry name (the name of its first article)
 * @param kind      person, organization, country or group
 * @param country   ISO alpha-3, or null
 * @param sector    CAMEO-style role, or null
 * @param code      CAMEO actor code, or null
 * @param articles  how many stored articles name it
 * @param firstSeen earliest publication day of those articles, or null
 * @param lastSeen  latest publication day, or null
 * @param aliases   every other name and proper-name mention it was given, most frequent first
 * @param titles    the role words articles gave it, each with when it was first and last given
 */
public record ActorProfile(String key, String name, String kind, String country, String sector, String code,
                           int articles, LocalDate firstSeen, LocalDate lastSeen, List<String> aliases,
                           List<TitleSpan> titles) {

    public ActorProfile {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
    }

    /**
     * A title over time.
     *
     * @param title     the role words ("President")
     * @param firstSeen earliest publication day of an article giving it, or null
     * @param lastSeen  latest, or null
     * @param articles  how many articles give it
     */
    public record TitleSpan(String title, LocalDate firstSeen, LocalDate lastSeen, int articles) {
    }
}
