package org.parley.query;

/**
 * An actor as a query row shows it: enough to name and group it without reading the actors table.
 *
 * @param id      actor id within its article ("a1")
 * @param name    canonical name, or null when the id names no stored actor
 * @param code    CAMEO actor code ("USAGOV"), or null
 * @param country ISO 3166-1 alpha-3, or null
 */
public record ActorRef(String id, String name, String code, String country) {

    public ActorRef {
        if (id == null) {
            throw new IllegalArgumentException("an actor reference needs an id");
        }
    }
}
