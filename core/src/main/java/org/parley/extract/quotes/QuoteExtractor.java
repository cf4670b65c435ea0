package org.parley.extract.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;
import org.parley.extract.actors.ActorIndex;
import org.parley.knowledge.ActorKnowledge;
import org.parley.knowledge.Role;

/**
 * The quote stage: direct quotes (words in quotation marks) and reported speech, thought and findings ("said that
 * ...", "accused X of ...", "according to X, ...", "a poll found ..."), each with its cue, the words naming its source
 * and, through the actor index, its speaker.
 *
 * <p>How it decides:
 * <ul>
 *   <li>Quotations are found on the characters ({@link QuotationScanner}); cues in the parse
 *       ({@link ReportedSpeechFinder}).</li>
 *   <li>A cue whose reported clause is mostly quoted words attributes that quotation; when one cue governs several
 *       quotations ("A," he said, "B") they form one quote over the whole extent: one attribution per cue.</li>
 *   <li>A cue whose clause is mostly unquoted is an indirect quote; quotations inside it (partial quotes) belong
 *       to it and are not emitted again.</li>
 *   <li>A quotation no clause covers takes a bare cue next to it ("..." he said; He said: "..."), else a trailing
 *       "- Name". Failing both it continues the attribution before it (direct or indirect, in the same or the
 *       previous paragraph): a quote of its own with the speaker carried over and cue null, as the project's
 *       guidelines have it. PolNeAR instead joins '"A," she said. "B."' into one attribution; the guidelines
 *       win.</li>
 *   <li>A quotation with no cue and no speaker to carry is kept only if it reads as speech (several words, or a
 *       sentence's punctuation inside the marks). Short uncued phrases in quotation marks are scare quotes or
 *       titles ("the so-called “reset”", a book's title) and are not speech.</li>
 * </ul>
 * Thread-safe: holds only immutable knowledge; one instance serves all workers.
 */
public class QuoteExtractor {

    /** A cued clause this much covered by quotation characters is the quotation's attribution, not a paraphrase. */
    private static final double QUOTED_SHARE = 0.6;
    /** Tokens between a quotation's closing mark and a bare cue ("...," the senator from Ohio said). */
    private static final int CUE_AFTER_WINDOW = 8;
    /** Tokens between a bare cue and a quotation's opening mark (He said in a statement: "..."). */
    private static final int CUE_BEFORE_WINDOW = 10;

    private final QuotationScanner scanner = new QuotationScanner();
    private final ReportedSpeechFinder finder;

    private final ActorKnowledge knowledge;

    /** With the cue lexicon and actor knowledge shipped with Parley. */
    public QuoteExtractor() {
        this(CueLexicon.standard(), ActorKnowledge.loadBuiltIn());
    }

    /** With this lexicon and the actor knowledge shipped with Parley. */
    public QuoteExtractor(CueLexicon lexicon) {
        this(lexicon, ActorKnowledge.loadBuiltIn());
    }

    /**
     * @param knowledge role words, to tell a source that names a person by role ("the president") from one that
     *                  names an institution or a document
     */
    public QuoteExtractor(CueLexicon lexicon, ActorKnowledge knowledge) {
        this.finder = new ReportedSpeechFinder(lexicon);
        this.knowledge = knowledge;
    }

    /** A quote before ids and speakers are assigned. */
    private record Draft(int start, int end, String text, QuoteKind kind, SpeechAct act, TextSpan source,
                         List<TextSpan> speakerWords, TextSpan cue, String channel) {
    }

    public List<Quote> extract(AnnotatedArticle article, ActorIndex actors) {
        String text = article.text();
        List<Quotation> quotations = scanner.scan(text);
        BitSet quoted = new BitSet();
        for (Quotation q : quotations) {
            quoted.set(q.openAt(), q.closeAt());
        }
        List<CueMatch> cues = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            cues.addAll(finder.find(s, text, quoted));
        }
        Paragraphs paragraphs = new Paragraphs(text);

        List<Draft> drafts = new ArrayList<>();
        Set<Draft> stances = new HashSet<>();
        CueMatch[] binding = new CueMatch[quotations.size()];
        boolean[] absorbed = new boolean[quotations.size()];
        for (CueMatch c : cues) {
            if (!c.hasContent()) {
                continue;
            }
            int covered = 0;
            List<Integer> touched = new ArrayList<>();
            for (int k = 0; k < quotations.size(); k++) {
                Quotation q = quotations.get(k);
                int ov = overlap(c.contentStart(), c.contentEnd(), q.openAt(), q.closeAt());
                if (ov > 0) {
                    covered += ov;
                    touched.add(k);
                }
            }
            if (touched.isEmpty()) {
                addIndirect(drafts, stances, text, c);
            } else if (covered >= QUOTED_SHARE * c.contentLength()) {
                for (int k : touched) {
                    if (binding[k] == null || closer(c, binding[k], quotations.get(k))) {
                        binding[k] = c;
                    }
                }
            } else {
                addIndirect(drafts, stances, text, c);
                for (int k : touched) {
                    Quotation q = quotations.get(k);
                    // the clause may end before the period and closing mark that end the quoted words
                    if (q.openAt() >= c.contentStart() - 1 && spokenEnd(text, q) <= c.contentEnd() + 1) {
                        absorbed[k] = true;
                    }
                }
            }
        }

