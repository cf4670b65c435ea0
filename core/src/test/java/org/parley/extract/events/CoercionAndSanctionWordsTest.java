package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Modality;

/** Lexicon entries and cues for hacking, cutting links, reneging and refusing nouns, on hand-parsed sentences. */
class CoercionAndSanctionWordsTest {

    private static final CameoCodebook CODEBOOK = CameoCodebook.loadBuiltIn();
    private static final EventExtractor EXTRACTOR = new EventExtractor(CODEBOOK, VerbLexicon.loadBuiltIn(CODEBOOK),
            ModalityCues.loadBuiltIn());

    private static List<Event> extract(String tokens, String deps) {
        ParsedArticle a = new ParsedArticle("2025-04-11").sentence(tokens, deps)
                .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia")
                .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "Ukraine");
        return EXTRACTOR.extract(a.article(), a.index(), List.of(), a.times(), a.places());
    }

    @Test
    void hackingIntoComputersIsCoercionNotAnAssault() {
        List<Event> events = extract("Russia/NNP hacked/VBD/hack into/IN Ukraine/NNP 's/POS computers/NNS/computer ./.",
                "nsubj 1 0, root -1 1, case 5 2, nmod:poss 5 3, case 3 4, obl:into 1 5, punct 1 6");
        assertThat(events).extracting(Event::cameo).containsExactly("170");
        assertThat(events.get(0).plover()).isEqualTo("COERCE");
        assertThat(events.get(0).target()).isEqualTo("a2");
    }

    @Test
    void aSuspensionOfAirLinksReducesRelations() {
        List<Event> events = extract("Russia/NNP announced/VBD/announce a/DT suspension/NN of/IN air/NN links/NNS/link"
                        + " with/IN Ukraine/NNP ./.",
                "nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 6 4, compound 6 5, nmod:of 3 6, case 8 7,"
                        + " nmod:with 3 8, punct 1 9");
        assertThat(events).filteredOn(e -> e.cameo().startsWith("16")).singleElement()
                .satisfies(e -> {
                    assertThat(e.cameo()).isEqualTo("160");
                    assertThat(e.source()).isEqualTo("a1");
                    assertThat(e.target()).isEqualTo("a2");
                });
    }

    @Test
    void renegingOnACommitmentIsARejectionNotAPromise() {
        List<Event> events = extract("Russia/NNP reneged/VBD/renege on/IN its/PRP$ commitment/NN to/IN Ukraine/NNP ./.",
                "nsubj 1 0, root -1 1, case 4 2, nmod:poss 4 3, obl:on 1 4, case 6 5, nmod:to 4 6, punct 1 7");
        assertThat(events).extracting(e -> e.cameo().substring(0, 2)).containsExactly("12");
    }

    @Test
    void anActUnderARefusalNounIsNegated() {
        // "Russia's unwillingness to compromise with Ukraine": no concession happened; "its readiness to compromise"
        // says nothing against it
        ModalityClassifier classifier = new ModalityClassifier(ModalityCues.loadBuiltIn());
        for (String noun : List.of("unwillingness", "refusal", "failure", "readiness")) {
            ParsedArticle a = new ParsedArticle("2025-04-11").sentence("Russia/NNP 's/POS " + noun + "/NN to/TO"
                            + " compromise/VB with/IN Ukraine/NNP angered/VBD/anger Ukraine/NNP ./.",
                    "nmod:poss 2 0, case 0 1, nsubj 7 2, mark 4 3, acl:to 2 4, case 6 5, obl:with 4 6, root -1 7,"
                            + " obj 7 8, punct 7 9");
            SentenceGraph g = new SentenceGraph(a.article().sentences().get(0));
            assertThat(classifier.classify(g, 4, List.of())).as(noun)
                    .isEqualTo(noun.equals("readiness") ? Modality.ASSERTED : Modality.NEGATED);
        }
    }
}
