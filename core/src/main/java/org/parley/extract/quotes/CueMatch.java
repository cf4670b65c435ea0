package org.parley.extract.quotes;

import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;

/**
 * A cue found in the parse with what it governs: the reported content (when the parse shows one), the words naming
 * the source and the channel. Offsets are character offsets into the article text.
 *
 * @param sentence     index of the sentence holding the cue
 * @param cueToken     index of the cue's head token in that sentence
 * @param cue          the cue words ("said", "according to", "called on")
 * @param source       the words naming the source, or null
 * @param act          what the cue reports
 * @param contentStart start of the reported content, or -1 when the parse shows none (a bare "he said")
 * @param contentEnd   end of the reported content, or -1
 * @param channel      where it was said when the sentence states it, or null
 */
record CueMatch(int sentence, int cueToken, TextSpan cue, TextSpan source, SpeechAct act, int contentStart,
                int contentEnd, String channel) {

    boolean hasContent() {
        return contentStart >= 0 && contentEnd > contentStart;
    }

    int contentLength() {
        return hasContent() ? contentEnd - contentStart : 0;
    }
}
