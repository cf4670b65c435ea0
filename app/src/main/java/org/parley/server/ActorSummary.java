package org.parley.server;

/**
 * One actor of the store's actor registry: one identity however many articles name it ("Kremlin" and "Russia" by
 * their shared CAMEO code, a person by full name and country), with how often it appears and acts.
 *
 * @param key            registry key ("person:donald trump|USA", "code:RUSGOV")
 * @param name           registry name (the name of its first article)
 * @param code           CAMEO actor code, or null
 * @param country        ISO 3166-1 alpha-3, or null
 * @param kind           person, organization, country or group
 * @param sector         CAMEO role, or null
 * @param articles       articles that name it
 * @param eventsAsSource events it did
 * @param eventsAsTarget events done to it
 * @param quotes         quotes attributed to it
 */
public record ActorSummary(String key, String name, String code, String country, String kind, String sector,
                           long articles, long eventsAsSource, long eventsAsTarget, long quotes) {
}
