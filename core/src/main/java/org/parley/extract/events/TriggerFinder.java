package org.parley.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Token;
import org.parley.cameo.LexiconMatch;
import org.parley.cameo.LexiconQuery;
import org.parley.cameo.PartOfSpeech;
import org.parley.cameo.VerbLexicon;

/**
 * Finds the event triggers of a parsed sentence: every verb, noun or adjective whose lemma, particles, object and
 * modifiers match a {@link VerbLexicon} entry. The query for each word is built from its dependents the way the
 * lexicon expects (particles: compound:prt words, obl:X / nmod:X case markers, "to" for a complement; objects: the
 * direct object, the complement and its object, the nouns after the particles, each also with its modifiers).
 * Stateless apart from the shared immutable lexicon; thread-safe.
 */
final class TriggerFinder {

    /**
     * Roots whose complement is not an event of its own in CAMEO: appeals (02), promises and offers (03),
     * accusations (11), demands (10), rejections (12), threats (13). "Called on X to end the war" is one 02 event.
     */
    private static final Set<String> GOVERNING_ROOTS = Set.of("02", "03", "10", "11", "12", "13");
    /**
     * Of those, the roots whose clausal complement is still worth telling, with the modality the governor gives it:
     * "accused Russia of attacking" (an alleged attack), "refused to meet" (a negated meeting).
     */
    private static final Set<String> TELLING_ROOTS = Set.of("11", "12");

    /** Adverbs that, right after a verb, act as its particle ("hit back at", "lashed out at", "walked away from"). */
    private static final Set<String> ADVERB_PARTICLES = Set.of("back", "out", "off", "away", "down", "up", "over");

    /** Verbs of phase, whose own complement is the act ("resume shelling", "began withdrawing"). */
    private static final Set<String> PHASE = Set.of("resume", "begin", "start", "continue", "keep", "stop", "cease",
            "finish", "restart", "renew");
    /** Nouns of share or amount, whose of-phrase is what is acted on ("part of the aid", "half of its troops"). */
    private static final Set<String> PARTITIVE = Set.of("part", "portion", "half", "most", "some", "all", "much",
            "bulk", "share", "rest", "remainder", "third", "quarter", "majority", "fraction", "chunk", "piece");
    /** Nouns of undertaking, whose compound names what is undertaken ("an aid program", "an arms shipment"). */
    private static final Set<String> UNDERTAKING = Set.of("program", "programme", "package", "shipment", "delivery",
            "convoy", "effort", "operation", "campaign", "mission");

    private final VerbLexicon lexicon;

    TriggerFinder(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Trigger> find(SentenceGraph g) {
        List<Trigger> found = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            Token t = g.token(i);
            PartOfSpeech pos = PartOfSpeech.ofPennTag(t.pos());
            if (pos == null || t.posStartsWith("NNP") || !lexicon.mayTrigger(g.lemma(i))) {
                continue;
            }
            Map<String, Integer> objectTokens = new HashMap<>();
            LexiconQuery query = query(g, i, pos, objectTokens);
            Optional<LexiconMatch> match = lexicon.match(query);
            if (match.isEmpty()) {
                continue;
            }
            LexiconMatch m = match.get();
            Set<Integer> complements = new java.util.HashSet<>();
            String root = m.cameo().substring(0, 2);
            if (m.object() != null) {
                Integer from = objectTokens.get(fold(m.object()));
                if (from != null && !(TELLING_ROOTS.contains(root) && g.token(from).posStartsWith("VB"))) {
                    complements.add(from);
                }
            }
            if (GOVERNING_ROOTS.contains(root)) {
                complements.addAll(complementsOf(g, i, !TELLING_ROOTS.contains(root)));
                // "reneged on its commitment", "insisted on talks": the noun after the entry's own particle is
                // what is refused or demanded
                for (String p : m.entry().particles()) {
                    for (int x : g.children(i, "obl:" + p, "nmod:" + p)) {
                        if (!g.token(x).posStartsWith("VB")) {
                            complements.add(x);
                        }
                    }
                }
            }
            found.add(new Trigger(i, m, complements));
        }
        return found;
    }

