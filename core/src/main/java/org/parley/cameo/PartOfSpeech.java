package org.parley.cameo;

import java.util.Locale;

/**
 * The word class of a lexicon trigger: a verb ("invaded"), an event noun ("invasion of"), or a predicative
 * adjective ("critical of"). Penn tags map onto it with {@link #ofPennTag(String)}.
 */
public enum PartOfSpeech {
    VERB, NOUN, ADJ;

    /** Reads "VERB", "NOUN" or "ADJ" in any case. */
    public static PartOfSpeech parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("part of speech '" + text + "' is not VERB, NOUN or ADJ", e);
        }
    }

    /** The class of a Penn Treebank tag (VB*, NN*, JJ*), or null for any other tag. */
    public static PartOfSpeech ofPennTag(String tag) {
        if (tag == null) {
            return null;
        }
        if (tag.startsWith("VB")) {
            return VERB;
        }
        if (tag.startsWith("NN")) {
            return NOUN;
        }
        if (tag.startsWith("JJ")) {
            return ADJ;
        }
        return null;
    }
}
