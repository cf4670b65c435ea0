package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Magnitude;
import org.parley.extract.Magnitude.Kind;

/** Counts of dead, injured, arrested and participants, in digits, number words and vague plurals. */
class MagnitudeFinderTest {

    private static final CameoCodebook CODEBOOK = CameoCodebook.loadBuiltIn();
    private static final EventExtractor EXTRACTOR = new EventExtractor(CODEBOOK, VerbLexicon.loadBuiltIn(CODEBOOK),
            ModalityCues.loadBuiltIn());

    private static Event only(String tokens, String deps, String root) {
        ParsedArticle a = new ParsedArticle("2025-04-11").sentence(tokens, deps)
                .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia");
        List<Event> found = EXTRACTOR.extract(a.article(), a.index(), List.of(), a.times(), a.places()).stream()
                .filter(e -> e.cameo().startsWith(root)).toList();
        assertThat(found).as("events with root %s", root).hasSize(1);
        return found.get(0);
    }

    @Test
    void numbersInDigitsAndWords() {
        assertThat(MagnitudeFinder.numberWord("12")).isEqualTo(12.0);
        assertThat(MagnitudeFinder.numberWord("1,200")).isEqualTo(1200.0);
        assertThat(MagnitudeFinder.numberWord("5.1")).isEqualTo(5.1);
        assertThat(MagnitudeFinder.numberWord("30,000-strong")).isEqualTo(30000.0);
        assertThat(MagnitudeFinder.numberWord("two")).isEqualTo(2.0);
        assertThat(MagnitudeFinder.numberWord("Twenty-five")).isEqualTo(25.0);
        assertThat(MagnitudeFinder.numberWord("1990s")).isNull();
        assertThat(MagnitudeFinder.numberWord("several")).isNull();
    }

    @Test
    void killedAtLeastTwelvePeopleIsTwelveDeadApproximately() {
        Event e = only("Russia/NNP killed/VBD/kill at/IN least/JJS 12/CD people/NNS ./.",
                "nsubj 1 0, root -1 1, case 3 2, nmod 4 3, nummod 5 4, obj 1 5, punct 1 6", "19");
        assertThat(e.magnitudes()).containsExactly(new Magnitude(Kind.DEAD, 12, true, "at least 12"));
    }

    @Test
    void woundingTwoSoldiersIsTwoInjured() {
        Event e = only("Russia/NNP wounded/VBD/wound two/CD soldiers/NNS ./.",
                "nsubj 1 0, root -1 1, nummod 3 2, obj 1 3, punct 1 4", "19");
        assertThat(e.magnitudes()).containsExactly(new Magnitude(Kind.INJURED, 2, false, "two"));
    }

    @Test
    void aBareNumberAfterAVerbOfArrestCountsPeople() {
        Event e = only("Russia/NNP arrested/VBD/arrest 200/CD ./.", "nsubj 1 0, root -1 1, obj 1 2, punct 1 3", "17");
        assertThat(e.magnitudes()).containsExactly(new Magnitude(Kind.ARRESTED, 200, false, "200"));
    }

    @Test
    void dozensOfProtestersArrestedIsAtLeastTwentyFourArrests() {
        Event e = only("Russia/NNP arrested/VBD/arrest dozens/NNS/dozen of/IN protesters/NNS/protester ./.",
                "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:of 2 4, punct 1 5", "17");
        assertThat(e.magnitudes()).containsExactly(new Magnitude(Kind.ARRESTED, 24, true, "dozens"));
    }

    @Test
    void hundredsOfTroopsDeployedIsTheForcesSize() {
        Event e = only("Russia/NNP deployed/VBD/deploy hundreds/NNS/hundred of/IN troops/NNS/troop ./.",
                "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:of 2 4, punct 1 5", "15");
        assertThat(e.magnitudes()).containsExactly(new Magnitude(Kind.SIZE, 200, true, "hundreds"));
    }

    @Test
    void thingsCountedAreNoMagnitude() {
        // "destroyed three bridges": three bridges, no people
        Event e = only("Russia/NNP destroyed/VBD/destroy three/CD bridges/NNS/bridge ./.",
                "nsubj 1 0, root -1 1, nummod 3 2, obj 1 3, punct 1 4", "17");
        assertThat(e.magnitudes()).isEmpty();
    }

    @Test
    void aCountInARelativeClauseBelongsToAnotherEvent() {
        // "Russia attacked Aleppo, where 24 people were killed last year": the 24 are not this attack's dead
        Event e = only("Russia/NNP attacked/VBD/attack Aleppo/NNP ,/, where/WRB 24/CD people/NNS were/VBD/be"
                        + " killed/VBN/kill ./.",
                "nsubj 1 0, root -1 1, obj 1 2, punct 2 3, advmod 8 4, nummod 6 5, nsubj:pass 8 6, aux:pass 8 7,"
                        + " acl:relcl 2 8, punct 1 9", "19");
        assertThat(e.magnitudes()).isEmpty();
    }
}
