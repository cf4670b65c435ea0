package org.parley.extract.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.PartOfSpeech;
import org.parley.cameo.RoleSlot;
import org.parley.cameo.Roles;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.Event;
import org.parley.extract.Modality;
import org.parley.extract.Place;
import org.parley.extract.Quote;
import org.parley.extract.TextSpan;
import org.parley.extract.TimeRef;
import org.parley.extract.actors.ActorIndex;
import org.parley.extract.events.ArgumentFinder.Argument;

/**
 * The event stage: who did what to whom, when, where, and whether it really happened.
 *
 * <p>How it decides, sentence by parsed sentence:
 * <ol>
 *   <li>Triggers: words matching the CAMEO {@link VerbLexicon} by lemma, particles, object and modifiers
 *       ({@link TriggerFinder}); the complement of an appeal, promise, demand, accusation, rejection or threat is
 *       coded as part of that event, not as one of its own.</li>
 *   <li>Source and target: the lexicon entry's role slots filled from the dependency graph, voice, control,
 *       coordination and light verbs undone ({@link ArgumentFinder}). No source actor, no event. Two parties
 *       of a symmetric event in one phrase ("talks between X and Y") become source and target; several sources
 *       or targets otherwise give one event each.</li>
 *   <li>Modality from {@link ModalityCues} on the trigger and the clauses above it, and from the quotes
 *       ({@link ModalityClassifier}); an asserted event whose own date lies over a year before publication is
 *       historical.</li>
 *   <li>Date: the resolved time expression of the sentence nearest the trigger in the graph, else the article's
 *       publication date. Place: see {@link EventPlaces}.</li>
 *   <li>Plover type, quad class and Goldstein value from the {@link CameoCodebook}; a confidence from how
 *       specifically the entry matched and how directly the actors were found.</li>
 *   <li>Saying that another must or should act is a demand (100) by the speaker on that other.</li>
 *   <li>An act told as planned is coded as the intent to do it ({@link IntentCoding}).</li>
 *   <li>The same event told twice is one ({@link EventDeduplicator}); evidence is the sentence.</li>
 * </ol>
 * Thread-safe: holds only immutable knowledge; one instance serves all workers.
 */
public class EventExtractor {

