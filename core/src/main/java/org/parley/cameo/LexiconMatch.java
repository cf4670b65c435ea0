package org.parley.cameo;

/**
 * The lexicon entry that best fits a candidate trigger.
 *
 * @param entry       the entry
 * @param object      which of the entry's objects the occurrence had, or null when the entry needs none
 * @param specificity how much it matched beyond the head ({@link LexiconEntry#specificity(String)}): 0 for a bare verb
 *                    such as "invade", higher for "call on ... to release"
 */
public record LexiconMatch(LexiconEntry entry, String object, int specificity) {

    public LexiconMatch {
        if (entry == null || specificity < 0) {
            throw new IllegalArgumentException("a lexicon match needs an entry and a non-negative specificity");
        }
    }

    /** The CAMEO code of the matched entry. */
    public String cameo() {
        return entry.cameo();
    }

    /** Where source and target are found for the matched entry. */
    public Roles roles() {
        return entry.roles();
    }
}
