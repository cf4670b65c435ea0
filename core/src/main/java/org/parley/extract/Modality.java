package org.parley.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether an event is told as having happened. Only ASSERTED events are facts; the rest are kept, never
 * counted as asserted.
 */
public enum Modality {
    ASSERTED, REPORTED, ALLEGED, HYPOTHETICAL, NEGATED, PLANNED, HISTORICAL;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Modality parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
