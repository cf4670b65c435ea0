package org.parley.annotate.corenlp;

/**
 * The arithmetic of one transition's network evaluation in {@link NeuralDependencyParser}: the hidden layer from
 * the feature rows, then the transition scores. Every implementation adds the same numbers in the same order per
 * element as CoreNLP's parser does (rows in feature order from 0.0, then the bias, then {@code (x * x) * x};
 * scores summed over hidden units in order), so all give bit-identical scores and the same trees.
 *
 * <p>Two exist because the fast one needs the JDK's incubating vector module: {@link #fastest()} picks
 * {@link VectorNetworkKernel} when the JVM was started with {@code --add-modules jdk.incubator.vector} (as
 * {@code bin/parley} and the tests do) and {@link ScalarNetworkKernel} otherwise, with the same output.
 */
interface NetworkKernel {

    /**
     * Adds a feature's input to the hidden layer, as CoreNLP computes it: for k in {@code [0, count)} in order,
     * {@code out[i] += (float) (weights[base + k * out.length + i] * embedding[from + k])} (the product in float,
     * the sum in double).
     */
    void addProducts(float[] weights, int base, float[] embedding, int from, int count, double[] out);

    /**
     * Sets {@code hidden[i]} to the cube of (the sum of {@code rows[f][i]} over features f in order, plus
     * {@code bias[i]}).
     */
    void hidden(double[][] rows, double[] bias, double[] hidden);

    /**
     * Sets {@code scores[k]} to the sum over hidden units j, in order, of {@code hidden[j] * weights[j * stride + k]},
     * where {@code stride} is {@code scores.length}.
     */
    void scores(double[] hidden, double[] weights, double[] scores);

    /** A short name for reports ("vector", "scalar"). */
    String name();

    /**
     * The vector kernel where the JVM has the vector module, else the scalar one; {@code -Dparley.parser.scalar=true}
     * forces the scalar one (to compare their speed: the output is the same).
     */
    static NetworkKernel fastest() {
        if (Boolean.parseBoolean(System.getProperty("parley.parser.scalar", "false"))
                || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return new ScalarNetworkKernel();
        }
        return new VectorNetworkKernel();
    }
}
