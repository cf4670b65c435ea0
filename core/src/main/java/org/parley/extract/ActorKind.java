package org.parley.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** What sort of actor: a named person, an organization, a state, or a group of people. */
public enum ActorKind {
    PERSON, ORGANIZATION, COUNTRY, GROUP;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
