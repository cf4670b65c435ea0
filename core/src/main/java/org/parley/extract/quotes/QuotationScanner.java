package org.parley.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted stretches of an article's text: curly (“ ”), straight ("), low (&bdquo;), guillemets and the
 * typewriter pairs {@code ``} and {@code ''} that some newspapers use. Straight marks alternate open/close within a
 * paragraph. A quote left open at the end of a paragraph continues when the next paragraph opens with a quotation
 * mark (the newspaper convention for multi-paragraph quotes); otherwise it ends with its paragraph. Single quotes
 * (‘ ’ and ') are not taken: in running text they are apostrophes, quotes within quotes or headline scare quotes.
 * Stateless and thread-safe.
 */
public final class QuotationScanner {

    private enum Mark { OPEN, CLOSE, EITHER }

    private record Found(Mark mark, int length) {
    }

    /** The quotations of {@code text} in order. */
    public List<Quotation> scan(String text) {
        List<Quotation> out = new ArrayList<>();
        boolean inQuote = false;
        int openAt = -1;
        int contentStart = -1;
        int paragraphs = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n') {
                if (inQuote) {
                    int next = nextParagraphStart(text, i);
                    Found f = next < text.length() ? markAt(text, next) : null;
                    if (f != null && f.mark() != Mark.CLOSE && !opensWithSpeakerLabel(text, next + f.length())) {
                        // the next paragraph reopens the same quote: skip its opening mark and go on
                        paragraphs++;
                        i = next + f.length();
                        continue;
                    }
                    int end = trimEnd(text, contentStart, i);
                    if (end > contentStart) {
                        out.add(new Quotation(contentStart, end, openAt, end, paragraphs));
                    }
                    inQuote = false;
                }
                i++;
                continue;
            }
            Found f = markAt(text, i);
            if (f == null) {
                i++;
                continue;
            }
            if (!inQuote && f.mark() != Mark.CLOSE) {
                inQuote = true;
                openAt = i;
                contentStart = i + f.length();
                paragraphs = 1;
            } else if (inQuote && f.mark() != Mark.OPEN) {
                int start = trimStart(text, contentStart, i);
                int end = trimEnd(text, start, i);
                if (end > start) {
                    out.add(new Quotation(start, end, openAt, i + f.length(), paragraphs));
                }
                inQuote = false;
            }
            i += f.length();
        }
        if (inQuote) {
            int end = trimEnd(text, contentStart, text.length());
            if (end > contentStart) {
                out.add(new Quotation(contentStart, end, openAt, end, paragraphs));
            }
        }
        return out;
    }

    /** Most words a transcript's speaker label may have ("WALLACE:", "Chris Matthews:", "SEN. JANE DOE:"). */
    private static final int LABEL_WORDS = 4;

    /**
     * Whether the text at {@code at} opens with a speaker label: up to {@link #LABEL_WORDS} capitalized words and a
     * colon. A transcript quoted paragraph by paragraph gives each turn its own label; a new label starts a new
     * quotation rather than continuing the previous speaker's.
     */
    static boolean opensWithSpeakerLabel(String text, int at) {
        int words = 0;
        int i = at;
        while (i < text.length() && words < LABEL_WORDS) {
            if (!Character.isUpperCase(text.charAt(i))) {
                return false;
            }
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '.'
                    || text.charAt(i) == '\'' || text.charAt(i) == '’' || text.charAt(i) == '-')) {
                i++;
            }
            words++;
            if (i < text.length() && text.charAt(i) == ':') {
                return i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
            }
            if (i >= text.length() || text.charAt(i) != ' ') {
                return false;
            }
            i++;
        }
        return false;
    }

    private static Found markAt(String text, int i) {
        char c = text.charAt(i);
        switch (c) {
            case '“', '„', '«' -> {
                return new Found(Mark.OPEN, 1);
            }
            case '”', '»' -> {
                return new Found(Mark.CLOSE, 1);
            }
            case '"' -> {
                return new Found(Mark.EITHER, 1);
            }
            case '`' -> {
                return i + 1 < text.length() && text.charAt(i + 1) == '`' ? new Found(Mark.OPEN, 2) : null;
            }
            case '\'' -> {
                // two apostrophes are one typewriter quotation mark; a third one is an apostrophe beside it
                if (i + 1 < text.length() && text.charAt(i + 1) == '\'' && (i == 0 || text.charAt(i - 1) != '\'')) {
                    return new Found(Mark.EITHER, 2);
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static int nextParagraphStart(String text, int newline) {
        int j = newline;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int trimStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int trimEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
