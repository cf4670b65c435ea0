package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The vector kernel's row products, hidden layer and scores are bit for bit the scalar kernel's, for the English model's sizes
 * and for sizes that leave partial blocks and lanes; and both kernels parse to the same trees.
 */
class NetworkKernelTest {

    private final NetworkKernel scalar = new ScalarNetworkKernel();
    private final NetworkKernel vector = new VectorNetworkKernel();

    @Test
    void testsRunWithTheVectorModuleSoTheFastestKernelIsTheVectorOne() {
        assertThat(ModuleLayer.boot().findModule("jdk.incubator.vector")).isPresent();
        assertThat(NetworkKernel.fastest().name()).isEqualTo("vector");
    }

    @Test
    void hiddenLayerIsBitIdenticalForWholeAndPartialBlocks() {
        Random random = new Random(7);
        for (int size : new int[] {1000, 37, 8, 3}) {
            double[][] rows = new double[48][];
            for (int f = 0; f < rows.length; f++) {
                rows[f] = gaussians(random, size, 0.3);
            }
            double[] bias = gaussians(random, size, 0.1);
            double[] expected = new double[size];
            double[] actual = new double[size];
            scalar.hidden(rows, bias, expected);
            vector.hidden(rows, bias, actual);
            assertThat(actual).as("hidden size %d", size).containsExactly(expected);
        }
    }

    @Test
    void scoresAreBitIdenticalForWholeAndPartialBlocks() {
        Random random = new Random(11);
        for (int stride : new int[] {96, 83, 40, 5}) {
            int hiddenSize = 1000;
            double[] hidden = gaussians(random, hiddenSize, 2.0);
            double[] weights = new double[hiddenSize * stride];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (random.nextGaussian() * 0.05);
            }
            double[] expected = new double[stride];
            double[] actual = new double[stride];
            scalar.scores(hidden, weights, expected);
            vector.scores(hidden, weights, actual);
            assertThat(actual).as("stride %d", stride).containsExactly(expected);
        }
    }

    @Test
    void productsOfWeightsAndEmbeddingsAreBitIdentical() {
        Random random = new Random(13);
        for (int size : new int[] {1000, 37, 3}) {
            int count = 50;
            float[] weights = new float[3 * count * size];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = (float) (random.nextGaussian() * 0.05);
            }
            float[] embedding = new float[2 * count];
            for (int i = 0; i < embedding.length; i++) {
                embedding[i] = (float) random.nextGaussian();
            }
            double[] expected = gaussians(random, size, 0.01);
            double[] actual = expected.clone();
            scalar.addProducts(weights, count * size, embedding, count, count, expected);
            vector.addProducts(weights, count * size, embedding, count, count, actual);
            assertThat(actual).as("hidden size %d", size).containsExactly(expected);
        }
    }

    @Test
    void bothKernelsParseTheSameTrees() {
        NeuralDependencyParser withScalar = new NeuralDependencyParser(
                NeuralParserModel.load(NeuralDependencyParser.ENGLISH_UD, scalar));
        NeuralDependencyParser withVector = new NeuralDependencyParser(
                NeuralParserModel.load(NeuralDependencyParser.ENGLISH_UD, vector));
        List<String> words = List.of("Russia", "'s", "foreign", "minister", "said", "on", "Monday", "that", "Moscow",
                "would", "not", "accept", "any", "deal", "that", "ignored", "its", "security", "concerns", ".");
        List<String> tags = List.of("NNP", "POS", "JJ", "NN", "VBD", "IN", "NNP", "IN", "NNP", "MD", "RB", "VB",
                "DT", "NN", "WDT", "VBD", "PRP$", "NN", "NNS", ".");
        assertThat(withVector.parse(words, tags)).isEqualTo(withScalar.parse(words, tags));
        assertThat(withVector.kernelName()).isEqualTo("vector");
        assertThat(withScalar.kernelName()).isEqualTo("scalar");
    }

    private static double[] gaussians(Random random, int n, double scale) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = random.nextGaussian() * scale;
        }
        return out;
    }
}
