package org.parley.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** Direct quotes are in quotation marks; indirect ones are reported ("said that ...", "accused X of ..."). */
public enum QuoteKind {
    DIRECT, INDIRECT;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