    /** Modals that put an obligation on the subject ("must return", "should withdraw"). */
    private static final Set<String> OBLIGATION = Set.of("must", "should");
    private static final String DEMAND = "100";
    /** Accede to demands for change in leadership: what resigning is in CAMEO. */
    private static final String RESIGN = "0831";
    /** Clauses that make an act conditional ("will boycott the elections unless the president agrees"). */
    private static final Set<String> CONDITIONS = Set.of("advcl:if", "advcl:unless", "advcl:provided",
            "advcl:provided_that", "advcl:as_long_as");
    /** Verbs of a binding decision, which enact the act they decide on. */
    private static final Set<String> DECIDING = Set.of("decide", "vote", "rule", "resolve", "elect");
    /** Auxiliaries of commitment: the future and the conditional. */
    private static final Set<String> COMMITTING = Set.of("will", "would", "shall", "'ll", "wo", "'d");
    /**
     * Verbs of receiving: "gained the approval of Russia", "won the backing of the US", "received an invitation
     * from Turkey". The noun's act goes from the one named in its of/from/by phrase to the verb's subject.
     */
    private static final Set<String> RECEIVING = Set.of("receive", "gain", "win", "get", "secure", "obtain", "earn",
            "enjoy", "accept", "garner", "attract", "draw", "seek");
    /**
     * Auxiliaries and governing verbs that make a negated meeting a decision not to meet ("would not attend",
     * "voted not to attend"). Refusing and declining are events of their own, which already code the refusal.
     */
    private static final Set<String> VOLITION = Set.of("will", "would", "wo", "shall", "'ll", "vote", "decide",
            "choose", "opt", "plan", "intend");
    /** Verbs that present an actor as something ("described the move as alarming", "called the group terrorist"). */
    private static final Set<String> DESCRIBING = Set.of("describe", "call", "brand", "label", "term", "dub", "deem",
            "regard", "portray", "characterize", "characterise", "denounce", "condemn");
    /**
     * Prepositions of time, cause and concession: what they introduce frames an act, it is not acted on ("would
     * cross the river despite suggestions from Washington", "attacked after talks with Iran").
     */
    private static final Set<String> ADJUNCT = Set.of("despite", "after", "before", "since", "during", "until",
            "amid", "amidst", "because", "because_of", "due_to", "following", "like", "unlike", "than", "notwithstanding");
    /** Prepositions that name one's side, not one's opponent ("fighting alongside Russian forces"). */
    private static final Set<String> ALLIED = Set.of("alongside", "beside", "with_the_help_of");
    /** Military cooperation: what fighting alongside someone is. */
    private static final String FIGHT_ALONGSIDE = "062";
    /** How deep below the trigger a target may be looked for when its lexicon slots name none. */
    private static final int TARGET_DEPTH = 3;
    /**
     * "Two days later", "a week earlier": relative to the story, not to the publication date the annotator anchors
     * them to, so they date nothing reliably.
     */
    private static final java.util.regex.Pattern NARRATIVE_TIME = java.util.regex.Pattern.compile(
            "\\b(later|earlier|before|after|afterwards|previously|prior)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    /** An asserted event dated this many days before publication is told as history. */
    private static final int HISTORICAL_DAYS = 365;

    private final CameoCodebook codebook;
    private final TriggerFinder triggers;
    private final ModalityClassifier modality;
    private final EvaluationWords evaluations;
    private final EventDeduplicator dedup = new EventDeduplicator();
    private final MagnitudeFinder magnitudes = new MagnitudeFinder();

    /** With the codebook, lexicon and modality cues shipped with Parley (loads them: keep the instance). */
    public EventExtractor() {
        this(CameoCodebook.loadBuiltIn());
    }

    private EventExtractor(CameoCodebook codebook) {
        this(codebook, VerbLexicon.loadBuiltIn(codebook), ModalityCues.loadBuiltIn());
    }

    public EventExtractor(CameoCodebook codebook, VerbLexicon lexicon, ModalityCues cues) {
        this.codebook = codebook;
        this.triggers = new TriggerFinder(lexicon);
        this.modality = new ModalityClassifier(cues);
        this.evaluations = EvaluationWords.loadBuiltIn();
    }

    public List<Event> extract(AnnotatedArticle article, ActorIndex actors, List<Quote> quotes, List<TimeRef> times,
                               List<Place> places) {
        LocalDate published = article.article().publicationDate().orElse(null);
        String publishedText = published == null ? null : published.toString();
        List<EventDeduplicator.Told> told = new ArrayList<>();
        List<Integer> toldIn = new ArrayList<>();  // the sentence index of each told event
        // an event told in a time adjunct of another ("launched the operation after gaining Russia's approval") and
        // the first event of the act it frames
        java.util.Map<EventDeduplicator.Told, EventDeduplicator.Told> framedBy = new java.util.IdentityHashMap<>();
        EventPlaces where = new EventPlaces(places);
        if (!article.sentences().isEmpty()) {
            where.noteDateline(article.sentences().get(0));
        }
        for (Sentence s : article.sentences()) {
            if (!s.parsed() || s.dependencies().isEmpty()) {
                continue;
            }
            SentenceGraph g = new SentenceGraph(s);
            ArgumentFinder args = new ArgumentFinder(g, actors);
            TextSpan evidence = TextSpan.of(article.text(), s.start(), s.end());
            noteStatements(g, args, quotes, where, s.index());
            List<MagnitudeFinder.Found> counts = magnitudes.find(g, article.text());
            List<Trigger> found = triggers.find(g);
            List<List<EventDeduplicator.Told>> perTrigger = new ArrayList<>();
            java.util.Set<Integer> subsumed = new java.util.HashSet<>();
            for (Trigger t : found) {
                if (t.root().equals("04")) {
                    Dated when = date(g, t.head(), times, publishedText);
                    where.noteMeeting(s.index(), where.inSentence(g, t.head(), false, true, modality),
                            when.fromArticle() ? null : when.value());
                }
                List<EventDeduplicator.Told> e = withMagnitudes(g, t.head(),
                        events(g, args, t, quotes, times, where, published, publishedText, evidence), counts);
                perTrigger.add(e);
                if (!e.isEmpty()) {
                    // only a governor that is an event itself takes its complement's place
                    t.complements().stream().filter(c -> c != t.head()).forEach(subsumed::add);
                }
            }
            for (int k = 0; k < found.size(); k++) {
                int frame = framingTrigger(g, found, found.get(k).head());
                if (frame >= 0 && !perTrigger.get(frame).isEmpty()) {
                    for (EventDeduplicator.Told e : perTrigger.get(k)) {
                        framedBy.put(e, perTrigger.get(frame).get(0));
                    }
                }
            }
            List<EventDeduplicator.Told> inSentence = new ArrayList<>();
            for (int k = 0; k < found.size(); k++) {
                if (!subsumed.contains(found.get(k).head())) {
                    inSentence.addAll(perTrigger.get(k));
                }
            }
            inSentence.addAll(demands(g, args, quotes, times, where, publishedText, evidence));
            inSentence.addAll(judgements(g, args, quotes, times, where, publishedText, evidence));
            told.addAll(withoutUntargetedContent(inSentence));
            while (toldIn.size() < told.size()) {
                toldIn.add(s.index());
            }
        }
        List<EventDeduplicator.Told> placed = new ArrayList<>(told.size());
        for (int k = 0; k < told.size(); k++) {
            EventDeduplicator.Told t = datedByFrame(told.get(k), framedBy.get(told.get(k)), told);
            Event e = t.event();
            EventPlaces.Setting setting = e.place() != null ? null
                    : where.fromArticle(toldIn.get(k), e.cameo().substring(0, 2), e.quad(), e.source());
            if (setting == null) {
                placed.add(t);
                continue;
            }
            boolean redated = t.dateFromArticle() && setting.date() != null;
            placed.add(new EventDeduplicator.Told(new Event(e.id(), e.source(), e.target(), e.cameo(), e.plover(),
                    e.quad(), e.goldstein(), redated ? setting.date() : e.date(), setting.place(), e.modality(),
                    e.confidence(), e.evidence(), e.also(), e.magnitudes()), t.dateFromArticle() && !redated, t.symmetric()));
        }
        return dedup.fold(placed);
    }

    /** Adverbial relations of time that frame one act by another ("after gaining", "when it struck", "as it withdrew"). */
    private static final Set<String> TIME_FRAMES = Set.of("advcl:after", "advcl:before", "advcl:following",
            "advcl:when", "advcl:as", "advcl:while", "advcl:upon", "advcl:on", "obl:after", "obl:following", "obl:upon");

    /**
     * The index among the sentence's triggers of the one whose clause frames this trigger by time ("launched the
     * operation [after gaining the approval of Russia]"), looking up at most three edges; -1 when none.
     */
    private static int framingTrigger(SentenceGraph g, List<Trigger> found, int trigger) {
        int x = trigger;
        boolean framed = false;
        for (int steps = 0; steps < 3; steps++) {
            Dependency up = g.mainHead(x);
            if (up == null) {
                return -1;
            }
            framed |= TIME_FRAMES.contains(up.relation());
            x = up.governor();
            if (framed) {
                for (int k = 0; k < found.size(); k++) {
                    if (found.get(k).head() == x) {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /**
     * An event dated only by the article, told in a time adjunct of another act, takes the date that act is told
     * with anywhere in the article: "Turkey launched the Afrin operation after gaining the approval of Russia", when
     * the launch is told as "last month" earlier, dates the approval to last month too.
     */
    private static EventDeduplicator.Told datedByFrame(EventDeduplicator.Told t, EventDeduplicator.Told frame,
                                                       List<EventDeduplicator.Told> told) {
        if (frame == null || !t.dateFromArticle()) {
            return t;
        }
        for (EventDeduplicator.Told x : told) {
            if (!x.dateFromArticle() && x.event().date() != null && EventDeduplicator.same(x, frame)) {
                Event e = t.event();
                return new EventDeduplicator.Told(new Event(e.id(), e.source(), e.target(), e.cameo(), e.plover(),
                        e.quad(), e.goldstein(), x.event().date(), e.place(), e.modality(), e.confidence(),
                        e.evidence(), e.also(), e.magnitudes()), false, t.symmetric());
            }
        }
        return t;
    }

    /** Modalities of acts that did not, or not yet, take place. */
    private static final Set<Modality> UNREALISED = java.util.EnumSet.of(Modality.NEGATED, Modality.HYPOTHETICAL,
            Modality.PLANNED);

    /**
     * A sentence's events without the untargeted ones that did not (or not yet) happen when the sentence tells
     * something else with another status: "agreed that their countries should cooperate", "demanded that Kagame
     * agree to changes before they demobilize", "an admission that Assad need not stand down". Such an act with no
     * one it is done to is the content or circumstance of the other telling (what was agreed, demanded, admitted),
     * which codes it; a CAMEO event needs a target it is done to. Alone in its sentence, or planned beside other
     * planned acts, it stays.
     */
    private static List<EventDeduplicator.Told> withoutUntargetedContent(List<EventDeduplicator.Told> told) {
        List<EventDeduplicator.Told> kept = new ArrayList<>(told.size());
        for (EventDeduplicator.Told t : told) {
            Event e = t.event();
            boolean content = e.target() == null && UNREALISED.contains(e.modality())
                    && told.stream().anyMatch(o -> o.event().modality() != e.modality());
            if (!content) {
                kept.add(t);
            }
        }
        return kept;
    }

    /** How many graph edges a stated count may lie from the trigger it measures ("attacked ..., killing 12 people"). */
    private static final int MAGNITUDE_DISTANCE = 4;

    /**
     * The events with the counts their sentence states near the trigger, of the kinds their code can have: dead and
     * injured for protests, coercion, assaults, fighting and mass violence (14, 17-20); arrests for coercion (17);
     * size for protests, mobilisation, force and aid (07, 14, 15, 18-20).
     */
    private static List<EventDeduplicator.Told> withMagnitudes(SentenceGraph g, int trigger,
                                                                List<EventDeduplicator.Told> told,
                                                                List<MagnitudeFinder.Found> counts) {
        if (counts.isEmpty() || told.isEmpty()) {
            return told;
        }
        List<EventDeduplicator.Told> out = new ArrayList<>(told.size());
        for (EventDeduplicator.Told t : told) {
            String root = t.event().cameo().substring(0, 2);
            List<org.parley.extract.Magnitude> stated = new ArrayList<>();
            for (MagnitudeFinder.Found f : counts) {
                org.parley.extract.Magnitude.Kind kind = f.kind();
                if (kind == null && participant(g, trigger, f.word(), root)) {
                    // "100 ethnic Albanians demonstrated", "sent 3,000 Marines": who took part, however named
                    kind = org.parley.extract.Magnitude.Kind.SIZE;
                }
                org.parley.extract.Magnitude.Kind k = kind;
                if (k != null && fits(k, root) && g.distance(trigger, f.word()) <= MAGNITUDE_DISTANCE
                        && !inOtherClause(g, trigger, f.word()) && stated.stream().noneMatch(m -> m.kind() == k)) {
                    stated.add(f.as(k));
                }
            }
            out.add(stated.isEmpty() ? t
                    : new EventDeduplicator.Told(t.event().withMagnitudes(stated), t.dateFromArticle(), t.symmetric()));
        }
        return out;
    }

    /**
     * Whether the counted word is who did it, the trigger's subject ("100 ethnic Albanians demonstrated"), or for
     * sending and deploying (07, 15) its object ("deployed 3,000 Marines").
     */
    private static boolean participant(SentenceGraph g, int trigger, int word, String root) {
        for (Dependency h : g.heads(word)) {
            String r = h.relation();
            boolean doer = r.equals("nsubj") || r.equals("nsubj:xsubj");
            boolean sent = (root.equals("07") || root.equals("15")) && (r.equals("obj") || r.equals("nsubj:pass"));
            if (h.governor() == trigger && (doer || sent)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a count lies in a relative clause the trigger is not in ("demonstrated in Serbia, where 24 people
     * were killed last March"): that clause tells another event.
     */
    private static boolean inOtherClause(SentenceGraph g, int trigger, int word) {
        int x = word;
        for (int steps = 0; steps < g.size(); steps++) {
            if (x == trigger) {
                return false;
            }
            Dependency h = g.mainHead(x);
            if (h == null) {
                return false;
            }
            if (h.relation().equals("acl:relcl") && !below(g, trigger, h.dependent())) {
                return true;
            }
            x = h.governor();
        }
        return false;
    }

    /** Whether x is the clause word c or below it. */
    private static boolean below(SentenceGraph g, int x, int c) {
        for (int steps = 0; x >= 0 && steps < g.size(); steps++) {
            if (x == c) {
                return true;
            }
            Dependency h = g.mainHead(x);
            if (h == null) {
                return false;
            }
            x = h.governor();
        }
        return false;
    }

    private static boolean fits(org.parley.extract.Magnitude.Kind kind, String root) {
        return switch (kind) {
            case DEAD, INJURED -> Set.of("14", "17", "18", "19", "20").contains(root);
            case ARRESTED -> root.equals("17");
            case SIZE -> Set.of("07", "14", "15", "18", "19", "20").contains(root);
        };
    }

    /** Notes where the sentence tells someone speaking, for the verbal acts of the same speaker nearby. */
    private void noteStatements(SentenceGraph g, ArgumentFinder args, List<Quote> quotes, EventPlaces where,
                                int sentence) {
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).posStartsWith("VB") || !modality.speechVerb(g.lemma(v))) {
                continue;
            }
            List<Argument> speakers = args.fill(v, RoleSlot.of(RoleSlot.Kind.SUBJECT), PartOfSpeech.VERB);
            String speaker = speakers.isEmpty() ? quoteSpeaker(g, v, quotes) : speakers.get(0).actor().id();
            where.noteStatement(sentence, speaker, g, v);
        }
    }

    private List<EventDeduplicator.Told> events(SentenceGraph g, ArgumentFinder args, Trigger t, List<Quote> quotes,
                                                List<TimeRef> times, EventPlaces where, LocalDate published,
                                                String publishedText, TextSpan evidence) {
        PartOfSpeech pos = PartOfSpeech.ofPennTag(g.token(t.head()).pos());
        if (t.cameo().startsWith("014") && (g.hasChild(t.head(), "obj") && g.hasChild(t.head(), "xcomp", "obl:as", "advcl:as")
                || g.children(t.head(), "xcomp").stream().anyMatch(x -> !g.token(x).posStartsWith("VB")))) {
            // "considers the YPG a terror group" (however parsed): a view of someone, not a policy under consideration;
            // "considered imposing sanctions" keeps its verbal complement
            return List.of();
        }
        if (CAUSING.contains(g.lemma(t.head())) && !g.hasChild(t.head(), "obj")
                && g.hasChild(t.head(), "obl:to", "obl:in")) {
            // "led to the military campaign", "resulted in clashes": causing an act is not doing it
            return List.of();
        }
        if (t.root().equals("02") && SUGGESTING.contains(g.lemma(t.head())) && indicativeClause(g, t.head())) {
            // "observers have suggested that a deal could offer a way out": a view of what is or may be, not a
            // proposal that someone act (that takes "should" or the bare subjunctive: "suggested that he resign")
            return List.of();
        }
        if (t.root().equals("01") && resultParticiple(g, t.head())) {
            // "fighting alongside Russian forces, raising further alarm": the clause's outcome, not anyone's statement
            return List.of();
        }
        Roles roles = t.match().roles();
        boolean fallbackSource = false;
        List<Argument> sources = List.of();
        RoleSlot sourceSlot = null;
        for (RoleSlot slot : roles.source()) {
            sources = args.fill(t.head(), slot, pos);
            if (!sources.isEmpty()) {
                sourceSlot = slot;
                break;
            }
        }
        List<Argument> targets = List.of();
        int receiver = pos == PartOfSpeech.NOUN ? receivingVerb(g, t.head()) : -1;
        if (receiver >= 0) {
            // "gained the approval of Russia": Russia approves, the subject of "gained" is approved of
            List<Argument> givers = new ArrayList<>();
            for (String p : List.of("of", "from", "by")) {
                givers.addAll(args.fill(t.head(), RoleSlot.prep(p), pos));
            }
            if (!givers.isEmpty()) {
                sources = givers;
                targets = args.lightVerbSubject(t.head());
                if (targets.isEmpty()) {
                    // "Turkey launched the operation after gaining the approval of Russia": an adverbial clause
                    // without a subject of its own shares its governor's
                    targets = controllerSubject(g, args, receiver);
                }
            }
        }
        if (sources.isEmpty() && pos == PartOfSpeech.NOUN && !outsideAct(g, t.head())) {
            sources = args.lightVerbSubject(t.head());
            fallbackSource = true;
        }
        if (sources.isEmpty() && pos == PartOfSpeech.VERB && sourceSlotIsSubject(roles)) {
            sources = purposeController(g, args, t.head());
        }
        if (sources.isEmpty()) {
            return List.of();
        }
        if (targets.isEmpty()) {
            for (RoleSlot slot : roles.target()) {
                targets = args.fill(t.head(), slot, pos);
                if (!targets.isEmpty()) {
                    break;
                }
            }
        }
        if (targets.isEmpty()) {
            targets = clausalComplementSubjects(g, args, t.head(), roles.target(), sources);
        }
        targets = withoutOwnSideComplementSubjects(g, t.head(), sources, targets);
        targets = withoutOwnBody(sources, targets);
        if (targets.isEmpty() && !roles.target().isEmpty()) {
            targets = nearbyTargets(g, args, t.head(), sources, sourceWords(g, t.head(), sources));
        }
        if (targets.isEmpty() && t.root().equals("14")) {
            targets = protestTargets(g, args, t.head(), sources);
        }
        if (targets.isEmpty() && t.root().equals("13")) {
            targets = conditionTargets(g, args, t.head(), sources);
        }
        boolean betweenSlot = sourceSlot != null && sourceSlot.kind() == RoleSlot.Kind.PREPOSITION
                && (sourceSlot.preposition().equals("between") || sourceSlot.preposition().equals("among"));
        if (targets.isEmpty() && sources.size() >= 2 && (roles.symmetric() || betweenSlot)) {
            // "talks between X and Y", "X and Y met": the parties act on each other
            targets = sources.subList(1, sources.size());
            sources = sources.subList(0, 1);
        }
        Dated date = date(g, t.head(), times, publishedText);
        Modality m = modality.classify(g, t.head(), quotes);
        if (m == Modality.ASSERTED && !date.fromArticle() && published != null && longBefore(date.value(), published)) {
            m = Modality.HISTORICAL;
        }
        // an announced act is coded as the intent to do it (CAMEO 03 / 13); its modality stays planned
        String cameo = m == Modality.PLANNED && !enactedByDecision(g, t.head()) ? IntentCoding.intentFor(t.cameo()) : t.cameo();
        if ((m == Modality.HYPOTHETICAL || m == Modality.PLANNED) && conditionalCommitment(g, t.head())) {
            // "will withdraw its force unless ...", "would meet the mediator if ...": an act promised or threatened
            // on a condition is the offer (03) or threat (13) to do it; the act itself stays hypothetical
            cameo = IntentCoding.conditionalIntentFor(t.cameo());
        }
        String refusal = m == Modality.NEGATED ? RefusalCoding.refusalOf(t.cameo()) : null;
        if (refusal != null && (decidedNot(g, t.head()) || failedAgreement(g, t))) {
            // "voted not to attend", "will not accept any more refugees", "failed to reach agreement": the refusal
            // happened, and CAMEO codes it under 12
            cameo = refusal;
            m = Modality.ASSERTED;
        }
        String plover = ploverType(cameo);
        int quad = codebook.quad(cameo);
        double goldstein = codebook.goldstein(cameo);
        String place = where.inSentence(g, t.head(), quad == 1 || quad == 3, cameo.startsWith("04"), modality);
        if (place == null && quad != 1 && quad != 3) {
            place = where.onlyTownIn(g, args::namesActor, modality);
        }
        double confidence = confidence(t, !targets.isEmpty(), fallbackSource, m);
        List<EventDeduplicator.Told> out = new ArrayList<>();
        for (Argument source : sources) {
            List<Argument> forSource = targets.isEmpty() ? java.util.Collections.singletonList(null) : targets;
            for (Argument target : forSource) {
                String targetId = target == null || target.actor().id().equals(source.actor().id())
                        ? null : target.actor().id();
                Event e = new Event(null, source.actor().id(), targetId, cameo, plover, quad, goldstein, date.value(),
                        place, m, confidence, evidence, List.of());
                out.add(new EventDeduplicator.Told(e, date.fromArticle(), roles.symmetric()));
            }
        }
        if (t.root().compareTo("18") >= 0 && t.root().compareTo("20") <= 0) {
            // "Chinese nationals are fighting alongside Russian forces": with them, not against them
            List<Argument> allies = new ArrayList<>();
            for (String p : ALLIED) {
                allies.addAll(args.fill(t.head(), RoleSlot.prep(p), pos));
            }
            for (Argument source : sources) {
                for (Argument ally : allies) {
                    if (ally.actor().id().equals(source.actor().id())) {
                        continue;
                    }
                    Event e = new Event(null, source.actor().id(), ally.actor().id(), FIGHT_ALONGSIDE,
                            codebook.ploverType(FIGHT_ALONGSIDE), codebook.quad(FIGHT_ALONGSIDE),
                            codebook.goldstein(FIGHT_ALONGSIDE), date.value(), place, m, confidence, evidence, List.of());
                    out.add(new EventDeduplicator.Told(e, date.fromArticle(), false));
                }
            }
        }
        return out;
    }

    /**
     * "Russia said Sudan must return the helicopter": saying that another must or should act is a demand (CAMEO
     * 100) by the speaker on the one who must act, whatever the act.
     */
    private List<EventDeduplicator.Told> demands(SentenceGraph g, ArgumentFinder args, List<Quote> quotes,
                                                 List<TimeRef> times, EventPlaces where, String publishedText,
                                                 TextSpan evidence) {
        List<EventDeduplicator.Told> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).posStartsWith("VB") || !modality.speechVerb(g.lemma(v))) {
                continue;
            }
            for (int c : g.children(v, "ccomp")) {
                if (g.children(c, "aux").stream().noneMatch(a -> OBLIGATION.contains(g.word(a)))) {
                    continue;
                }
                List<Argument> sources = args.fill(v, RoleSlot.of(RoleSlot.Kind.SUBJECT), PartOfSpeech.VERB);
                List<Argument> targets = args.fill(c, RoleSlot.of(RoleSlot.Kind.SUBJECT), PartOfSpeech.VERB);
                if (sources.isEmpty()) {
                    continue;
                }
                Dated date = date(g, v, times, publishedText);
                Modality m = modality.classify(g, v, quotes);
                for (Argument target : targets) {
                    if (target.actor().id().equals(sources.get(0).actor().id())) {
                        continue;
                    }
                    Event e = new Event(null, sources.get(0).actor().id(), target.actor().id(), DEMAND,
                            codebook.ploverType(DEMAND), codebook.quad(DEMAND), codebook.goldstein(DEMAND),
                            date.value(), where.inSentence(g, v, true, false, modality), m, 0.5, evidence, List.of());
                    out.add(new EventDeduplicator.Told(e, date.fromArticle(), false));
                }
            }
        }
        return out;
    }

    /**
     * "X said Iran was a real problem", "described the move as very alarming", "said the court was responsible for
     * his death": calling an actor by a word of judgement ({@link EvaluationWords}) is an event from the speaker
     * to that actor (disapproval, accusation or praise). The speaker is the subject of the verb of saying or
     * describing, else the speaker of the quote that verb cues; a negated judgement ("was not a threat") is none.
     */
    private List<EventDeduplicator.Told> judgements(SentenceGraph g, ArgumentFinder args, List<Quote> quotes,
                                                    List<TimeRef> times, EventPlaces where, String publishedText,
                                                    TextSpan evidence) {
        List<EventDeduplicator.Told> out = new ArrayList<>();
        for (int v = 0; v < g.size(); v++) {
            if (!g.token(v).posStartsWith("VB")) {
                continue;
            }
            boolean speech = modality.speechVerb(g.lemma(v));
            boolean describing = DESCRIBING.contains(g.lemma(v));
            if (!speech && !describing) {
                continue;
            }
            List<int[]> judged = new ArrayList<>();  // {predicate, judged word}
            if (speech) {
                for (int c : g.children(v, "ccomp")) {
                    for (int subject : g.children(c, "nsubj")) {
                        judged.add(new int[] {c, subject});
                    }
                }
            }
            if (describing) {
                List<Integer> objects = args.passive(v) ? g.children(v, "nsubj:pass") : g.children(v, "obj");
                for (Dependency d : g.children(v)) {
                    String rel = d.relation();
                    if (rel.equals("xcomp") || rel.equals("obl:as") || rel.equals("advcl:as") || rel.equals("nmod:as")) {
                        for (int o : objects) {
                            judged.add(new int[] {d.dependent(), o});
                        }
                    }
                }
            }
            for (int[] pj : judged) {
                EvaluationWords.Judgement j = judgement(g, pj[0]);
                if (j == null) {
                    continue;
                }
                List<Argument> targets = args.actorsOf(pj[1]);
                List<Argument> sources = args.fill(v, RoleSlot.of(RoleSlot.Kind.SUBJECT), PartOfSpeech.VERB);
                String speaker = sources.isEmpty() ? quoteSpeaker(g, v, quotes) : sources.get(0).actor().id();
                if (speaker == null) {
                    continue;
                }
                Dated date = date(g, v, times, publishedText);
                Modality m = modality.classify(g, v, quotes);
                for (Argument target : targets) {
                    if (target.actor().id().equals(speaker)) {
                        continue;
                    }
                    String cameo = j.cameo();
                    Event e = new Event(null, speaker, target.actor().id(), cameo, codebook.ploverType(cameo),
                            codebook.quad(cameo), codebook.goldstein(cameo), date.value(), where.inSentence(g, v, true, false, modality),
                            m, 0.5, evidence,
                            List.of());
                    out.add(new EventDeduplicator.Told(e, date.fromArticle(), false));
                }
            }
        }
        return out;
    }

    /** What a predicate word judges, when it is a word of judgement said without negation; else null. */
    private EvaluationWords.Judgement judgement(SentenceGraph g, int predicate) {
        PartOfSpeech pos = PartOfSpeech.ofPennTag(g.token(predicate).pos());
        if (pos != PartOfSpeech.ADJ && pos != PartOfSpeech.NOUN || g.token(predicate).posStartsWith("NNP")) {
            return null;
        }
        for (Dependency d : g.children(predicate)) {
            String w = g.word(d.dependent());
            if ((d.relation().equals("advmod") || d.relation().equals("det")) && (w.equals("not") || w.equals("n't")
                    || w.equals("never") || w.equals("no"))) {
                return null;
            }
        }
        List<Integer> modifiers = g.children(predicate, "compound", "amod");
        String modifier = modifiers.isEmpty() ? null : g.lemma(modifiers.get(modifiers.size() - 1));
        EvaluationWords.Judgement j = evaluations.judgement(pos, g.lemma(predicate), modifier);
        if (j == null && pos == PartOfSpeech.ADJ) {
            j = evaluations.judgement(pos, g.word(predicate), null);
        }
        if (j != null && j.preposition() != null && !g.hasChild(predicate, "obl:" + j.preposition(),
                "advcl:" + j.preposition(), "nmod:" + j.preposition(), "acl:" + j.preposition())) {
            return null;
        }
        return j;
    }

    /** The speaker of the quote whose cue is this word, or null. */
    private static String quoteSpeaker(SentenceGraph g, int cue, List<Quote> quotes) {
        int at = g.token(cue).start();
        for (Quote q : quotes) {
            if (q.speaker() != null && q.cue() != null && q.cue().start() <= at && at < q.cue().end()) {
                return q.speaker();
            }
        }
        return null;
    }

    /**
     * Verbs whose subject causes or tells of what their object names, without doing it: "the announcement led to
     * the military campaign", "Russia says demands for ... are unrealistic" (a misparse of a complement clause).
     * A noun they govern takes no source from their subject.
     */
    private static final Set<String> CAUSING = Set.of("lead", "cause", "prompt", "trigger", "spark", "provoke",
            "precipitate", "result");
    private static final Set<String> SAYING = Set.of("say", "tell");

    /** Verbs that either propose an act or say that something is so, by the mood of their clause. */
    private static final Set<String> SUGGESTING = Set.of("suggest", "hint");
    /** Modals of possibility and tensed auxiliaries in a that-clause: what it says is or may be so. */
    private static final Set<String> EPISTEMIC = Set.of("could", "might", "may", "can", "would", "will", "is", "are",
            "was", "were", "has", "have", "had");

    /**
     * Whether a verb's that-clause is told as fact or possibility: an epistemic modal or tensed auxiliary, or a verb
     * in the past or third-person present ("suggested that the talks had failed", "suggests that Iran is ready");
     * not with "should" or "must", nor a bare subjunctive ("suggested that he resign").
     */
    private static boolean indicativeClause(SentenceGraph g, int verb) {
        for (int c : g.children(verb, "ccomp")) {
            for (int a : g.children(c, "aux", "aux:pass", "cop")) {
                String w = g.word(a).toLowerCase(java.util.Locale.ROOT);
                if (w.equals("should") || w.equals("must")) {
                    return false;
                }
                if (EPISTEMIC.contains(w)) {
                    return true;
                }
            }
            String tag = g.token(c).pos();
            if (tag.equals("VBD") || tag.equals("VBZ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an event noun hangs from a verb of causing, or is the object of a verb of saying, which names it as
     * someone else's act ("said in a phone call with Putin" is still the speaker's call).
     */
    private static boolean outsideAct(SentenceGraph g, int noun) {
        Dependency head = g.mainHead(noun);
        if (head == null || !g.token(head.governor()).posStartsWith("VB")) {
            return false;
        }
        String verb = g.lemma(head.governor());
        return CAUSING.contains(verb) || SAYING.contains(verb) && head.relation().equals("obj");
    }

    /**
     * Whether a word is a bare participle hanging from another clause with no subject of its own ("are fighting
     * alongside Russian forces, raising further alarm among allies"): what it tells is that clause's outcome.
     */
    private static boolean resultParticiple(SentenceGraph g, int trigger) {
        if (!"VBG".equals(g.token(trigger).pos()) || g.hasChild(trigger, "nsubj", "nsubj:pass", "mark")) {
            return false;
        }
        Dependency head = g.mainHead(trigger);
        return head != null && (head.relation().equals("dep") || head.relation().equals("advcl"))
                && g.token(head.governor()).posStartsWith("VB");
    }

    /** Light-verb objects that hand their verb's subject to an infinitive: "took steps to", "made efforts to". */
    private static final Set<String> STEP_NOUNS = Set.of("step", "measure", "action", "move", "effort", "initiative");

    /** Verbs of letting, whose infinitive of purpose says what the main clause's act was done to let happen. */
    private static final Set<String> ENABLING = Set.of("allow", "permit", "let", "enable", "facilitate", "ensure",
            "guarantee");

    private static boolean sourceSlotIsSubject(Roles roles) {
        return !roles.source().isEmpty() && roles.source().get(0).kind() == RoleSlot.Kind.SUBJECT;
    }

    /**
     * Who does what an infinitive of purpose says: "Uzbekistan opened the bridge to allow the delivery of grain"
     * (advcl:to with a verb of letting), "Bashir has taken steps to enhance political freedoms" (xcomp of a light
     * verb whose object is a step or measure): English gives such an infinitive without a subject of its own the
     * main clause's subject. An infinitive after any other object ("ordered the newspaper to suspend publication")
     * is that object's to do, and other adverbial infinitives are too often someone else's ("extended the amnesty
     * to people with firearms to surrender them") or no act at all ("went on to discuss"), so they are left alone.
     */
    private static List<Argument> purposeController(SentenceGraph g, ArgumentFinder args, int verb) {
        Dependency head = g.mainHead(verb);
        if (head == null || head.governor() < 0 || g.hasChild(verb, "nsubj", "nsubj:pass", "csubj")
                || !g.children(verb, "mark").stream().anyMatch(m -> g.word(m).equalsIgnoreCase("to"))
                || !g.token(head.governor()).posStartsWith("VB")) {
            return List.of();
        }
        boolean purpose = head.relation().equals("advcl:to") && ENABLING.contains(g.lemma(verb));
        boolean steps = head.relation().equals("xcomp")
                && g.children(head.governor(), "obj").stream().anyMatch(o -> STEP_NOUNS.contains(g.lemma(o)));
        if (!purpose && !steps) {
            return List.of();
        }
        return args.fill(head.governor(), RoleSlot.of(RoleSlot.Kind.SUBJECT), PartOfSpeech.VERB);
    }

    /** The subject of the clause an adverbial clause without its own subject hangs from, else none. */
    private static List<Argument> controllerSubject(SentenceGraph g, ArgumentFinder args, int clause) {
        Dependency head = g.mainHead(clause);
        if (head == null || !(head.relation().startsWith("advcl") || head.relation().equals("dep"))
                || g.hasChild(clause, "nsubj", "nsubj:pass")) {
            return List.of();
        }
        return args.fill(head.governor(), RoleSlot.of(RoleSlot.Kind.SUBJECT), PartOfSpeech.VERB);
    }

    /**
     * Targets named as the doer of a clause in a target slot's place: "objections to Russia inviting Kurdish
     * groups" (an objection to Russia), "furious with Putin's unwillingness to compromise" (with Putin). The clause
     * hangs by the slot's preposition (acl:to, advcl:with) or carries it as its marker; its subject, or the
     * subject's possessor, is the one acted on.
     */
    private static List<Argument> clausalComplementSubjects(SentenceGraph g, ArgumentFinder args, int trigger,
                                                            List<RoleSlot> slots, List<Argument> sources) {
        for (RoleSlot slot : slots) {
            if (slot.kind() != RoleSlot.Kind.PREPOSITION) {
                continue;
            }
            String p = slot.preposition();
            for (Dependency d : g.children(trigger)) {
                String rel = d.relation();
                int c = d.dependent();
                boolean clause = rel.startsWith("acl") || rel.startsWith("advcl");
                boolean byPreposition = rel.equals("acl:" + p) || rel.equals("advcl:" + p)
                        || g.children(c, "mark", "case").stream().anyMatch(m -> g.word(m).equalsIgnoreCase(p));
                if (!clause || rel.equals("acl:relcl") || !byPreposition) {
                    continue;
                }
                List<Argument> found = new ArrayList<>();
                for (int subject : g.children(c, "nsubj")) {
                    List<Argument> named = args.actorsOf(subject);
                    if (named.isEmpty()) {
                        for (int owner : g.children(subject, "nmod:poss")) {
                            named = args.actorsOf(owner);
                        }
                    }
                    for (Argument a : named) {
                        if (sources.stream().noneMatch(s -> ownSide(s.actor(), a.actor()))) {
                            found.add(a);
                        }
                    }
                }
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    /**
     * Targets that are the source's own body or its own official ("the secretary-general ... the United Nations",
     * "the EU high representative, Federica Mogherini"): one person and one organisation that share an actor code
     * are the same side, and one does not act on oneself.
     */
    private static List<Argument> withoutOwnBody(List<Argument> sources, List<Argument> targets) {
        if (targets.isEmpty()) {
            return targets;
        }
        List<Argument> kept = new ArrayList<>(targets.size());
        for (Argument t : targets) {
            if (sources.stream().noneMatch(s -> ownBody(s.actor(), t.actor()))) {
                kept.add(t);
            }
        }
        return kept;
    }

    private static boolean ownBody(org.parley.extract.Actor a, org.parley.extract.Actor b) {
        // an organisation only: a group or a town standing for a state ("a curfew in Algiers") is acted on
        boolean personAndBody = a.kind() == org.parley.extract.ActorKind.PERSON
                ? b.kind() == org.parley.extract.ActorKind.ORGANIZATION
                : a.kind() == org.parley.extract.ActorKind.ORGANIZATION && b.kind() == org.parley.extract.ActorKind.PERSON;
        return personAndBody && a.code() != null && a.code().equals(b.code());
    }

    /** The verb of receiving a noun is the object of ("gained the approval of"), or -1. */
    private static int receivingVerb(SentenceGraph g, int noun) {
        Dependency head = g.mainHead(noun);
        if (head == null || !head.relation().equals("obj")) {
            return -1;
        }
        int verb = head.governor();
        return g.token(verb).posStartsWith("VB") && RECEIVING.contains(g.lemma(verb)) ? verb : -1;
    }

    /**
     * Whether a negated meeting is one decided against: "would not attend", "voted not to attend", "refused to
     * hold talks" (the verb an event noun is the object of counts as the trigger's clause).
     */
    /**
     * The PLOVER type of a code: the CAMEO2PLOVER table's, except that a resignation (0831, yielding power) is
     * RETREAT, where PLOVER's own codebook puts it (mode "resign": a resignation by a government official, an act
     * with immediate material consequences), while the table sends all of 083 to CONCEDE.
     */
    private String ploverType(String cameo) {
        return cameo.equals(RESIGN) ? "RETREAT" : codebook.ploverType(cameo);
    }

    /**
     * Whether an act is promised or threatened on a condition: its clause, or a clause it is the complement of,
     * holds an if / unless / provided clause, and a future or conditional auxiliary ("will ... unless", "would ...
     * if") says it is the speaker's commitment rather than a guess.
     */
    private static boolean conditionalCommitment(SentenceGraph g, int trigger) {
        boolean condition = false;
        boolean future = false;
        int x = trigger;
        for (int steps = 0; x >= 0 && steps < 3; steps++) {
            for (Dependency d : g.children(x)) {
                String rel = d.relation();
                if (CONDITIONS.contains(rel)) {
                    condition = true;
                } else if (rel.equals("aux") && COMMITTING.contains(g.word(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
                    future = true;
                }
            }
            Dependency up = g.mainHead(x);
            if (up == null || !up.relation().equals("xcomp")) {
                break;
            }
            x = up.governor();
        }
        return condition && future;
    }

    /** "Failed to reach agreement": each side turned down the other's terms, a rejection of the agreement (127). */
    private static boolean failedAgreement(SentenceGraph g, Trigger t) {
        if (!t.cameo().startsWith("057")) {
            return false;
        }
        Dependency up = g.mainHead(t.head());
        return up != null && up.relation().equals("xcomp") && g.lemma(up.governor()).equals("fail");
    }

    /**
     * Whether a planned act is enacted by the decision that governs it: a court, council or parliament that
     * "decided to allow" or "voted to impose" has allowed or imposed, by deciding; that is the act CAMEO codes,
     * not an intent. Not when the act carries its own future ("decided it will withdraw next year").
     */
    private static boolean enactedByDecision(SentenceGraph g, int trigger) {
        Dependency up = g.mainHead(trigger);
        if (up == null || !up.relation().equals("xcomp") || !DECIDING.contains(g.lemma(up.governor()))) {
            return false;
        }
        for (int x : List.of(trigger, up.governor())) {
            for (int a : g.children(x, "aux")) {
                if (COMMITTING.contains(g.word(a).toLowerCase(java.util.Locale.ROOT))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean decidedNot(SentenceGraph g, int trigger) {
        int x = trigger;
        Dependency head = g.mainHead(x);
        if (head != null && head.relation().equals("obj") && g.token(head.governor()).posStartsWith("VB")) {
            x = head.governor();
        }
        for (int steps = 0; x >= 0 && steps < 3; steps++) {
            for (int a : g.children(x, "aux")) {
                if (VOLITION.contains(g.word(a))) {
                    return true;
                }
            }
            Dependency up = g.mainHead(x);
            if (up == null || !(up.relation().equals("xcomp") || up.relation().equals("ccomp"))) {
                return false;
            }
            x = up.governor();
            if (VOLITION.contains(g.lemma(x))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Targets that are only the subject of the trigger's complement and stand for the source's own state ("Rubio
     * warned that the United States would not entertain negotiations with Moscow") are the source's side
     * speaking, not the one acted on; they are dropped.
     */
    private static List<Argument> withoutOwnSideComplementSubjects(SentenceGraph g, int trigger, List<Argument> sources,
                                                                    List<Argument> targets) {
        if (targets.isEmpty()) {
            return targets;
        }
        java.util.Set<Integer> complementSubjects = new java.util.HashSet<>();
        for (int c : g.children(trigger, "ccomp", "xcomp")) {
            complementSubjects.addAll(g.children(c, "nsubj", "nsubj:pass"));
            for (int s : g.children(c, "nsubj", "nsubj:pass")) {
                complementSubjects.addAll(g.children(s, "conj:and", "conj:or"));
            }
        }
        List<Argument> kept = new ArrayList<>();
        for (Argument t : targets) {
            boolean own = complementSubjects.contains(t.token())
                    && sources.stream().anyMatch(s -> ownSide(s.actor(), t.actor()));
            if (!own) {
                kept.add(t);
            }
        }
        return kept;
    }

    /**
     * Whether a target actor is the source's own side: the source itself, the state a person or body belongs to, a
     * person of the body that is the source.
     */
    private static boolean ownSide(org.parley.extract.Actor source, org.parley.extract.Actor target) {
        return source.id().equals(target.id()) || ownBody(source, target) || target.kind() == org.parley.extract.ActorKind.COUNTRY
                && source.kind() != org.parley.extract.ActorKind.COUNTRY && source.country() != null
                && source.country().equals(target.country())
                // "the UN announced that De Mistura would attend": a body's own envoy or official is its side
                || target.kind() == org.parley.extract.ActorKind.PERSON
                && source.kind() != org.parley.extract.ActorKind.PERSON && source.code() != null
                && source.code().equals(target.code());
    }

    /**
     * When the lexicon's slots name no target: the nearest actor below the trigger through its objects, obliques,
     * modifiers and complements ("rejected an Indian proposal", "imposed a curfew in Cizre", "would not entertain
     * negotiations with Moscow"), not the source or its own state, at most {@link #TARGET_DEPTH} edges down;
     * at the nearest depth with any, all of them.
     */
    private static List<Argument> nearbyTargets(SentenceGraph g, ArgumentFinder args, int trigger, List<Argument> sources,
                                                java.util.Set<Integer> sourceWords) {
        List<Integer> level = List.of(trigger);
        java.util.Set<Integer> seen = new java.util.HashSet<>(level);
        seen.addAll(sourceWords);
        java.util.Set<Integer> locative = new java.util.HashSet<>();
        for (int depth = 1; depth <= TARGET_DEPTH && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int x : level) {
                for (Dependency d : g.children(x)) {
                    // "a camp for refugees was attacked": the passive subject is what was acted on
                    boolean undergoer = depth == 1 && d.relation().equals("nsubj:pass");
                    if ((downward(d.relation()) || undergoer) && seen.add(d.dependent())) {
                        next.add(d.dependent());
                        if (d.relation().endsWith(":in")) {
                            locative.add(d.dependent());
                        }
                    }
                }
            }
            next.sort(Integer::compare);
            java.util.Map<String, Argument> found = new java.util.LinkedHashMap<>();
            for (int w : next) {
                for (Argument a : args.actorsOf(w)) {
                    boolean inPlace = locative.contains(w);
                    if (sources.stream().noneMatch(s -> ownSide(s.actor(), a.actor()) && !domesticPlace(s, a, inPlace))) {
                        found.putIfAbsent(a.actor().id(), a);
                    }
                }
            }
            if (!found.isEmpty()) {
                return new ArrayList<>(found.values());
            }
            level = next;
        }
        return List.of();
    }

    /**
     * A measure taken "in Sudan" by its own president falls on Sudan, though Sudan is his side: CAMEO codes
     * domestic acts with the same country on both sides. Only a country named as where the act happens, and never
     * the source itself.
     */
    private static boolean domesticPlace(Argument source, Argument target, boolean inPlace) {
        return inPlace && target.actor().kind() == org.parley.extract.ActorKind.COUNTRY
                && !source.actor().id().equals(target.actor().id());
    }

    /**
     * The words that name the sources below the trigger, with their conjuncts and the trigger's other dependents
     * in the same relation ("the resignation of his defence secretary, Jim Mattis, and envoy ..., Brett McGurk":
     * both are resigning, neither is the target); a target search does not go through them.
     */
    private static java.util.Set<Integer> sourceWords(SentenceGraph g, int trigger, List<Argument> sources) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (Argument s : sources) {
            out.add(s.token());
            out.addAll(g.children(s.token(), "conj:and", "conj:or", "conj:nor"));
            for (Dependency d : g.heads(s.token())) {
                if (d.governor() == trigger) {
                    out.addAll(g.children(trigger, d.relation()));
                }
            }
        }
        out.remove(trigger);
        return out;
    }

    /**
     * Relations a target search goes down: objects, obliques and nominal modifiers, complements; not relative
     * clauses (what they say of a noun is another predication), nor adjuncts of time, cause or concession, nor
     * the side one acts with.
     */
    private static boolean downward(String rel) {
        if (rel.equals("obl:tmod") || rel.equals("nmod:tmod") || rel.equals("obl:npmod") || rel.equals("nmod:npmod")
                || rel.equals("obl:agent") || rel.equals("obl:by")) {
            return false;
        }
        int colon = rel.indexOf(':');
        if (colon > 0 && (ADJUNCT.contains(rel.substring(colon + 1)) || ALLIED.contains(rel.substring(colon + 1)))) {
            return false;
        }
        return rel.equals("obj") || rel.equals("iobj") || rel.equals("xcomp") || rel.equals("ccomp")
                || rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("compound") || rel.equals("amod")
                || rel.equals("appos") || rel.startsWith("acl") && !rel.equals("acl:relcl");
    }

    /**
     * Whom a protest with no stated target is aimed at: the one its purpose clause makes demands of ("staged
     * demonstrations to demand reforms by Suharto's government", "demonstrated calling for independence from Iraq"),
     * else the country it takes place in ("demonstrated in Serbia"), which CAMEO codes as the target of a protest
     * aimed at no one named. Protesters' own country counts: protest is mostly against one's own government.
     */
    private static List<Argument> protestTargets(SentenceGraph g, ArgumentFinder args, int trigger, List<Argument> sources) {
        List<Integer> clauseHeads = new ArrayList<>(List.of(trigger));
        Dependency head = g.mainHead(trigger);
        if (!g.token(trigger).posStartsWith("VB") && head != null && head.relation().equals("obj")) {
            clauseHeads.add(head.governor());  // "staged demonstrations to demand ...": the light verb's clauses
        }
        java.util.Set<String> own = new java.util.HashSet<>();
        sources.forEach(a -> own.add(a.actor().id()));
        for (int c : clauseHeads) {
            for (Dependency d : g.children(c)) {
                String rel = d.relation();
                boolean purpose = rel.equals("advcl:to") || rel.equals("xcomp")
                        || (rel.equals("advcl") || rel.equals("dep")) && "VBG".equals(g.token(d.dependent()).pos());
                if (!purpose) {
                    continue;
                }
                List<Argument> found = below(g, args, d.dependent(), own, TARGET_DEPTH);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        List<Integer> places = new ArrayList<>();
        for (int c : clauseHeads) {
            places.addAll(g.children(c, "obl:in", "nmod:in"));
            for (int when : g.children(c, "obl:on", "obl:tmod")) {
                // "demonstrated on Tuesday in Serbia": the parser often hangs the place on the day
                places.addAll(g.children(when, "nmod:in"));
            }
        }
        for (int place : places) {
            for (Argument a : args.actorsOf(place)) {
                if (a.actor().kind() == org.parley.extract.ActorKind.COUNTRY && !own.contains(a.actor().id())) {
                    return List.of(a);
                }
            }
        }
        return List.of();
    }

    /**
     * Whom a threat with no stated target is aimed at: the one whose doing its condition names ("threatened to stop
     * negotiations if the United States goes ahead", "will boycott the vote unless the president steps down").
     */
    private static List<Argument> conditionTargets(SentenceGraph g, ArgumentFinder args, int trigger, List<Argument> sources) {
        List<Integer> clauseHeads = new ArrayList<>(List.of(trigger));
        for (int k = 0; k < clauseHeads.size() && clauseHeads.size() < 4; k++) {
            // "threatened to stop negotiations to reduce weapons if ...": down the chain of complements
            clauseHeads.addAll(g.children(clauseHeads.get(k), "xcomp", "ccomp"));
        }
        for (int c : clauseHeads) {
            for (int condition : g.children(c, "advcl:if", "advcl:unless")) {
                for (int subject : g.children(condition, "nsubj", "nsubj:pass")) {
                    List<Argument> found = new ArrayList<>();
                    for (Argument a : args.actorsOf(subject)) {
                        if (sources.stream().noneMatch(s -> ownSide(s.actor(), a.actor()))) {
                            found.add(a);
                        }
                    }
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * The nearest actors at most {@code depth} edges below a clause word through objects, obliques, modifiers and
     * complements, other than the given ones; at the nearest depth with any, all of them.
     */
    private static List<Argument> below(SentenceGraph g, ArgumentFinder args, int clause, java.util.Set<String> except,
                                        int depth) {
        List<Integer> level = List.of(clause);
        java.util.Set<Integer> seen = new java.util.HashSet<>(level);
        for (int k = 0; k <= depth && !level.isEmpty(); k++) {
            java.util.Map<String, Argument> found = new java.util.LinkedHashMap<>();
            for (int w : level) {
                if (k == 0) {
                    continue;
                }
                for (Argument a : args.actorsOf(w)) {
                    if (!except.contains(a.actor().id())) {
                        found.putIfAbsent(a.actor().id(), a);
                    }
                }
            }
            if (!found.isEmpty()) {
                return new ArrayList<>(found.values());
            }
            List<Integer> next = new ArrayList<>();
            for (int x : level) {
                for (Dependency d : g.children(x)) {
                    // "to demand reforms by the government": who is to act is whom the demand is made of
                    boolean agent = d.relation().equals("obl:by") || d.relation().equals("nmod:by");
                    if ((downward(d.relation()) || agent) && seen.add(d.dependent())) {
                        next.add(d.dependent());
                    }
                }
            }
            next.sort(Integer::compare);
            level = next;
        }
        return List.of();
    }

    /** A date and whether it is only the article's. */
    private record Dated(String value, boolean fromArticle) {
    }

    /** The sentence's resolved time expression nearest the trigger in the graph; else the publication date. */
    private static Dated date(SentenceGraph g, int trigger, List<TimeRef> times, String published) {
        Sentence s = g.sentence();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (TimeRef t : times) {
            if (t.value() == null || t.start() < s.start() || t.end() > s.end() || NARRATIVE_TIME.matcher(t.text()).find()) {
                continue;
            }
            for (int i = 0; i < g.size(); i++) {
                if (g.token(i).start() >= t.start() && g.token(i).end() <= t.end()) {
                    int d = g.distance(trigger, i);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = t.value();
                    }
                }
            }
        }
        return best != null ? new Dated(asCalendarDate(best), false) : new Dated(published, true);
    }

    private static final java.util.regex.Pattern ISO_WEEK = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{2})");

    /**
     * An event's date is a day, month or year (the schema's forms); a resolved week ("last week": 2018-W51)
     * becomes the month holding its Thursday, the day ISO 8601 dates a week by. Other values pass unchanged.
     */
    static String asCalendarDate(String value) {
        java.util.regex.Matcher w = ISO_WEEK.matcher(value);
        if (!w.matches()) {
            return value;
        }
        try {
            LocalDate thursday = LocalDate.of(Integer.parseInt(w.group(1)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(w.group(2)))
                    .with(java.time.DayOfWeek.THURSDAY);
            return thursday.toString().substring(0, 7);
        } catch (java.time.DateTimeException e) {
            return value;
        }
    }

    private static boolean longBefore(String date, LocalDate published) {
        if (date == null || date.length() < 4) {
            return false;
        }
        try {
            LocalDate d = date.length() >= 10 ? LocalDate.parse(date.substring(0, 10))
                    : date.length() >= 7 ? LocalDate.parse(date.substring(0, 7) + "-28")
                    : LocalDate.parse(date.substring(0, 4) + "-12-31");
            return d.plusDays(HISTORICAL_DAYS).isBefore(published);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /**
     * How sure the coding is: a bare verb match is weaker than one with its particles and object; a found target
     * and a source taken from the trigger's own phrase raise it; a hedged telling lowers it a little.
     */
    private static double confidence(Trigger t, boolean hasTarget, boolean fallbackSource, Modality m) {
        double c = 0.45 + 0.08 * Math.min(t.match().specificity(), 3);
        if (hasTarget) {
            c += 0.15;
        }
        if (fallbackSource) {
            c -= 0.1;
        }
        if (m != Modality.ASSERTED && m != Modality.REPORTED && m != Modality.HISTORICAL) {
            c -= 0.05;
        }
        return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100.0;
    }
}
