package org.parley.annotate;

/**
 * One token of an annotated sentence.
 *
 * @param index  position in its sentence, from 0
 * @param word   the token as it appears in the text (CoreNLP's original text)
 * @param start  character offset of its first character in the article text
 * @param end    character offset just past its last character
 * @param pos    Penn Treebank part-of-speech tag
 * @param lemma  lemma, lower-cased for common words
 * @param ner    coarse named-entity tag (PERSON, ORGANIZATION, LOCATION, DATE, ...) or "O"
 */
public record Token(int index, String word, int start, int end, String pos, String lemma, String ner) {

    public Token {
        if (index < 0) {
            throw new IllegalArgumentException("token index " + index + " is negative");
        }
        if (end < start || start < 0) {
            throw new IllegalArgumentException("token span [" + start + ", " + end + ") is not a span");
        }
    }

    public boolean isEntity() {
        return ner != null && !"O".equals(ner);
    }

    public boolean posStartsWith(String prefix) {
        return pos != null && pos.startsWith(prefix);
    }
}
