package org.parley.annotate.corenlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A greedy arc-standard dependency parser that runs a CoreNLP neural parser model ({@code nndep}): the same
 * transition system, the same 48 features (words and tags of the top three stack and buffer items and of the two
 * top stack items' outer children and grandchildren, labels of those children) and the same arithmetic, so its
 * trees are CoreNLP's trees (an IT compares them sentence by sentence), at a fraction of the cost.
 *
 * <p>What it does differently: word and tag ids are looked up once per token rather than once per feature per
 * transition; the hidden layer and the transition scores are summed element-wise over flat arrays (see
 * {@link NeuralParserModel}) instead of as boxed-map lookups and dependent dot products. Measured in
 * docs/decisions.md.
 *
 * <p>Thread-safety: safe for concurrent use; the model is shared read-only and each call has its own state.
 */
public final class NeuralDependencyParser {

    /** CoreNLP's English Universal Dependencies model, in its models jar. */
    public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";

    private final NeuralParserModel model;

    NeuralDependencyParser(NeuralParserModel model) {
        this.model = model;
    }

    /** Loads a model from the classpath (a few seconds for English UD), with the fastest kernel this JVM has. */
    public static NeuralDependencyParser load(String resource) {
        return new NeuralDependencyParser(NeuralParserModel.load(resource, NetworkKernel.fastest()));
    }

    /** Which arithmetic kernel runs the network ("vector" or "scalar"; the trees are the same), for reports. */
    public String kernelName() {
        return model.kernel().name();
    }

    /** One token's attachment: 1-based token indexes, head 0 is the root. */
    public record Arc(int dependent, int head, String label) {
    }

    /**
     * Parses one tagged sentence.
     *
     * @param words the tokens' words as the tagger saw them
     * @param tags  their part-of-speech tags (Penn Treebank)
     * @return one arc per token, in token order
     */
    public List<Arc> parse(List<String> words, List<String> tags) {
        if (words.size() != tags.size()) {
            throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
        }
        int n = words.size();
        State s = new State(model, n);
        for (int i = 0; i < n; i++) {
            s.word[i + 1] = model.wordId(words.get(i));
            s.pos[i + 1] = model.posId(tags.get(i));
        }
        s.word[0] = model.rootWord;
        s.pos[0] = model.rootPos;
        int[] features = new int[model.numTokens];
        double[][] rows = new double[model.numTokens][];
        double[] hidden = new double[model.hiddenSize];
        double[] scores = new double[model.scoreStride];
        NetworkKernel kernel = model.kernel();
        while (!(s.stackSize == 1 && s.bufferSize() == 0)) {
            int forced = s.onlyTransition();
            if (forced >= 0) {
                // one legal move: its score cannot change the choice, so the network is not consulted
                s.apply(forced);
                continue;
            }
            s.features(features);
            for (int f = 0; f < features.length; f++) {
                rows[f] = model.row(features[f], f);
            }
            kernel.hidden(rows, model.hiddenBias, hidden);
            kernel.scores(hidden, model.outputWeights, scores);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < model.transitions; t++) {
                if (scores[t] > bestScore && s.canApply(t)) {
                    bestScore = scores[t];
                    best = t;
                }
            }
            if (best < 0) {
                throw new IllegalStateException("no transition applies (sentence of " + n + " tokens)");
            }
            s.apply(best);
        }
        List<Arc> arcs = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            arcs.add(new Arc(i, s.head[i], s.label[i] < 0 ? NeuralParserModel.UNKNOWN : model.labels[s.label[i]]));
        }
        return arcs;
    }

    /** A parser configuration: stack, buffer and the arcs so far, token 0 being the root. */
    private static final class State {
        private static final int WORDS = 0;
        private static final int TAGS = 18;
        private static final int LABELS = 36;

        final NeuralParserModel model;
        final int n;
        final int[] word;
        final int[] pos;
        final int[] head;
        final int[] label;
        final int[] stack;
        int stackSize;
        int next = 1;

        State(NeuralParserModel model, int n) {
            this.model = model;
            this.n = n;
            this.word = new int[n + 1];
            this.pos = new int[n + 1];
            this.head = new int[n + 1];
            this.label = new int[n + 1];
            Arrays.fill(head, -1);
            Arrays.fill(label, -1);
            this.stack = new int[n + 1];
            stack[0] = 0;
            stackSize = 1;
        }

        int bufferSize() {
            return n - next + 1;
        }

        int stack(int j) {
            return j >= 0 && j < stackSize ? stack[stackSize - 1 - j] : -1;
        }

        int buffer(int j) {
            return j >= 0 && j < bufferSize() ? next + j : -1;
        }

        /** The {@code count}-th child of {@code k} from the left, -1 if none. */
        int leftChild(int k, int count) {
            if (k < 0 || k > n) {
                return -1;
            }
            int c = 0;
            for (int i = 1; i < k; i++) {
                if (head[i] == k && ++c == count) {
                    return i;
                }
            }
            return -1;
        }

        /** The {@code count}-th child of {@code k} from the right, -1 if none. */
        int rightChild(int k, int count) {
            if (k < 0 || k > n) {
                return -1;
            }
            int c = 0;
            for (int i = n; i > k; i--) {
                if (head[i] == k && ++c == count) {
                    return i;
                }
            }
            return -1;
        }

        private int wordOf(int t) {
            return t == 0 ? model.rootWord : t < 0 || t > n ? model.nullWord : word[t];
        }

        private int posOf(int t) {
            return t == 0 ? model.rootPos : t < 0 || t > n ? model.nullPos : pos[t];
        }

        private int labelOf(int t) {
            if (t <= 0 || t > n) {
                return model.nullLabel;
            }
            if (label[t] < 0) {
                throw new IllegalStateException("an unattached token was used as a child");
            }
            return model.labelRows[label[t]];
        }

        private void token(int[] f, int slot, int t) {
            f[WORDS + slot] = wordOf(t);
            f[TAGS + slot] = posOf(t);
        }

        /** The 48 feature values in the model's order. */
        void features(int[] f) {
            for (int j = 2; j >= 0; j--) {
                token(f, 2 - j, stack(j));
            }
            for (int j = 0; j <= 2; j++) {
                token(f, 3 + j, buffer(j));
            }
            for (int j = 0; j <= 1; j++) {
                int k = stack(j);
                int lc1 = leftChild(k, 1);
                int rc1 = rightChild(k, 1);
                int[] children = {lc1, rc1, leftChild(k, 2), rightChild(k, 2), leftChild(lc1, 1), rightChild(rc1, 1)};
                for (int c = 0; c < children.length; c++) {
                    token(f, 6 + j * 6 + c, children[c]);
                    f[LABELS + j * 6 + c] = labelOf(children[c]);
                }
            }
        }

        /**
         * The one legal transition when there is just one (the stack holds the root and at most one word: shift,
         * or, with the buffer empty, attach that word to the root), else -1.
         */
        int onlyTransition() {
            if (stackSize > 2) {
                return -1;
            }
            if (bufferSize() > 0) {
                return 2 * model.labels.length;
            }
            return stackSize == 2 ? model.labels.length : -1;
        }

        /** Transitions are L(label) for every label, then R(label), then shift; label 0 is the root label. */
        boolean canApply(int t) {
            int labels = model.labels.length;
            if (t < 2 * labels) {
                boolean left = t < labels;
                int l = left ? t : t - labels;
                int h = left ? stack(0) : stack(1);
                if (h < 0 || (h == 0) != (l == 0)) {
                    return false;
                }
                return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && bufferSize() == 0);
            }
            return bufferSize() > 0;
        }

        void apply(int t) {
            int labels = model.labels.length;
            int s0 = stack(0);
            int s1 = stack(1);
            if (t < labels) {
                head[s1] = s0;
                label[s1] = t;
                stack[stackSize - 2] = s0;
                stackSize--;
            } else if (t < 2 * labels) {
                head[s0] = s1;
                label[s0] = t - labels;
                stackSize--;
            } else {
                stack[stackSize++] = next++;
            }
        }
    }
}
