package org.parley.server;

/**
 * One actor across the store: the actors of all articles that share a name and CAMEO code, with how often they
 * appear and act.
 *
 * @param name           canonical name
 * @param code           CAMEO actor code, or null
 * @param country        ISO 3166-1 alpha-3, or null
 * @param kind           person, organization, country or group (the most frequent one)
 * @param sector         CAMEO role, or null
 * @param articles       articles that name it
 * @param eventsAsSource events it did
 * @param eventsAsTarget events done to it
 * @param quotes         quotes attributed to it
 */
public record ActorSummary(String name, String code, String country, String kind, String sector, long articles,
                           long eventsAsSource, long eventsAsTarget, long quotes) {
}
