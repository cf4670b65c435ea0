package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;

/** The repairs {@link SentenceGraph} makes to frequent misparses, and what they change for the events found. */
class SentenceGraphTest {

    private static final CameoCodebook CODEBOOK = CameoCodebook.loadBuiltIn();
    private static final EventExtractor EXTRACTOR = new EventExtractor(CODEBOOK, VerbLexicon.loadBuiltIn(CODEBOOK),
            ModalityCues.loadBuiltIn());

    /** "..., spokesman Esmaeil Baghaei said" parsed with "said" a complement and "proposal" its subject. */
    private static ParsedArticle rejectedSaidSpokesman() {
        return new ParsedArticle("2025-04-11")
                .sentence("Iran/NNP rejected/VBD/reject the/DT US/NNP proposal/NN ,/, foreign/JJ ministry/NN "
                                + "spokesman/NN Esmaeil/NNP Baghaei/NNP said/VBD/say ./.",
                        "nsubj 1 0, root -1 1, det 4 2, compound 4 3, nsubj 11 4, punct 4 5, amod 8 6, compound 8 7, "
                                + "compound 10 8, compound 10 9, appos 4 10, ccomp 1 11, punct 1 12")
                .actor("a1", "Iran", ActorKind.COUNTRY, "IRN", "Iran")
                .actor("a2", "United States", ActorKind.COUNTRY, "USA", "US")
                .actor("a3", "Esmaeil Baghaei", ActorKind.PERSON, "IRN", "Esmaeil Baghaei");
    }

    @Test
    void aTrailingSpeakerParsedAsTheObjectsAppositiveIsTheSpeakerAgain() {
        SentenceGraph g = new SentenceGraph(rejectedSaidSpokesman().article().sentences().get(0));
        assertThat(g.children(1, "obj")).containsExactly(4);
        assertThat(g.children(11, "nsubj")).containsExactly(10);
        assertThat(g.children(1, "parataxis")).containsExactly(11);
        assertThat(g.children(1, "ccomp")).isEmpty();
        assertThat(g.children(4, "appos")).isEmpty();
    }

    @Test
    void theSpeakerOfATrailingAttributionIsNotTheTarget() {
        ParsedArticle a = rejectedSaidSpokesman();
        List<Event> events = EXTRACTOR.extract(a.article(), a.index(), List.of(), a.times(), a.places());
        assertThat(events).filteredOn(e -> e.cameo().startsWith("12"))
                .extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void anInvertedSaidTakenForAnAdjectiveOfAnObjectIsTheSpeakersVerb() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Israel/NNP will/MD evacuate/VB/evacuate the/DT settlements/NNS ,/, said/VBD/say "
                                + "spokesperson/NN for/IN the/DT prime/JJ minister/NN ./.",
                        "nsubj 2 0, aux 2 1, root -1 2, det 4 3, obj 2 4, punct 2 5, amod 7 6, obj 2 7, case 11 8, "
                                + "det 11 9, amod 11 10, nmod:for 7 11, punct 2 12");
        SentenceGraph g = new SentenceGraph(a.article().sentences().get(0));
        assertThat(g.children(2, "obj")).containsExactly(4);
        assertThat(g.children(6, "nsubj")).containsExactly(7);
        assertThat(g.children(7, "amod")).isEmpty();
        assertThat(g.children(7, "nmod:for")).containsExactly(11);
    }

    @Test
    void aRightlyParsedAttributionIsLeftAlone() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Iran/NNP rejected/VBD/reject the/DT proposal/NN ,/, officials/NNS/official said/VBD/say ./.",
                        "nsubj 1 0, ccomp 6 1, det 3 2, obj 1 3, punct 6 4, nsubj 6 5, root -1 6, punct 6 7");
        SentenceGraph g = new SentenceGraph(a.article().sentences().get(0));
        assertThat(g.children(6, "ccomp")).containsExactly(1);
        assertThat(g.children(1, "parataxis")).isEmpty();
    }
}
