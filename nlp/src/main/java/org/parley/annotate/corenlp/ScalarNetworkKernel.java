package org.parley.annotate.corenlp;

import java.util.Arrays;

/** {@link NetworkKernel} in plain Java loops: the reference the vector kernel is tested against. */
final class ScalarNetworkKernel implements NetworkKernel {

    @Override
    public void addProducts(float[] weights, int base, float[] embedding, int from, int count, double[] out) {
        int n = out.length;
        for (int k = 0; k < count; k++) {
            float x = embedding[from + k];
            int w = base + k * n;
            for (int i = 0; i < n; i++) {
                out[i] += weights[w + i] * x;
            }
        }
    }

    @Override
    public void hidden(double[][] rows, double[] bias, double[] hidden) {
        Arrays.fill(hidden, 0.0);
        for (double[] row : rows) {
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] += row[i];
            }
        }
        for (int i = 0; i < hidden.length; i++) {
            double x = hidden[i] + bias[i];
            hidden[i] = x * x * x;
        }
    }

    @Override
    public void scores(double[] hidden, double[] weights, double[] scores) {
        Arrays.fill(scores, 0.0);
        int stride = scores.length;
        for (int j = 0; j < hidden.length; j++) {
            double h = hidden[j];
            int row = j * stride;
            for (int k = 0; k < stride; k++) {
                scores[k] += h * weights[row + k];
            }
        }
    }

    @Override
    public String name() {
        return "scalar";
    }
}
