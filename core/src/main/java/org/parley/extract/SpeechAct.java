package org.parley.extract;

import com.fasterxml.jackson.annotation.JsonValue;

/** What an attribution reports: something said, something believed, or something found (a poll, a report). */
public enum SpeechAct {
    SPEECH, THOUGHT, FINDING;

    @JsonValue
    public String json() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
