package org.parley.extract;

/**
 * One attribution: the content, who it is attributed to and the words that attribute it.
 *
 * @param id      unique within the article ("q1")
 * @param text    the content without quotation marks
 * @param kind    direct or indirect
 * @param act     speech, thought or finding
 * @param speaker actor id, or null when unknown or anonymous
 * @param source  the words naming the speaker at this quote ("Trump", "he", "sources"), or null
 * @param cue     the speech verb or phrase ("said", "according to"), or null
 * @param start   content start offset
 * @param end     content end offset
 * @param channel where it was said when the text states it ("Truth Social", "NBC News", "a statement"), or null
 */
public record Quote(String id, String text, QuoteKind kind, SpeechAct act, String speaker, TextSpan source, TextSpan cue,
                    int start, int end, String channel) {

    public Quote {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("quote " + id + " span [" + start + ", " + end + ") is not a span");
        }
        if (kind == null || act == null) {
            throw new IllegalArgumentException("quote " + id + " needs a kind and an act");
        }
    }
}
