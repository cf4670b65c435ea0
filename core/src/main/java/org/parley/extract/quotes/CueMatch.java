package org.parley.extract.quotes;

import java.util.List;
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
 * @param speakerWords words of {@code source} that may name the speaker, best first: its head word, a relative
 *                     pronoun's antecedent, appositives, then modifiers of the head; empty when there is no source
 * @param act          what the cue reports
 * @param contentStart start of the reported content, or -1 when the parse shows none (a bare "he said")
 * @param contentEnd   end of the reported content, or -1
 * @param channel      where it was said when the sentence states it, or null
 * @param stance       whether the content is a noun phrase the cue takes a stance on ("endorsed X", "called for X",
 *                     "his criticism of X") rather than a statement or thought in a clause ("announced that ...")
 */
record CueMatch(int sentence, int cueToken, TextSpan cue, TextSpan source, List<TextSpan> speakerWords, SpeechAct act,
                int contentStart, int contentEnd, String channel, boolean stance) {

    CueMatch {
        speakerWords = List.copyOf(speakerWords);
    }

    boolean hasContent() {
        return contentStart >= 0 && contentEnd > contentStart;
    }

    int contentLength() {
        return hasContent() ? contentEnd - contentStart : 0;
    }
}
