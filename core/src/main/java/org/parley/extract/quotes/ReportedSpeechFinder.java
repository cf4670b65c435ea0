package org.parley.extract.quotes;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;

/**
 * Finds attribution cues in a parsed sentence: a cue verb from the {@link CueLexicon} with its reported content
 * (complement clause, "accused X of Y", "urged X to Y", or the clause a "he said" interrupts or follows),
 * "according to X" with the clause it qualifies, and bare cues ("he said") whose content is a quotation elsewhere.
 * The source is the cue's subject noun phrase (the agent of a passive cue, the subject of the clause a participle
 * such as "saying" hangs from, the relative pronoun in "officials who said"). Thread-safe: holds only the lexicon.
 */
final class ReportedSpeechFinder {

    /** Nouns naming where something was said: "in a statement", "in an interview", "on Twitter". */
    private static final Set<String> CHANNEL_NOUNS = Set.of("statement", "interview", "tweet", "post", "email",
            "e-mail", "letter", "release", "conference", "briefing", "speech", "op-ed", "video", "broadcast",
            "message", "memo", "column", "editorial", "essay", "blog", "podcast", "radio", "television", "tv",
            "twitter", "facebook", "instagram", "telegram", "program", "programme", "show", "appearance", "address",
            "testimony", "hearing", "filing", "report", "call", "rally", "debate", "book", "memoir", "article");
    /** Subjects whose cues report findings rather than speech: "a poll found", "the report said". */
    private static final Set<String> FINDING_SOURCES = Set.of("poll", "survey", "study", "report", "analysis",
            "data", "review", "investigation", "audit", "research", "census", "estimate", "count", "tally", "probe",
            "inquiry", "assessment", "document", "documents", "record", "records", "figure", "figures", "statistic",
            "statistics");

    private final CueLexicon lexicon;
    private final AttitudeCueFinder attitudes;

    ReportedSpeechFinder(CueLexicon lexicon) {
        this(lexicon, AttitudeLexicon.standard());
    }

    ReportedSpeechFinder(CueLexicon lexicon, AttitudeLexicon attitudes) {
        this.lexicon = lexicon;
        this.attitudes = new AttitudeCueFinder(attitudes);
    }

