package org.parley.extract;

import java.util.List;

/**
 * One real-world actor of an article with every mention of it (pronouns resolved to it included).
 *
 * @param id       unique within the article ("a1")
 * @param name     canonical name: the fullest proper name seen
 * @param kind     person, organization, country or group
 * @param country  ISO 3166-1 alpha-3 code, or null
 * @param sector   CAMEO-style role (GOV, MIL, OPP, REB, JUD, LEG, MED, BUS, CVL, IGO, NGO, ...), or null
 * @param code     CAMEO actor code (country + role: "USAGOV"), or null
 * @param title    the role words the article gives ("President", "special envoy"), or null
 * @param mentions every place the article names or refers to it, in text order
 */
public record Actor(String id, String name, ActorKind kind, String country, String sector, String code, String title,
                    List<TextSpan> mentions) {

    public Actor {
        if (id == null || name == null || kind == null) {
            throw new IllegalArgumentException("actor " + id + " needs an id, a name and a kind");
        }
        mentions = List.copyOf(mentions);
    }
}
