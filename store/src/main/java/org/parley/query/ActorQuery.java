package org.parley.query;

/**
 * What {@code ParleyStore.actors} looks for in the actor registry.
 *
 * @param text    the registry name, any alias (a name or proper-name mention an article gave the actor) or the
 *                registry key contains it (case-insensitive), or the CAMEO code starts with it; null for any
 * @param country the actor's ISO alpha-3 country, or null
 * @param limit   at most this many actors (1..1000)
 */
public record ActorQuery(String text, String country, int limit) {

    public ActorQuery {
        text = EventQuery.blankToNull(text);
        country = EventQuery.blankToNull(country);
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("actor query limit " + limit + " is not 1..1000");
        }
    }

    /** Actors matching {@code text}, the first 20. */
    public static ActorQuery matching(String text) {
        return new ActorQuery(text, null, 20);
    }
}
