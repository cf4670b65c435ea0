package org.parley.extract.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;

/**
 * A parsed sentence indexed for walking its enhanced++ dependency graph both ways. Built per sentence, used by one
 * thread; immutable after construction.
 */
final class SentenceGraph {

    private final Sentence sentence;
    private final List<List<Dependency>> children;
    private final List<List<Dependency>> heads;

    SentenceGraph(Sentence sentence) {
        this.sentence = sentence;
        int n = sentence.size();
        children = new ArrayList<>(n);
        heads = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            children.add(new ArrayList<>());
            heads.add(new ArrayList<>());
        }
        for (Dependency d : repaired(sentence)) {
            if (d.dependent() >= n || d.governor() >= n) {
                continue;
            }
            heads.get(d.dependent()).add(d);
            if (d.governor() >= 0) {
                children.get(d.governor()).add(d);
            }
        }
    }

    /**
     * The sentence's edges with one frequent misparse undone: a gerund after "of"/"for" taken as an adjective of its
     * object ("accused Russia of attacking civilians" parsed as "of [attacking civilians]"). The gerund becomes the
     * clause it is (advcl:of of the verb) and the noun its object, so its subject and modality are found.
     */
    private static List<Dependency> repaired(Sentence sentence) {
        List<Dependency> edges = new ArrayList<>(sentence.dependencies());
        for (Dependency amod : sentence.dependencies()) {
            if (!amod.relation().equals("amod") || amod.governor() < 0
                    || !"VBG".equals(sentence.token(amod.dependent()).pos())) {
                continue;
            }
            int noun = amod.governor();
            int gerund = amod.dependent();
            for (Dependency up : sentence.dependencies()) {
                if (up.dependent() != noun || up.governor() < 0 || !(up.relation().equals("obl:of")
                        || up.relation().equals("obl:for") || up.relation().equals("nmod:of") || up.relation().equals("nmod:for"))) {
                    continue;
                }
                // the preposition sits before the gerund, not between gerund and noun
                if (gerund > noun || gerund < up.governor()) {
                    continue;
                }
                String marker = up.relation().substring(up.relation().indexOf(':') + 1);
                edges.remove(amod);
                edges.remove(up);
                edges.add(new Dependency("advcl:" + marker, up.governor(), gerund));
                edges.add(new Dependency("obj", gerund, noun));
                for (Dependency c : sentence.dependencies()) {
                    if (c.governor() == noun && c.relation().equals("case")) {
                        edges.remove(c);
                        edges.add(new Dependency("mark", gerund, c.dependent()));
                    }
                }
                break;
            }
        }
        return edges;
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return sentence.size();
    }

    Token token(int i) {
        return sentence.token(i);
    }

    /** Lower-case lemma (the word when the lemma is missing). */
    String lemma(int i) {
        Token t = sentence.token(i);
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
    }

    String word(int i) {
        return sentence.token(i).word().toLowerCase(Locale.ROOT);
    }

    List<Dependency> children(int i) {
        return children.get(i);
    }

    List<Dependency> heads(int i) {
        return heads.get(i);
    }

    /** Dependents of {@code i} whose relation is one of {@code relations} exactly. */
    List<Integer> children(int i, String... relations) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : children.get(i)) {
            for (String r : relations) {
                if (d.relation().equals(r)) {
                    out.add(d.dependent());
                    break;
                }
            }
        }
        return out;
    }

    boolean hasChild(int i, String... relations) {
        return !children(i, relations).isEmpty();
    }

    /** The first head edge of {@code i} that is not a back-reference ("ref"), or null for the root. */
    Dependency mainHead(int i) {
        for (Dependency d : heads.get(i)) {
            if (d.governor() >= 0 && !d.relation().equals("ref") && !d.relation().startsWith("conj")) {
                return d;
            }
        }
        for (Dependency d : heads.get(i)) {
            if (d.governor() >= 0 && !d.relation().equals("ref")) {
                return d;
            }
        }
        return null;
    }

    /** Number of edges between two tokens, ignoring direction (Integer.MAX_VALUE when not connected). */
    int distance(int from, int to) {
        if (from == to) {
            return 0;
        }
        int[] dist = new int[size()];
        Arrays.fill(dist, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        dist[from] = 0;
        queue.add(from);
        while (!queue.isEmpty()) {
            int x = queue.poll();
            for (List<Dependency> edges : List.of(children.get(x), heads.get(x))) {
                for (Dependency d : edges) {
                    int y = d.governor() == x ? d.dependent() : d.governor();
                    if (y < 0 || dist[y] >= 0 || d.relation().equals("punct")) {
                        continue;
                    }
                    dist[y] = dist[x] + 1;
                    if (y == to) {
                        return dist[y];
                    }
                    queue.add(y);
                }
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The token covering character {@code offset}, or -1. */
    int tokenAt(int offset) {
        return sentence.tokenAt(offset);
    }
}
