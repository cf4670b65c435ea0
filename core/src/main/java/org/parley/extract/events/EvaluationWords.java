package org.parley.extract.events;

import org.parley.resources.ClasspathResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.cameo.CameoCode;
import org.parley.cameo.PartOfSpeech;

/**
 * Words by which a speaker judges an actor: "a blatant violation", "very alarming", "responsible for his death",
 * "an important partner". Saying that an actor is such a thing is an event of its own in CAMEO (disapproval,
 * accusation, praise), coded from the speaker to the actor judged. Immutable; thread-safe.
 */
public final class EvaluationWords {

    static final String RESOURCE = "/org/parley/events/evaluations.tsv";

    /** What calling an actor by a word reports, and the preposition the word must govern (null when none). */
    record Judgement(String cameo, String preposition) {
    }

    private final Map<String, Judgement> words;

    private EvaluationWords(Map<String, Judgement> words) {
        this.words = Map.copyOf(words);
    }

    /** The evaluation words shipped with Parley. */
    public static EvaluationWords loadBuiltIn() {
        return ClasspathResource.read(RESOURCE, "evaluation words", (r, name) -> read(r, "evaluations.tsv"));
    }

    /**
     * Reads words in the format of the built-in file.
     *
     * @throws IllegalArgumentException naming the source and line of the first bad line
     */
    public static EvaluationWords read(Reader reader, String source) {
        Map<String, Judgement> words = new HashMap<>();
        BufferedReader in = new BufferedReader(reader);
        int number = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank() || line.stripLeading().startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f[0].trim().equals("cameo")) {
                    continue;
                }
                if (f.length < 3) {
                    throw bad(source, number, "expected cameo, pos and words separated by tabs");
                }
                String cameo = f[0].trim();
                if (!CameoCode.isWellFormed(cameo)) {
                    throw bad(source, number, "'" + cameo + "' is not a CAMEO code");
                }
                PartOfSpeech pos;
                try {
                    pos = PartOfSpeech.parse(f[1].trim());
                } catch (IllegalArgumentException e) {
                    throw bad(source, number, e.getMessage());
                }
                if (pos == PartOfSpeech.VERB) {
                    throw bad(source, number, "evaluation words are adjectives or nouns, not verbs");
                }
                String needs = f.length > 3 && !f[3].isBlank() && !f[3].trim().equals("-")
                        ? f[3].trim().toLowerCase(Locale.ROOT) : null;
                for (String w : f[2].split("\\|")) {
                    String word = w.trim().toLowerCase(Locale.ROOT);
                    if (word.isEmpty()) {
                        throw bad(source, number, "empty word in '" + f[2] + "'");
                    }
                    words.put(key(pos, word), new Judgement(cameo, needs));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        return new EvaluationWords(words);
    }

    /**
     * What calling an actor this word reports, or null when it judges nothing. A multiword entry ("war crime")
     * is looked up with the modifier the word has.
     */
    Judgement judgement(PartOfSpeech pos, String lemma, String modifier) {
        if (modifier != null) {
            Judgement j = words.get(key(pos, modifier + " " + lemma));
            if (j != null) {
                return j;
            }
        }
        return words.get(key(pos, lemma));
    }

    private static String key(PartOfSpeech pos, String word) {
        return pos.name() + " " + word.toLowerCase(Locale.ROOT);
    }

    private static IllegalArgumentException bad(String source, int line, String problem) {
        return new IllegalArgumentException(source + " line " + line + ": " + problem);
    }
}
