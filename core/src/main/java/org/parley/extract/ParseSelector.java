package org.parley.extract;

import java.util.List;
import java.util.Locale;
import org.parley.annotate.SentenceSelector;
import org.parley.annotate.Token;
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

    private final VerbLexicon events;
    private final CueLexicon cues;

    public ParseSelector(VerbLexicon events, CueLexicon cues) {
        this.events = events;
        this.cues = cues;
    }

    /** The selector for the lexicons Parley ships. */
    public static ParseSelector builtIn() {
        return new ParseSelector(VerbLexicon.loadBuiltIn(), CueLexicon.standard());
    }

    @Override
    public boolean needsParse(List<Token> tokens) {
        boolean trigger = false;
        boolean actor = false;
        for (Token t : tokens) {
            String w = t.word();
            if (w.indexOf('"') >= 0 || w.indexOf('“') >= 0 || w.indexOf('”') >= 0 || "``".equals(w) || "''".equals(w)) {
                return true;
            }
            String lemma = t.lemma() == null ? w.toLowerCase(Locale.ROOT) : t.lemma().toLowerCase(Locale.ROOT);
            if (cues.get(lemma) != null || "according".equals(lemma)) {
                return true;
            }
            if (!trigger && events.mayTrigger(lemma)) {
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
