package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;

/**
 * What the event stage does not code (views, outcomes, acts of others, one's own body) and whom event nouns are
 * aimed at when their argument is a clause, on hand-parsed invented sentences.
 */
class EventPrecisionTest {

    private static List<Event> extract(ParsedArticle a) {
        return a.events();
    }

    @Test
    void consideringSomeoneSomethingIsAViewNotAPolicyUnderConsideration() {
        // the parser often makes the object of "consider X a Y" its xcomp, with Y hanging from it
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Turkey/NNP considers/VBZ/consider the/DT YPG/NNP a/DT terror/NN group/NN ./.",
                        "nsubj 1 0, root -1 1, det 3 2, xcomp 1 3, det 6 4, compound 6 5, dep 3 6, punct 1 7")
                .actor("a1", "Turkey", ActorKind.COUNTRY, "TUR", "Turkey")
                .actor("a2", "People's Protection Units", ActorKind.GROUP, "SYR", "YPG");
        assertThat(extract(a)).noneMatch(e -> e.cameo().startsWith("014"));
    }

    @Test
    void anOutcomeParticipleIsNoStatementButRaisingAlarmOneselfIs() {
        ParsedArticle outcome = new ParsedArticle("2025-04-11")
                .sentence("Chinese/JJ nationals/NNS are/VBP fighting/VBG/fight alongside/IN Russia/NNP ,/, raising/VBG/raise alarm/NN ./.",
                        "amod 1 0, nsubj 3 1, aux 3 2, root -1 3, case 5 4, obl:alongside 3 5, punct 3 6, dep 3 7, obj 7 8, punct 3 9")
                .actor("a1", "Chinese nationals", ActorKind.GROUP, "CHN", "Chinese nationals")
                .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "Russia");
        assertThat(extract(outcome)).noneMatch(e -> e.cameo().startsWith("01"));
        ParsedArticle said = new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP raised/VBD/raise alarm/NN ./.", "nsubj 1 0, root -1 1, obj 1 2, punct 1 3")
                .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "Russia");
        assertThat(extract(said)).extracting(Event::source, Event::cameo).containsExactly(tuple("a2", "012"));
    }

    @Test
    void approvalGainedInAnAdverbialClauseGoesToTheMainSubjectAndTakesTheDateOfTheActItFrames() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Turkey/NNP attacked/VBD/attack Afrin/NNP last/JJ month/NN ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, amod 4 3, obl:tmod 1 4, punct 1 5")
                .sentence("Turkey/NNP attacked/VBD/attack Afrin/NNP after/IN gaining/VBG/gain the/DT approval/NN of/IN Russia/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, mark 4 3, advcl:after 1 4, det 6 5, obj 4 6, case 8 7, nmod:of 6 8, punct 1 9")
                .actor("a1", "Turkey", ActorKind.COUNTRY, "TUR", "Turkey")
                .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "Russia")
                .time("last month", "2025-03");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("05"))
                .extracting(Event::source, Event::target, Event::date)
                .containsExactly(tuple("a2", "a1", "2025-03"));
    }

    @Test
    void anObjectionToAnActorDoingSomethingIsAnObjectionToThatActor() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Turkish/JJ objections/NNS/objection to/TO Russia/NNP inviting/VBG/invite rebels/NNS delayed/VBD/delay the/DT talks/NNS ./.",
                        "amod 1 0, nsubj 6 1, mark 4 2, nsubj 4 3, acl:to 1 4, obj 4 5, root -1 6, det 8 7, obj 6 8, punct 6 9")
                .actor("a1", "Turkey", ActorKind.COUNTRY, "TUR", "Turkish")
                .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "Russia")
                .actor("a3", "Syrian rebels", ActorKind.GROUP, "SYR", "rebels");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("11"))
                .extracting(Event::source, Event::target)
                .containsExactly(tuple("a1", "a2"));
    }

    @Test
    void aPersonDoesNotActOnTheBodyWhoseOfficialTheyAre() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Guterres/NNP praised/VBD/praise the/DT UN/NNP ./.", "nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4")
                .actor("a1", "Antonio Guterres", ActorKind.PERSON, "IGOUNO", "Guterres")
                .actor("a2", "United Nations", ActorKind.ORGANIZATION, "IGOUNO", "UN");
        assertThat(extract(a)).isNotEmpty().allSatisfy(e -> assertThat(e.target()).isNull());
    }

    @Test
    void whatSomeonesDecisionSparkedIsNotTheirAct() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("The/DT US/NNP decision/NN sparked/VBD/spark protests/NNS/protest ./.",
                        "det 2 0, compound 2 1, nsubj 3 2, root -1 3, obj 3 4, punct 3 5")
                .actor("a1", "United States", ActorKind.COUNTRY, "USA", "US");
        assertThat(extract(a)).noneMatch(e -> e.cameo().startsWith("14"));
    }

    @Test
    void leadingToACampaignIsNotLeadingIt() {
        ParsedArticle causing = new ParsedArticle("2025-04-11")
                .sentence("The/DT YPG/NNP led/VBD/lead to/IN the/DT military/JJ campaign/NN ./.",
                        "det 1 0, nsubj 2 1, root -1 2, case 6 3, det 6 4, amod 6 5, obl:to 2 6, punct 2 7")
                .actor("a1", "People's Protection Units", ActorKind.GROUP, "SYR", "YPG");
        assertThat(extract(causing)).noneMatch(e -> e.cameo().startsWith("19"));
        ParsedArticle leading = new ParsedArticle("2025-04-11")
                .sentence("The/DT YPG/NNP led/VBD/lead the/DT military/JJ campaign/NN ./.",
                        "det 1 0, nsubj 2 1, root -1 2, det 5 3, amod 5 4, obj 2 5, punct 2 6")
                .actor("a1", "People's Protection Units", ActorKind.GROUP, "SYR", "YPG");
        assertThat(extract(leading)).anyMatch(e -> e.cameo().startsWith("19") && e.source().equals("a1"));
    }

    @Test
    void suggestingThatSomethingMayBeSoIsNoProposalButSuggestingThatOneShouldActIs() {
        ParsedArticle view = new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP suggested/VBD/suggest that/IN a/DT deal/NN could/MD end/VB/end the/DT war/NN ./.",
                        "nsubj 1 0, root -1 1, mark 6 2, det 4 3, nsubj 6 4, aux 6 5, ccomp 1 6, det 8 7, obj 6 8, punct 1 9")
                .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia");
        assertThat(extract(view)).noneMatch(e -> e.cameo().startsWith("02"));
        ParsedArticle proposal = new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP suggested/VBD/suggest that/IN Ukraine/NNP should/MD negotiate/VB/negotiate ./.",
                        "nsubj 1 0, root -1 1, mark 5 2, nsubj 5 3, aux 5 4, ccomp 1 5, punct 1 6")
                .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia")
                .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "Ukraine");
        assertThat(extract(proposal)).anyMatch(e -> e.source().equals("a1")
                && (e.cameo().startsWith("02") || e.cameo().startsWith("10")));
    }

    @Test
    void warningAGovernmentThatItRisksConfrontationIfItActsIsAThreat() {
        // "the government of Assad" says whose government it is; it does not make this a warning "of" something
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Turkey/NNP warned/VBD/warn the/DT government/NN of/IN Assad/NNP that/IN it/PRP risked/VBD/risk "
                                + "a/DT confrontation/NN if/IN it/PRP intervened/VBD/intervene ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 5 4, nmod:of 3 5, mark 8 6, nsubj 8 7, ccomp 1 8, "
                                + "det 10 9, obj 8 10, mark 13 11, nsubj 13 12, advcl:if 8 13, punct 1 14")
                .actor("a1", "Turkey", ActorKind.COUNTRY, "TUR", "Turkey")
                .actor("a2", "Bashar al-Assad", ActorKind.PERSON, "SYR", "Assad");
        assertThat(extract(a)).filteredOn(e -> e.source().equals("a1"))
                .extracting(e -> e.cameo().substring(0, 2)).contains("13").doesNotContain("01");
    }
    @Test
    void anInfinitiveOfLettingOrAfterTakingStepsIsTheMainSubjectsAct() {
        ParsedArticle bridge = new ParsedArticle("2025-04-11")
                .sentence("Uzbekistan/NNP opened/VBD/open the/DT bridge/NN to/TO allow/VB/allow the/DT delivery/NN of/IN grain/NN to/IN Afghanistan/NNP ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, mark 5 4, advcl:to 1 5, det 7 6, obj 5 7, case 9 8, nmod:of 7 9, case 11 10, nmod:to 9 11, punct 1 12")
                .actor("a1", "Uzbekistan", ActorKind.COUNTRY, "UZB", "Uzbekistan")
                .actor("a2", "Afghanistan", ActorKind.COUNTRY, "AFG", "Afghanistan");
        assertThat(extract(bridge)).filteredOn(e -> e.cameo().startsWith("086"))
                .extracting(Event::source, Event::target, Event::modality)
                .containsExactly(tuple("a1", "a2", org.parley.extract.Modality.ASSERTED));
        ParsedArticle steps = new ParsedArticle("2025-04-11")
                .sentence("Bashir/NNP has/VBZ/have taken/VBN/take steps/NNS/step to/TO enhance/VB/enhance political/JJ freedoms/NNS/freedom ./.",
                        "nsubj 2 0, aux 2 1, root -1 2, obj 2 3, nsubj:xsubj 5 3, mark 5 4, xcomp 2 5, amod 7 6, obj 5 7, punct 2 8")
                .actor("a1", "Omar al-Bashir", ActorKind.PERSON, "SDN", "Bashir");
        assertThat(extract(steps)).extracting(Event::source, Event::cameo).containsExactly(tuple("a1", "0811"));
        // an infinitive after an ordinary object is that object's act, not the orderer's
        ParsedArticle ordered = new ParsedArticle("2025-04-11")
                .sentence("Sudan/NNP ordered/VBD/order the/DT paper/NN to/TO enhance/VB/enhance political/JJ freedoms/NNS/freedom ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, nsubj:xsubj 5 3, mark 5 4, xcomp 1 5, amod 7 6, obj 5 7, punct 1 8")
                .actor("a1", "Sudan", ActorKind.COUNTRY, "SDN", "Sudan");
        assertThat(extract(ordered)).noneMatch(e -> e.cameo().startsWith("081"));
    }

    @Test
    void anInfinitiveOfPurposeIsNoMoreRealThanTheActItServes() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Finland/NNP will/MD open/VB/open the/DT bridge/NN to/TO allow/VB/allow the/DT delivery/NN of/IN grain/NN to/IN Afghanistan/NNP ./.",
                        "nsubj 2 0, aux 2 1, root -1 2, det 4 3, obj 2 4, mark 6 5, advcl:to 2 6, det 8 7, obj 6 8, case 10 9, nmod:of 8 10, case 12 11, nmod:to 10 12, punct 2 13")
                .actor("a1", "Finland", ActorKind.COUNTRY, "FIN", "Finland")
                .actor("a2", "Afghanistan", ActorKind.COUNTRY, "AFG", "Afghanistan");
        assertThat(extract(a)).isNotEmpty().noneMatch(e -> e.modality() == org.parley.extract.Modality.ASSERTED);
    }
    @Test
    void aNamesTitleSaysWhatKindOfObjectItIs() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Oniya/NNP summoned/VBD/summon ambassador/NN Brah/NNP Mohamane/NNP ./.",
                        "nsubj 1 0, root -1 1, compound 4 2, compound 4 3, obj 1 4, punct 1 5")
                .actor("a1", "Dubem Oniya", ActorKind.PERSON, "NGA", "Oniya")
                .actor("a2", "Brah Mohamane", ActorKind.PERSON, "NER", "Brah Mohamane");
        assertThat(extract(a)).extracting(Event::source, Event::target, Event::cameo)
                .containsExactly(tuple("a1", "a2", "114"));
    }
}
