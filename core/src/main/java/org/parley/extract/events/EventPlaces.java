package org.parley.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Place;
import org.parley.extract.places.PlaceExtractor;

/**
 * Where an event happened, as an article tells it.
 *
 * <p>First the event's own sentence: a place in a locative phrase (in, at, near, ...) on the trigger ("talks in
 * Vienna"), or on the clauses the trigger hangs from: the verb an event noun is the object or oblique of ("held
 * talks in Geneva", "will arrive in Geneva for talks"), the verb a complement or participle belongs to; for a verbal
 * act (a statement, appeal, accusation) also the verb of saying it is told under ("told a news conference in Geneva
 * that he wanted ..."), since that is where it was said. A material act reported in a statement is not placed where
 * the statement was made. A city named before a meeting noun places the meeting ("the Vienna talks"; not "the
 * Riyadh agreement", which may be told of anywhere). The phrase may name the
 * place through a common noun ("in the Black Sea resort of Sochi", "at a forum in Baghdad").
 *
 * <p>When the sentence names none, the article: a meeting takes the place of the nearest meeting the article
 * places a few sentences away, or of the article's only venue (a story about talks in Geneva tells of "the first
 * meeting with the envoy" without repeating the city); a
 * verbal act takes the place where its source is told speaking in a neighbouring sentence ("told reporters at a
 * forum in Baghdad"), else the dateline's place. Material acts are never placed from elsewhere in the article.
 *
 * <p>One instance per article, filled sentence by sentence; not thread-safe.
 */
final class EventPlaces {

    /** Prepositions that place an event ("talks in Geneva", "clashes near the border"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "around",
            "across", "throughout", "within", "into");
    /** Relations a place is looked for through below a locative phrase's head ("the resort of Sochi"). */
    private static final List<String> NAMING = List.of("nmod:of", "flat", "compound", "appos", "nmod:in", "nmod:at");
    /** How many clauses above the trigger may place it. */
    private static final int CLAUSE_STEPS = 4;
    /** How many sentences apart a placed meeting may be from one told without a place, unless it is the only venue. */
    private static final int MEETING_SENTENCES = 3;
    /** How many sentences apart a statement's place may be from the verbal act it places. */
    private static final int STATEMENT_SENTENCES = 2;
    /** Dashes and brackets that end a dateline ("GENEVA (Reuters) -", "BAGHDAD —"). */
    private static final Set<String> DATELINE_ENDS = Set.of("-", "--", "—", "–", "(", "-LRB-", ":");

    private final List<Place> places;
    private final List<Meeting> meetings = new ArrayList<>();
    private final List<Statement> statements = new ArrayList<>();
    private String dateline;

    private record Statement(int sentence, String actor, String place) {
    }

    /** A meeting a sentence places, with its date when the sentence gives one. */
    private record Meeting(int sentence, String place, String date) {
    }

    /** Where (and, for a meeting placed by another telling of it, when) the article says an event happened. */
    record Setting(String place, String date) {
    }

    EventPlaces(List<Place> places) {
        this.places = places;
    }