    /** The cues of one parsed sentence; tokens inside {@code quoted} (quotation characters) are not cues. */
    List<CueMatch> find(Sentence sentence, String text, BitSet quoted) {
        List<CueMatch> out = new ArrayList<>();
        CueMatch labelled = speakerLabel(sentence, text);
        if (labelled != null) {
            out.add(labelled);
        }
        if (!sentence.parsed() || sentence.dependencies().isEmpty()) {
            return out;
        }
        ParseTree tree = new ParseTree(sentence);
        for (Token t : sentence.tokens()) {
            if (quoted.get(t.start())) {
                continue;
            }
            int i = t.index();
            if ("according".equalsIgnoreCase(t.word()) && i + 1 < sentence.size()
                    && "to".equalsIgnoreCase(sentence.token(i + 1).word())) {
                CueMatch m = according(tree, text, i);
                if (m != null) {
                    out.add(m);
                }
                continue;
            }
            CueMatch hedge = hedgedClause(tree, text, i);
            if (hedge != null) {
                out.add(hedge);
                continue;
            }
            if (t.posStartsWith("NN") || t.posStartsWith("JJ")) {
                CueMatch m = attitudes.match(tree, text, i);
                if (m != null) {
                    out.add(m);
                }
                continue;
            }
            if (!t.posStartsWith("VB")) {
                continue;
            }
            CueLexicon.Cue cue = phrasalCue(tree, i);
            if (cue == null) {
                cue = lexicon.get(t.lemma());
            }
            if (cue == null) {
                continue;
            }
            String rel = tree.relation(i);
            if (rel.equals("aux") || rel.startsWith("aux:") || rel.equals("cop") || rel.startsWith("amod")) {
                continue;
            }
            if (isQuestionToHearer(tree, i)) {
                continue;
            }
            CueMatch m = verbCue(tree, text, i, cue, quoted);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private CueMatch verbCue(ParseTree tree, String text, int v, CueLexicon.Cue cue, BitSet quoted) {
        BitSet content = new BitSet();
        BitSet stopAtCue = laterCoordinatedCues(tree, v);
        stopAtCue.set(v);
        int preposition = -1;
        boolean stance = false; // whether the content is a noun phrase the cue takes a stance on
        if (cue.phrasal()) {
            // "talked about the economy": only the preposition's object is reported
            preposition = prepositionAfter(tree, v);
            prepositionalObject(tree, v, preposition, content, stopAtCue);
            stance = !content.isEmpty();
        }
        // "the talks saw the envoy sit down with ...": a verb of perception holds a view only with its as-phrase
        boolean complement = content.isEmpty() && cue.frame() != CueFrame.OBJECT_AS;
        for (int h : complement ? tree.children(v, "ccomp") : List.<Integer>of()) {
            content.or(sameSide(tree.subtree(h, stopAtCue), h, v));
        }
        if (content.isEmpty()) {
            switch (cue.frame()) {
                case OBJECT_OF -> objectPhrase(tree, v, content, List.of("advcl:of", "obl:of", "advcl:for",
                        "obl:for"), stopAtCue);
                case OBJECT_TO -> objectPhrase(tree, v, content, List.of("xcomp"), stopAtCue);
                case OBJECT_AS -> {
                    // "is viewed as honest": without its object the view's subject lies outside the phrase
                    if (!tree.children(v, "obj").isEmpty()) {
                        objectPhrase(tree, v, content, List.of("advcl:as", "obl:as"), stopAtCue);
                    }
                }
                case CLAUSE, OBJECT, TRAILING -> {
                    // "he said: ..." or "..., he said" parsed as parataxis of the cue
                    for (int h : tree.children(v, "parataxis")) {
                        content.or(sameSide(tree.subtree(h, stopAtCue), h, v));
                    }
                }
            }
        }
        boolean clause = cue.frame() != CueFrame.OBJECT_OF && cue.frame() != CueFrame.OBJECT_TO
                && cue.frame() != CueFrame.OBJECT_AS;
        if (content.isEmpty() && clause && hasSubject(tree, v) && !hasRelativeSubject(tree, v)) {
            String rel = tree.relation(v);
            int h = tree.head(v);
            if (h >= 0 && (rel.equals("parataxis") || rel.equals("dep"))
                    && (cue.frame() != CueFrame.TRAILING || h < v) && !hasOwnComplement(tree, v, cue.frame())) {
                // "The streets were deserted, he added, ..." : the content is the clause the cue interrupts
                content.or(tree.subtree(h, tree.subtree(v, null)));
            }
        }
        Sentence s = tree.sentence();
        if (content.isEmpty() && clause && tree.relation(v).startsWith("mark")
                && tree.head(v) >= 0) {
            // "attacked Trump, saying he would ...": the parser took the participle for a subordinator
            content.or(tree.subtree(tree.head(v), stopAtCue));
        }
        boolean takesClause = cue.frame() == CueFrame.CLAUSE || cue.frame() == CueFrame.OBJECT;
        if (content.isEmpty() && takesClause && tree.children(v, "aux:pass").isEmpty()) {
            // "vowed to fight on", "promised to cut taxes": the to-infinitive is what was pledged
            // ("told his aides to leave", "expects the court to rule": the object before it is part of it)
            for (int c : tree.children(v, "xcomp")) {
                BitSet x = tree.subtree(c, stopAtCue);
                if (x.isEmpty()) {
                    continue;
                }
                boolean smallClause = !tree.children(c, "nsubj").isEmpty();
                if (smallClause && c > v) {
                    // "said it’s one of his favourites": a clause whose verb the tagger lost (a curly "’s" tagged
                    // as a possessive) comes out as an xcomp with a subject of its own
                    content.or(x);
                } else if (c > v && ("to".equalsIgnoreCase(s.token(x.nextSetBit(0)).word())
                        || (!content.isEmpty() && isConjunct(tree, c)))) {
                    // "to democratize X and establish Y": the second infinitive joins the first
                    content.or(x);
                    for (int o : tree.children(v, "obj")) {
                        if (o > v && o < c) {
                            content.or(tree.subtree(o, stopAtCue));
                        }
                    }
                }
            }
        }
        if (content.isEmpty() && stanceFrame(cue.frame()) && !tree.children(v, "aux:pass").isEmpty()
                && !tree.children(v, "obl:agent").isEmpty()) {
            // "He was backed by most liberals", "the plan was criticized by Doe": the stance is on the subject
            for (int p : tree.children(v, "nsubj:pass")) {
                if (p < v) {
                    content.or(tree.subtree(p, stopAtCue));
                    stance = true;
                }
            }
        }
        if (content.isEmpty() && takesClause && !followsQuotation(s, v, quoted)
                && !(cue.frame() == CueFrame.OBJECT && hasPlainObject(tree, v))) {
            linearClause(tree, v, content, stopAtCue);
        }
        if (content.isEmpty() && "say".equalsIgnoreCase(s.token(v).lemma()) && !followsQuotation(s, v, quoted)) {
            // "said so", "said no", "said the same of Trump", "says racist things": what was said, in a word or
            // a noun phrase
            sayingInAPhrase(tree, v, content, stopAtCue);
        }
        if (content.isEmpty() && clause && !followsQuotation(s, v, quoted)) {
            clauseBeforeTrailingCue(tree, v, content);
        }
        if (content.isEmpty() && cue.frame() != CueFrame.CLAUSE && cue.frame() != CueFrame.TRAILING
                && cue.frame() != CueFrame.OBJECT_AS) {
            // "denied the allegations", "criticized the plan", "called for a ceasefire": what the stance is about
            directObject(tree, v, content, stopAtCue);
            stance = !content.isEmpty();
        }
        if (cue.frame() == CueFrame.TRAILING && content.nextSetBit(0) > v) {
            content.clear(); // "continued against rebel-held areas": only "..., she continued" reports speech
        }
        content = withoutTrailingAside(tree, content);
        int[] range = trimmedRange(s, content);
        int source = tree.relation(v).startsWith("mark") && tree.head(v) >= 0 && tree.head(tree.head(v)) >= 0
                ? tree.enhancedDependent(tree.head(tree.head(v)), "nsubj") : sourceToken(tree, v, content);
        SpeechAct act = cue.act();
        if (source >= 0 && FINDING_SOURCES.contains(s.token(source).lemma().toLowerCase(Locale.ROOT))) {
            act = SpeechAct.FINDING;
        }
        BitSet cueTokens = new BitSet();
        cueTokens.set(v);
        for (int p : tree.children(v, "compound:prt")) {
            cueTokens.set(p);
        }
        if (preposition >= 0) {
            cueTokens.set(preposition);
        }
        TextSpan cueSpan = span(s, text, cueTokens.nextSetBit(0), cueTokens.length() - 1);
        TextSpan sourceSpan = source < 0 ? null : sourceSpan(tree, text, source, v, content);
        List<TextSpan> speakerWords = source < 0 ? List.of() : speakerWords(tree, text, source);
        int cs = range == null ? -1 : s.token(range[0]).start();
        int ce = range == null ? -1 : s.token(range[1]).end();
        return new CueMatch(s.index(), v, cueSpan, sourceSpan, speakerWords, act, cs, ce, channel(tree, text, v),
                stance);
    }

    /** Raising verbs that present their clause as an impression: "X seemed to ...", "X appears to ...". */
    private static final Set<String> SEEMING = Set.of("seem", "appear");

    /**
     * A statement the writer presents as an impression or a report without naming who holds it: "the candidate
     * seemed to be shrinking", "Enthusiasm appears to have plummeted", "The group is reportedly spending $1.5
     * million". PolNeAR annotates these as attributions with no source; the content is the whole clause, its subject
     * included. Null when token {@code i} is no such cue. ("X is expected to ..." is left out: news annotators do not
     * take a forecast for an attribution.)
     */
    private static CueMatch hedgedClause(ParseTree tree, String text, int i) {
        Sentence s = tree.sentence();
        Token t = s.token(i);
        String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
        int clauseHead;
        SpeechAct act;
        if ("reportedly".equalsIgnoreCase(t.word()) && tree.relation(i).startsWith("advmod") && tree.head(i) >= 0) {
            clauseHead = tree.head(i);
            act = SpeechAct.SPEECH;
        } else if (t.posStartsWith("VB") && SEEMING.contains(lemma) && !tree.relation(i).startsWith("aux")
                && !tree.relation(i).startsWith("amod")) {
            boolean infinitive = false;
            for (int c : tree.children(i, "xcomp")) {
                infinitive |= c > i && "to".equalsIgnoreCase(s.token(tree.subtree(c, null).nextSetBit(0)).word());
            }
            if (!infinitive) {
                return null; // "appeared on Fox News", "seemed like a fait accompli": no clause is presented
            }
            clauseHead = i;
            act = SpeechAct.THOUGHT;
        } else {
            return null;
        }
        int subject = -1;
        for (int c : tree.children(clauseHead)) {
            if (tree.relation(c).startsWith("nsubj") && c < i) {
                subject = c;
            }
        }
        if (subject < 0 || "it".equalsIgnoreCase(s.token(subject).word())) {
            return null; // "it seems to me": the hearer holds it, and the clause lies elsewhere
        }
        BitSet stop = new BitSet();
        for (int c : tree.children(clauseHead)) {
            String r = tree.relation(c);
            // what the writer adds around the clause ("In the past few days, ...", "..., and ...") is not part of it
            if (c < subject || r.startsWith("parataxis") || r.startsWith("conj") || r.equals("cc")
                    || r.startsWith("mark")) {
                stop.set(c);
            }
        }
        BitSet content = withoutTrailingAside(tree, tree.subtree(clauseHead, stop));
        int[] range = trimmedRange(s, content);
        if (range == null) {
            return null;
        }
        return new CueMatch(s.index(), i, span(s, text, i, i), null, List.of(), act, s.token(range[0]).start(),
                s.token(range[1]).end(), null, false);
    }

    /**
     * Verbs after {@code v} joined to something by "and"/"but" that are not part of what {@code v} reports: cue verbs
     * ("blasting X as the country that created Isis and adding that ...": each reports its own content, though the
     * parser may hang the second inside the first one's object) and further predicates of the cue's own subject.
     */
    private BitSet laterCoordinatedCues(ParseTree tree, int v) {
        Sentence s = tree.sentence();
        int subject = tree.enhancedDependent(v, "nsubj");
        BitSet out = new BitSet();
        for (int j = v + 1; j < s.size(); j++) {
            Token t = s.token(j);
            boolean inComplement = tree.head(j) == v && (tree.relation(j).startsWith("xcomp")
                    || tree.relation(j).startsWith("ccomp")); // "promised to democratize X and establish Y"
            if (!isConjunct(tree, j) || !t.posStartsWith("VB") || inComplement) {
                continue;
            }
            // a cue verb, or a verb that shares the cue's subject: "claimed self-defense and was acquitted"
            boolean sameSubject = subject >= 0 && (tree.enhancedDependent(j, "nsubj") == subject
                    || tree.enhancedDependent(j, "nsubj:pass") == subject);
            if (sameSubject || lexicon.get(t.lemma()) != null) {
                out.set(j);
            }
        }
        return out;
    }

    /** Whether token {@code j} has a conj edge in the enhanced graph (the tree may keep another of its heads). */
    private static boolean isConjunct(ParseTree tree, int j) {
        for (Dependency d : tree.sentence().dependencies()) {
            if (d.dependent() == j && d.relation().startsWith("conj")) {
                return true;
            }
        }
        return false;
    }

    /**
     * When the parse shows no complement (a long sentence misparsed: "said the email scandal is ..." read as an object
     * and a clausal subject), the content is taken linearly: from after the cue (and after the hearer of "tell") to
     * the end of the sentence or to a coordinated new clause (", and he ..."), provided a finite verb lies in it.
     */
    private void linearClause(ParseTree tree, int v, BitSet content, BitSet stop) {
        Sentence s = tree.sentence();
        int start = v + 1;
        while (start < s.size() && tree.relation(start).startsWith("compound:prt")) {
            start++;
        }
        if ("tell".equalsIgnoreCase(s.token(v).lemma())) {
            for (int c : tree.children(v)) {
                String r = tree.relation(c);
                if ((r.equals("obj") || r.equals("iobj")) && c >= start) {
                    BitSet hearer = tree.subtree(c, null);
                    if (hearer.nextSetBit(0) == start) {
                        start = hearer.length();
                    }
                }
            }
        }
        int stopAt = -1;
        for (int j = stop.nextSetBit(v + 1); j >= 0; j = stop.nextSetBit(j + 1)) {
            int first = tree.subtree(j, null).nextSetBit(start);
            stopAt = stopAt < 0 ? first : Math.min(stopAt, first);
        }
        int end = s.size() - 1;
        boolean finite = false;
        int comma = -1;
        boolean finiteSinceComma = false;
        for (int j = start; j < s.size(); j++) {
            Token t = s.token(j);
            if (j == stopAt) {
                // a coordinated verb that is not part of it: end before its phrase and its "and"
                end = j - 1;
                while (end >= start && (s.token(end).posStartsWith("CC") || isSetOff(s.token(end)))) {
                    end--;
                }
                break;
            }
            if (";".equals(t.word()) || (j > start + 1 && t.posStartsWith("CC") && ",".equals(s.token(j - 1).word())
                    && j + 1 < s.size() && startsClause(tree, j + 1))) {
                end = j - 1;
                break;
            }
            String p = t.pos() == null ? "" : t.pos();
            boolean tensed = p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
            if (tensed && comma > start && !finiteSinceComma && lexicon.get(t.lemma()) != null) {
                // "said A, Jane Doe told reporters that B": another speaker's clause starts after the comma
                end = comma - 1;
                break;
            }
            if (",".equals(t.word()) && j > start && j + 1 < s.size() && dependsOnCue(tree, v, j + 1)) {
                // "dismissed the critique, saying ...": what follows the comma hangs on the cue, not the content
                end = j - 1;
                break;
            }
            if (",".equals(t.word())) {
                comma = j;
                finiteSinceComma = false;
            } else {
                finiteSinceComma |= tensed;
            }
            finite |= tensed;
        }
        if (finite && end >= start && start < s.size() && !s.token(start).posStartsWith(".")) {
            content.set(start, end + 1);
        }
    }

    /**
     * "The pilot had logged 2,000 hours, the airline said Thursday", "X remains committed, his aide, Jane Doe, told
     * reporters", "..., wrote the director": a clause from the sentence's start up to a comma, then only the source's
     * noun phrases, the cue, and after it no verb. The parser often hangs such a cue on a noun; the words before the
     * commas are what was said.
     */
    private static void clauseBeforeTrailingCue(ParseTree tree, int v, BitSet content) {
        Sentence s = tree.sentence();
        String pos = s.token(v).pos() == null ? "" : s.token(v).pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
                || (!tree.children(v, "obj").isEmpty() && !"tell".equalsIgnoreCase(s.token(v).lemma()))) {
            return; // a participle ("..., adding ...") or a cue with an object of its own
        }
        for (int c : tree.children(v)) {
            String r = tree.relation(c);
            if (c > v && (r.startsWith("ccomp") || r.startsWith("xcomp") || r.equals("obl:about")
                    || r.equals("obl:of") || r.equals("obl:for") || r.equals("obl:against"))) {
                return; // "..., we think about the big number": what follows the cue is what it is about
            }
        }
        if (!s.token(0).posStartsWith("NN") && !s.token(0).posStartsWith("DT") && !s.token(0).posStartsWith("PRP")
                && !s.token(0).posStartsWith("JJ") && !s.token(0).posStartsWith("CD")) {
            return; // "Asked if ..., he said ...", "After ...": the words before the comma are no statement
        }
        for (int j = v + 1; j < s.size(); j++) {
            Token t = s.token(j);
            if (t.posStartsWith("VB") || t.posStartsWith("MD") || "that".equalsIgnoreCase(t.word())
                    || t.posStartsWith("WDT") || t.posStartsWith("WP") || ";".equals(t.word())) {
                return; // the cue has a clause of its own after it, or the sentence goes on
            }
        }
        // walk back over the comma-separated noun phrases naming the source
        int comma = -1;
        for (int j = v - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (",".equals(t.word())) {
                comma = j;
                continue;
            }
            if (t.posStartsWith("VB") || t.posStartsWith("MD") || t.posStartsWith("CC") || t.posStartsWith("IN")
                    || t.posStartsWith("WP") || t.posStartsWith("WDT") || t.posStartsWith("TO")) {
                break;
            }
        }
        if (comma <= 0 || comma >= v - 1 || nounPhraseGap(s, comma, v)) {
            return;
        }
        boolean finite = false;
        for (int j = 0; j < comma; j++) {
            String p = s.token(j).pos() == null ? "" : s.token(j).pos();
            finite |= p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
        }
        if (finite) {
            content.set(0, comma);
        }
    }

    /** Whether tokens between {@code from} and {@code to} hold anything but nouns, names, determiners and commas. */
    private static boolean nounPhraseGap(Sentence s, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            Token t = s.token(j);
            if (!(t.posStartsWith("NN") || t.posStartsWith("DT") || t.posStartsWith("JJ") || t.posStartsWith("PRP")
                    || t.posStartsWith("POS") || t.posStartsWith("CD") || ",".equals(t.word()))) {
                return true;
            }
        }
        return false;
    }

