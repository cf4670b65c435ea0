package org.parley.extract.events;

import org.parley.resources.ClasspathResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.Modality;

/**
 * The words that say whether an event is told as having happened: modal auxiliaries ("will", "could"), negators
 * ("not", "no"), hedges ("reportedly", "alleged"), subordinators ("if", "whether") and the verbs whose complement
 * an event can be ("failed to", "plans to", "accused X of", "said that"). Read from {@code modality_cues.tsv}
 * (format in its header); a user may pass another file to {@link #read}.
 *
 * <p>Immutable once built; safe to share between threads.
 */
public final class ModalityCues {

    static final String RESOURCE = "/org/parley/events/modality_cues.tsv";

    /** How a cue word attaches to the event's head or to a clause above it. */
    public enum Where {
        AUX, ADVMOD, MARK, CONDITION, DET, AMOD, GOVERNOR, PREP, SUBJECT
    }

    private final Map<Where, Map<String, Modality>> cues;

    private ModalityCues(Map<Where, Map<String, Modality>> cues) {
        this.cues = cues;
    }

    /** The cues shipped with Parley. */
    public static ModalityCues loadBuiltIn() {
        return ClasspathResource.read(RESOURCE, "modality cues", (r, name) -> read(r, "modality_cues.tsv"));
    }

    /**
     * Reads cues in the format of the built-in file.
     *
     * @throws IllegalArgumentException naming the source and line of the first bad line
     */
    public static ModalityCues read(Reader reader, String source) {
        Map<Where, Map<String, Modality>> cues = new EnumMap<>(Where.class);
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
                if (f[0].trim().equals("modality")) {
                    continue;
                }
                if (f.length < 3) {
                    throw bad(source, number, "expected modality, where and words separated by tabs");
                }
                Modality modality;
                Where where;
                try {
                    modality = Modality.parse(f[0]);
                    where = Where.valueOf(f[1].trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw bad(source, number, "'" + f[0].trim() + "' / '" + f[1].trim() + "' is not a modality and a place");
                }
                if (modality == Modality.ASSERTED || modality == Modality.HISTORICAL) {
                    throw bad(source, number, "modality " + modality.json() + " has no cue words");
                }
                Map<String, Modality> words = cues.computeIfAbsent(where, k -> new HashMap<>());
                for (String w : f[2].split("\\|")) {
                    String word = w.trim().toLowerCase(Locale.ROOT);
                    if (word.isEmpty() || word.contains(" ")) {
                        throw bad(source, number, "cue '" + w + "' is not one lower-case word");
                    }
                    Modality before = words.putIfAbsent(word, modality);
                    if (before != null && before != modality) {
                        throw bad(source, number, "cue '" + word + "' (" + where.name().toLowerCase(Locale.ROOT)
                                + ") is already " + before.json());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        cues.replaceAll((k, v) -> Collections.unmodifiableMap(v));
        return new ModalityCues(cues);
    }

    /** The modality a word attached this way signals, or null when it signals none. */
    public Modality cue(Where where, String word) {
        if (word == null) {
            return null;
        }
        Map<String, Modality> words = cues.get(where);
        return words == null ? null : words.get(word.toLowerCase(Locale.ROOT));
    }

    private static IllegalArgumentException bad(String source, int line, String problem) {
        return new IllegalArgumentException(source + " line " + line + ": " + problem);
    }
}
