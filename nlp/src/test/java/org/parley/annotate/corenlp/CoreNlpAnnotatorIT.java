package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.SentenceSelector;
import org.parley.annotate.TimeExpression;
import org.parley.annotate.Token;
import org.parley.article.Article;

/**
 * The real CoreNLP models behind {@link CoreNlpAnnotator}: tokens and their offsets, NER, enhanced++ relations with
 * their subtypes, SUTime values anchored to the publication date, the parse limit, and the refusal of over-long
 * texts. The models load once for the class (about 20-40 s).
 */
class CoreNlpAnnotatorIT {

    /** Friday. */
    private static final String PUBLISHED = "2025-04-11";
    private static final String TEXT = "Olaf Scholz met Emmanuel Macron in Paris on Thursday. "
            + "The two leaders will set up a new fund next week.";

    private static CoreNlpAnnotator annotator;
    private static AnnotatedArticle annotated;

    @BeforeAll
    static void annotateOnce() {
        annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults(), SentenceSelector.ALL);
        annotated = annotator.annotate(new Article("it-1", PUBLISHED, "Leaders meet", "test", null, TEXT));
    }

    private static Token token(Sentence s, String word) {
        return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "' in " + s.tokens()));
    }

    private static boolean hasEdge(Sentence s, String relation, String governor, String dependent) {
        int g = token(s, governor).index();
        int d = token(s, dependent).index();
        return s.dependencies().contains(new Dependency(relation, g, d));
    }

    @Test
    void twoSentencesWithTokensWhoseOffsetsPointIntoTheText() {
        List<Sentence> sentences = annotated.sentences();
        assertThat(sentences).hasSize(2);
        Sentence first = sentences.get(0);
        Sentence second = sentences.get(1);
        assertThat(first.start()).isZero();
        assertThat(first.end()).isEqualTo(TEXT.indexOf("Thursday.") + "Thursday.".length());
        assertThat(second.start()).isEqualTo(TEXT.indexOf("The two"));
        assertThat(second.end()).isEqualTo(TEXT.length());
        assertThat(first.tokens()).extracting(Token::word).containsExactly("Olaf", "Scholz", "met", "Emmanuel",
                "Macron", "in", "Paris", "on", "Thursday", ".");
        for (Sentence s : sentences) {
            for (int i = 0; i < s.size(); i++) {
                Token t = s.token(i);
                assertThat(t.index()).isEqualTo(i);
                assertThat(TEXT.substring(t.start(), t.end())).isEqualTo(t.word());
            }
        }
        Token met = token(first, "met");
        assertThat(met.pos()).isEqualTo("VBD");
        assertThat(met.lemma()).isEqualTo("meet");
        assertThat(token(second, "up").pos()).isEqualTo("RP");
    }

    @Test
    void coarseNerTagsPeopleAndPlaces() {
        Sentence first = annotated.sentences().get(0);
        assertThat(first.tokens()).filteredOn(t -> "PERSON".equals(t.ner())).extracting(Token::word)
                .containsExactly("Olaf", "Scholz", "Emmanuel", "Macron");
        assertThat(token(first, "Paris").ner()).isEqualTo("LOCATION");
        assertThat(token(first, "met").ner()).isEqualTo("O");
        // time expressions come from their own tagger, so NER no longer tags dates: the time expressions carry them
        assertThat(token(first, "Thursday").ner()).isEqualTo("O");
        assertThat(annotated.times()).extracting(TimeExpression::text).contains("Thursday");
        // fine-grained NER is off: no TITLE, CITY or NATIONALITY tags
        annotated.sentences().forEach(s -> assertThat(s.tokens()).extracting(Token::ner)
                .doesNotContain("TITLE", "CITY", "NATIONALITY", "STATE_OR_PROVINCE"));
    }

    @Test
    void enhancedDependenciesKeepTheirSubtypes() {
        Sentence first = annotated.sentences().get(0);
        Sentence second = annotated.sentences().get(1);
        assertThat(first.parsed()).isTrue();
        assertThat(second.parsed()).isTrue();
        assertThat(first.dependencies()).contains(new Dependency("root", -1, token(first, "met").index()));
        assertThat(hasEdge(first, "nsubj", "met", "Scholz")).as("nsubj(met, Scholz) in %s", first.dependencies()).isTrue();
        assertThat(hasEdge(first, "obj", "met", "Macron")).as("obj(met, Macron) in %s", first.dependencies()).isTrue();
        assertThat(hasEdge(first, "obl:in", "met", "Paris")).as("obl:in(met, Paris) in %s", first.dependencies()).isTrue();
        assertThat(hasEdge(second, "compound:prt", "set", "up")).as("compound:prt(set, up) in %s", second.dependencies())
                .isTrue();
        Dependency prt = new Dependency("compound:prt", 0, 0);
        assertThat(prt.baseRelation()).isEqualTo("compound");
        for (Sentence s : annotated.sentences()) {
            for (Dependency d : s.dependencies()) {
                assertThat(d.dependent()).isLessThan(s.size());
                assertThat(d.governor()).isLessThan(s.size());
            }
        }
    }

    @Test
    void timeExpressionsAreNormalizedAgainstThePublicationDate() {
        List<TimeExpression> times = annotated.times();
        assertThat(times).hasSize(2);
        TimeExpression thursday = times.get(0);
        assertThat(thursday.text()).isEqualTo("Thursday");
        assertThat(thursday.sentence()).isZero();
        assertThat(TEXT.substring(thursday.start(), thursday.end())).isEqualTo("Thursday");
        assertThat(thursday.type()).isEqualTo("DATE");
        assertThat(thursday.value()).isEqualTo("2025-04-10");
        TimeExpression nextWeek = times.get(1);
        assertThat(nextWeek.text()).isEqualTo("next week");
        assertThat(nextWeek.sentence()).isEqualTo(1);
        assertThat(nextWeek.value()).isEqualTo("2025-W16");
    }

    @Test
    void suTimeRemainsAChoiceAndAgreesOnTheseExpressions() {
        CoreNlpConfig withSuTime = new CoreNlpConfig(CoreNlpConfig.NER_3CLASS, CoreNlpConfig.TimeTagger.SUTIME, CoreNlpConfig.Parser.NONE,
                120, 200_000);
        CoreNlpAnnotator suTime = new CoreNlpAnnotator(withSuTime, SentenceSelector.ALL, SentenceSelector.ALL);
        List<TimeExpression> times = suTime.annotate(annotated.article()).times();
        assertThat(times).extracting(TimeExpression::text, TimeExpression::value)
                .containsExactlyElementsOf(annotated.times().stream().map(t -> org.assertj.core.groups.Tuple.tuple(
                        t.text(), t.value())).toList());
        assertThat(suTime.stats().timedSentences()).isEqualTo(annotated.sentences().size());
    }

    @Test
    void withoutAPublicationDateRelativeTimesStayUnanchored() {
        // the facts TimeExtractor builds on: no document date, no calendar value for a weekday or an offset
        AnnotatedArticle undated = annotator.annotate(new Article("it-2", null, null, null, null,
                "Trump spoke on Thursday. The war began three years ago, in 2022."));
        assertThat(undated.times()).extracting(TimeExpression::text).containsExactly("Thursday", "three years ago", "2022");
        // no calendar value: null from Parley's tagger ("XXXX-WXX-4" was SUTime's way of saying so)
        assertThat(undated.times().get(0).value()).isNull();
        assertThat(undated.times().get(1).value()).isNull();
        assertThat(undated.times().get(2).value()).isEqualTo("2022");
    }

    @Test
    void aSentenceOverTheParseLimitIsTaggedButNotParsed() {
        StringBuilder longSentence = new StringBuilder("Ministers from");
        for (int i = 0; i < 70; i++) {
            longSentence.append(" Chad and Mali");
        }
        longSentence.append(" met.");
        String text = "Leaders met in Rome. " + longSentence;
        AnnotatedArticle a = annotator.annotate(new Article("it-3", PUBLISHED, null, null, null, text));
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.sentences().get(0).parsed()).isTrue();
        Sentence big = a.sentences().get(1);
        assertThat(big.size()).isGreaterThan(CoreNlpConfig.defaults().maxParseTokens());
        assertThat(big.parsed()).isFalse();
        assertThat(big.dependencies()).isEmpty();
        assertThat(big.tokens()).extracting(Token::pos).doesNotContainNull();
    }

    @Test
    void aTextOverTheLimitIsRefusedWithAClearMessage() {
        int limit = CoreNlpConfig.defaults().maxTextChars();
        String tooLong = "a".repeat(limit + 1);
        assertThatThrownBy(() -> annotator.annotate(new Article("huge", PUBLISHED, null, null, null, tooLong)))
                .isInstanceOf(AnnotationException.class)
                .hasMessage("text is too long: " + (limit + 1) + " characters, the limit is " + limit);
    }

    @Test
    void twoThreadsSharingTheAnnotatorGetWhatOneThreadGets() throws Exception {
        Article article = new Article("it-1", PUBLISHED, "Leaders meet", "test", null, TEXT);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<AnnotatedArticle>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                results.add(pool.submit(() -> annotator.annotate(article)));
            }
            for (Future<AnnotatedArticle> f : results) {
                assertThat(f.get()).isEqualTo(annotated);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