    /** The place the trigger's own sentence gives it; null when none. */
    String inSentence(SentenceGraph g, int trigger, boolean verbal, boolean meeting, ModalityClassifier speech) {
        List<Integer> chain = clauses(g, trigger, verbal, speech);
        for (int x : chain) {
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Dependency d : locatives(g, x)) {
                String p = placeIn(g, d.dependent(), 0);
                int distance = g.distance(trigger, d.dependent());
                if (p != null && distance < bestDistance) {
                    best = p;
                    bestDistance = distance;
                }
            }
            if (best != null) {
                return best;
            }
            if (g.token(x).posStartsWith("VB")) {
                // "would enter Afrin", "shelled Aleppo": a town or city acted on is where it happened; a country
                // object is more often the party acted on than a setting
                for (int o : g.children(x, "obj")) {
                    Place p = placeOf(g, o);
                    if (p != null && !"country".equals(p.precision()) && !"region".equals(p.precision())) {
                        return p.id();
                    }
                }
            }
            if (meeting && x == trigger && g.token(x).posStartsWith("NN") && !g.token(x).posStartsWith("NNP")) {
                // "the Vienna talks", "the Sochi conference": a city, not a country ("US talks" names a party)
                for (int c : g.children(x, "compound")) {
                    Place p = placeOf(g, c);
                    if (p != null && !"country".equals(p.precision()) && !"region".equals(p.precision())) {
                        return p.id();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The trigger and the clauses above it that may place it: the verb an event noun is an argument of, the verb a
     * complement, participle or conjunct belongs to; across a clause of saying only for verbal acts.
     */
    private static List<Integer> clauses(SentenceGraph g, int trigger, boolean verbal, ModalityClassifier speech) {
        List<Integer> chain = new ArrayList<>();
        chain.add(trigger);
        int x = trigger;
        for (int step = 0; step < CLAUSE_STEPS; step++) {
            Dependency h = g.mainHead(x);
            if (h == null) {
                break;
            }
            String r = h.relation();
            int up = h.governor();
            boolean argument = r.equals("obj") || r.equals("iobj") || r.startsWith("nsubj") || r.startsWith("obl")
                    || r.equals("xcomp") || r.startsWith("conj") || r.startsWith("advcl") || r.startsWith("acl");
            boolean said = (r.equals("ccomp") || r.equals("parataxis")) && verbal && speech.speechVerb(g.lemma(up));
            if (!argument && !said || chain.contains(up)) {
                break;
            }
            chain.add(up);
            x = up;
        }
        return chain;
    }

    /**
     * The locative phrases on a clause word, and on its direct object: "launched a military campaign in Afrin",
     * "held talks in Geneva" place the act the light verb and its noun tell together.
     */
    private static List<Dependency> locatives(SentenceGraph g, int x) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : g.children(x)) {
            if (locative(d.relation())) {
                out.add(d);
            }
        }
        if (g.token(x).posStartsWith("VB")) {
            for (int o : g.children(x, "obj")) {
                for (Dependency d : g.children(o)) {
                    if (d.relation().startsWith("nmod:") && locative(d.relation())) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    private static boolean locative(String relation) {
        int colon = relation.indexOf(':');
        return colon > 0 && (relation.startsWith("obl:") || relation.startsWith("nmod:"))
                && LOCATIVE.contains(relation.substring(colon + 1));
    }

    /** The place a locative phrase's head names, itself or through a naming noun ("the resort of Sochi"). */
    private String placeIn(SentenceGraph g, int x, int depth) {
        Place own = placeOf(g, x);
        if (own != null) {
            return own.id();
        }
        if (depth >= 2) {
            return null;
        }
        for (String rel : NAMING) {
            for (int c : g.children(x, rel)) {
                String p = placeIn(g, c, depth + 1);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The one town or landmark the sentence names, when it names exactly one (countries and regions aside); else
     * null; a name that stands for an actor ("affiliated with Ankara") is no setting. A material act or meeting told in a sentence about one town most likely happened there, even when the
     * parse does not link the two ("militiamen would enter Afrin to assist militias fighting ...").
     */
    String onlyTownIn(SentenceGraph g, java.util.function.IntPredicate actorWord, ModalityClassifier speech) {
        String only = null;
        for (int i = 0; i < g.size(); i++) {
            Dependency head = g.mainHead(i);
            if (head != null && locative(head.relation()) && speech.speechVerb(g.lemma(head.governor()))) {
                return null;  // "told reporters in Geneva that Russia attacked": the town is where it was said
            }
            Place p = actorWord.test(i) ? null : placeOf(g, i);
            if (p == null || "country".equals(p.precision()) || "region".equals(p.precision())) {
                continue;
            }
            if (only != null && !only.equals(p.id())) {
                return null;
            }
            only = p.id();
        }
        return only;
    }

    private Place placeOf(SentenceGraph g, int x) {
        Token t = g.token(x);
        if (!Character.isUpperCase(t.word().charAt(0))) {
            return null;
        }
        return PlaceExtractor.placeCovering(places, t.start(), t.end()).orElse(null);
    }

    /** Notes a meeting the sentence places (dated, or null), for meetings told elsewhere without a place. */
    void noteMeeting(int sentence, String place, String date) {
        if (place != null) {
            meetings.add(new Meeting(sentence, place, date));
        }
    }

    /**
     * Notes where the sentence tells someone speaking: a verb of saying with a locative phrase of its own ("told
     * reporters at a forum in Baghdad"), by its subject or by the speaker of the quote it is the cue of.
     */
    void noteStatement(int sentence, String speaker, SentenceGraph g, int verb) {
        if (speaker == null) {
            return;
        }
        for (Dependency d : g.children(verb)) {
            if (locative(d.relation())) {
                String p = placeIn(g, d.dependent(), 0);
                if (p != null) {
                    statements.add(new Statement(sentence, speaker, p));
                    return;
                }
            }
        }
    }

    /** Notes the article's dateline ("GENEVA (Reuters) - ..."), when its first sentence opens with one. */
    void noteDateline(Sentence first) {
        List<Token> tokens = first.tokens();
        if (tokens.size() < 3) {
            return;
        }
        for (Place p : places) {
            for (var m : p.mentions()) {
                if (m.start() != tokens.get(0).start()) {
                    continue;
                }
                for (int i = 0; i + 1 < tokens.size() && i < 5; i++) {
                    if (tokens.get(i).end() >= m.end()) {
                        String next = tokens.get(i + 1).word();
                        boolean caps = m.text().equals(m.text().toUpperCase()) && m.text().length() > 2;
                        if (DATELINE_ENDS.contains(next) || caps && next.equals(",")) {
                            dateline = p.id();
                        }
                        return;
                    }
                }
            }
        }
    }

    /**
     * The place the article gives an event its sentence does not place: a meeting, the nearest placed meeting
     * (with its date, when close by); a verbal act, where its source speaks nearby, else the dateline; null otherwise.
     */
    Setting fromArticle(int sentence, String root, int quad, String source) {
        if (root.equals("04")) {
            Meeting best = null;
            int bestDistance = MEETING_SENTENCES + 1;
            for (Meeting m : meetings) {
                int d = Math.abs(m.sentence() - sentence);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
            if (best != null) {
                // close by, most likely the same meeting told again: its date too
                return new Setting(best.place(), best.date());
            }
            if (!meetings.isEmpty() && meetings.stream().allMatch(m -> m.place().equals(meetings.get(0).place()))) {
                return new Setting(meetings.get(0).place(), null);  // the article's one venue
            }
        }
        if (quad != 1 && quad != 3) {
            return null;
        }
        String best = null;
        int bestDistance = STATEMENT_SENTENCES + 1;
        for (Statement s : statements) {
            int d = Math.abs(s.sentence() - sentence);
            if (s.actor().equals(source) && d < bestDistance) {
                bestDistance = d;
                best = s.place();
            }
        }
        String place = best != null ? best : dateline;
        return place == null ? null : new Setting(place, null);
    }
}
