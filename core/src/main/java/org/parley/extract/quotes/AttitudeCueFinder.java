package org.parley.extract.quotes;

import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.TextSpan;

/**
 * Finds attributions carried by a noun or an adjective of the {@link AttitudeLexicon}: "Doe's claim that ...",
 * "a call by the ministry for ...", "Doe made no mention of ...", "Doe is critical of ...", "Doe, a critic of ...".
 * The content is the word's complement (a that-clause, a to-infinitive, or the object of one of its prepositions);
 * the source is who the word belongs to: its possessor, its by-phrase, the subject of the verb it is the object of,
 * the subject of its copula, or the noun it stands in apposition to. A word with no such source or no content reports
 * nothing ("the claim was false" names no claimant). Thread-safe: holds only the lexicon.
 */
final class AttitudeCueFinder {

    private final AttitudeLexicon lexicon;

    AttitudeCueFinder(AttitudeLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The attribution word {@code w} heads, or null when it is not one or lacks a source or a content. */
    CueMatch match(ParseTree tree, String text, int w) {
        Sentence s = tree.sentence();
        Token t = s.token(w);
        AttitudeLexicon.Word word = t.posStartsWith("NN") ? lexicon.noun(t.lemma())
                : t.posStartsWith("JJ") ? lexicon.adjective(t.lemma()) : null;
        if (word == null) {
            return null;
        }
        BitSet content = new BitSet();
        BitSet stop = new BitSet();
        stop.set(w);
        boolean stance = false;
        for (int c : tree.children(w)) {
            if (c > w && complementOf(tree, c, word)) {
                content.or(tree.subtree(c, stop));
                stance = tree.relation(c).startsWith("nmod") || tree.relation(c).startsWith("obl");
                for (int k : tree.children(c, "case")) {
                    content.clear(k); // "criticism of the plan": the preposition belongs to the cue
                }
                break;
            }
        }
        content = ReportedSpeechFinder.withoutTrailingAside(tree, content);
        int[] range = ReportedSpeechFinder.trimmedRange(s, content);
        int source = source(tree, w, word);
        if (range == null || source < 0 || content.get(source)) {
            return null;
        }
        TextSpan sourceSpan = ReportedSpeechFinder.sourceSpan(tree, text, source, w, content);
        List<TextSpan> speakerWords = ReportedSpeechFinder.speakerWords(tree, text, source);
        return new CueMatch(s.index(), w, ReportedSpeechFinder.span(s, text, w, w), sourceSpan, speakerWords,
                word.act(), s.token(range[0]).start(), s.token(range[1]).end(), null, stance);
    }

    /** Whether dependent {@code c} of the word is one of the complements the word takes. */
    private static boolean complementOf(ParseTree tree, int c, AttitudeLexicon.Word word) {
        Sentence s = tree.sentence();
        String rel = tree.relation(c);
        String first = s.token(tree.subtree(c, null).nextSetBit(0)).word().toLowerCase(Locale.ROOT);
        boolean clauseRel = rel.equals("ccomp") || rel.startsWith("acl") || rel.startsWith("advcl")
                || rel.startsWith("xcomp");
        if (word.complements().contains("that") && clauseRel && !first.equals("to")
                && (rel.equals("ccomp") || first.equals("that"))) {
            return true;
        }
        if (word.complements().contains("to") && clauseRel && first.equals("to") && s.token(c).posStartsWith("VB")) {
            return true;
        }
        int colon = rel.indexOf(':');
        if (colon < 0) {
            return false;
        }
        String base = rel.substring(0, colon);
        String preposition = rel.substring(colon + 1);
        return (base.equals("nmod") || base.equals("obl") || base.equals("advcl") || base.equals("acl"))
                && word.complements().contains(preposition);
    }

    /** The token naming whose statement or stance it is; -1 when the phrase names nobody. */
    private static int source(ParseTree tree, int w, AttitudeLexicon.Word word) {
        for (int c : tree.children(w)) {
            String rel = tree.relation(c);
            if (rel.equals("nmod:poss") || rel.equals("nmod:by") || rel.equals("nmod:agent")) {
                return c;
            }
        }
        if (!tree.children(w, "cop").isEmpty()) {
            // "Doe is critical of ...", "Doe is a supporter of ..."; not "it is clear that ...", "what is sure"
            int subject = tree.enhancedDependent(w, "nsubj");
            String p = subject < 0 ? "" : tree.sentence().token(subject).pos();
            boolean person = !"it".equalsIgnoreCase(tree.sentence().token(Math.max(subject, 0)).word());
            return subject >= 0 && person && !p.startsWith("W") && !"DT".equals(p) ? subject : -1;
        }
        String rel = tree.relation(w);
        int head = tree.head(w);
        if (head < 0) {
            return -1;
        }
        if (rel.equals("appos") && word.noun()) {
            return head; // "Jane Doe, a critic of the plan"
        }
        Token h = tree.sentence().token(head);
        if (h.posStartsWith("VB") && (rel.equals("obj") || (rel.startsWith("xcomp") && !word.noun()))) {
            // "Doe made no mention of ...", "Doe voiced support for ...", "Doe remained critical of ..."
            return tree.enhancedDependent(head, "nsubj");
        }
        return -1;
    }
}