        // quotations bound to the same cue become one quote: one attribution per cue
        Map<CueMatch, List<Quotation>> byCue = new HashMap<>();
        List<Draft> directs = new ArrayList<>();
        for (int k = 0; k < quotations.size(); k++) {
            Quotation q = quotations.get(k);
            if (absorbed[k]) {
                continue;
            }
            CueMatch c = binding[k];
            if (c == null) {
                c = bareCue(article, cues, q, quoted);
            }
            if (c != null) {
                byCue.computeIfAbsent(c, x -> new ArrayList<>()).add(q);
                continue;
            }
            TextSpan dashed = dashedSource(article, q);
            if (dashed != null) {
                directs.add(direct(text, List.of(q), SpeechAct.SPEECH, dashed, List.of(), null, null));
                continue;
            }
            if (!readsAsSpeech(text, q)) {
                continue; // scare quote or title
            }
            directs.add(direct(text, List.of(q), SpeechAct.SPEECH, null, List.of(), null, null));
        }
        for (Map.Entry<CueMatch, List<Quotation>> e : byCue.entrySet()) {
            CueMatch c = e.getKey();
            directs.add(direct(text, e.getValue(), c.act(), c.source(), c.speakerWords(), c.cue(), c.channel()));
        }
        // an uncued quotation continues the speaker of the attribution before it (same or previous paragraph): its
        // own quote with cue null, as the project's guidelines have it ('"A," she said. "B."' is two items); in the
        // cue's own sentence ('"A," she said, "and B."') it is the same attribution and joins it
        directs.addAll(withoutNestedAttitudes(drafts, stances));
        directs.sort(Comparator.comparingInt(Draft::start).thenComparingInt(Draft::end));
        drafts.clear();
        Draft previous = null;
        for (Draft d : directs) {
            if (d.kind() == QuoteKind.DIRECT && d.source() == null && d.cue() == null && previous != null
                    && paragraphs.index(d.start()) - paragraphs.index(previous.end()) <= 1) {
                if (previous.kind() == QuoteKind.DIRECT && previous.cue() != null
                        && sameSentence(article, previous.cue().start(), d.start())) {
                    drafts.remove(previous);
                    d = new Draft(previous.start(), d.end(), previous.text() + " " + d.text(), d.kind(),
                            previous.act(), previous.source(), previous.speakerWords(), previous.cue(),
                            previous.channel());
                } else {
                    d = new Draft(d.start(), d.end(), d.text(), d.kind(), previous.act(), previous.source(),
                            previous.speakerWords(), null, previous.channel());
                }
            }
            drafts.add(d);
            if (d.source() != null) {
                previous = d;
            }
        }

