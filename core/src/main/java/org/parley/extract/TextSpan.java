package org.parley.extract;

/**
 * A stretch of the article text: character offsets (Java {@code String} indices) and the words there.
 * Used for actor mentions, quote sources and cues, and event evidence.
 */
public record TextSpan(int start, int end, String text) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a span");
        }
        if (text == null) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") has no text");
        }
    }

    /** The span of {@code text} from {@code start} to {@code end}. */
    public static TextSpan of(String text, int start, int end) {
        return new TextSpan(start, end, text.substring(start, end));
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }

    public boolean contains(int otherStart, int otherEnd) {
        return start <= otherStart && otherEnd <= end;
    }
}
