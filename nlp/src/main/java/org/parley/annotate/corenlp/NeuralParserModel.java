package org.parley.annotate.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights of a CoreNLP neural dependency parser model ({@code nndep}, Chen and Manning 2014), read from the
 * model's text file as CoreNLP ships it, laid out for {@link NeuralDependencyParser}.
 *
 * <p>The file holds: seven header lines ({@code dict=}, {@code pos=}, {@code label=}, {@code embeddingSize=},
 * {@code hiddenSize=}, {@code numTokens=}, {@code preComputed=}); one line per word, tag and label (name, then its
 * embedding); one line per input dimension of the hidden layer (that dimension's weight into every hidden unit);
 * the hidden bias; one line per hidden unit (its weight into every transition's score); then the ids of the
 * (feature value, feature position) pairs frequent enough in training to precompute.
 *
 * <p>Why a layout of our own: CoreNLP scores a transition with one dot product per transition over the 1,000
 * hidden units, a chain of dependent additions that runs at one add per ~4 cycles, and looks features up through
 * boxed hash maps. Keeping the file's transposed layouts lets the same sums run as independent per-element
 * additions ({@link NetworkKernel}), in the same order per element, so the scores are bit for bit CoreNLP's.
 *
 * <p>Memory: the weights take ~35 MB; precomputed rows (8 KB each) exist only once used, at most the ~100,000 the
 * model lists (~800 MB, what CoreNLP allocates up front); other features' rows share {@link #RARE_ROW_SLOTS}
 * slots (~130 MB at most).
 *
 * <p>Thread-safety: immutable after construction except for the rows, which are made on first use and published
 * with release stores read with acquire loads; two threads racing on one row compute identical values.
 */
final class NeuralParserModel {

    static final String NULL = "-NULL-";
    static final String UNKNOWN = "-UNKNOWN-";
    static final String ROOT = "-ROOT-";

    final int embeddingSize;
    final int hiddenSize;
    final int numTokens;
    /** Labels the transitions attach, in the model's order; index 0 is the root label. */
    final String[] labels;
    final int transitions;

    private final Map<String, Integer> wordIds;
    private final Map<String, Integer> posIds;
    final int unknownWord;
    final int nullWord;
    final int rootWord;
    final int unknownPos;
    final int nullPos;
    final int rootPos;
    final int nullLabel;
    /** Embedding row of each transition label, by label index. */
    final int[] labelRows;

    /** Embeddings, row-major: row * embeddingSize + k. */
    final float[] embeddings;
    /** Hidden-layer weights, input-major as in the file: (position * embeddingSize + k) * hiddenSize + unit. */
    final float[] inputWeights;
    /** Hidden-layer bias: the file's float values held as doubles, which the kernels add. */
    final double[] hiddenBias;
    /**
     * Output weights, hidden-unit-major as in the file: the file's float values held as doubles (~770 KB, still in
     * a core's L2 cache), each unit's row padded with zeros to {@link #scoreStride} so the kernels' vector blocks
     * cover it whole: unit * scoreStride + transition.
     */
    final double[] outputWeights;
    final int scoreStride;

    /** Feature keys (value * numTokens + position) the model lists as precomputed. */
    private final BitSet precomputedKeys;
    /**
     * The row of each precomputed feature key once used, null before: one array indexed by key, so a lookup is
     * one memory access (~15 MB of references for English UD). Read with acquire and written with release
     * ({@link #ROWS}) so a row is seen only whole.
     */
    private final double[][] precomputedByKey;
    /**
     * Rows of the features the model does not precompute (rare words), direct-mapped by key: a new row replaces
     * the one in its slot, so the cache follows the text instead of keeping whichever rare words came first.
     */
    private final RareRow[] rareRows = new RareRow[RARE_ROW_SLOTS];
    /** 16,384 slots of 1,000 float-rounded values held as doubles (the kernels add doubles): at most ~130 MB. */
    private static final int RARE_ROW_BITS = 14;
    static final int RARE_ROW_SLOTS = 1 << RARE_ROW_BITS;
    private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(double[][].class);
    private static final VarHandle RARE = MethodHandles.arrayElementVarHandle(RareRow[].class);
    private final NetworkKernel kernel;

    private record RareRow(int key, double[] row) {
    }

    private NeuralParserModel(Header h, BufferedReader in, String name, NetworkKernel kernel) throws IOException {
        this.kernel = kernel;
        this.embeddingSize = h.embeddingSize;
        this.hiddenSize = h.hiddenSize;
        this.numTokens = h.numTokens;
        int rows = h.words + h.tags + h.labels;
        this.embeddings = new float[rows * embeddingSize];
        String[] names = new String[rows];
        LineReader lines = new LineReader(in, name, 7);
        for (int r = 0; r < rows; r++) {
            String[] f = lines.fields(embeddingSize + 1);
            names[r] = f[0];
            for (int k = 0; k < embeddingSize; k++) {
                embeddings[r * embeddingSize + k] = lines.number(f[k + 1]);
            }
        }
        this.wordIds = index(names, 0, h.words);
        this.posIds = index(names, h.words, h.tags);
        Map<String, Integer> labelIds = index(names, h.words + h.tags, h.labels);
        this.unknownWord = required(wordIds, UNKNOWN, name);
        this.nullWord = required(wordIds, NULL, name);
        this.rootWord = required(wordIds, ROOT, name);
        this.unknownPos = required(posIds, UNKNOWN, name);
        this.nullPos = required(posIds, NULL, name);
        this.rootPos = required(posIds, ROOT, name);
        this.nullLabel = required(labelIds, NULL, name);
        // as CoreNLP: the label list without -NULL- (first), its first entry the root label
        this.labels = Arrays.copyOfRange(names, h.words + h.tags + 1, rows);
        this.labelRows = new int[labels.length];
        for (int l = 0; l < labels.length; l++) {
            labelRows[l] = labelIds.get(labels[l]);
        }
        this.transitions = 2 * labels.length + 1;

        int inputs = embeddingSize * numTokens;
        this.inputWeights = new float[inputs * hiddenSize];
        for (int j = 0; j < inputs; j++) {
            String[] f = lines.fields(hiddenSize);
            for (int i = 0; i < hiddenSize; i++) {
                inputWeights[j * hiddenSize + i] = lines.number(f[i]);
            }
        }
        this.hiddenBias = new double[hiddenSize];
        String[] bias = lines.fields(hiddenSize);
        for (int i = 0; i < hiddenSize; i++) {
            hiddenBias[i] = lines.number(bias[i]);
        }
        this.scoreStride = (transitions + 31) / 32 * 32;
        this.outputWeights = new double[hiddenSize * scoreStride];
        for (int j = 0; j < hiddenSize; j++) {
            String[] f = lines.fields(transitions);
            for (int t = 0; t < transitions; t++) {
                outputWeights[j * scoreStride + t] = lines.number(f[t]);
            }
        }
        this.precomputedKeys = new BitSet(rows * numTokens);
        int read = 0;
        while (read < h.preComputed) {
            String line = lines.next();
            for (String id : line.trim().split(" ")) {
                int key = lines.integer(id);
                if (key < 0 || key >= rows * numTokens) {
                    throw lines.error("precomputed feature id out of range: " + key);
                }
                precomputedKeys.set(key);
                read++;
            }
        }
        this.precomputedByKey = new double[rows * numTokens][];
    }

    /** Loads a model from the classpath (gzipped, as CoreNLP's models jar has it). */
    static NeuralParserModel load(String resource, NetworkKernel kernel) {
        ClassLoader loader = NeuralParserModel.class.getClassLoader();
        try (InputStream raw = loader.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("dependency parser model not on the classpath: " + resource
                        + " (it comes with stanford-corenlp's models jar)");
            }
            InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16), resource,
                    kernel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dependency parser model " + resource, e);
        }
    }

    /** Reads a model in CoreNLP's text format; {@code name} is used in errors, which give the line number. */
    static NeuralParserModel read(BufferedReader reader, String name, NetworkKernel kernel) throws IOException {
        return new NeuralParserModel(Header.read(reader, name), reader, name, kernel);
    }

    /** The arithmetic the rows and the network run on. */
    NetworkKernel kernel() {
        return kernel;
    }

    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id == null ? unknownWord : id;
    }

    int posId(String tag) {
        Integer id = tag == null ? null : posIds.get(tag);
        return id == null ? unknownPos : id;
    }

    /**
     * The hidden-layer input of feature value {@code value} at {@code position}: the precomputed product where the
     * model lists one (computed on first use), otherwise the product rounded to float, as CoreNLP's cached path
     * does. Callers must not modify it.
     */
    double[] row(int value, int position) {
        int key = value * numTokens + position;
        if (precomputedKeys.get(key)) {
            double[] product = (double[]) ROWS.getAcquire(precomputedByKey, key);
            if (product == null) {
                product = multiply(value, position);
                ROWS.setRelease(precomputedByKey, key, product);
            }
            return product;
        }
        // Fibonacci hashing: the multiply's top bits, so neighbouring keys land in different slots
        int slot = (key * 0x9E3779B9) >>> (Integer.SIZE - RARE_ROW_BITS);
        RareRow cached = (RareRow) RARE.getAcquire(rareRows, slot);
        if (cached != null && cached.key == key) {
            return cached.row;
        }
        double[] product = multiply(value, position);
        for (int i = 0; i < hiddenSize; i++) {
            product[i] = (float) product[i];
        }
        RARE.setRelease(rareRows, slot, new RareRow(key, product));
        return product;
    }

    /** W1[position slice] . E[value] for every hidden unit, summed over k in order (products in float, as CoreNLP). */
    private double[] multiply(int value, int position) {
        double[] sum = new double[hiddenSize];
        kernel.addProducts(inputWeights, position * embeddingSize * hiddenSize, embeddings, value * embeddingSize,
                embeddingSize, sum);
        return sum;
    }

    private static Map<String, Integer> index(String[] names, int from, int count) {
        Map<String, Integer> ids = new HashMap<>(count * 2);
        for (int i = from; i < from + count; i++) {
            ids.put(names[i], i);
        }
        return ids;
    }

    private static int required(Map<String, Integer> ids, String name, String file) {
        Integer id = ids.get(name);
        if (id == null) {
            throw new IllegalStateException(file + ": the model has no " + name + " entry");
        }
        return id;
    }

    private record Header(int words, int tags, int labels, int embeddingSize, int hiddenSize, int numTokens,
                          int preComputed) {
        static Header read(BufferedReader in, String file) throws IOException {
            List<String> keys = List.of("dict", "pos", "label", "embeddingSize", "hiddenSize", "numTokens",
                    "preComputed");
            int[] v = new int[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                String line = in.readLine();
                String prefix = keys.get(i) + "=";
                if (line == null || !line.startsWith(prefix)) {
                    throw new IllegalStateException(file + " line " + (i + 1) + ": expected " + prefix + "N, got "
                            + line);
                }
                v[i] = Integer.parseInt(line.substring(prefix.length()).trim());
            }
            return new Header(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        }
    }

    /** Lines of the model file with their numbers, for errors that say where the file is bad. */
    private static final class LineReader {
        private final BufferedReader in;
        private final String file;
        private int lineNumber;

        LineReader(BufferedReader in, String file, int linesRead) {
            this.in = in;
            this.file = file;
            this.lineNumber = linesRead;
        }

        String next() throws IOException {
            String line = in.readLine();
            lineNumber++;
            if (line == null) {
                throw error("the file ends early");
            }
            return line;
        }

        String[] fields(int expected) throws IOException {
            String[] f = next().split(" ");
            if (f.length != expected) {
                throw error("expected " + expected + " fields, found " + f.length);
            }
            return f;
        }

        float number(String s) {
            try {
                return Float.parseFloat(s);
            } catch (NumberFormatException e) {
                throw error("not a number: " + s);
            }
        }

        int integer(String s) {
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw error("not an integer: " + s);
            }
        }

        IllegalStateException error(String message) {
            return new IllegalStateException(file + " line " + lineNumber + ": " + message);
        }
    }
}