        List<Quote> out = new ArrayList<>();
        Actor lastSpeaker = null;
        for (Draft d : drafts) {
            String speaker = SpeakerChoice.speaker(text, d.source(), d.speakerWords(), actors);
            if (speaker == null) {
                Actor byRole = personInRole(d, lastSpeaker, actors);
                speaker = byRole == null ? null : byRole.id();
            }
            if (speaker != null) {
                lastSpeaker = actors.get(speaker);
            }
            out.add(new Quote("q" + (out.size() + 1), d.text(), d.kind(), d.act(), speaker, d.source(), d.cue(),
                    d.start(), d.end(), d.channel()));
        }
        return out;
    }

    /**
     * The reported clauses without thoughts, findings and stances told inside another attribution's content ("she
     * said she believes the deal will hold", "a poll showed voters think ...", "Doe says the law, which Smith
     * endorsed, failed"): the outer attribution already carries them, and the inner cue reports no act of its own
     * (PolNeAR's annotators mark such inner thoughts about one time in eight, inner stances about one time in
     * five). Nested statements stay ("the ministry said the envoy told reporters ...": two acts, two items).
     */
    private static List<Draft> withoutNestedAttitudes(List<Draft> indirects, Set<Draft> stances) {
        List<Draft> out = new ArrayList<>();
        for (Draft d : indirects) {
            boolean nested = false;
            if ((d.act() != SpeechAct.SPEECH || stances.contains(d)) && d.cue() != null) {
                for (Draft o : indirects) {
                    nested |= o != d && o.start() <= d.cue().start() && d.cue().end() <= o.end();
                }
            }
            if (!nested) {
                out.add(d);
            }
        }
        return out;
    }

    private static void addIndirect(List<Draft> drafts, Set<Draft> stances, String text, CueMatch c) {
        Draft d = indirect(text, c);
        drafts.add(d);
        if (c.stance()) {
            stances.add(d);
        }
    }

    /**
     * The person a definite role noun phrase names when the actor stage linked it to nobody ("..., the president
     * continued"): the speaker the story is following, unless their known title lacks the role's head word; else the
     * person with such a title mentioned last before the source.
     * Null when the source is not such a phrase (institutions and documents are not people: "the ministry", "the
     * report").
     */
    private Actor personInRole(Draft d, Actor lastSpeaker, ActorIndex actors) {
        String head = personRoleHead(d);
        if (head == null) {
            return null;
        }
        if (lastSpeaker != null && lastSpeaker.kind() == ActorKind.PERSON
                && (lastSpeaker.title() == null || holds(lastSpeaker, head))) {
            return lastSpeaker;
        }
        Actor titled = null;
        int latest = -1;
        for (Actor a : actors.actors()) {
            if (a.kind() != ActorKind.PERSON || !holds(a, head)) {
                continue;
            }
            for (TextSpan m : a.mentions()) {
                if (m.end() <= d.source().start() && m.start() > latest) {
                    latest = m.start();
                    titled = a;
                }
            }
        }
        return titled;
    }

    private static boolean holds(Actor person, String roleHead) {
        return person.title() != null && person.title().toLowerCase(Locale.ROOT).contains(roleHead);
    }

    /** The head word of a source such as "the president" or "the foreign minister" naming a person's role, or null. */
    private String personRoleHead(Draft d) {
        if (d.source() == null || d.speakerWords().isEmpty() || d.speakerWords().get(0).end() != d.source().end()) {
            return null;
        }
        String[] words = d.source().text().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length < 2 || !words[0].equals("the")) {
            return null;
        }
        for (int from = 1; from < words.length; from++) {
            Role role = knowledge.role(String.join(" ", Arrays.copyOfRange(words, from, words.length))).orElse(null);
            if (role != null) {
                return role.kind() == ActorKind.PERSON ? words[words.length - 1] : null;
            }
        }
        return null;
    }

    private static Draft indirect(String text, CueMatch c) {
        return new Draft(c.contentStart(), c.contentEnd(), text.substring(c.contentStart(), c.contentEnd()),
                QuoteKind.INDIRECT, c.act(), c.source(), c.speakerWords(), c.cue(), c.channel());
    }

    private static Draft direct(String text, List<Quotation> parts, SpeechAct act, TextSpan source,
                                List<TextSpan> speakerWords, TextSpan cue, String channel) {
        List<Quotation> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparingInt(Quotation::start));
        StringBuilder words = new StringBuilder();
        for (Quotation q : sorted) {
            if (!words.isEmpty()) {
                words.append(' ');
            }
            words.append(text, q.start(), spokenEnd(text, q));
        }
        Quotation last = sorted.get(sorted.size() - 1);
        return new Draft(sorted.get(0).start(), spokenEnd(text, last), words.toString(), QuoteKind.DIRECT, act, source,
                speakerWords, cue, channel);
    }

    /**
     * The end of a quotation's words without the comma, period, colon or semicolon that closes it inside the marks
     * ("Russia has to get moving," he said): that mark belongs to the sentence that quotes, not to the words quoted.
     * Question and exclamation marks are kept (they say how it was said), and so is an ellipsis (it says words were
     * left out).
     */
    static int spokenEnd(String text, Quotation q) {
        int end = q.end();
        if (end - q.start() < 2 || ",.;:".indexOf(text.charAt(end - 1)) < 0) {
            return end;
        }
        if (text.charAt(end - 1) == '.' && text.charAt(end - 2) == '.') {
            return end;
        }
        int trimmed = end - 1;
        while (trimmed > q.start() && Character.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        return trimmed;
    }

    /** Whether cue {@code a} sits nearer quotation {@code q} than cue {@code b} does. */
    private static boolean closer(CueMatch a, CueMatch b, Quotation q) {
        return distance(a.cue(), q) < distance(b.cue(), q);
    }

    private static int distance(TextSpan cue, Quotation q) {
        if (cue.end() <= q.openAt()) {
            return q.openAt() - cue.end();
        }
        return Math.max(0, cue.start() - q.closeAt());
    }

    /**
     * A cue with no content of its own next to the quotation: after the closing mark in the same sentence
     * ("...," the minister said), before the opening mark (He told reporters: "..."), or ending the sentence before
     * it with a colon.
     */
    private static CueMatch bareCue(AnnotatedArticle article, List<CueMatch> cues, Quotation q, BitSet quoted) {
        Sentence after = article.sentenceAt(q.closeAt() - 1);
        Sentence before = article.sentenceAt(q.openAt());
        CueMatch best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (CueMatch c : cues) {
            if (c.source() == null || c.hasContent()) {
                continue;
            }
            int d = Integer.MAX_VALUE;
            if (after != null && c.sentence() == after.index() && c.cue().start() >= q.closeAt()) {
                int gap = tokensBetween(after, q.closeAt(), c.cue().start(), quoted);
                d = gap <= CUE_AFTER_WINDOW ? gap : d;
            } else if (looksLikeTitle(article.text(), q)) {
                continue; // a cue before a title ("she wrote “The Long Road”") does not make it speech
            } else if (before != null && c.sentence() == before.index() && c.cue().end() <= q.openAt()) {
                int gap = tokensBetween(before, c.cue().end(), q.openAt(), quoted);
                d = gap <= CUE_BEFORE_WINDOW ? gap : d;
            } else if (before != null && c.sentence() == before.index() - 1 && endsWithColon(article, c.sentence())) {
                d = CUE_BEFORE_WINDOW;
            }
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean sameSentence(AnnotatedArticle article, int a, int b) {
        Sentence x = article.sentenceAt(a);
        Sentence y = article.sentenceAt(b);
        return x != null && y != null && x.index() == y.index();
    }

    private static boolean endsWithColon(AnnotatedArticle article, int sentence) {
        Sentence s = article.sentences().get(sentence);
        return s.size() > 0 && ":".equals(s.token(s.size() - 1).word());
    }

    /** Tokens strictly between two offsets that are neither punctuation nor quoted. */
    private static int tokensBetween(Sentence s, int from, int to, BitSet quoted) {
        int n = 0;
        for (Token t : s.tokens()) {
            if (t.start() >= from && t.end() <= to && !quoted.get(t.start()) && Character.isLetterOrDigit(
                    t.word().charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** "... - Jane Doe": a dash and a capitalized name right after the closing mark. */
    private static TextSpan dashedSource(AnnotatedArticle article, Quotation q) {
        String text = article.text();
        int i = q.closeAt();
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || "-–—".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        Sentence s = article.sentenceAt(i);
        if (s == null) {
            return null;
        }
        int first = -1;
        int last = -1;
        for (Token t : s.tokens()) {
            if (t.start() <= i) {
                continue;
            }
            if (first < 0 && "-–—".indexOf(t.word().charAt(0)) >= 0) {
                continue;
            }
            if (t.posStartsWith("NNP")) {
                first = first < 0 ? t.index() : first;
                last = t.index();
            } else {
                break;
            }
        }
        if (first < 0) {
            return null;
        }
        return TextSpan.of(text, s.token(first).start(), s.token(last).end());
    }

    /** Several words, or a sentence's punctuation inside the marks, and not a title in capitals. */
    static boolean readsAsSpeech(String text, Quotation q) {
        if (looksLikeTitle(text, q)) {
            return false;
        }
        String words = text.substring(q.start(), q.end()).strip();
        int n = words.split("\\s+").length;
        char last = words.charAt(words.length() - 1);
        return n >= 6 || (n >= 3 && ".!?…;:,".indexOf(last) >= 0);
    }

    /** Two or more words, nearly all capitalized, without a sentence's final punctuation: "The Long Road Home". */
    static boolean looksLikeTitle(String text, Quotation q) {
        String words = text.substring(q.start(), q.end()).strip();
        String[] ws = words.split("\\s+");
        char last = words.charAt(words.length() - 1);
        int capitals = 0;
        for (String w : ws) {
            if (Character.isUpperCase(w.charAt(0))) {
                capitals++;
            }
        }
        return ws.length > 1 && capitals >= 0.7 * ws.length && ".!?…;:".indexOf(last) < 0;
    }

    private static int overlap(int a, int b, int c, int d) {
        return Math.max(0, Math.min(b, d) - Math.max(a, c));
    }

    /** Paragraph numbers of offsets: a paragraph is a non-blank line. */
    private static final class Paragraphs {
        private final int[] starts;

        Paragraphs(String text) {
            List<Integer> s = new ArrayList<>();
            int lineStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\n') {
                    if (!text.substring(lineStart, i).isBlank()) {
                        s.add(lineStart);
                    }
                    lineStart = i + 1;
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int index(int offset) {
            int k = Arrays.binarySearch(starts, offset);
            return k >= 0 ? k : -k - 2;
        }
    }
}
