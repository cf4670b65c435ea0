package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;

/** Where events happen: the trigger's clauses, the clause of saying for verbal acts, the article around them. */
class EventPlacesTest {

    private static List<Event> extract(ParsedArticle a) {
        return a.events();
    }

    private static ParsedArticle withActors(ParsedArticle a) {
        return a.actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia")
                .actor("a2", "Iran", ActorKind.COUNTRY, "IRN", "Iran")
                .actor("a3", "Nasr Hariri", ActorKind.PERSON, "SYR", "Hariri");
    }

    private static Event only(List<Event> events, String root) {
        List<Event> found = events.stream().filter(e -> e.cameo().startsWith(root)).toList();
        assertThat(found).as("events with CAMEO root %s in %s", root, events).hasSize(1);
        return found.get(0);
    }

    @Test
    void aPlaceOfAnotherEventNounInTheSentenceDoesNotPlaceTheAct() {
        // "Russia called on Iran to end the war in Yemen": the war is in Yemen, the appeal is not
        ParsedArticle a = withActors(new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP called/VBD/call on/RP Iran/NNP to/TO end/VB the/DT war/NN in/IN Yemen/NNP ./.",
                        "nsubj 1 0, root -1 1, compound:prt 1 2, obj 1 3, nsubj:xsubj 5 3, mark 5 4, xcomp 1 5,"
                                + " det 7 6, obj 5 7, case 9 8, nmod:in 7 9, punct 1 10"))
                .place("p1", "Yemen");
        Event e = only(extract(a), "02");
        assertThat(e.source()).isEqualTo("a1");
        assertThat(e.place()).isNull();
    }

    @Test
    void aPlaceNamedThroughACommonNounPlacesTheMeeting() {
        // "Russia held talks with Iran in the Black Sea resort of Sochi"
        ParsedArticle a = withActors(new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP held/VBD/hold talks/NNS/talk with/IN Iran/NNP in/IN the/DT resort/NN of/IN Sochi/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:with 2 4, case 7 5, det 7 6, obl:in 1 7,"
                                + " case 9 8, nmod:of 7 9, punct 1 10"))
                .place("p1", "Sochi");
        assertThat(only(extract(a), "04").place()).isEqualTo("p1");
    }

    @Test
    void aVerbalActIsPlacedWhereItWasSaidButAReportedAttackIsNot() {
        // "Hariri told reporters in Geneva that Russia must leave": a demand made in Geneva
        ParsedArticle said = withActors(new ParsedArticle("2025-04-11")
                .sentence("Hariri/NNP told/VBD/tell reporters/NNS/reporter in/IN Geneva/NNP that/IN Russia/NNP must/MD leave/VB ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, obl:in 1 4, mark 8 5, nsubj 8 6, aux 8 7,"
                                + " ccomp 1 8, punct 1 9"))
                .place("p1", "Geneva");
        Event demand = only(extract(said), "10");
        assertThat(demand.source()).isEqualTo("a3");
        assertThat(demand.place()).isEqualTo("p1");

        // "Hariri told reporters in Geneva that Russia attacked Iran": the attack was not in Geneva
        ParsedArticle reported = withActors(new ParsedArticle("2025-04-11")
                .sentence("Hariri/NNP told/VBD/tell reporters/NNS/reporter in/IN Geneva/NNP that/IN Russia/NNP attacked/VBD/attack Iran/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, obl:in 1 4, mark 7 5, nsubj 7 6, ccomp 1 7,"
                                + " obj 7 8, punct 1 9"))
                .place("p1", "Geneva");
        Event attack = only(extract(reported), "19");
        assertThat(attack.source()).isEqualTo("a1");
        assertThat(attack.place()).isNull();
    }

    @Test
    void aMeetingToldWithoutAPlaceTakesThatOfAMeetingNearbyButAnAttackDoesNot() {
        ParsedArticle a = withActors(new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP held/VBD/hold talks/NNS/talk with/IN Iran/NNP in/IN Vienna/NNP on/IN Friday/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:with 2 4, case 6 5, obl:in 1 6, case 8 7,"
                                + " obl:on 1 8, punct 1 9")
                .sentence("Hariri/NNP met/VBD/meet Iran/NNP ./.", "nsubj 1 0, root -1 1, obj 1 2, punct 1 3")
                .sentence("Russia/NNP attacked/VBD/attack Iran/NNP ./.", "nsubj 1 0, root -1 1, obj 1 2, punct 1 3"))
                .time("Friday", "2025-04-11")
                .place("p1", "Vienna");
        List<Event> events = extract(a);
        Event meeting = events.stream().filter(e -> e.source().equals("a3")).findFirst().orElseThrow();
        assertThat(meeting.cameo()).startsWith("04");
        assertThat(meeting.place()).isEqualTo("p1");
        assertThat(only(events, "19").place()).isNull();
    }

    @Test
    void aVerbalActTakesThePlaceWhereItsSourceIsToldSpeakingNextDoor() {
        ParsedArticle a = withActors(new ParsedArticle("2025-04-11")
                .sentence("Hariri/NNP criticised/VBD/criticise Russia/NNP ./.", "nsubj 1 0, root -1 1, obj 1 2, punct 1 3")
                .sentence("Hariri/NNP told/VBD/tell reporters/NNS/reporter at/IN a/DT forum/NN in/IN Geneva/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 5 3, det 5 4, obl:at 1 5, case 7 6,"
                                + " nmod:in 5 7, punct 1 8"))
                .place("p1", "Geneva");
        Event e = only(extract(a), "11");
        assertThat(e.source()).isEqualTo("a3");
        assertThat(e.place()).isEqualTo("p1");
    }

    @Test
    void theDatelinePlacesStatementsOnly() {
        ParsedArticle a = withActors(new ParsedArticle("2025-04-11")
                .sentence("GENEVA/NNP -/: Hariri/NNP criticised/VBD/criticise Russia/NNP ./.",
                        "dep 3 0, punct 3 1, nsubj 3 2, root -1 3, obj 3 4, punct 3 5")
                .sentence("Russia/NNP attacked/VBD/attack Iran/NNP ./.", "nsubj 1 0, root -1 1, obj 1 2, punct 1 3"))
                .place("p1", "GENEVA");
        List<Event> events = extract(a);
        assertThat(only(events, "11").place()).isEqualTo("p1");
        assertThat(only(events, "19").place()).isNull();
    }

    @Test
    void aLocativeOnTheLightVerbsNounPlacesTheAct() {
        // "Russia launched an offensive in Aleppo against Iran": the phrase hangs on the noun, not the verb
        ParsedArticle a = withActors(new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP launched/VBD/launch an/DT offensive/NN in/IN Aleppo/NNP against/IN Iran/NNP ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 5 4, nmod:in 3 5, case 7 6, nmod:against 3 7,"
                                + " punct 1 8"))
                .place("p1", "Aleppo");
        Event e = only(extract(a), "19");
        assertThat(e.place()).isEqualTo("p1");
    }

    @Test
    void aMaterialActTakesTheSentencesOnlyTownButNotATownThatNamesAnActor() {
        // "Russia attacked Iran as fighting raged around Aleppo" (parsed with no link from the attack to the town)
        ParsedArticle one = withActors(new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP attacked/VBD/attack Iran/NNP ,/, Aleppo/NNP residents/NNS said/VBD/say ./.",
                        "nsubj 1 0, ccomp 6 1, obj 1 2, punct 6 3, compound 5 4, nsubj 6 5, root -1 6, punct 6 7"))
                .place("p1", "Aleppo");
        assertThat(only(extract(one), "19").place()).isEqualTo("p1");

        // two towns: no telling which
        ParsedArticle two = withActors(new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP attacked/VBD/attack Iran/NNP ,/, Aleppo/NNP and/CC Homs/NNP residents/NNS said/VBD/say ./.",
                        "nsubj 1 0, ccomp 8 1, obj 1 2, punct 8 3, compound 7 4, cc 6 5, conj:and 4 6, compound 7 6,"
                                + " nsubj 8 7, root -1 8, punct 8 9"))
                .place("p1", "Aleppo").place("p2", "Homs");
        assertThat(only(extract(two), "19").place()).isNull();

        // a town that stands for a government is a party, not a setting
        ParsedArticle capital = withActors(new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP attacked/VBD/attack Iran/NNP ,/, Tehran/NNP said/VBD/say ./.",
                        "nsubj 1 0, ccomp 5 1, obj 1 2, punct 5 3, nsubj 5 4, root -1 5, punct 5 6"))
                .actor("a4", "Tehran", ActorKind.COUNTRY, "IRN", "Tehran")
                .place("p1", "Tehran");
        assertThat(only(extract(capital), "19").place()).isNull();
    }
}
