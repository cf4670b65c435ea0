package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link NeuralDependencyParser} on CoreNLP's English UD model (from the models jar, ~1 s to load): the arcs of
 * tagged sentences, every token attached once, and model files that are bad fail with their line number.
 * Equality with CoreNLP's own parser on real news is {@code NeuralDependencyParserIT}'s.
 */
class NeuralDependencyParserTest {

    private static NeuralDependencyParser parser;

    @BeforeAll
    static void load() {
        parser = NeuralDependencyParser.load(NeuralDependencyParser.ENGLISH_UD);
    }

    @Test
    void parsesSubjectObjectAndPrepositionalPlace() {
        List<NeuralDependencyParser.Arc> arcs = parser.parse(
                List.of("Scholz", "met", "Macron", "in", "Paris", "on", "Thursday", "."),
                List.of("NNP", "VBD", "NNP", "IN", "NNP", "IN", "NNP", "."));
        assertThat(arcs).containsExactly(
                new NeuralDependencyParser.Arc(1, 2, "nsubj"),
                new NeuralDependencyParser.Arc(2, 0, "root"),
                new NeuralDependencyParser.Arc(3, 2, "obj"),
                new NeuralDependencyParser.Arc(4, 5, "case"),
                new NeuralDependencyParser.Arc(5, 2, "obl"),
                new NeuralDependencyParser.Arc(6, 7, "case"),
                new NeuralDependencyParser.Arc(7, 2, "obl"),
                new NeuralDependencyParser.Arc(8, 2, "punct"));
    }

    @Test
    void passiveSubjectAndAgent() {
        List<NeuralDependencyParser.Arc> arcs = parser.parse(
                List.of("The", "talks", "were", "hosted", "by", "Qatar", "."),
                List.of("DT", "NNS", "VBD", "VBN", "IN", "NNP", "."));
        assertThat(arcs).contains(
                new NeuralDependencyParser.Arc(2, 4, "nsubj:pass"),
                new NeuralDependencyParser.Arc(3, 4, "aux:pass"),
                new NeuralDependencyParser.Arc(6, 4, "obl"));
    }

    @Test
    void everyTokenHasOneHeadAndOneRootOnLongUnknownWordSentences() {
        List<String> words = new java.util.ArrayList<>();
        List<String> tags = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            words.add(i % 7 == 6 ? "," : "zqx" + i);
            tags.add(i % 7 == 6 ? "," : i % 3 == 0 ? "VBD" : "NN");
        }
        List<NeuralDependencyParser.Arc> arcs = parser.parse(words, tags);
        assertThat(arcs).hasSize(60);
        assertThat(arcs).extracting(NeuralDependencyParser.Arc::dependent)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 60).boxed().toList());
        assertThat(arcs).filteredOn(a -> a.head() == 0).hasSize(1).allMatch(a -> a.label().equals("root"));
        assertThat(arcs).allMatch(a -> a.head() >= 0 && a.head() <= 60 && a.head() != a.dependent());
        assertThat(parser.parse(List.of(), List.of())).isEmpty();
    }

    @Test
    void wordsAndTagsMustPair() {
        assertThatThrownBy(() -> parser.parse(List.of("a", "b"), List.of("DT")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 words but 1 tags");
    }

    @Test
    void aBadModelFileNamesTheLine() {
        String header = "dict=3\npos=3\nlabel=2\nembeddingSize=2\nhiddenSize=2\nnumTokens=48\npreComputed=0\n";
        String embeddings = "-UNKNOWN- 0.1 0.2\n-NULL- 0.1 0.2\n-ROOT- 0.1 x\n";
        assertThatThrownBy(() -> NeuralParserModel.read(new BufferedReader(new StringReader(header + embeddings)),
                "tiny.txt", new ScalarNetworkKernel())).hasMessage("tiny.txt line 10: not a number: x");
        assertThatThrownBy(() -> NeuralParserModel.read(new BufferedReader(new StringReader("dict=3\nposs=3\n")),
                "tiny.txt", new ScalarNetworkKernel())).hasMessageContaining("tiny.txt line 2: expected pos=N");
        String shortLine = "-UNKNOWN- 0.1 0.2\n-NULL- 0.1\n";
        assertThatThrownBy(() -> NeuralParserModel.read(new BufferedReader(new StringReader(header + shortLine)),
                "tiny.txt", new ScalarNetworkKernel())).hasMessage("tiny.txt line 9: expected 3 fields, found 2");
    }
}
