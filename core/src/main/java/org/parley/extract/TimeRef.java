package org.parley.extract;

/**
 * A time expression of the article and its resolved value.
 *
 * @param text  the words
 * @param value ISO date or prefix ("2025-04-10", "2025-03", "2022"), or null when it cannot be resolved
 * @param start offset
 * @param end   offset
 */
public record TimeRef(String text, String value, int start, int end) {

    public TimeRef {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("time '" + text + "' span [" + start + ", " + end + ") is not a span");
        }
    }
}
