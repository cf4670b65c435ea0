package org.parley.extract.events;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Token;
import org.parley.cameo.PartOfSpeech;
import org.parley.cameo.RoleSlot;
import org.parley.extract.Actor;
import org.parley.extract.actors.ActorIndex;

/**
 * Finds the actors that fill a trigger's role slots in the dependency graph, undoing what grammar does to them:
 * passive voice (the "by" agent is the subject, the passive subject the object), control and raising (the
 * propagated {@code nsubj:xsubj} of "called on Russia to end"), coordination (every conjunct of a subject or
 * object), relative clauses (enhanced++ links the antecedent), participles modifying a noun, and light verbs
 * ("began talks with Putin": the noun's source is the verb's subject). An argument word that names no actor
 * itself is looked through to its modifiers, possessor, apposition or of/from/by phrase ("Palestinian homes",
 * "comments made by Trump", "a US offer").
 *
 * <p>One instance serves one sentence of one article; not thread-safe, cheap to build.
 */
final class ArgumentFinder {

    /** A filled role: the token that names the actor and the actor. */
    record Argument(int token, Actor actor) {
    }

    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WDT");
    /**
     * Verbs whose agent is the author, doer, holder or host of the thing ("comments made by Trump", "a plan drafted
     * by France", "crimes committed by Croat forces", "land seized by the army", "talks hosted by Qatar"), so that
     * the thing may stand for the agent.
     */
    private static final Set<String> AUTHORING = Set.of("make", "issue", "write", "draft", "propose", "submit",
            "present", "put", "table", "offer", "announce", "publish", "release", "deliver", "give", "send", "sponsor",
            "co-sponsor", "host", "organise", "organize", "convene", "call", "lead", "launch", "broker", "mediate",
            "back", "fund", "finance", "initiate", "order", "impose", "set", "introduce", "unveil", "pass", "adopt",
            "author", "create", "build", "deploy", "carry", "conduct", "stage", "commit", "perpetrate", "cause",
            "seize", "confiscate", "take", "capture", "hold", "occupy", "control", "own", "run", "operate", "claim");

    /**
     * Nouns that only say an act is undertaken ("a mediation effort", "an aid convoy", "a bombing campaign"): an
     * event noun modifying one stands for the whole phrase.
     */
    private static final Set<String> UNDERTAKING = Set.of("effort", "initiative", "campaign", "process", "mission",
            "operation", "bid", "attempt", "drive", "push", "programme", "program", "package", "shipment", "convoy",
            "delivery", "plan", "round", "raid", "spree", "blitz");

    /** Participles that tie members to the body they belong to ("affiliated with", "loyal to", "belonging to"). */
    private static final Set<String> AFFILIATED = Set.of("affiliate", "affiliated", "belong", "linked", "link",
            "loyal", "allied", "ally", "attach", "attached");

    private final SentenceGraph g;
    private final ActorIndex actors;

    ArgumentFinder(SentenceGraph g, ActorIndex actors) {
        this.g = g;
        this.actors = actors;
    }

    /** Whether the trigger's clause is passive ("was attacked by"), including a passive participle ("a camp attacked by"). */
    boolean passive(int trigger) {
        if (g.hasChild(trigger, "nsubj:pass", "aux:pass", "nsubj:pass:xsubj", "csubj:pass")) {
            return true;
        }
        Dependency head = g.mainHead(trigger);
        return "VBN".equals(g.token(trigger).pos()) && head != null && head.relation().startsWith("acl")
                && !head.relation().equals("acl:relcl");
    }