    /** Answers that stand for a whole clause after "say": "said so", "said yes". */
    private static final Set<String> PRO_CLAUSES = Set.of("so", "yes", "no");

    /** The object of "say" when it is a noun phrase or a word standing for a clause, with what follows it. */
    private static void sayingInAPhrase(ParseTree tree, int v, BitSet content, BitSet stop) {
        Sentence s = tree.sentence();
        if (v + 1 < s.size() && tree.head(v + 1) == v
                && PRO_CLAUSES.contains(s.token(v + 1).word().toLowerCase(Locale.ROOT))) {
            content.set(v + 1);
            return;
        }
        if (!tree.children(v, "obj").isEmpty() && tree.children(v, "obj").get(0) > v) {
            directObject(tree, v, content, stop);
        }
    }

    /** Frames whose content may be a noun phrase the cue takes a stance on. */
    private static boolean stanceFrame(CueFrame frame) {
        return frame == CueFrame.OBJECT || frame == CueFrame.OBJECT_OF;
    }

    /**
     * Whether the cue has a complement of its own after it (a to-infinitive, or for a stance verb its object), so
     * that it does not report the clause it hangs from ("..., Mr. Doe pledged to oppose it" reports the pledge).
     */
    private static boolean hasOwnComplement(ParseTree tree, int v, CueFrame frame) {
        for (int c : tree.children(v)) {
            String r = tree.relation(c);
            if (c > v && (r.startsWith("xcomp") || (frame != CueFrame.CLAUSE && r.equals("obj")))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A stance verb's direct object that is a noun phrase, not the subject of a clause the parser split ("denied the
     * report was true"): the word after the object is not a finite verb.
     */
    private static boolean hasPlainObject(ParseTree tree, int v) {
        Sentence s = tree.sentence();
        for (int c : tree.children(v, "obj")) {
            if (c < v) {
                continue;
            }
            int after = tree.subtree(c, null).length();
            if (after >= s.size()) {
                return true;
            }
            String p = s.token(after).pos();
            return !("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p) || "MD".equals(p));
        }
        return false;
    }

    private static boolean startsClause(ParseTree tree, int i) {
        for (Dependency d : tree.sentence().dependencies()) {
            if (d.dependent() == i && d.relation().startsWith("nsubj")) {
                return true;
            }
        }
        return false;
    }

    /** Whether token {@code i} starts a phrase (a participle, clause or adverbial) that hangs on the cue itself. */
    private static boolean dependsOnCue(ParseTree tree, int v, int i) {
        int at = i;
        for (int guard = 0; guard < tree.sentence().size() && at >= 0 && tree.head(at) != v; guard++) {
            at = tree.head(at);
        }
        if (at < 0 || tree.head(at) != v || tree.subtree(at, null).nextSetBit(0) != i) {
            return false;
        }
        String r = tree.relation(at);
        return r.equals("dep") || r.startsWith("advcl") || r.startsWith("parataxis") || r.startsWith("conj")
                || r.startsWith("xcomp");
    }

    /** Tokens of a "he said" or "said the minister" that may stand between a closing quotation mark and the cue. */
    private static final int BARE_CUE_GAP = 4;

    /**
     * '"...," he said, referring to ...': a quotation closes just before the cue and its subject, so the cue is
     * the quotation's; what follows it is not what was said.
     */
    private static boolean followsQuotation(Sentence s, int v, BitSet quoted) {
        int words = 0;
        for (int j = v - 1; j >= 0; j--) {
            Token t = s.token(j);
            if (quoted.get(t.start())) {
                return true;
            }
            if (Character.isLetterOrDigit(t.word().charAt(0)) && ++words > BARE_CUE_GAP) {
                return false;
            }
        }
        return false;
    }

    /**
     * The part of a complement on its head's side of the cue: in '"...," Smith said, drawing gasps' the parser may
     * hang the words after the cue on the quoted clause; they are not what was said.
     */
    private static BitSet sameSide(BitSet clause, int head, int cue) {
        BitSet out = (BitSet) clause.clone();
        if (head < cue) {
            out.clear(cue, Math.max(cue, out.length()));
        } else {
            out.clear(0, cue + 1);
        }
        return out;
    }

    /** "accused X of Y", "urged X to Y": the object (when there is one) through the end of the phrase. */
    private static void objectPhrase(ParseTree tree, int v, BitSet content, List<String> phraseRelations,
                                     BitSet stop) {
        List<Integer> phrases = new ArrayList<>();
        for (int c : tree.children(v)) {
            if (phraseRelations.contains(tree.relation(c)) && c > v) {
                phrases.add(c);
            }
        }
        if (phrases.isEmpty()) {
            return;
        }
        for (int c : phrases) {
            content.or(tree.subtree(c, stop));
        }
        for (int c : tree.children(v)) {
            String r = tree.relation(c);
            if (c > v && (r.equals("obj") || r.equals("iobj") || r.equals("obl:on"))) {
                content.or(tree.subtree(c, stop));
            }
        }
    }

    /** Prepositions that make a verb and its object one cue: "called for", "talked about", "referred to". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("for", "about", "to", "on", "against", "of");

    /**
     * The verb's direct object, or the object of a preposition right after it ("called for a ceasefire"), without
     * the preposition. Nothing when it has neither.
     */
    private static void directObject(ParseTree tree, int v, BitSet content, BitSet stop) {
        Sentence s = tree.sentence();
        for (int c : tree.children(v)) {
            if (c > v && tree.relation(c).equals("obj")) {
                content.or(tree.subtree(c, stop));
                for (int i : tree.children(v, "iobj")) {
                    if (i > v && i < c) {
                        content.or(tree.subtree(i, stop)); // "calling the leader a “great leader”"
                    }
                }
                // the rest of the verb phrase after the object says what of it: "described the plan as reckless",
                // "blamed the law on Democrats", "mentioned CNN five times", "praised her leadership in the crisis"
                for (int a : tree.children(v)) {
                    if (a > c && isObjectModifier(tree.relation(a))) {
                        content.or(tree.subtree(a, stop));
                    }
                }
                return;
            }
        }
        int next = prepositionAfter(tree, v);
        if (next >= 0 && OBJECT_PREPOSITIONS.contains(s.token(next).word().toLowerCase(Locale.ROOT))) {
            prepositionalObject(tree, v, next, content, stop);
        }
    }

    /** The token after the verb and its particles ("weighed in on": "on"), or -1 at the sentence's end. */
    private static int prepositionAfter(ParseTree tree, int v) {
        int next = v + 1;
        while (next < tree.sentence().size() && tree.relation(next).startsWith("compound:prt")) {
            next++;
        }
        return next < tree.sentence().size() ? next : -1;
    }

    /**
     * The object of the preposition at {@code prep} right after the verb, without the preposition, and the rest of
     * the verb phrase after it ("referred to the plan as a scam"). Nothing when the preposition does not hang on the
     * verb's own phrase.
     */
    private static void prepositionalObject(ParseTree tree, int v, int prep, BitSet content, BitSet stop) {
        int object = tree.head(prep);
        String rel = tree.relation(object);
        if (object > prep && tree.head(object) == v && (rel.startsWith("obl") || rel.startsWith("advcl"))) {
            BitSet phrase = tree.subtree(object, stop);
            phrase.clear(prep);
            content.or(phrase);
            for (int a : tree.children(v)) {
                if (a > object && isObjectModifier(tree.relation(a))) {
                    content.or(tree.subtree(a, stop));
                }
            }
        }
    }

    /** The cue of a verb with the preposition after it ("talk about", "vote for"), or null when it is none. */
    private CueLexicon.Cue phrasalCue(ParseTree tree, int v) {
        int next = prepositionAfter(tree, v);
        return next < 0 ? null : lexicon.phrasal(tree.sentence().token(v).lemma(), tree.sentence().token(next).word());
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("following", "after", "before", "during", "since",
            "until", "amid", "ahead_of", "prior_to");

    /** Relations of a verb's dependents that, after its object, still belong to what the stance is about. */
    private static boolean isObjectModifier(String rel) {
        // a time ("Tuesday", "following the meeting", "after the debate") dates the act, it is not its content
        if (rel.equals("obl:tmod") || TIME_PREPOSITIONS.contains(rel.substring(rel.indexOf(':') + 1))) {
            return false;
        }
        // "described her as likable": an as-phrase on an adjective comes out as a clause
        return rel.startsWith("obl") || rel.equals("advmod") || rel.startsWith("xcomp") || rel.equals("iobj")
                || rel.equals("obj") || rel.equals("advcl:as");
    }

    private CueMatch according(ParseTree tree, String text, int i) {
        Sentence s = tree.sentence();
        int x = tree.head(i);
        if (x < 0 || x == i + 1) {
            return null;
        }
        BitSet phrase = tree.subtree(x, null);
        phrase.set(i);
        phrase.set(i + 1);
        int v = tree.head(x);
        BitSet content = new BitSet();
        if (v >= 0) {
            int top = v;
            content.or(tree.subtree(top, phrase));
        } else {
            content.set(0, s.size());
            content.andNot(phrase);
        }
        content.clear(i);
        content.clear(i + 1);
        content = withoutTrailingAside(tree, content);
        int[] range = trimmedRange(s, content);
        BitSet src = tree.subtree(x, null);
        src.clear(i);
        src.clear(i + 1);
        int[] srcRange = trimmedRange(s, src);
        TextSpan source = srcRange == null ? null : span(s, text, srcRange[0], srcRange[1]);
        SpeechAct act = FINDING_SOURCES.contains(s.token(x).lemma().toLowerCase(Locale.ROOT))
                ? SpeechAct.FINDING : SpeechAct.SPEECH;
        int cs = range == null ? -1 : s.token(range[0]).start();
        int ce = range == null ? -1 : s.token(range[1]).end();
        List<TextSpan> words = source == null ? List.of() : speakerWords(tree, text, x);
        return new CueMatch(s.index(), i, span(s, text, i, i + 1), source, words, act, cs, ce, null, false);
    }

    /** Section labels that open headlines with a colon and name no speaker ("Watch: ...", "Analysis: ..."). */
    private static final Set<String> SECTION_LABELS = Set.of("watch", "video", "videos", "live", "breaking",
            "exclusive", "update", "updated", "opinion", "analysis", "editorial", "explainer", "photos", "photo",
            "listen", "factbox", "timeline", "correction", "review", "interview", "podcast", "quiz", "recap");

    /**
     * A sentence that opens with a name and a colon: headlines ("Jane Doe: Reform Is Overdue"), transcripts
     * ("DOE: We will ..."), "Doe to voters: ...", "Doe on the deal: ...". In running text the name must hold a person
     * or organization so that labels such as "Update:" are not taken. In the headline (the article's first
     * sentence) NER often misses a lone surname and the label may be a common noun ("Poll: ...", "Report: ...",
     * "Doe camp: ..."), so any capitalized label that is not a section label counts.
     */
    private static CueMatch speakerLabel(Sentence s, String text) {
        boolean headline = s.index() == 0;
        int colon = -1;
        for (int i = 0; i < Math.min(s.size(), headline ? 12 : 8); i++) {
            if (":".equals(s.token(i).word())) {
                colon = i;
                break;
            }
        }
        if (colon < 1 || s.size() - colon - 1 < 3) {
            return null;
        }
        int nameStart = 0;
        if (!headline && s.size() > 1 && s.token(0).posStartsWith("``")) {
            nameStart = 1; // a transcript quoted paragraph by paragraph: '"DOE: We will ...'
        }
        if (headline && colon > 2 && SECTION_LABELS.contains(s.token(0).word().toLowerCase(Locale.ROOT))
                && isDash(s.token(1))) {
            nameStart = 2; // "EXCLUSIVE – Jane Doe: ...": the section label is no part of the name
        }
        if (headline && colon > nameStart + 2 && "a".equalsIgnoreCase(s.token(nameStart).word())
                && "from".equalsIgnoreCase(s.token(nameStart + 2).word())) {
            nameStart += 3; // "A lesson from Jane Doe: ...", "A warning from ...": the source follows "from"
        }
        int nameEnd = colon;
        boolean named = false;
        for (int i = nameStart; i < colon; i++) {
            Token t = s.token(i);
            String w = t.word().toLowerCase(Locale.ROOT);
            if ((w.equals("to") || w.equals("on") || (headline && w.equals("at"))) && i > nameStart
                    && nameEnd == colon) {
                nameEnd = i; // "Doe to voters:", "Doe on the deal:", "Doe at the convention:": the source is before
                continue;
            }
            if (i >= nameEnd) {
                continue; // who it was said to or about
            }
            // in a headline the tagger may take a capitalized name for an adjective ("Rush/JJ Limbaugh")
            boolean noun = t.posStartsWith("NNP") || (headline && (t.posStartsWith("NN")
                    || (Character.isUpperCase(t.word().charAt(0)) && "PERSON".equals(t.ner()))));
            if (!noun) {
                return null;
            }
            named |= "PERSON".equals(t.ner()) || "ORGANIZATION".equals(t.ner());
        }
        if (nameEnd <= nameStart) {
            return null;
        }
        if (headline && !named) {
            named = Character.isUpperCase(s.token(nameStart).word().charAt(0)) && !(nameEnd == nameStart + 1
                    && SECTION_LABELS.contains(s.token(nameStart).word().toLowerCase(Locale.ROOT)));
        }
        int[] range = new int[] {colon + 1, s.size() - 1};
        while (range[1] > range[0] && isEdgePunct(s.token(range[1]))) {
            range[1]--;
        }
        if (!named || range[1] - range[0] < 2) {
            return null;
        }
        int end = s.token(range[1]).end();
        if (!headline) {
            // a transcript turn ("DOE: ... . ... .") runs to the end of its paragraph
            int para = text.indexOf('\n', end);
            para = para < 0 ? text.length() : para;
            while (para > end && Character.isWhitespace(text.charAt(para - 1))) {
                para--;
            }
            end = para;
        }
        return new CueMatch(s.index(), colon, span(s, text, colon, colon), span(s, text, nameStart, nameEnd - 1),
                List.of(span(s, text, nameEnd - 1, nameEnd - 1)), SpeechAct.SPEECH, s.token(range[0]).start(),
                end, null, false);
    }

    private static boolean isDash(Token t) {
        return t.word().equals("-") || t.word().equals("–") || t.word().equals("—") || t.posStartsWith("HYPH");
    }

    /** "Do you think ...?": a question put to someone reports nothing they said. */
    private static boolean isQuestionToHearer(ParseTree tree, int v) {
        Sentence s = tree.sentence();
        int subject = tree.enhancedDependent(v, "nsubj");
        return subject >= 0 && "you".equalsIgnoreCase(s.token(subject).word())
                && "?".equals(s.token(s.size() - 1).word());
    }

    private static boolean hasSubject(ParseTree tree, int v) {
        return tree.enhancedDependent(v, "nsubj") >= 0;
    }

    /** "..., Jane Doe, who said ...": a relative clause's cue reports what follows it, not the clause around it. */
    private static boolean hasRelativeSubject(ParseTree tree, int v) {
        int subject = tree.enhancedDependent(v, "nsubj");
        if (subject < 0) {
            return false;
        }
        String p = tree.sentence().token(subject).pos();
        return "WP".equals(p) || "WDT".equals(p);
    }

    /**
     * The token naming who spoke: the subject, a passive's agent, an inverted subject ('"...," said the senator'),
     * the subject of the clause a participle hangs from, or, when the parse gives a finite cue no subject, the noun
     * phrase right before it. -1 when none.
     */
    private int sourceToken(ParseTree tree, int v, BitSet content) {
        return sourceToken(tree, v, content, 0);
    }

    private int sourceToken(ParseTree tree, int v, BitSet content, int depth) {
        Sentence sentence = tree.sentence();
        // a passive cue names its source in the by-phrase; "nsubj:pass" without a passive auxiliary is a misparse
        boolean passive = !tree.children(v, "aux:pass").isEmpty();
        if (passive) {
            List<Integer> agents = tree.children(v, "obl:agent");
            if (agents.isEmpty()) {
                agents = tree.children(v, "obl:by");
            }
            return agents.isEmpty() ? -1 : agents.get(0);
        }
        boolean participle = "VBG".equals(sentence.token(v).pos()) && tree.children(v, "aux").isEmpty();
        // a participle's subject is the clause's it hangs from; an enhanced-graph subject on it is propagated
        // through a misparse ("the country that created Isis and adding that ..." gives "adding" the subject "that")
        int s = participle ? firstOrNone(tree.children(v, "nsubj")) : tree.enhancedDependent(v, "nsubj");
        if (s < 0 && !participle) {
            s = tree.enhancedDependent(v, "nsubj:pass");
        }
        if (s < 0 || !tree.children(v, "nsubj").contains(s)) {
            // "X said A and said B": a coordinated cue without a subject of its own speaks for the cue above it;
            // the enhanced graph may have given it A's subject when the parser hung it on A
            int above = coordinatedCueAbove(tree, v, depth);
            if (above >= 0) {
                return above;
            }
        }
        if (s < 0 && !participle && (content.isEmpty() || content.nextSetBit(0) < v)) {
            // '"...," said the senator': inverted subjects are often parsed as objects
            for (int c : tree.children(v, "obj")) {
                if (c > v) {
                    return c;
                }
            }
        }
        if (s < 0 && isFinite(tree, v)) {
            // a finite verb without a subject in the parse: English puts the subject right before the verb
            s = nounBefore(sentence, v);
        }
        if (s >= 0) {
            return relativeOrSubject(tree, v, s);
        }
        // a participle or a subjectless clause: the subject of the clause it hangs from ("X said A, adding B").
        // When a cue verb lies above, its source is the speaker even if a nearer clause has a subject of its own:
        // "he cautioned that there is no need ..., adding that ..." is parsed with "adding" under "is".
        int at = v;
        int nearest = -1;
        for (int up = 0; up < 3; up++) {
            String rel = tree.relation(at);
            int h = tree.head(at);
            if (h < 0) {
                break;
            }
            if (rel.startsWith("acl") && !rel.startsWith("acl:relcl")) {
                // "a statement saying ...": the statement is the source (a finite "said" here is a misparse)
                return nearest < 0 && !isFinite(tree, v) ? h : nearest;
            }
            if (!(rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.startsWith("conj")
                    || rel.startsWith("ccomp") || rel.startsWith("parataxis") || rel.equals("dep"))) {
                break;
            }
            at = h;
            if (participle && depth < 2 && sentence.token(at).posStartsWith("VB")
                    && lexicon.get(sentence.token(at).lemma()) != null) {
                int above = sourceToken(tree, at, new BitSet(), depth + 1);
                if (above >= 0) {
                    return above;
                }
            }
            if (nearest < 0) {
                nearest = tree.enhancedDependent(at, "nsubj");
                if (!participle && nearest >= 0) {
                    break;
                }
            }
        }
        if (nearest < 0 && participle && depth < 2) {
            // hung on a noun by the parser ("blasting the US as the country ... and adding that ..."): the
            // participle still shares the subject of the sentence's reporting verb before it
            for (int j = v - 1; j >= 0; j--) {
                Token t = sentence.token(j);
                if (isFinite(tree, j) && lexicon.get(t.lemma()) != null) {
                    return sourceToken(tree, j, new BitSet(), depth + 1);
                }
            }
        }
        return nearest;
    }

    private static int firstOrNone(List<Integer> xs) {
        return xs.isEmpty() ? -1 : xs.get(0);
    }

    /** For a cue joined by "and"/"but" to what precedes it, the source of the nearest cue verb above it; else -1. */
    private int coordinatedCueAbove(ParseTree tree, int v, int depth) {
        Sentence sentence = tree.sentence();
        boolean coordinated = false;
        for (int c : tree.children(v, "cc")) {
            coordinated |= c < v;
        }
        if (!coordinated || depth >= 2) {
            return -1;
        }
        int at = v;
        for (int up = 0; up < 3; up++) {
            at = tree.head(at);
            if (at < 0) {
                return -1;
            }
            Token t = sentence.token(at);
            if (t.posStartsWith("VB") && lexicon.get(t.lemma()) != null) {
                return sourceToken(tree, at, new BitSet(), depth + 1);
            }
        }
        return -1;
    }

    /** "officials who said ...": the enhanced graph makes "officials" the subject; the source is "who". */
    private static int relativeOrSubject(ParseTree tree, int v, int s) {
        if (tree.relation(v).startsWith("acl:relcl") && tree.head(v) == s) {
            for (Dependency d : tree.sentence().dependencies()) {
                if (d.governor() == s && d.relation().equals("ref") && d.dependent() > s && d.dependent() < v) {
                    return d.dependent();
                }
            }
        }
        return s;
    }

    /** A verb with tense: "said", "says", or a participle with an auxiliary ("has said"). */
    private static boolean isFinite(ParseTree tree, int v) {
        String p = tree.sentence().token(v).pos();
        if ("VBD".equals(p) || "VBZ".equals(p) || "VBP".equals(p)) {
            return true;
        }
        return "VBN".equals(p) && !tree.children(v, "aux").isEmpty();
    }

    /**
     * The head of the noun phrase ending right before verb {@code v} (adverbs and auxiliaries between are skipped):
     * a pronoun, or the last noun of a run of nouns. -1 when the word before is not one.
     */
    private static int nounBefore(Sentence s, int v) {
        int j = v - 1;
        while (j >= 0 && (s.token(j).posStartsWith("RB") || s.token(j).posStartsWith("MD")
                || (s.token(j).posStartsWith("VB") && isAuxiliaryLemma(s.token(j).lemma())))) {
            j--;
        }
        if (j < 0) {
            return -1;
        }
        Token t = s.token(j);
        boolean noun = t.posStartsWith("NN") || "PRP".equals(t.pos()) || "WP".equals(t.pos());
        return noun ? j : -1;
    }

    private static boolean isAuxiliaryLemma(String lemma) {
        return "have".equalsIgnoreCase(lemma) || "be".equalsIgnoreCase(lemma) || "do".equalsIgnoreCase(lemma);
    }

    /**
     * The words of a source phrase that may name the speaker, best first: the head; for a relative pronoun the noun
     * it refers to; the head's appositives ("the head of the delegation, Jane Doe") and names the parser hung on it
     * ("the negotiator Jane Doe" read as a dependent); then its compound and adjective modifiers nearest first
     * ("a Hamas spokesman"). Possessors ("Iraq's president") and prepositional phrases ("authorities in Syria") are
     * not candidates: they are not who spoke.
     */
    static List<TextSpan> speakerWords(ParseTree tree, String text, int head) {
        Sentence s = tree.sentence();
        List<Integer> order = new ArrayList<>();
        order.add(head);
        List<Integer> nouns = new ArrayList<>();
        nouns.add(head);
        for (Dependency d : s.dependencies()) {
            if (d.relation().equals("ref") && d.dependent() == head && d.governor() >= 0) {
                order.add(d.governor());
                nouns.add(d.governor());
            }
        }
        for (int n : nouns) {
            for (int c : tree.children(n)) {
                String r = tree.relation(c);
                if (r.equals("appos") || (r.equals("dep") && s.token(c).posStartsWith("NNP"))) {
                    order.add(c);
                }
            }
        }
        List<Integer> modifiers = new ArrayList<>();
        for (int c : tree.children(head)) {
            String r = tree.relation(c);
            if (c < head && (r.equals("compound") || r.equals("amod"))) {
                modifiers.add(c);
            }
        }
        modifiers.sort(java.util.Comparator.reverseOrder());
        order.addAll(modifiers);
        List<TextSpan> out = new ArrayList<>();
        for (int i : order) {
            out.add(span(s, text, i, i));
        }
        return out;
    }

    static TextSpan sourceSpan(ParseTree tree, String text, int head, int cue, BitSet content) {
        Sentence s = tree.sentence();
        BitSet stop = new BitSet();
        stop.set(cue);
        for (int c : tree.children(head)) {
            if (tree.relation(c).startsWith("acl:relcl")) {
                stop.set(c);
            }
        }
        BitSet np = tree.subtree(head, stop);
        np.andNot(content);
        // keep the contiguous block around the head so that a stray edge cannot stretch the span
        int a = head;
        while (a - 1 >= 0 && np.get(a - 1)) {
            a--;
        }
        int b = head;
        while (b + 1 < s.size() && np.get(b + 1)) {
            b++;
        }
        BitSet block = new BitSet();
        block.set(a, b + 1);
        int[] r = trimmedRange(s, block);
        return r == null ? span(s, text, head, head) : span(s, text, r[0], r[1]);
    }

    private static String channel(ParseTree tree, String text, int v) {
        Sentence s = tree.sentence();
        for (int c : tree.children(v)) {
            String rel = tree.relation(c);
            Token t = s.token(c);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            boolean named = "ORGANIZATION".equals(t.ner());
            boolean channel = (rel.startsWith("obl:in") || rel.startsWith("obl:on") || rel.startsWith("obl:during")
                    || rel.startsWith("obl:via") || rel.startsWith("obl:through")) && (CHANNEL_NOUNS.contains(lemma)
                    || (rel.startsWith("obl:on") && named));
            boolean outlet = (rel.equals("obj") || rel.equals("iobj") || rel.startsWith("obl:to")) && named;
            if (channel || outlet) {
                BitSet phrase = tree.subtree(c, null);
                for (int k = phrase.nextSetBit(0); k >= 0; k = phrase.nextSetBit(k + 1)) {
                    if (tree.relation(k).equals("case") && tree.head(k) == c) {
                        phrase.clear(k);
                    }
                }
                int[] r = trimmedRange(s, phrase);
                if (r != null) {
                    return text.substring(s.token(r[0]).start(), s.token(r[1]).end());
                }
            }
        }
        return null;
    }

    /** Subordinators of a clause that comments on the content rather than belonging to it. */
    private static final Set<String> ASIDE_MARKS = Set.of("while", "whereas", "although", "though", "after",
            "before", "when", "unlike");

    /**
     * The content without what the writer adds after a comma at its end: an appositive, a participle phrase
     * (", saying ...", ", providing a boost"), a contrast or time clause (", while ...", ", after he ..."). The parser
     * hangs these inside the reported clause or the object, but they are the narrator's words about it, and
     * attribution corpora leave them out. (Relative clauses and ", but ..." conjuncts are left in: measured on
     * PolNeAR, the annotators keep them about as often as not.)
     */
    static BitSet withoutTrailingAside(ParseTree tree, BitSet content) {
        Sentence s = tree.sentence();
        BitSet out = (BitSet) content.clone();
        for (boolean changed = true; changed; ) {
            changed = false;
            int[] range = trimmedRange(s, out);
            if (range == null) {
                return out;
            }
            for (int k = range[0] + 1; k <= range[1]; k++) {
                if (!out.get(k) || !isAside(tree, k)) {
                    continue;
                }
                BitSet sub = tree.subtree(k, null);
                sub.and(out);
                int first = sub.nextSetBit(0);
                int comma = isSetOff(s.token(first)) ? first : first - 1;
                if (comma <= range[0] || !isSetOff(s.token(comma)) || !out.get(comma - 1)
                        || !onlyLooseClausesAfter(tree, out, sub.length(), range[1])) {
                    continue;
                }
                out.clear(comma, out.length());
                changed = true;
                break;
            }
        }
        return out;
    }

    /**
     * Whether the content's tokens from {@code from} to {@code last} are punctuation or lie in loosely joined clauses
     * (parataxis: "..., labeling the conflict “senseless”, Steve Witkoff began talks"), so that an aside before them
     * still ends what was reported.
     */
    private static boolean onlyLooseClausesAfter(ParseTree tree, BitSet content, int from, int last) {
        Sentence s = tree.sentence();
        for (int j = content.nextSetBit(from); j >= 0 && j <= last; j = content.nextSetBit(j + 1)) {
            boolean loose = isEdgePunct(s.token(j));
            for (int at = j, guard = 0; !loose && at >= 0 && content.get(at) && guard < s.size();
                    at = tree.head(at), guard++) {
                loose = tree.relation(at).startsWith("parataxis");
            }
            if (!loose) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSetOff(Token t) {
        String w = t.word();
        return ",".equals(w) || "—".equals(w) || "--".equals(w) || "–".equals(w) || ";".equals(w);
    }

    private static boolean isAside(ParseTree tree, int k) {
        Sentence s = tree.sentence();
        String rel = tree.relation(k);
        Token t = s.token(k);
        if (rel.equals("appos")) {
            return true;
        }
        if (rel.startsWith("advcl") || rel.startsWith("xcomp") || rel.equals("dep") || rel.startsWith("acl")) {
            if ("VBG".equals(t.pos()) && tree.children(k, "aux").isEmpty() && tree.children(k, "nsubj").isEmpty()) {
                return true;
            }
            for (int c : tree.children(k, "mark")) {
                if (ASIDE_MARKS.contains(s.token(c).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first and last token of {@code set}, without punctuation at either edge (quotation marks stay). */
    static int[] trimmedRange(Sentence s, BitSet set) {
        if (set.isEmpty()) {
            return null;
        }
        // punctuation members do not stretch the range: a clause's final period hangs from its head even when the
        // words before it belong to someone else ("...," Smith said, drawing gasps.)
        int a = set.nextSetBit(0);
        while (a >= 0 && isEdgePunct(s.token(a))) {
            a = set.nextSetBit(a + 1);
        }
        int b = set.length() - 1;
        while (b >= 0 && (!set.get(b) || isEdgePunct(s.token(b)))) {
            b--;
        }
        return a < 0 || a > b ? null : new int[] {a, b};
    }

    private static boolean isEdgePunct(Token t) {
        String p = t.pos();
        return p != null && (p.equals(",") || p.equals(".") || p.equals(":") || p.equals("-LRB-")
                || p.equals("-RRB-") || p.equals("HYPH"));
    }

    static TextSpan span(Sentence s, String text, int first, int last) {
        return TextSpan.of(text, s.token(first).start(), s.token(last).end());
    }
}
