package org.parley.cameo;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One trigger of the CAMEO verb lexicon: a word (with the particles and object it needs) that reports an event
 * of a CAMEO code.
 *
 * @param lemma     the trigger's lemma, lower case; several words name a head (the last) with required compound or
 *                  adjectival modifiers before it ("hunger strike", "car bomb")
 * @param pos       verb, event noun or predicative adjective
 * @param particles particles and prepositions that must attach to the head (compound:prt, obl:X / nmod:X case
 *                  markers, the "to" of an xcomp): {"on", "to"} for "call on X to ..."; empty when none is needed
 * @param objects   the lemmas of which the direct object or complement must have one ("talk" for "hold talks";
 *                  several words for a compound object, "war crime"); empty when no object is needed
 * @param cameo     the CAMEO code the trigger reports
 * @param roles     where source and target are found
 * @param line      the lexicon line the entry was read from (0 when built in code)
 */
public record LexiconEntry(String lemma, PartOfSpeech pos, Set<String> particles, Set<String> objects, String cameo,
                           Roles roles, int line) {

    static final Pattern SPACES = Pattern.compile("\\s+");

    public LexiconEntry {
        if (lemma == null || lemma.isBlank()) {
            throw new IllegalArgumentException("lexicon entry needs a lemma");
        }
        if (pos == null || roles == null) {
            throw new IllegalArgumentException("lexicon entry '" + lemma + "' needs a part of speech and roles");
        }
        if (!CameoCode.isWellFormed(cameo)) {
            throw new IllegalArgumentException("lexicon entry '" + lemma + "' has CAMEO code '" + cameo + "', not 2-4 digits");
        }
        lemma = String.join(" ", SPACES.split(lemma.trim()));
        particles = Set.copyOf(particles);
        Set<String> normalized = new LinkedHashSet<>();
        for (String o : objects) {
            if (o != null && !o.isBlank()) {
                normalized.add(String.join(" ", SPACES.split(o.trim())));
            }
        }
        objects = Collections.unmodifiableSet(normalized);
    }

    /** The head word the trigger is found by: the last word of the lemma. */
    public String head() {
        int space = lemma.lastIndexOf(' ');
        return space < 0 ? lemma : lemma.substring(space + 1);
    }

    /** The modifiers that must attach to the head: the words of the lemma before the head. */
    public List<String> modifiers() {
        List<String> words = Arrays.asList(lemma.split(" "));
        return List.copyOf(words.subList(0, words.size() - 1));
    }

    /**
     * How much an occurrence matches beyond the head when it meets this entry with the given object (null when
     * the entry needs none): one per particle and per modifier, two per word of the object. The object weighs
     * double because it says what is done ("warned of sanctions" is a threat of sanctions before it is a
     * warning), and each word counts so "hunger strike" beats "strike".
     */
    public int specificity(String matchedObject) {
        int objectWords = matchedObject == null ? 0 : SPACES.split(matchedObject.trim()).length;
        return particles.size() + 2 * objectWords + modifiers().size();
    }
}
