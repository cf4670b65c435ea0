package org.parley.annotate.corenlp;

/**
 * One quotation as plain CoreNLP's {@code quote} annotator reports it, with the speaker its attribution step chose.
 * Offsets are Java {@code String} indices into the article text.
 *
 * @param start       where the quotation starts (at its opening mark)
 * @param end         where it ends (after its closing mark)
 * @param sourceStart where the mention CoreNLP attributed it to starts, or -1 when it chose none
 * @param sourceEnd   where that mention ends, or -1
 * @param speaker     the speaker's name as CoreNLP gives it, or null
 */
public record BaselineQuote(int start, int end, int sourceStart, int sourceEnd, String speaker) {

    public boolean hasSource() {
        return sourceStart >= 0 && sourceEnd > sourceStart;
    }
}
