package org.parley.annotate;

/**
 * A time expression found by the annotator, normalized against the publication date.
 *
 * @param sentence the index of the sentence it occurs in
 * @param text     the words as they appear in the article
 * @param start    character offset in the article text
 * @param end      character offset just past it
 * @param type     TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value    TIMEX3 value ("2025-04-10", "2025-03", "PXY", "PRESENT_REF"), or null
 */
public record TimeExpression(int sentence, String text, int start, int end, String type, String value) {

    public TimeExpression {
        if (end < start || start < 0) {
            throw new IllegalArgumentException("time expression span [" + start + ", " + end + ") is not a span");
        }
    }
}
