package org.parley.annotate.corenlp;

/**
 * What Parley asks of CoreNLP, typed. {@link CoreNlpProperties} maps it to CoreNLP's {@code Properties} in one place.
 *
 * @param nerModels         CRF models for coarse NER, comma-separated classpath resources
 * @param timeExpressions   whether SUTime tags and normalizes time expressions (needs the numeric classifiers)
 * @param parse             whether dependency parsing runs at all
 * @param maxParseTokens    sentences longer than this are not parsed (misparses and cubic-ish cost)
 * @param maxTextChars      longer articles are refused with a clear error instead of exhausting memory
 */
public record CoreNlpConfig(String nerModels, boolean timeExpressions, boolean parse, int maxParseTokens,
                           int maxTextChars) {

    /** One 3-class CRF: the 4- and 7-class models add little for actors and cost time (DESIGN.md measurements). */
    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    public CoreNlpConfig {
        if (nerModels == null || nerModels.isBlank()) {
            throw new IllegalArgumentException("at least one NER model is needed");
        }
        if (maxParseTokens < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("limits must be positive: maxParseTokens=" + maxParseTokens
                    + " maxTextChars=" + maxTextChars);
        }
    }

    /** The configuration extraction uses. */
    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(NER_3CLASS, true, true, 120, 200_000);
    }
}
