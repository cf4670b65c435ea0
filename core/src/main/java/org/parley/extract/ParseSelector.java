package org.parley.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import org.parley.annotate.SentenceSelector;
import org.parley.annotate.Token;
import org.parley.cameo.LexiconEntry;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.quotes.CueLexicon;

/**
 * Decides which sentences are worth a dependency parse (the most expensive layer: ~0.15 s CPU per article when
 * every sentence is parsed) from what the extractors can use it for:
 * <ul>
 *   <li>quotes: a quotation mark, or a speech, thought or finding cue ("said", "according", "suspect");</li>
 *   <li>events: a word the CAMEO lexicon can trigger on, together with something that can be an actor (a
 *       named entity, a pronoun, a proper noun or a capitalised adjective such as "Russian").</li>
 * </ul>
 * A sentence with neither yields nothing that parsing could find. Immutable and thread-safe.
 */
public final class ParseSelector implements SentenceSelector {

    private final CueLexicon cues;
    /** lemmas that trigger an event on their own */
    private final Set<String> freeTriggers = new HashSet<>();
    /** lemmas that trigger only with one of these object words ("hold" needs "talks", "impose" needs "sanctions") */
    private final Map<String, Set<String>> objectTriggers = new HashMap<>();

    public ParseSelector(VerbLexicon events, CueLexicon cues) {
        this.cues = cues;
        for (LexiconEntry e : events.entries()) {
            String lemma = e.lemma().toLowerCase(Locale.ROOT);
            if (e.objects().isEmpty()) {
                freeTriggers.add(lemma);
            } else {
                Set<String> words = objectTriggers.computeIfAbsent(lemma, k -> new HashSet<>());
                for (String object : e.objects()) {
                    // the last word is the head the parser would find ("war crime" -> "crime")
                    String[] w = object.toLowerCase(Locale.ROOT).trim().split("\\s+");
                    words.add(w[w.length - 1]);
                }
            }
        }
        for (String free : freeTriggers) {
            objectTriggers.remove(free);
        }
    }

    /** "have", "make", "take" trigger nothing unless the sentence also holds an object they need. */
    private boolean lightVerbWithItsObject(String lemma, Set<String> words) {
        Set<String> objects = objectTriggers.get(lemma);
        if (objects == null) {
            return false;
        }
        for (String o : objects) {
            if (words.contains(o)) {
                return true;
            }
        }
        return false;
    }

    /** The selector for the lexicons Parley ships. */
    public static ParseSelector builtIn() {
        return new ParseSelector(VerbLexicon.loadBuiltIn(), CueLexicon.standard());
    }

    @Override
    public boolean needsParse(List<Token> tokens) {
        boolean trigger = false;
        boolean actor = false;
        Set<String> words = new HashSet<>();
        for (Token t : tokens) {
            words.add(t.word().toLowerCase(Locale.ROOT));
            if (t.lemma() != null) {
                words.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        for (Token t : tokens) {
            String w = t.word();
            if (w.indexOf('"') >= 0 || w.indexOf('“') >= 0 || w.indexOf('”') >= 0 || "``".equals(w) || "''".equals(w)) {
                return true;
            }
            String lemma = t.lemma() == null ? w.toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            if (cues.mayBeCue(lemma) || "according".equals(lemma)) {
                return true;
            }
            if (!trigger && (freeTriggers.contains(lemma) || lightVerbWithItsObject(lemma, words))) {
                trigger = true;
            }
            if (!actor && (t.isEntity() && !"DATE".equals(t.ner()) && !"NUMBER".equals(t.ner())
                    || t.posStartsWith("PRP") || t.posStartsWith("NNP")
                    || t.posStartsWith("JJ") && !w.isEmpty() && Character.isUpperCase(w.charAt(0)))) {
                actor = true;
            }
        }
        return trigger && actor;
    }
}
