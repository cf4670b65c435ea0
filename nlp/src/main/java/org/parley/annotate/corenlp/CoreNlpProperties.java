package org.parley.annotate.corenlp;

import java.util.Properties;

/**
 * The one place where Parley's typed {@link CoreNlpConfig} becomes CoreNLP property keys. A test pins the result,
 * so a misspelled key cannot silently fall back to a CoreNLP default.
 */
public final class CoreNlpProperties {

    /** Entries in the neural parser's hidden-layer cache (see {@link #dependencyParser}). */
    static final int PARSER_CACHE_ENTRIES = 100_000;
    /** Hidden-layer products the parser precomputes at load (see {@link #dependencyParser}). */
    static final int PARSER_PRECOMPUTED_ENTRIES = 100_000;

    private CoreNlpProperties() {
    }

    /** Properties for the tagging pipeline: tokenize, ssplit, pos, lemma, ner. */
    public static Properties tagging(CoreNlpConfig config) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        // news paragraphs are lines; a headline without a full stop must not run into the first sentence
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.model", config.nerModels());
        p.setProperty("ner.combinationMode", "NORMAL");
        // the fine-grained regex NER is ~2/3 of NER time; Parley's own knowledge does titles, countries, cities
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        // numbers and times: SUTime runs on its own, only on sentences with time words (see timeExpressions)
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.useSUTime", "false");
        return p;
    }

    /** Properties for SUTime run as its own annotator ("sutime." prefix, as TimeAnnotator reads them). */
    public static Properties timeExpressions(CoreNlpConfig config) {
        Properties p = new Properties();
        p.setProperty("sutime.includeRange", "false");
        p.setProperty("sutime.markTimeRanges", "false");
        p.setProperty("sutime.binders", "0");
        return p;
    }

    /**
     * Properties (unprefixed, as DependencyParseAnnotator reads them) for CoreNLP's own neural dependency parser,
     * {@link CoreNlpConfig.Parser#CORENLP} (the default, {@code PARLEY}, runs the same model without them).
     */
    public static Properties dependencyParser(CoreNlpConfig config) {
        Properties p = new Properties();
        p.setProperty("model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        p.setProperty("maxlen", Integer.toString(config.maxParseTokens()));
        p.setProperty("nthreads", "1");
        // The parser caches the hidden-layer product of each (feature, position) it meets; its default of 5,000
        // entries thrashes on news vocabulary (a profile showed ~40% of parse time in cache eviction). 100,000
        // entries (up to ~400 MB of float rows) cut parse CPU by ~30% on 60 corpus articles; 400,000 gained nothing more.
        p.setProperty("numCached", Integer.toString(PARSER_CACHE_ENTRIES));
        // ...and it precomputes that product at load time for the most frequent (feature, position) pairs the
        // model lists, lock-free at parse time: 100,000 instead of 20,000 took another ~15% off parse CPU on the
        // same articles (8.7 -> 7.3 ms per sentence) for ~800 MB (a row is 1,000 doubles) and ~6 s of start-up.
        p.setProperty("numPreComputed", Integer.toString(PARSER_PRECOMPUTED_ENTRIES));
        return p;
    }
}