    /** The lexicon query for token {@code i}; fills {@code objectTokens} with which token each object form came from. */
    static LexiconQuery query(SentenceGraph g, int i, PartOfSpeech pos, Map<String, Integer> objectTokens) {
        Set<String> particles = new LinkedHashSet<>();
        Set<String> modifiers = new LinkedHashSet<>();
        for (Dependency d : g.children(i)) {
            String rel = d.relation();
            int x = d.dependent();
            if (rel.equals("compound:prt")
                    || rel.equals("advmod") && ADVERB_PARTICLES.contains(g.word(x)) && x == i + 1) {
                // "hit back at": the parser often takes the particle right after the verb for an adverb
                particles.add(g.word(x));
                // "called off the talks": the object after a particle
            } else if (rel.equals("obl:agent")) {
                particles.add("by");
                addObject(g, x, objectTokens);
            } else if ((rel.startsWith("obl:") || rel.startsWith("nmod:") || rel.startsWith("advcl:") || rel.startsWith("acl:"))
                    && !rel.equals("nmod:poss") && !rel.equals("nmod:tmod") && !rel.equals("obl:tmod")
                    && !rel.equals("obl:npmod") && !rel.equals("nmod:npmod")) {
                String marker = rel.substring(rel.indexOf(':') + 1);
                particles.add(marker);
                addObject(g, x, objectTokens);
            } else if (rel.equals("xcomp")) {
                particles.add("to");
                addObject(g, x, objectTokens);
                for (int o : g.children(x, "obj", "nsubj:pass")) {
                    addObject(g, o, objectTokens);
                }
                // "prepared to resume shelling", "decided to begin withdrawing": through a verb of phase to its act
                // (which the parser sometimes leaves as a bare dep)
                if (PHASE.contains(g.lemma(x))) {
                    for (int o : g.children(x, "xcomp", "obj", "dep")) {
                        addObject(g, o, objectTokens);
                    }
                }
            } else if (rel.equals("ccomp")) {
                addObject(g, x, objectTokens);
                for (int o : g.children(x, "obj")) {
                    addObject(g, o, objectTokens);
                }
            } else if (rel.equals("obj") || rel.equals("nsubj:pass")) {
                addObject(g, x, objectTokens);
            } else if (rel.equals("compound") || rel.equals("amod")) {
                modifiers.add(g.lemma(x));
            }
        }
        // "take control of": the noun after an object's particle counts too; the object's own of-phrase is an object
        // form. Not for a verb with a clause of its own ("warned the government of Assad that it risked ..."): there
        // the object's of-phrase says whose the object is, and the clause is what the verb is about
        for (int o : g.hasChild(i, "ccomp") ? List.<Integer>of() : g.children(i, "obj")) {
            for (Dependency d : g.children(o)) {
                if (d.relation().startsWith("nmod:") && !d.relation().equals("nmod:poss")) {
                    particles.add(d.relation().substring("nmod:".length()));
                }
            }
        }
        return new LexiconQuery(g.lemma(i), pos, particles, objectTokens.keySet(), modifiers);
    }

    private static void addObject(SentenceGraph g, int x, Map<String, Integer> objectTokens) {
        addObjectForms(g, x, objectTokens);
        // "suspended part of a military aid program": a share of something stands for the thing, and a programme,
        // package or shipment of aid for the aid
        for (int m : PARTITIVE.contains(g.lemma(x)) ? g.children(x, "nmod:of") : List.<Integer>of()) {
            addObjectForms(g, m, objectTokens);
            addUndertaken(g, m, objectTokens);
        }
        addUndertaken(g, x, objectTokens);
    }

    /** The kind of thing a noun of undertaking undertakes ("aid" of "a military aid program"), as an object form. */
    private static void addUndertaken(SentenceGraph g, int x, Map<String, Integer> objectTokens) {
        if (!UNDERTAKING.contains(g.lemma(x))) {
            return;
        }
        for (int c : g.children(x, "compound")) {
            objectTokens.putIfAbsent(fold(g.lemma(c)), x);
            for (int m : g.children(x, "amod")) {
                objectTokens.putIfAbsent(fold(g.lemma(m) + " " + g.lemma(c)), x);
            }
        }
    }

    private static void addObjectForms(SentenceGraph g, int x, Map<String, Integer> objectTokens) {
        String lemma = g.lemma(x);
        objectTokens.putIfAbsent(fold(lemma), x);
        for (int m : g.children(x, "compound", "amod")) {
            objectTokens.putIfAbsent(fold(g.lemma(m) + " " + lemma), x);
        }
        // "summoned Niger's ambassador Brah Mohamane": a name's title (a common noun in its compound) says what
        // kind of person the object is, so it is an object form too, with its own modifiers ("opposition leader")
        if (g.token(x).posStartsWith("NNP")) {
            for (int c : g.children(x, "compound")) {
                if (g.token(c).posStartsWith("NN") && !g.token(c).posStartsWith("NNP")) {
                    objectTokens.putIfAbsent(fold(g.lemma(c)), x);
                    for (int m : g.children(c, "compound", "amod")) {
                        objectTokens.putIfAbsent(fold(g.lemma(m) + " " + g.lemma(c)), x);
                    }
                }
            }
        }
        // "state of emergency", "moment of silence": a head with its of-phrase is one object form too
        for (int m : g.children(x, "nmod:of")) {
            objectTokens.putIfAbsent(fold(lemma + " of " + g.lemma(m)), x);
        }
    }

    /** Lower case with each word's plural "s" dropped, as the lexicon compares objects ("talks" meets "talk"). */
    static String fold(String words) {
        StringBuilder s = new StringBuilder();
        for (String w : words.trim().toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
                w = w.substring(0, w.length() - 1);
            }
            s.append(s.length() == 0 ? "" : " ").append(w);
        }
        return s.toString();
    }

    /** The complement clauses (when asked for) and nouns of a governing trigger: xcomp, ccomp, the nouns after its particles. */
    private static List<Integer> complementsOf(SentenceGraph g, int i, boolean clauses) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : g.children(i)) {
            String rel = d.relation();
            boolean clause = rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl:") || rel.startsWith("acl:");
            boolean noun = rel.equals("obj") || rel.equals("nmod:of") || rel.equals("nmod:for") || rel.equals("obl:for")
                    || rel.equals("obl:of");
            if (clause && clauses || noun && !g.token(d.dependent()).posStartsWith("VB")) {
                out.add(d.dependent());
                // "accused X of intentionally stalling": the complement's own conjuncts are complements too
                out.addAll(g.children(d.dependent(), "conj:and", "conj:or"));
            }
        }
        return out;
    }
}
