package org.parley.extract.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.extract.Actor;
import org.parley.extract.TextSpan;
import org.parley.extract.actors.ActorIndex;

/**
 * Picks the actor a quote's source words name. The source phrase often holds several names ("The Syrian government
 * negotiator Bashar Jaafari", "Dr Jane Doe, a spokeswoman for the Acme Party"); the speaker is the one the phrase's
 * head names, not whichever mention is longest. The parse proposes the candidate words, best first (the head, a
 * relative pronoun's antecedent, appositives, modifiers: see {@code ReportedSpeechFinder}); the first one on which an
 * actor has a mention wins. When the parse lost a relative pronoun's antecedent ("..., Emmanuel Macron, who said"),
 * the actor named just before the pronoun is taken. Names in a prepositional phrase after the head ("authorities in
 * Syria's Kurdish region") or possessors ("Iraq's president") are never the speaker. Stateless and thread-safe.
 */
final class SpeakerChoice {

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "whom", "which", "that");
    /** How far before a relative pronoun its antecedent's name may end. */
    private static final int ANTECEDENT_WINDOW = 120;

    private SpeakerChoice() {
    }

    /**
     * The id of the actor the source names, or null when it names none of them.
     *
     * @param words candidate words of the source, best first; when empty the whole source span is looked up
     */
    static String speaker(String text, TextSpan source, List<TextSpan> words, ActorIndex actors) {
        if (source == null) {
            return null;
        }
        if (words.isEmpty()) {
            Actor a = actors.at(source.start(), source.end());
            return a == null ? null : a.id();
        }
        for (TextSpan w : words) {
            Actor a = actors.at(w.start(), w.end());
            if (a != null) {
                return a.id();
            }
        }
        TextSpan head = words.get(0);
        if (RELATIVE_PRONOUNS.contains(head.text().toLowerCase(Locale.ROOT))) {
            Actor antecedent = nameEndingBefore(text, head.start(), actors);
            if (antecedent != null) {
                return antecedent.id();
            }
        }
        return null;
    }

    /**
     * Words between an antecedent's name and its relative pronoun: nothing but spaces and commas, or a conjunct that
     * names no actor ("Turkey's president and foreign minister, who warned ...": the president spoke too).
     */
    private static final Pattern TO_PRONOUN = Pattern.compile("[\\s,]*|\\s+(?:and|or)\\s+[^,.;:!?\"“”]{1,40}?[\\s,]*");

    /** The actor whose mention ends just before {@code at}, with only spaces and commas (or a bare conjunct) between. */
    private static Actor nameEndingBefore(String text, int at, ActorIndex actors) {
        List<Map.Entry<TextSpan, Actor>> near = actors.mentionsWithin(Math.max(0, at - ANTECEDENT_WINDOW), at);
        for (int k = near.size() - 1; k >= 0; k--) {
            TextSpan m = near.get(k).getKey();
            if (TO_PRONOUN.matcher(text.substring(m.end(), at)).matches()) {
                return near.get(k).getValue();
            }
        }
        return null;
    }
}
