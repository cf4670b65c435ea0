package org.parley.extract.quotes;

/**
 * A stretch of text between quotation marks, found on the characters alone (no parse).
 *
 * @param start      first character of the quoted words (after the opening mark)
 * @param end        just past the last quoted character (before the closing mark)
 * @param openAt     offset of the opening mark
 * @param closeAt    offset just past the closing mark (or {@code end} when the paragraph ended the quote unclosed)
 * @param paragraphs how many paragraphs the quote runs over (a multi-paragraph quote repeats its opening mark)
 */
public record Quotation(int start, int end, int openAt, int closeAt, int paragraphs) {

    public Quotation {
        if (openAt > start || start > end || end > closeAt) {
            throw new IllegalArgumentException("quotation marks " + openAt + "/" + closeAt + " around [" + start + ", "
                    + end + ") are out of order");
        }
    }

    public boolean contains(int offset) {
        return offset >= openAt && offset < closeAt;
    }
}
