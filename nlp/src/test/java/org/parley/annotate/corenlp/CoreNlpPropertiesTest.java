package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Pins the CoreNLP properties Parley's typed configuration maps to: a misspelled key would make CoreNLP fall back
 * to a default silently (and the fine-grained NER default alone costs two thirds of NER time), so any change to
 * the map must show up here as a diff.
 */
class CoreNlpPropertiesTest {

    private static Map<String, String> asMap(Properties p) {
        Map<String, String> m = new TreeMap<>();
        for (String k : p.stringPropertyNames()) {
            m.put(k, p.getProperty(k));
        }
        return m;
    }

    @Test
    void taggingPropertiesForTheDefaultConfigAreExactlyThese() {
        assertThat(asMap(CoreNlpProperties.tagging(CoreNlpConfig.defaults()))).containsExactlyInAnyOrderEntriesOf(Map.of(
                "annotators", "tokenize,ssplit,pos,lemma,ner",
                "ssplit.newlineIsSentenceBreak", "always",
                "ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
                "ner.combinationMode", "NORMAL",
                "ner.applyFineGrained", "false",
                "ner.buildEntityMentions", "false",
                // SUTime runs as its own annotator on selected sentences, never inside NER
                "ner.applyNumericClassifiers", "false",
                "ner.useSUTime", "false"));
    }

    @Test
    void timePropertiesForTheDefaultConfigAreExactlyThese() {
        assertThat(asMap(CoreNlpProperties.timeExpressions(CoreNlpConfig.defaults())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "sutime.includeRange", "false",
                        "sutime.markTimeRanges", "false",
                        "sutime.binders", "0"));
    }

    @Test
    void dependencyParserPropertiesForTheDefaultConfigAreExactlyThese() {
        assertThat(asMap(CoreNlpProperties.dependencyParser(CoreNlpConfig.defaults())))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz",
                        "maxlen", "120",
                        "nthreads", "1",
                        "numCached", "100000",
                        "numPreComputed", "100000"));
    }

    @Test
    void theDefaultConfigIsThreeClassNerWithTimesAndParsing() {
        CoreNlpConfig c = CoreNlpConfig.defaults();
        assertThat(c).isEqualTo(new CoreNlpConfig(CoreNlpConfig.NER_3CLASS, CoreNlpConfig.TimeTagger.PARLEY, CoreNlpConfig.Parser.PARLEY, 120, 200_000));
    }

    @Test
    void timeExpressionsOffTurnsOffSuTimeAndTheNumericClassifiersTogether() {
        Properties p = CoreNlpProperties.tagging(new CoreNlpConfig(CoreNlpConfig.NER_3CLASS, CoreNlpConfig.TimeTagger.NONE, CoreNlpConfig.Parser.PARLEY, 80, 1000));
        assertThat(p.getProperty("ner.useSUTime")).isEqualTo("false");
        assertThat(p.getProperty("ner.applyNumericClassifiers")).isEqualTo("false");
        assertThat(CoreNlpProperties.dependencyParser(new CoreNlpConfig(CoreNlpConfig.NER_3CLASS, CoreNlpConfig.TimeTagger.NONE, CoreNlpConfig.Parser.PARLEY, 80, 1000))
                .getProperty("maxlen")).isEqualTo("80");
    }

    @Test
    void severalNerModelsArePassedThroughInOrder() {
        String two = CoreNlpConfig.NER_3CLASS + ",edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
        assertThat(CoreNlpProperties.tagging(new CoreNlpConfig(two, CoreNlpConfig.TimeTagger.PARLEY, CoreNlpConfig.Parser.PARLEY, 120, 1000)).getProperty("ner.model"))
                .isEqualTo(two);
    }

    @Test
    void theModelsNamedAreOnTheClassPath() {
        // the models jar is a dependency of this module: a wrong path fails here, not at the first article
        ClassLoader cl = getClass().getClassLoader();
        assertThat(cl.getResource(CoreNlpConfig.NER_3CLASS)).isNotNull();
        assertThat(cl.getResource(CoreNlpProperties.dependencyParser(CoreNlpConfig.defaults()).getProperty("model")))
                .isNotNull();
    }

    @Test
    void aConfigWithoutNerModelsOrWithNonPositiveLimitsIsRefused() {
        assertThatThrownBy(() -> new CoreNlpConfig(" ", CoreNlpConfig.TimeTagger.PARLEY, CoreNlpConfig.Parser.PARLEY, 120, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NER model");
        assertThatThrownBy(() -> new CoreNlpConfig(CoreNlpConfig.NER_3CLASS, CoreNlpConfig.TimeTagger.PARLEY, CoreNlpConfig.Parser.PARLEY, 0, 1000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxParseTokens=0");
        assertThatThrownBy(() -> new CoreNlpConfig(CoreNlpConfig.NER_3CLASS, CoreNlpConfig.TimeTagger.PARLEY, CoreNlpConfig.Parser.PARLEY, 120, -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTextChars=-1");
    }
}
