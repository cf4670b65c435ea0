package org.parley.annotate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.json.ParleyJson;

/**
 * The annotation records extractors read: they check themselves, their look-ups find the right token, sentence and
 * edge, and they survive the JSON round trip {@link StoredAnnotations} relies on.
 */
class AnnotationRecordsTest {

    @TempDir
    Path dir;

    // "Peskov met Witkoff. They talked." : two sentences, the first parsed
    private static final String TEXT = "Peskov met Witkoff. They talked.";

    private static AnnotatedArticle article(String text) {
        Sentence s0 = new Sentence(0, 0, 19, List.of(
                new Token(0, "Peskov", 0, 6, "NNP", "Peskov", "PERSON"),
                new Token(1, "met", 7, 10, "VBD", "meet", "O"),
                new Token(2, "Witkoff", 11, 18, "NNP", "Witkoff", "PERSON"),
                new Token(3, ".", 18, 19, ".", ".", "O")),
                List.of(new Dependency("root", -1, 1), new Dependency("nsubj", 1, 0), new Dependency("obj", 1, 2),
                        new Dependency("punct", 1, 3)), true);
        Sentence s1 = new Sentence(1, 20, 32, List.of(
                new Token(0, "They", 20, 24, "PRP", "they", "O"),
                new Token(1, "talked", 25, 31, "VBD", "talk", "O"),
                new Token(2, ".", 31, 32, ".", ".", null)), List.of(), false);
        return new AnnotatedArticle(new Article("r1", "2025-04-11", null, null, null, text), List.of(s0, s1),
                List.of(new TimeExpression(1, "talked", 25, 31, "DATE", "PRESENT_REF")));
    }

    @Test
    void recordsRefuseSpansThatAreNotSpans() {
        assertThatThrownBy(() -> new Token(0, "x", 5, 4, "NN", "x", "O")).hasMessageContaining("[5, 4)");
        assertThatThrownBy(() -> new Token(-1, "x", 0, 1, "NN", "x", "O")).hasMessageContaining("-1");
        assertThatThrownBy(() -> new Sentence(3, 10, 9, List.of(), List.of(), false)).hasMessageContaining("sentence 3");
        assertThatThrownBy(() -> new Dependency("nsubj", -2, 0)).hasMessageContaining("nsubj -2->0");
        assertThatThrownBy(() -> new Dependency("nsubj", 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TimeExpression(0, "x", -1, 2, "DATE", null)).hasMessageContaining("[-1, 2)");
        assertThat(new Dependency("root", -1, 0).governor()).isEqualTo(-1);
    }

    @Test
    void lookUpsFindTokensSentencesAndEdges() {
        AnnotatedArticle a = article(TEXT);
        assertThat(a.tokenCount()).isEqualTo(7);
        assertThat(a.sentenceAt(0).index()).isZero();
        assertThat(a.sentenceAt(18).index()).isZero();
        assertThat(a.sentenceAt(19)).as("the space between sentences").isNull();
        assertThat(a.sentenceAt(25).index()).isEqualTo(1);
        assertThat(a.sentenceAt(32)).isNull();
        Sentence s = a.sentences().get(0);
        assertThat(s.tokenAt(12)).isEqualTo(2);
        assertThat(s.tokenAt(6)).as("the space after Peskov").isEqualTo(-1);
        assertThat(s.dependentsOf(1)).extracting(Dependency::relation).containsExactly("nsubj", "obj", "punct");
        assertThat(s.headsOf(2)).containsExactly(new Dependency("obj", 1, 2));
        assertThat(s.headsOf(1)).containsExactly(new Dependency("root", -1, 1));
        assertThat(new Dependency("obl:with", 1, 2).baseRelation()).isEqualTo("obl");
        assertThat(new Dependency("nsubj", 1, 2).baseRelation()).isEqualTo("nsubj");
        assertThat(s.token(0).isEntity()).isTrue();
        assertThat(s.token(1).isEntity()).isFalse();
        assertThat(a.sentences().get(1).token(2).isEntity()).as("a null tag is no entity").isFalse();
        assertThat(s.token(0).posStartsWith("NN")).isTrue();
    }

    @Test
    void recordsCopyTheirListsSoACallerCannotChangeThem() {
        List<Token> tokens = new java.util.ArrayList<>(List.of(new Token(0, "x", 0, 1, "NN", "x", "O")));
        Sentence s = new Sentence(0, 0, 1, tokens, List.of(), false);
        tokens.clear();
        assertThat(s.size()).isEqualTo(1);
        assertThatThrownBy(() -> s.tokens().add(new Token(1, "y", 2, 3, "NN", "y", "O")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAnnotatedArticleSurvivesTheJsonRoundTrip() throws IOException {
        AnnotatedArticle a = article(TEXT);
        String json = ParleyJson.line(a);
        assertThat(json).doesNotContain("\n");
        assertThat(ParleyJson.mapper().readValue(json, AnnotatedArticle.class)).isEqualTo(a);
    }

    @Test
    void storedAnnotationIsReusedOnlyForTheSameIdAndText() throws IOException {
        AnnotatedArticle stored = article(TEXT);
        Path file = Files.writeString(dir.resolve("ann.jsonl"), "\n" + ParleyJson.line(stored) + "\n",
                StandardCharsets.UTF_8);
        AtomicInteger fallbackCalls = new AtomicInteger();
        ArticleAnnotator fallback = art -> {
            fallbackCalls.incrementAndGet();
            return new AnnotatedArticle(art, List.of(), List.of());
        };
        StoredAnnotations annotations = StoredAnnotations.read(List.of(file), fallback);

        // same id and text, new metadata: the stored layers with the article as given now
        Article retitled = new Article("r1", "2025-04-12", "A new title", "wire", null, TEXT);
        AnnotatedArticle reused = annotations.annotate(retitled);
        assertThat(reused.article()).isSameAs(retitled);
        assertThat(reused.sentences()).isEqualTo(stored.sentences());
        assertThat(reused.times()).isEqualTo(stored.times());
        assertThat(fallbackCalls).hasValue(0);

        // a changed text or an unknown id goes to the real annotator
        assertThat(annotations.annotate(new Article("r1", "2025-04-11", null, null, null, TEXT + " More."))
                .sentences()).isEmpty();
        assertThat(annotations.annotate(new Article("other", "2025-04-11", null, null, null, TEXT)).sentences())
                .isEmpty();
        assertThat(fallbackCalls).hasValue(2);
    }

    @Test
    void aStoredLineThatDoesNotParseNamesFileAndLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), ParleyJson.line(article(TEXT)) + "\n{\"article\": 5\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> StoredAnnotations.read(List.of(file), art -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(file + ":2: not an annotated article");
    }
}
