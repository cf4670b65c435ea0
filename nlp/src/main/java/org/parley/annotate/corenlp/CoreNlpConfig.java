package org.parley.annotate.corenlp;

/**
 * What Parley asks of CoreNLP, typed. {@link CoreNlpProperties} maps it to CoreNLP's {@code Properties} in one place.
 *
 * @param nerModels         CRF models for coarse NER, comma-separated classpath resources
 * @param timeTagger        which tagger finds and normalizes time expressions, or none
 * @param parser            which dependency parser runs, or none
 * @param maxParseTokens    sentences longer than this are not parsed (misparses and cubic-ish cost)
 * @param maxTextChars      longer articles are refused with a clear error instead of exhausting memory
 */
public record CoreNlpConfig(String nerModels, TimeTagger timeTagger, Parser parser, int maxParseTokens,
                           int maxTextChars) {

    /** One 3-class CRF: the 4- and 7-class models add little for actors and cost time (DESIGN.md measurements). */
    public static final String NER_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

    /** Who tags time expressions. */
    public enum TimeTagger {
        /** Parley's own {@code NewsTimeTagger}: microseconds per sentence, news-minded weekday resolution */
        PARLEY,
        /** CoreNLP's SUTime, on the sentences with time words only (~12 ms per sentence) */
        SUTIME,
        /** no time expressions */
        NONE
    }

    /** Whether any dependency parsing runs. */
    public boolean parse() {
        return parser != Parser.NONE;
    }

    /** Who parses the selected sentences. */
    public enum Parser {
        /**
         * Parley's runner for CoreNLP's neural model ({@code NeuralDependencyParser}): CoreNLP's trees, ~3x less
         * parse CPU, only the enhanced++ graph built
         */
        PARLEY,
        /** CoreNLP's own {@code depparse} annotator with the same model */
        CORENLP,
        /** no parsing */
        NONE
    }

    public CoreNlpConfig {
        if (parser == null) {
            throw new IllegalArgumentException("a parser choice is needed (NONE for none)");
        }
        if (timeTagger == null) {
            throw new IllegalArgumentException("a time tagger choice is needed (NONE for none)");
        }
        if (nerModels == null || nerModels.isBlank()) {
            throw new IllegalArgumentException("at least one NER model is needed");
        }
        if (maxParseTokens < 1 || maxTextChars < 1) {
            throw new IllegalArgumentException("limits must be positive: maxParseTokens=" + maxParseTokens
                    + " maxTextChars=" + maxTextChars);
        }
    }

    /**
     * The configuration extraction uses. Parley's time tagger replaced SUTime: the same seed+news and dev scores
     * (times 1.0, event dates 0.90) at a hundredth of the cost; Parley's runner of the parser model gives
     * CoreNLP's own trees for a third of the parse CPU (docs/decisions.md).
     */
    public static CoreNlpConfig defaults() {
        return new CoreNlpConfig(NER_3CLASS, TimeTagger.PARLEY, Parser.PARLEY, 120, 200_000);
    }
}
