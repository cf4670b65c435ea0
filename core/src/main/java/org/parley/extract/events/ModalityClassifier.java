package org.parley.extract.events;

import java.util.List;
import org.parley.annotate.Dependency;
import org.parley.annotate.Token;
import org.parley.extract.Modality;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.events.ModalityCues.Where;

/**
 * Decides how an event is told: as fact (asserted), inside someone's statement (reported), as an accusation
 * (alleged), as a condition or possibility (hypothetical), as intended (planned) or as not having happened
 * (negated). It reads the cues of {@link ModalityCues} on the trigger and on every clause above it, up to the
 * sentence root: negators and modals of the trigger's own clause, the verb it is the complement of ("failed to",
 * "plans to", "accused ... of", "said that"), and, for an event noun, the verb it is the object of ("did not hold
 * talks"). An event inside a quote's content is reported. The strongest signal wins: negated, hypothetical,
 * alleged, planned, reported. Thread-safe (immutable).
 */
final class ModalityClassifier {

    /** Predicates of going on or ending, whose event-noun subject is already under way. */
    private static final java.util.Set<String> ONGOING = java.util.Set.of("stop", "end", "cease", "halt",
            "persist", "escalate", "intensify", "subside", "abate");

    private final ModalityCues cues;

    ModalityClassifier(ModalityCues cues) {
        this.cues = cues;
    }

    Modality classify(SentenceGraph g, int trigger, List<Quote> quotes) {
        Modality best = Modality.ASSERTED;
        boolean underSpeech = false;
        boolean wouldSeen = false;
        int x = trigger;
        boolean first = true;
        for (int steps = 0; x >= 0 && steps < 8; steps++) {
            // cues attached to this clause's head
            for (Dependency d : g.children(x)) {
                String rel = d.relation();
                String w = g.word(d.dependent());
                Modality m = null;
                if ((rel.equals("aux") || rel.equals("aux:pass")) && !predicate(g, x)) {
                    // "... national will”, according to local media": a modal on a noun with no copula is a misparse
                    continue;
                }
                if (rel.equals("aux") || rel.equals("aux:pass")) {
                    m = cues.cue(Where.AUX, w);
                    if (w.equals("would") || w.equals("'d")) {
                        wouldSeen = true;
                    }
                } else if (rel.equals("advmod")) {
                    m = cues.cue(Where.ADVMOD, w);
                } else if (rel.equals("mark")) {
                    m = cues.cue(Where.MARK, w);
                } else if (rel.startsWith("advcl:")) {
                    // "X would attack if Y ...": the consequence of a condition is hypothetical too
                    m = cues.cue(Where.CONDITION, rel.substring(6));
                } else if (rel.startsWith("obl:") || rel.startsWith("nmod:")) {
                    m = cues.cue(Where.PREP, rel.substring(rel.indexOf(':') + 1));
                } else if (first && rel.equals("det")) {
                    m = cues.cue(Where.DET, w);
                } else if (first && rel.equals("amod")) {
                    m = cues.cue(Where.AMOD, g.lemma(d.dependent()));
                }
                if (m == Modality.NEGATED && isNegatedQuantifier(g, d.dependent())) {
                    m = null;
                }
                best = stronger(best, m);
            }
            Dependency head = g.mainHead(x);
            if (head == null) {
                break;
            }
            String rel = head.relation();
            int gov = head.governor();
            Modality m = cues.cue(Where.GOVERNOR, g.lemma(gov));
            if (m == null && g.token(gov).posStartsWith("JJ")) {
                m = cues.cue(Where.GOVERNOR, g.word(gov));
            }
            if (first && rel.equals("nsubj")) {
                // an event noun as subject ("if attacks continue", "meetings have failed"): its predicate's
                // modals and subordinators speak for it; but saying whether it must, will or did not stop or go
                // on takes it as under way ("his threat must stop", "the shelling did not end")
                boolean presupposed = ONGOING.contains(g.lemma(gov));
                if (supposedCase(g, x, gov)) {
                    // "a direct clash ... risks a broader confrontation", "an attack threatens to ...": an
                    // indefinite event named only for what it would bring is a supposed case, not one that happened
                    best = stronger(best, Modality.HYPOTHETICAL);
                }
                for (Dependency d : g.children(gov)) {
                    String w = g.word(d.dependent());
                    if (d.relation().equals("mark")) {
                        best = stronger(best, cues.cue(Where.MARK, w));
                    } else if (presupposed) {
                        continue;
                    } else if (d.relation().equals("aux")) {
                        best = stronger(best, cues.cue(Where.AUX, w));
                    } else if (d.relation().equals("advmod")) {
                        best = stronger(best, cues.cue(Where.ADVMOD, w));
                    }
                }
                break;
            }
            boolean objectControl = rel.equals("advcl:of") || rel.equals("advcl:for") || rel.equals("acl:of")
                    || rel.equals("acl:for");
            if (rel.equals("advcl:to") && !g.hasChild(x, "nsubj", "nsubj:pass")
                    && g.children(x, "mark").stream().anyMatch(k -> g.word(k).equalsIgnoreCase("to"))) {
                // "will give Tanzania a grant to finance projects": an infinitive of purpose is at most as real as
                // the act it is the purpose of, so that act's own cues speak for it (but not that act's verb)
                x = gov;
                first = false;
                continue;
            }
            if ((rel.startsWith("advcl") || rel.equals("parataxis") || rel.equals("dep")) && !objectControl) {
                // a clause beside another: only a speech verb over it speaks for it ("..., the ministry said")
                if (m == Modality.REPORTED) {
                    best = stronger(best, m);
                    underSpeech = true;
                }
                break;
            }
            boolean complement = objectControl || rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("csubj")
                    || rel.startsWith("acl:") || rel.equals("acl") && !g.token(x).pos().equals("VBN");
            boolean argument = rel.equals("obj") || rel.equals("nsubj:pass") || rel.startsWith("obl")
                    || rel.startsWith("nmod:") && !rel.equals("nmod:poss");
            if (complement) {
                best = stronger(best, m);
                if (m == Modality.REPORTED) {
                    // what the speaker's own clause says ("will say") is not about the reported event
                    underSpeech = true;
                    break;
                }
            } else if (argument) {
                if (m != Modality.REPORTED) {
                    best = stronger(best, m);
                }
            } else {
                break;
            }
            x = gov;
            first = false;
        }
        if (best == Modality.HYPOTHETICAL && wouldSeen && underSpeech && !hasOtherHypothetical(g, trigger)) {
            // "said Turkey would delay its offensive": future in the past
            best = Modality.PLANNED;
        }
        int offset = g.token(trigger).start();
        for (Quote q : quotes) {
            // indirect quotes are clauses the parse already shows under their cue; only quoted words add to it
            if (q.kind() == QuoteKind.DIRECT && offset >= q.start() && offset < q.end()) {
                best = stronger(best, Modality.REPORTED);
            }
        }
        return best;
    }

