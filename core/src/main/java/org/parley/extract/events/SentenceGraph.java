package org.parley.extract.events;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
        for (Dependency d : withAttributionTailRepaired(sentence, withDatedObjectRepaired(sentence, repaired(sentence)))) {
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

    /**
     * The edges with a wire-style date before the object undone: "Beirut rejected Thursday a United Nations
     * appeal", "the army lifted Friday a blockade" are parsed with the object hanging from the day ("dep" of the
     * verb's obl:tmod), so the verb seems to have no object. The noun becomes the verb's object again when the
     * verb has none.
     */
    private static List<Dependency> withDatedObjectRepaired(Sentence sentence, List<Dependency> edges) {
        List<Dependency> out = new ArrayList<>(edges);
        for (Dependency tmod : edges) {
            int verb = tmod.governor();
            int day = tmod.dependent();
            if (!tmod.relation().equals("obl:tmod") || verb < 0 || verb > day
                    || !sentence.token(verb).posStartsWith("VB")) {
                continue;
            }
            boolean hasObject = out.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
            for (Dependency dep : edges) {
                if (!hasObject && dep.governor() == day && dep.relation().equals("dep") && dep.dependent() > day
                        && sentence.token(dep.dependent()).posStartsWith("NN")) {
                    out.remove(dep);
                    out.add(new Dependency("obj", verb, dep.dependent()));
                    hasObject = true;
                }
            }
        }
        return out;
    }

    /** Verbs of a trailing attribution ("..., officials said", "..., said a spokesman", "..., reports AFP"). */
    private static final Set<String> TAIL_SPEECH = Set.of("say", "report", "tell", "add", "announce", "state",
            "confirm", "write");

    /**
     * The edges with a misparsed trailing attribution undone. "The Palestinians reject proposed Israeli changes,
     * chief negotiator Saeb Erakat said" is often parsed with "said" as a complement of "reject" and "changes" as
     * its subject (Erakat an appositive of "changes"); "..., said spokesperson for the prime minister" with "said"
     * an adjective of "spokesperson", itself an object of the main verb; "..., Defense Secretary William Perry
     * said" with Perry an appositive of the last place named. Then the speaker is taken for the one acted on, and
     * the real object is lost. A trailing speech verb after a comma, with no other verb after the comma, is made
     * what it is: a parenthetical (parataxis) of the main clause, whose subject is the head of the words beside
     * it; edges between those words and the main clause are dropped, and a main-clause noun the parse had made
     * the speech verb's subject becomes the object of the verb it hung from, when that verb has none.
     */
    private static List<Dependency> withAttributionTailRepaired(Sentence sentence, List<Dependency> edges) {
        int n = sentence.size();
        int end = n;
        while (end > 0 && isPunctuation(sentence.token(end - 1))) {
            end--; // the final full stop (and a closing quote)
        }
        int root = -1;
        for (Dependency d : edges) {
            if (d.governor() < 0) {
                root = d.dependent();
            }
        }
        for (int v = end - 1; v > 1; v--) {
            Token t = sentence.token(v);
            if (!t.posStartsWith("VB") || !TAIL_SPEECH.contains(lemmaOf(t))) {
                continue;
            }
            if (v == root) {
                return edges; // parsed as the main verb: right
            }
            int comma = -1;
            for (int k = v - 1; k > 0 && comma < 0; k--) {
                Token c = sentence.token(k);
                if (c.word().equals(",")) {
                    comma = k;
                } else if (c.posStartsWith("VB") || c.posStartsWith("MD") || c.word().equals("that")
                        || isPunctuation(c)) {
                    return edges; // another clause between: not a bare attribution tail
                }
            }
            if (comma < 2 || root < 0 || root >= comma) {
                return edges;
            }
            for (int k = v + 1; k < end; k++) {
                if (sentence.token(k).posStartsWith("VB") || sentence.token(k).posStartsWith("MD")) {
                    return edges;
                }
            }
            // the speaker: before the verb ("officials said") or, inverted, after it ("said a spokesman")
            int from = v - comma > 1 ? comma + 1 : v + 1;
            int to = v - comma > 1 ? v : end;
            int speaker = -1;
            for (int k = from; k < to; k++) {
                Token w = sentence.token(k);
                if ((w.posStartsWith("NN") || w.posStartsWith("PRP")) && headOutside(edges, k, from, to)) {
                    speaker = k; // the phrase's head: the one word whose governor lies outside the phrase
                }
            }
            if (speaker < 0) {
                return edges;
            }
            List<Dependency> out = new ArrayList<>();
            List<Integer> orphans = new ArrayList<>();
            int hungFrom = -1;
            for (Dependency d : edges) {
                boolean depTail = d.dependent() > comma;
                boolean govTail = d.governor() > comma;
                if (d.dependent() == v && d.governor() >= 0) {
                    if (!govTail) {
                        hungFrom = d.governor();
                    }
                    continue;
                }
                if (d.dependent() == speaker && d.governor() >= 0) {
                    continue;
                }
                if (d.governor() >= 0 && depTail != govTail && !d.relation().equals("punct")) {
                    if (d.governor() == v && d.relation().startsWith("nsubj")) {
                        orphans.add(d.dependent());
                    }
                    continue;
                }
                out.add(d);
            }
            out.add(new Dependency("parataxis", root, v));
            out.add(new Dependency("nsubj", v, speaker));
            for (int noun : orphans) {
                int verb = hungFrom >= 0 ? hungFrom : root;
                boolean hasObject = out.stream().anyMatch(d -> d.governor() == verb && d.relation().equals("obj"));
                if (!hasObject && verb < noun && sentence.token(verb).posStartsWith("VB")) {
                    out.add(new Dependency("obj", verb, noun));
                }
            }
            return out;
        }
        return edges;
    }

    private static boolean headOutside(List<Dependency> edges, int k, int from, int to) {
        for (Dependency d : edges) {
            if (d.dependent() == k && !d.relation().equals("punct")) {
                return d.governor() < from || d.governor() >= to;
            }
        }
        return false;
    }

    private static boolean isPunctuation(Token t) {
        String p = t.pos();
        return p.equals(".") || p.equals(",") || p.equals("''") || p.equals("``") || p.equals(":")
                || p.equals("-RRB-") || p.equals("-LRB-");
    }

    private static String lemmaOf(Token t) {
        String l = t.lemma() == null || t.lemma().isEmpty() ? t.word() : t.lemma();
        return l.toLowerCase(Locale.ROOT);
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
