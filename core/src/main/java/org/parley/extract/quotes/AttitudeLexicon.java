package org.parley.extract.quotes;

import org.parley.resources.ClasspathResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.extract.SpeechAct;

/**
 * Nouns and adjectives that attribute a statement or a stance ("his claim that ...", "criticism of ...", "X is
 * critical of ..."), each with the act it reports and the complements that carry its content. Loaded from a small
 * editable resource ({@code org/parley/quotes/attitudes.tsv}, documented in its header). Immutable and thread-safe.
 */
public final class AttitudeLexicon {

    /** The lexicon shipped with Parley. */
    public static final String DEFAULT_RESOURCE = "/org/parley/quotes/attitudes.tsv";

    private static final Set<String> COMPLEMENTS = Set.of("that", "to", "of", "for", "about", "on", "against",
            "over", "with", "in", "at");

    /**
     * One attitude word.
     *
     * @param complements "that" (a clause), "to" (an infinitive or a to-phrase) or the preposition of a phrase
     */
    public record Word(String lemma, boolean noun, SpeechAct act, Set<String> complements) {
        public Word {
            complements = Set.copyOf(complements);
        }
    }

    private final Map<String, Word> nouns;
    private final Map<String, Word> adjectives;

    public AttitudeLexicon(Map<String, Word> nouns, Map<String, Word> adjectives) {
        this.nouns = Map.copyOf(nouns);
        this.adjectives = Map.copyOf(adjectives);
    }

    /** The lexicon shipped with Parley. */
    public static AttitudeLexicon standard() {
        return fromResource(DEFAULT_RESOURCE);
    }

    /** Reads a lexicon from a class-path resource; a malformed line fails with the resource name and line number. */
    public static AttitudeLexicon fromResource(String resource) {
        return ClasspathResource.read(resource, "attitude lexicon", AttitudeLexicon::parse);
    }

    static AttitudeLexicon parse(BufferedReader reader, String name) throws IOException {
        Map<String, Word> nouns = new HashMap<>();
        Map<String, Word> adjectives = new HashMap<>();
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] f = trimmed.split("\\s+");
            if (f.length != 4) {
                throw new IllegalArgumentException(name + ":" + n + ": want 'lemma pos act complements', got '"
                        + trimmed + "'");
            }
            boolean noun = switch (f[1]) {
                case "noun" -> true;
                case "adjective" -> false;
                default -> throw new IllegalArgumentException(name + ":" + n + ": pos '" + f[1]
                        + "' is not noun or adjective");
            };
            SpeechAct act = switch (f[2]) {
                case "speech" -> SpeechAct.SPEECH;
                case "thought" -> SpeechAct.THOUGHT;
                default -> throw new IllegalArgumentException(name + ":" + n + ": act '" + f[2]
                        + "' is not speech or thought");
            };
            Set<String> complements = new LinkedHashSet<>();
            for (String c : f[3].split(",")) {
                if (!COMPLEMENTS.contains(c)) {
                    throw new IllegalArgumentException(name + ":" + n + ": complement '" + c + "' is not one of "
                            + COMPLEMENTS);
                }
                complements.add(c);
            }
            String lemma = f[0].toLowerCase(Locale.ROOT);
            Map<String, Word> into = noun ? nouns : adjectives;
            if (into.put(lemma, new Word(lemma, noun, act, complements)) != null) {
                throw new IllegalArgumentException(name + ":" + n + ": " + f[1] + " '" + lemma + "' is listed twice");
            }
        }
        return new AttitudeLexicon(nouns, adjectives);
    }

    /** The noun with this lemma (any case), or null. */
    public Word noun(String lemma) {
        return lemma == null ? null : nouns.get(lemma.toLowerCase(Locale.ROOT));
    }

    /** The adjective with this lemma (any case), or null. */
    public Word adjective(String lemma) {
        return lemma == null ? null : adjectives.get(lemma.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return nouns.size() + adjectives.size();
    }
}
