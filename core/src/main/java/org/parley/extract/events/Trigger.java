package org.parley.extract.events;

import java.util.Set;
import org.parley.cameo.LexiconMatch;

/**
 * A word of a sentence that reports an event, with the lexicon entry it matched.
 *
 * @param head       token index of the trigger's head word
 * @param match      the lexicon entry and how specifically it matched
 * @param complements tokens whose own triggers this one subsumes: the object or complement the entry matched
 *                   ("sanctions" in "imposed sanctions"), and the complement of an appeal, promise, demand,
 *                   accusation, rejection or threat ("end" in "called on Russia to end"), which CAMEO codes as
 *                   this event and not as one of its own
 */
record Trigger(int head, LexiconMatch match, Set<Integer> complements) {

    Trigger {
        complements = Set.copyOf(complements);
    }

    String cameo() {
        return match.cameo();
    }

    String root() {
        return match.cameo().substring(0, 2);
    }
}