    /** The actors filling a slot, in text order, each actor once. */
    List<Argument> fill(int trigger, RoleSlot slot, PartOfSpeech pos) {
        List<Integer> words = slotWords(trigger, slot, pos);
        Map<String, Argument> out = new LinkedHashMap<>();
        for (int w : words) {
            List<Argument> found = actorsOrSpeaker(w, true);
            for (Argument a : found) {
                out.putIfAbsent(a.actor().id(), a);
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The actors a word stands for; failing those, for an unresolved pronoun (when asked) or a noun it possesses
     * that is the subject of a said clause, the one saying it.
     */
    private List<Argument> actorsOrSpeaker(int w, boolean pronounItself) {
        List<Argument> found = actorsOf(w);
        if (!found.isEmpty()) {
            return found;
        }
        if (PRONOUN_TAGS.contains(g.token(w).pos())) {
            if (!pronounItself) {
                return List.of();
            }
            return speakerFor(w);
        }
        for (int p : g.children(w, "nmod:poss")) {
            if ("PRP$".equals(g.token(p).pos()) && at(p) == null) {
                return speakerFor(p);
            }
        }
        return List.of();
    }

    /**
     * An unresolved pronoun subject of a clause someone says or thinks is most often that someone: "Kenya said it
     * will deploy", "the rebels said they would release". The pronoun's kind must fit (he/she a person, it/they/we
     * not).
     */
    private List<Argument> speakerFor(int pronoun) {
        String p = g.word(pronoun).toLowerCase(java.util.Locale.ROOT);
        boolean personal = p.equals("he") || p.equals("she") || p.equals("his") || p.equals("her");
        boolean collective = p.equals("it") || p.equals("they") || p.equals("we") || p.equals("its")
                || p.equals("their") || p.equals("our");
        if (!personal && !collective) {
            return List.of();
        }
        Dependency head = g.mainHead(pronoun);
        if (head != null && head.relation().equals("nmod:poss")) {
            // "Bosnian Serbs said their forces had completed ...": the possessor of the said clause's subject
            head = g.mainHead(head.governor());
            if (head == null || !head.relation().startsWith("nsubj")) {
                return List.of();
            }
        }
        for (int steps = 0; head != null && steps < 3; steps++) {
            int clause = head.governor();
            Dependency up = g.mainHead(clause);
            if (up == null) {
                return List.of();
            }
            if (up.relation().equals("ccomp")) {
                // "telling NBC News that he was furious": a participle's subject is its clause's
                for (int s : subjects(up.governor(), 0)) {
                    for (Argument a : actorsOf(s)) {
                        boolean person = a.actor().kind() == org.parley.extract.ActorKind.PERSON;
                        if (person == personal) {
                            return List.of(a);
                        }
                    }
                }
                return List.of();
            }
            if (!up.relation().equals("xcomp") && !up.relation().startsWith("conj")) {
                return List.of();
            }
            head = up;
        }
        return List.of();
    }

    /**
     * The words in a slot, before they are looked up as actors. A verb's possessor, modifier and prepositional
     * slots are those of its object when the verb has none ("demolished Palestinian homes": the homes' modifier);
     * a verb with no object takes the subject of its complement clause ("demanded that the US cancel ...").
     */
    List<Integer> slotWords(int t, RoleSlot slot, PartOfSpeech pos) {
        List<Integer> own = ownSlotWords(t, slot, pos);
        if (own.isEmpty() && pos == PartOfSpeech.NOUN) {
            int head = compoundHead(t);
            // "a mediation effort by Qatar", "the Saudi peace initiative": the event noun names the kind of the
            // noun it modifies, whose possessor, modifiers and prepositions are the event's
            return head >= 0 ? ownSlotWords(head, slot, pos) : own;
        }
        if (!own.isEmpty() || pos != PartOfSpeech.VERB) {
            return own;
        }
        List<Integer> out = new ArrayList<>();
        boolean passive = passive(t);
        switch (slot.kind()) {
            case POSSESSOR, MODIFIER, PREPOSITION -> {
                for (int o : passive ? g.children(t, "nsubj:pass") : g.children(t, "obj")) {
                    out.addAll(ownSlotWords(o, slot, PartOfSpeech.NOUN));
                }
            }
            case OBJECT -> {
                if (!passive) {
                    for (int c : g.children(t, "ccomp")) {
                        out.addAll(g.children(c, "nsubj", "nsubj:pass"));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }

    private List<Integer> ownSlotWords(int t, RoleSlot slot, PartOfSpeech pos) {
        boolean passive = pos == PartOfSpeech.VERB && passive(t);
        List<Integer> out = new ArrayList<>();
        switch (slot.kind()) {
            case SUBJECT -> {
                if (passive) {
                    out.addAll(g.children(t, "obl:agent", "obl:by", "nmod:agent"));
                } else {
                    out.addAll(subjects(t, 0));
                }
            }
            case OBJECT -> {
                if (passive) {
                    out.addAll(g.children(t, "nsubj:pass", "nsubj:pass:xsubj"));
                    Dependency head = g.mainHead(t);
                    if (out.isEmpty() && head != null && head.relation().startsWith("acl")) {
                        out.add(head.governor());
                    }
                } else {
                    out.addAll(g.children(t, "obj"));
                }
            }
            case INDIRECT_OBJECT -> out.addAll(g.children(t, "iobj"));
            case POSSESSOR -> out.addAll(g.children(t, "nmod:poss"));
            case MODIFIER -> out.addAll(g.children(t, "compound", "amod"));
            case PREPOSITION -> {
                String p = slot.preposition();
                out.addAll(g.children(t, "obl:" + p, "nmod:" + p));
                if (pos == PartOfSpeech.NOUN) {
                    // "objections to Russia inviting ...": the preposition takes a gerund clause, whose subject
                    // is whom the noun is aimed at (see contentClauseSubject)
                    for (int c : g.children(t, "acl:" + p)) {
                        if ("VBG".equals(g.token(c).pos())) {
                            out.add(c);
                        }
                    }
                }
                if (p.equals("by")) {
                    out.addAll(g.children(t, "obl:agent", "nmod:agent"));
                }
                // "called on Russia": the parser makes "on" a particle and Russia the object
                for (int prt : g.children(t, "compound:prt")) {
                    if (g.word(prt).equals(p)) {
                        out.addAll(g.children(t, "obj"));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The subject of a verb or predicate: its own (nsubj, the propagated nsubj:xsubj), else that of the verb it is
     * coordinated with, else the noun an active participle modifies ("rebels fighting the army").
     */
    private List<Integer> subjects(int t, int depth) {
        List<Integer> own = g.children(t, "nsubj", "nsubj:xsubj", "csubj");
        if (!own.isEmpty() || depth > 2) {
            return own;
        }
        Dependency main = g.mainHead(t);
        if (main != null && (main.relation().equals("advcl:of") || main.relation().equals("advcl:for")
                || main.relation().equals("acl:of") || main.relation().equals("acl:for"))) {
            // "accused Russia of attacking", "blamed Eritrea for attacking": the governor's object acts
            List<Integer> objects = g.children(main.governor(), "obj");
            if (!objects.isEmpty()) {
                return objects;
            }
        }
        for (Dependency d : g.heads(t)) {
            if (d.governor() < 0) {
                continue;
            }
            if (d.relation().startsWith("conj") || d.relation().equals("xcomp")) {
                List<Integer> s = subjects(d.governor(), depth + 1);
                if (!s.isEmpty()) {
                    return s;
                }
            }
            if (d.relation().equals("acl") || d.relation().equals("acl:relcl")) {
                int author = d.relation().equals("acl") ? authorOf(d.governor()) : -1;
                // "issued a declaration demanding ...": the text demands what its author demands
                return author >= 0 ? subjects(author, depth + 1) : List.of(d.governor());
            }
            if ((d.relation().equals("advcl") || d.relation().equals("dep") || d.relation().equals("xcomp"))
                    && "VBG".equals(g.token(t).pos()) && g.token(d.governor()).posStartsWith("VB")) {
                // "..., blasting the US as ...": a participle clause shares its main clause's subject
                List<Integer> s = subjects(d.governor(), depth + 1);
                if (!s.isEmpty()) {
                    return s;
                }
            }
        }
        return own;
    }

    /**
     * The verb that issues or adopts a text or measure naming no actor itself ("issued a declaration", "passed a
     * resolution"), when the noun is that verb's object; else -1.
     */
    private int authorOf(int noun) {
        if (!g.token(noun).posStartsWith("NN") || lookThrough(noun, 0) != null) {
            return -1;
        }
        Dependency head = g.mainHead(noun);
        if (head == null || !head.relation().equals("obj") || head.governor() < 0) {
            return -1;
        }
        int verb = head.governor();
        return g.token(verb).posStartsWith("VB") && AUTHORING.contains(g.lemma(verb)) ? verb : -1;
    }

    /**
     * The source of an event noun with none of its own: the subject (or agent) of the verb it is the object of
     * ("Witkoff began talks with Putin", "rebels launched an offensive").
     */
    /** The common noun an event noun is a compound modifier of ("mediation" in "mediation effort"), or -1. */
    int compoundHead(int noun) {
        Dependency head = g.mainHead(noun);
        if (head == null || !head.relation().equals("compound") || head.governor() < 0) {
            return -1;
        }
        Token h = g.token(head.governor());
        return h.posStartsWith("NN") && !h.posStartsWith("NNP") && UNDERTAKING.contains(g.lemma(head.governor()))
                ? head.governor() : -1;
    }

    List<Argument> lightVerbSubject(int noun) {
        int compoundHead = compoundHead(noun);
        if (compoundHead >= 0 && g.mainHead(compoundHead) != null && g.mainHead(compoundHead).relation().equals("obj")) {
            // "launched a mediation effort": the effort's verb is the mediation's
            noun = compoundHead;
        }
        // "the US is in negotiations with Baghdad", "at war with": the subject of a predicate "in/at" phrase takes
        // part in it ("Peru is a threat", "Peru is under attack" say nothing of Peru acting)
        List<Integer> own = g.children(noun, "nsubj");
        boolean takingPart = g.children(noun, "case").stream().anyMatch(c -> g.word(c).equals("in") || g.word(c).equals("at"));
        if (!own.isEmpty() && takingPart) {
            Map<String, Argument> out = new LinkedHashMap<>();
            for (int w : own) {
                for (Argument a : actorsOf(w)) {
                    out.putIfAbsent(a.actor().id(), a);
                }
            }
            return new ArrayList<>(out.values());
        }
        Dependency head = g.mainHead(noun);
        if (head == null) {
            return List.of();
        }
        String rel = head.relation();
        int verb = head.governor();
        if (!rel.equals("obj") && !rel.equals("nsubj:pass") && !rel.startsWith("obl")) {
            return List.of();
        }
        if (!g.token(verb).posStartsWith("VB")) {
            return List.of();
        }
        List<Integer> words = rel.equals("nsubj:pass")
                ? g.children(verb, "obl:agent", "obl:by")
                : passive(verb) ? g.children(verb, "obl:agent", "obl:by") : subjects(verb, 0);
        Map<String, Argument> out = new LinkedHashMap<>();
        for (int w : words) {
            for (Argument a : actorsOrSpeaker(w, false)) {
                out.putIfAbsent(a.actor().id(), a);
            }
        }
        return new ArrayList<>(out.values());
    }

    /**
     * The actors a word stands for: itself and its coordinated words, each looked up by its span and, failing
     * that, through its name parts, modifiers, possessor, apposition and of/from/by phrases.
     */
    List<Argument> actorsOf(int w) {
        List<Integer> words = new ArrayList<>();
        words.add(w);
        words.addAll(g.children(w, "conj:and", "conj:or", "conj:nor"));
        List<Argument> out = new ArrayList<>();
        for (int x : words) {
            Actor a = lookThrough(x, 0);
            if (a != null) {
                out.add(new Argument(x, a));
                out.addAll(coordinatedModifiers(x, a));
            } else if (words.size() == 1) {
                out.addAll(contentClauseSubject(x));
            }
        }
        return out;
    }

    /**
     * "US and British forces", "French and Egyptian warships": the noun's nationality modifiers are coordinated,
     * so the noun stands for one actor per modifier (the parse hangs both on the noun, and the noun's own span is
     * the actor of the last of them).
     */
    private List<Argument> coordinatedModifiers(int x, Actor found) {
        List<Integer> modifiers = g.children(x, "compound", "amod");
        List<Argument> out = new ArrayList<>();
        for (int m : modifiers) {
            for (int other : g.children(m, "conj:and", "conj:or", "conj:nor")) {
                if (!modifiers.contains(other)) {
                    continue;
                }
                for (int word : List.of(m, other)) {
                    Actor b = at(word);
                    if (b != null && !b.id().equals(found.id())
                            && out.stream().noneMatch(o -> o.actor().id().equals(b.id()))) {
                        out.add(new Argument(word, b));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "its demand that Israel ease restrictions", "a call for the US to withdraw", "objections to Russia
     * inviting ...": the one a noun's content clause is about, its subject, is whom the noun is aimed at. Only a clause that completes a noun: what a
     * verb's complement says of its subject ("said that Israel would ...") is not the saying's target.
     */
    private List<Argument> contentClauseSubject(int x) {
        Dependency head = g.mainHead(x);
        if (!g.token(x).posStartsWith("VB") || head == null || !g.token(head.governor()).posStartsWith("NN")) {
            return List.of();
        }
        // "its demand that Israel ease ...", or a gerund clause after the noun's preposition: "objections to
        // Russia inviting ...", "anger over Israel building ..."
        boolean gerundClause = "VBG".equals(g.token(x).pos()) && head.relation().startsWith("acl:")
                && !head.relation().equals("acl:relcl");
        if (!head.relation().equals("ccomp") && !gerundClause) {
            return List.of();
        }
        List<Argument> out = new ArrayList<>();
        for (int s : g.children(x, "nsubj", "nsubj:pass")) {
            Actor a = lookThrough(s, 0);
            if (a != null) {
                out.add(new Argument(s, a));
            }
        }
        return out;
    }

    /** Whether the word itself names an actor ("Ankara" for the Turkish government). */
    boolean namesActor(int x) {
        Actor a = at(x);
        // "in Baghdad": a capital after a preposition is the state only as whom an act falls on; as a setting it
        // is the town
        return a != null && !(a.kind() != org.parley.extract.ActorKind.PERSON && g.children(x, "case").stream()
                .anyMatch(c -> SETTING_PREPOSITIONS.contains(g.word(c))));
    }

    private static final Set<String> SETTING_PREPOSITIONS = Set.of("in", "at", "near", "into", "outside", "across",
            "from", "to", "inside", "around");

    private Actor lookThrough(int x, int depth) {
        if (g.token(x).posStartsWith("NN") && !g.token(x).posStartsWith("NNP")) {
            // "the UN special envoy, Staffan de Mistura": the name in apposition says who the role noun is
            for (int c : g.children(x, "appos")) {
                Actor named = g.token(c).posStartsWith("NNP") ? at(c) : null;
                if (named != null) {
                    return named;
                }
            }
        }
        Actor a = at(x);
        if (a != null || depth > 1) {
            return a;
        }
        for (String rel : List.of("compound", "flat", "appos", "amod", "nmod:poss", "nmod:of", "nmod:from",
                "nmod:by", "nmod:agent", "acl", "nmod:in", "nmod:throughout", "nmod:across")) {
            if (rel.startsWith("nmod:") && !rel.equals("nmod:of") && !rel.equals("nmod:from") && !rel.equals("nmod:by")
                    && !rel.equals("nmod:agent") && !rel.equals("nmod:poss") && !groupNoun(x)) {
                continue;
            }
            for (int c : g.children(x, rel)) {
                if (rel.equals("amod") && "VBN".equals(g.token(c).pos())) {
                    // "a Russian-sponsored conference", "US-backed forces": the agent before the hyphen
                    for (int agent : g.children(c, "dep", "compound", "amod", "obl:npmod", "nmod:npmod")) {
                        Actor b = agent < c ? at(agent) : null;
                        if (b != null) {
                            return b;
                        }
                    }
                }
                if (rel.equals("acl")) {
                    // "comments made by Donald Trump": the agent of a participle of making stands for the thing made;
                    // not of other participles ("a conference boycotted by the opposition" is not the opposition's)
                    if (AFFILIATED.contains(g.lemma(c)) || AFFILIATED.contains(g.word(c).toLowerCase(java.util.Locale.ROOT))) {
                        // "workers affiliated with the union", "militias loyal to Tehran": the body they belong to
                        for (int body : g.children(c, "obl:with", "obl:to")) {
                            Actor b = at(body);
                            if (b != null) {
                                return b;
                            }
                        }
                        continue;
                    }
                    if (!AUTHORING.contains(g.lemma(c))) {
                        continue;
                    }
                    for (int agent : g.children(c, "obl:agent", "obl:by")) {
                        Actor b = at(agent);
                        if (b != null) {
                            return b;
                        }
                    }
                    continue;
                }
                Actor b = rel.startsWith("nmod") && !rel.equals("nmod:poss") ? lookThrough(c, depth + 1) : at(c);
                if (b != null) {
                    return b;
                }
            }
        }
        return null;
    }

    /**
     * Whether a word is a plural common noun subject ("students throughout Indonesia staged ...", "security forces
     * in Guinea have tortured ..."), which the country it is in may stand for when nothing else names it.
     */
    private boolean groupNoun(int x) {
        Dependency head = g.mainHead(x);
        // only as a clause's subject: under an event noun the phrase may place the event instead ("a meeting of
        // rival groups in Saudi Arabia")
        return "NNS".equals(g.token(x).pos()) && head != null && head.relation().startsWith("nsubj")
                && depthZeroCountry(x);
    }

    /** Whether the place phrase under a group noun names a country actor (not a city or a person). */
    private boolean depthZeroCountry(int x) {
        for (int c : g.children(x, "nmod:in", "nmod:throughout", "nmod:across")) {
            Actor a = at(c);
            if (a != null && a.kind() == org.parley.extract.ActorKind.COUNTRY) {
                return true;
            }
        }
        return false;
    }

    private Actor at(int x) {
        Token t = g.token(x);
        Actor a = actors.at(t.start(), t.end());
        if (a == null) {
            return null;
        }
        // a pronoun counts only when the actor stage resolved it (its mention is that pronoun)
        if (PRONOUN_TAGS.contains(t.pos())) {
            var m = actors.mentionAt(t.start(), t.end());
            return m != null && m.start() <= t.start() && m.end() >= t.end() ? a : null;
        }
        return a;
    }
}
