package org.parley.extract.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;

/**
 * A tree view of one sentence's enhanced++ graph, for taking the extent of a phrase. The enhanced graph gives some
 * tokens several heads (propagated subjects, relative-pronoun references, a conjunct's copy of its first conjunct's
 * relation); for spans each token keeps one head: a noun's conj edge when it has one ("mention A or B": B hangs on A,
 * so the object's extent is "A or B"), else the first edge that is not one of those additions. Immutable; build one per
 * sentence.
 */
final class ParseTree {

    private final Sentence sentence;
    private final int[] head;
    private final String[] relation;
    private final List<List<Integer>> children;

    ParseTree(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        head = new int[n];
        relation = new String[n];
        java.util.Arrays.fill(head, -2);
        children = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
        }
        for (boolean conjuncts : new boolean[] {true, false}) {
            for (Dependency d : sentence.dependencies()) {
                int dep = d.dependent();
                if (dep >= n || head[dep] != -2 || isAddedEdge(d) || conjuncts != isNominalConjunct(d)) {
                    continue;
                }
                head[dep] = d.governor();
                relation[dep] = d.relation();
            }
        }
        for (int i = 0; i < n; i++) {
            if (head[i] >= 0 && head[i] < n) {
                children.get(head[i]).add(i);
            }
        }
    }

    /**
     * A conjoined noun phrase's conj edge. Verb conjuncts keep the first edge: the subject and clause lookups were
     * built on it ("blasting X and adding that ...": "adding" stays under the clause it shares a subject with).
     */
    private boolean isNominalConjunct(Dependency d) {
        return (d.relation().equals("conj") || d.relation().startsWith("conj:"))
                && !sentence.token(d.dependent()).posStartsWith("VB");
    }

    private static boolean isAddedEdge(Dependency d) {
        String r = d.relation();
        return r.endsWith(":xsubj") || r.equals("ref") || r.endsWith(":relsubj") || r.endsWith(":relobj");
    }

    Sentence sentence() {
        return sentence;
    }

    int head(int i) {
        return head[i];
    }

    /** The relation of token {@code i} to its head, or "" when it has none. */
    String relation(int i) {
        return relation[i] == null ? "" : relation[i];
    }

    List<Integer> children(int i) {
        return children.get(i);
    }

    /** Children of {@code i} whose relation is {@code rel} or starts with {@code rel + ":"}. */
    List<Integer> children(int i, String rel) {
        List<Integer> out = new ArrayList<>();
        for (int c : children.get(i)) {
            String r = relation(c);
            if (r.equals(rel) || r.startsWith(rel + ":")) {
                out.add(c);
            }
        }
        return out;
    }

    /** Any enhanced-graph dependent of {@code i} with exactly this relation, nearest first; -1 when none. */
    int enhancedDependent(int i, String rel) {
        int best = -1;
        for (Dependency d : sentence.dependencies()) {
            if (d.governor() == i && d.relation().equals(rel)
                    && (best < 0 || Math.abs(d.dependent() - i) < Math.abs(best - i))) {
                best = d.dependent();
            }
        }
        return best;
    }

    /** Token {@code i} and all tokens below it, as a set of indexes; {@code stop} subtrees are left out. */
    BitSet subtree(int i, BitSet stop) {
        BitSet out = new BitSet();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(i);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (out.get(t) || (stop != null && stop.get(t))) {
                continue;
            }
            out.set(t);
            for (int c : children.get(t)) {
                todo.push(c);
            }
        }
        return out;
    }

    /** Whether {@code a} lies on the head path above {@code b} (or is {@code b}). */
    boolean dominates(int a, int b) {
        int guard = 0;
        for (int x = b; x >= 0 && guard < head.length + 1; x = head[x], guard++) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }
}
