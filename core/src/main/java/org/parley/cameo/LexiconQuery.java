package org.parley.cameo;

import java.util.Set;

/**
 * What a dependency-based extractor knows about a candidate trigger, to look it up in the {@link VerbLexicon}.
 *
 * @param lemma     the head's lemma
 * @param pos       the head's word class
 * @param particles words attached to the head: compound:prt particles, the case markers of its obl:X / nmod:X
 *                  dependents, and "to" when it has an xcomp ("agreed to release"); a multiword marker such as
 *                  "out_of" may be given whole, it is split on '_'
 * @param objects   lemmas that may satisfy an entry's object: the direct object; the head of an xcomp
 *                  ("release" in "agreed to release") and that complement's own direct object ("sanction" in
 *                  "threatened to impose sanctions"); the nouns attached by the head's particles ("crime" in
 *                  "accused X of crimes"); and the "modifier head" forms of any of these built from their
 *                  compound and amod dependents ("war crime", "humanitarian aid")
 * @param modifiers lemmas of the head's compound and amod dependents ("hunger" of "hunger strike")
 */
public record LexiconQuery(String lemma, PartOfSpeech pos, Set<String> particles, Set<String> objects,
                           Set<String> modifiers) {

    public LexiconQuery {
        if (lemma == null || pos == null) {
            throw new IllegalArgumentException("a lexicon query needs a lemma and a part of speech");
        }
        particles = particles == null ? Set.of() : Set.copyOf(particles);
        objects = objects == null ? Set.of() : Set.copyOf(objects);
        modifiers = modifiers == null ? Set.of() : Set.copyOf(modifiers);
    }

    /** A query with one direct object (or none, when null) and no modifiers. */
    public static LexiconQuery of(String lemma, PartOfSpeech pos, Set<String> particles, String object) {
        return new LexiconQuery(lemma, pos, particles, object == null ? Set.of() : Set.of(object), Set.of());
    }
}
