package org.parley.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How many people an event involved, as its sentence states it (PLOVER's magnitude fields): "killed at least 12
 * people" is {@code dead 12}, "thousands of protesters" {@code size 2000} (approximate), "arrested 200"
 * {@code arrested 200}.
 *
 * @param kind        what was counted
 * @param count       the number stated; for a vague quantity ("dozens", "thousands") the least it can mean
 * @param approximate whether the text gives the number loosely ("about", "at least", "hundreds of")
 * @param text        the words that state the number ("at least 12", "thousands")
 */
public record Magnitude(Kind kind, long count, boolean approximate, String text) {

    /** What a magnitude counts. */
    public enum Kind {
        /** people killed */
        DEAD,
        /** people wounded */
        INJURED,
        /** people taking part: protesters, marchers, troops deployed */
        SIZE,
        /** people arrested or detained */
        ARRESTED;

        @JsonValue
        public String json() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Magnitude {
        if (kind == null) {
            throw new IllegalArgumentException("a magnitude needs a kind");
        }
        if (count < 0) {
            throw new IllegalArgumentException("magnitude " + kind.json() + " count " + count + " is negative");
        }
    }
}