    /**
     * Whether an event noun is the indefinite subject ("a", "an", "any") of a verb of consequence such as "risk",
     * "threaten", "mean" or "lead" that is not told in the past: the noun is then a case supposed in order to say
     * what it would bring. A past telling ("a clash led to deaths") reports what happened.
     */
    private boolean supposedCase(SentenceGraph g, int noun, int verb) {
        if (cues.cue(Where.SUBJECT, g.lemma(verb)) != Modality.HYPOTHETICAL) {
            return false;
        }
        boolean indefinite = false;
        for (int d : g.children(noun, "det")) {
            String w = g.word(d).toLowerCase(java.util.Locale.ROOT);
            indefinite |= w.equals("a") || w.equals("an") || w.equals("any");
        }
        if (!indefinite) {
            return false;
        }
        Token t = g.token(verb);
        if (t.pos().equals("VBD")) {
            return false;
        }
        for (int a : g.children(verb, "aux")) {
            String w = g.word(a).toLowerCase(java.util.Locale.ROOT);
            if (w.equals("had") || w.equals("did") || w.equals("has") || w.equals("have") || w.equals("was")
                    || w.equals("were")) {
                return false;
            }
        }
        return true;
    }

    /** Whether a word heads a clause that may take auxiliaries: a verb, or a noun or adjective with a copula. */
    private static boolean predicate(SentenceGraph g, int x) {
        Token t = g.token(x);
        return t.posStartsWith("VB") || t.posStartsWith("MD") || g.hasChild(x, "cop", "aux:pass")
                || !(t.posStartsWith("NN") || t.posStartsWith("JJ") || t.posStartsWith("PRP"));
    }

    /** Whether a lemma is a verb of saying or reporting (whose complement is reported speech). */
    boolean speechVerb(String lemma) {
        return cues.cue(Where.GOVERNOR, lemma) == Modality.REPORTED;
    }

    /** "not only", "no fewer than": negators that quantify rather than deny. */
    private static boolean isNegatedQuantifier(SentenceGraph g, int negator) {
        int next = negator + 1;
        if (next >= g.size()) {
            return false;
        }
        String w = g.word(next);
        return w.equals("only") || w.equals("fewer") || w.equals("less") || w.equals("more");
    }

    /** Whether a hypothetical cue other than "would" applies ("if", "could"), so "would" stays hypothetical. */
    private boolean hasOtherHypothetical(SentenceGraph g, int trigger) {
        int x = trigger;
        for (int steps = 0; x >= 0 && steps < 4; steps++) {
            for (Dependency d : g.children(x)) {
                String w = g.word(d.dependent());
                if (d.relation().startsWith("advcl:") && cues.cue(Where.CONDITION, d.relation().substring(6)) == Modality.HYPOTHETICAL) {
                    return true;
                }
                if ((d.relation().equals("mark") && cues.cue(Where.MARK, w) == Modality.HYPOTHETICAL)
                        || (d.relation().equals("aux") && !w.equals("would") && cues.cue(Where.AUX, w) == Modality.HYPOTHETICAL)) {
                    return true;
                }
            }
            Dependency head = g.mainHead(x);
            if (head == null || !(head.relation().startsWith("advcl") || head.relation().equals("xcomp"))) {
                break;
            }
            x = head.governor();
        }
        return false;
    }

    /** Order of strength: negated, hypothetical, alleged, planned, reported, then asserted. */
    static Modality stronger(Modality a, Modality b) {
        if (b == null) {
            return a;
        }
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(Modality m) {
        return switch (m) {
            case NEGATED -> 6;
            case HYPOTHETICAL -> 5;
            case ALLEGED -> 4;
            case PLANNED -> 3;
            case REPORTED -> 2;
            case HISTORICAL -> 1;
            case ASSERTED -> 0;
        };
    }
}
