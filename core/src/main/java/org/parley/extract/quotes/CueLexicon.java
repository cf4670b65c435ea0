package org.parley.extract.quotes;

import org.parley.resources.ClasspathResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.SpeechAct;

/**
 * The cue verbs that introduce attributions, each with the act it reports and where its content sits. Loaded from a
 * small editable resource ({@code org/parley/quotes/cues.tsv}, documented in its header). Immutable and thread-safe.
 */
public final class CueLexicon {

    /** The lexicon shipped with Parley. */
    public static final String DEFAULT_RESOURCE = "/org/parley/quotes/cues.tsv";

    /**
     * One cue verb.
     *
     * @param lemma the verb's lemma, or for a cue only with a preposition after it "lemma+preposition" ("talk+about")
     */
    public record Cue(String lemma, SpeechAct act, CueFrame frame) {

        /** Whether the cue is a verb with its preposition, whose content is that preposition's object. */
        public boolean phrasal() {
            return lemma.indexOf('+') > 0;
        }
    }

    private final Map<String, Cue> byLemma;
    /** every lemma that is a cue alone or begins a "lemma+preposition" cue, lower case */
    private final java.util.Set<String> leadLemmas;

    public CueLexicon(Map<String, Cue> byLemma) {
        this.byLemma = Map.copyOf(byLemma);
        java.util.Set<String> lead = new java.util.HashSet<>();
        for (String key : this.byLemma.keySet()) {
            int plus = key.indexOf('+');
            lead.add((plus > 0 ? key.substring(0, plus) : key).toLowerCase(Locale.ROOT));
        }
        this.leadLemmas = java.util.Set.copyOf(lead);
    }

    /** The lexicon shipped with Parley. */
    public static CueLexicon standard() {
        return fromResource(DEFAULT_RESOURCE);
    }

    /** Reads a lexicon from a class-path resource; a malformed line fails with the resource name and line number. */
    public static CueLexicon fromResource(String resource) {
        return ClasspathResource.read(resource, "cue lexicon", CueLexicon::parse);
    }

    static CueLexicon parse(BufferedReader reader, String name) throws IOException {
        Map<String, Cue> cues = new HashMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            if (f.length != 3) {
                throw new IllegalArgumentException(name + ":" + n + ": want 'lemma act frame', got '" + trimmed + "'");
            }
            SpeechAct act = switch (f[1]) {
                case "speech" -> SpeechAct.SPEECH;
                case "thought" -> SpeechAct.THOUGHT;
                case "finding" -> SpeechAct.FINDING;
                default -> throw new IllegalArgumentException(name + ":" + n + ": act '" + f[1]
                        + "' is not speech, thought or finding");
            };
            CueFrame frame = switch (f[2]) {
                case "clause" -> CueFrame.CLAUSE;
                case "object" -> CueFrame.OBJECT;
                case "object-of" -> CueFrame.OBJECT_OF;
                case "object-to" -> CueFrame.OBJECT_TO;
                case "object-as" -> CueFrame.OBJECT_AS;
                case "trailing" -> CueFrame.TRAILING;
                default -> throw new IllegalArgumentException(name + ":" + n + ": frame '" + f[2]
                        + "' is not clause, object, object-of, object-to or trailing");
            };
            String lemma = f[0].toLowerCase(Locale.ROOT);
            if (cues.put(lemma, new Cue(lemma, act, frame)) != null) {
                throw new IllegalArgumentException(name + ":" + n + ": cue '" + lemma + "' is listed twice");
            }
        }
        return new CueLexicon(cues);
    }

    /** The cue for this verb lemma followed by this preposition ("talk", "about"), any case; null when none. */
    public Cue phrasal(String lemma, String preposition) {
        return lemma == null || preposition == null ? null
                : byLemma.get((lemma + "+" + preposition).toLowerCase(Locale.ROOT));
    }

    /** The cue for this lemma (any case), or null when it is not a cue. */
    public Cue get(String lemma) {
        return lemma == null ? null : byLemma.get(lemma.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether this lemma can start a cue, alone ("say") or with a preposition after it ("talk" of "talk+about"):
     * the cheap test for deciding whether a sentence is worth parsing, before any parse says which preposition
     * follows.
     */
    public boolean mayBeCue(String lemma) {
        return lemma != null && leadLemmas.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return byLemma.size();
    }
}
