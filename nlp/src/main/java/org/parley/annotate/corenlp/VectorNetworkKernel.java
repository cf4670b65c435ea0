package org.parley.annotate.corenlp;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link NetworkKernel} on the JDK's vector API. The scalar loops are bound by memory traffic, not arithmetic:
 * the score loop loads and stores all 83 running scores once per hidden unit (1,000 times per transition), and
 * the JIT does not keep them in registers. Here blocks of four vectors of running sums stay in registers while
 * the loop runs over hidden units (scores) or feature rows (hidden layer). Each lane still adds its terms in the
 * scalar order with separate multiply and add (no fused multiply-add), so results are bit for bit the scalar
 * kernel's; {@code NetworkKernelTest} checks that.
 *
 * <p>Loaded only when the module is present ({@link NetworkKernel#fastest()}).
 */
final class VectorNetworkKernel implements NetworkKernel {

    private static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
    private static final int LANES = SPECIES.length();
    /** Floats as many to a vector as {@link #SPECIES} has doubles, so a float product widens lane for lane. */
    private static final VectorSpecies<Float> HALF = FloatVector.SPECIES_PREFERRED.withShape(
            VectorShape.forBitSize(SPECIES.vectorBitSize() / 2));
    /** Vectors of running sums held at once: four per block leaves registers to spare on AVX2 and AVX-512. */
    private static final int BLOCK = 4 * LANES;

    @Override
    public void addProducts(float[] weights, int base, float[] embedding, int from, int count, double[] out) {
        int n = out.length;
        int i = 0;
        for (; i + 2 * LANES <= n; i += 2 * LANES) {
            DoubleVector a0 = DoubleVector.fromArray(SPECIES, out, i);
            DoubleVector a1 = DoubleVector.fromArray(SPECIES, out, i + LANES);
            for (int k = 0, w = base + i; k < count; k++, w += n) {
                float x = embedding[from + k];
                a0 = a0.add(widen(FloatVector.fromArray(HALF, weights, w).mul(x)));
                a1 = a1.add(widen(FloatVector.fromArray(HALF, weights, w + LANES).mul(x)));
            }
            a0.intoArray(out, i);
            a1.intoArray(out, i + LANES);
        }
        for (; i < n; i++) {
            double sum = out[i];
            for (int k = 0; k < count; k++) {
                sum += weights[base + k * n + i] * embedding[from + k];
            }
            out[i] = sum;
        }
    }

    private static DoubleVector widen(FloatVector v) {
        return (DoubleVector) v.convertShape(VectorOperators.F2D, SPECIES, 0);
    }

    @Override
    public void hidden(double[][] rows, double[] bias, double[] hidden) {
        int n = hidden.length;
        int i = 0;
        for (; i + BLOCK <= n; i += BLOCK) {
            DoubleVector a0 = DoubleVector.zero(SPECIES);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            for (double[] row : rows) {
                a0 = a0.add(DoubleVector.fromArray(SPECIES, row, i));
                a1 = a1.add(DoubleVector.fromArray(SPECIES, row, i + LANES));
                a2 = a2.add(DoubleVector.fromArray(SPECIES, row, i + 2 * LANES));
                a3 = a3.add(DoubleVector.fromArray(SPECIES, row, i + 3 * LANES));
            }
            cube(a0, bias, hidden, i);
            cube(a1, bias, hidden, i + LANES);
            cube(a2, bias, hidden, i + 2 * LANES);
            cube(a3, bias, hidden, i + 3 * LANES);
        }
        for (; i + LANES <= n; i += LANES) {
            DoubleVector a = DoubleVector.zero(SPECIES);
            for (double[] row : rows) {
                a = a.add(DoubleVector.fromArray(SPECIES, row, i));
            }
            cube(a, bias, hidden, i);
        }
        for (; i < n; i++) {
            double sum = 0.0;
            for (double[] row : rows) {
                sum += row[i];
            }
            double x = sum + bias[i];
            hidden[i] = x * x * x;
        }
    }

    private static void cube(DoubleVector sum, double[] bias, double[] out, int at) {
        DoubleVector x = sum.add(DoubleVector.fromArray(SPECIES, bias, at));
        x.mul(x).mul(x).intoArray(out, at);
    }

    @Override
    public void scores(double[] hidden, double[] weights, double[] scores) {
        int stride = scores.length;
        int k = 0;
        for (; k + BLOCK <= stride; k += BLOCK) {
            DoubleVector a0 = DoubleVector.zero(SPECIES);
            DoubleVector a1 = a0;
            DoubleVector a2 = a0;
            DoubleVector a3 = a0;
            for (int j = 0, row = k; j < hidden.length; j++, row += stride) {
                DoubleVector h = DoubleVector.broadcast(SPECIES, hidden[j]);
                a0 = a0.add(h.mul(DoubleVector.fromArray(SPECIES, weights, row)));
                a1 = a1.add(h.mul(DoubleVector.fromArray(SPECIES, weights, row + LANES)));
                a2 = a2.add(h.mul(DoubleVector.fromArray(SPECIES, weights, row + 2 * LANES)));
                a3 = a3.add(h.mul(DoubleVector.fromArray(SPECIES, weights, row + 3 * LANES)));
            }
            a0.intoArray(scores, k);
            a1.intoArray(scores, k + LANES);
            a2.intoArray(scores, k + 2 * LANES);
            a3.intoArray(scores, k + 3 * LANES);
        }
        for (; k + LANES <= stride; k += LANES) {
            DoubleVector a = DoubleVector.zero(SPECIES);
            for (int j = 0, row = k; j < hidden.length; j++, row += stride) {
                a = a.add(DoubleVector.broadcast(SPECIES, hidden[j]).mul(DoubleVector.fromArray(SPECIES, weights, row)));
            }
            a.intoArray(scores, k);
        }
        for (; k < stride; k++) {
            double sum = 0.0;
            for (int j = 0; j < hidden.length; j++) {
                sum += hidden[j] * weights[j * stride + k];
            }
            scores[k] = sum;
        }
    }

    @Override
    public String name() {
        return "vector";
    }
}
