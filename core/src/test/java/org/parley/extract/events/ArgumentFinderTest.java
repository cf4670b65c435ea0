package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;

/** Who fills an event's roles, on hand-parsed sentences: the attachments {@link ArgumentFinder} undoes. */
class ArgumentFinderTest {

    private static List<Event> extract(ParsedArticle a) {
        return a.events();
    }

    @Test
    void theSubjectOfADemandsContentClauseIsWhomItIsMadeOf() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("The/DT ILO/NNP reiterated/VBD/reiterate its/PRP$ demand/NN that/IN Israel/NNP ease/VB/ease "
                                + "restrictions/NNS/restriction on/IN Palestinian/JJ workers/NNS/worker ./.",
                        "det 1 0, nsubj 2 1, root -1 2, nmod:poss 4 3, obj 2 4, mark 7 5, nsubj 7 6, ccomp 4 7, "
                                + "obj 7 8, case 11 9, amod 11 10, nmod:on 8 11, punct 2 12")
                .actor("a1", "International Labour Organization", ActorKind.ORGANIZATION, null, "ILO")
                .actor("a2", "Israel", ActorKind.COUNTRY, "ISR", "Israel")
                .actor("a3", "Palestine", ActorKind.COUNTRY, "PSE", "Palestinian");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("10"))
                .extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void coordinatedNationalitiesOnOneNounAreOneTargetEach() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Iran/NNP attacked/VBD/attack US/NNP and/CC British/JJ forces/NNS/force ./.",
                        "nsubj 1 0, root -1 1, compound 5 2, cc 4 3, conj:and 2 4, amod 5 4, obj 1 5, punct 1 6")
                .actor("a1", "Iran", ActorKind.COUNTRY, "IRN", "Iran")
                .actor("a2", "United States military", ActorKind.GROUP, "USA", "US")
                .actor("a3", "British military", ActorKind.GROUP, "GBR", "British forces");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("19"))
                .extracting(Event::source, Event::target)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("a1", "a2"),
                        org.assertj.core.groups.Tuple.tuple("a1", "a3"));
    }

    @Test
    void aMeasureTakenInTheSourcesOwnCountryFallsOnThatCountryButNotOneTakenForIt() {
        // CAMEO codes domestic acts with one country on both sides: "shortened the curfew imposed in Sudan" is SDN -> SDN
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Bashir/NNP shortened/VBD/shorten the/DT curfew/NN imposed/VBN/impose in/IN Sudan/NNP ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, acl 3 4, case 6 5, obl:in 4 6, punct 1 7")
                .actor("a1", "Omar al-Bashir", ActorKind.PERSON, "SDN", "Bashir")
                .actor("a2", "Sudan", ActorKind.COUNTRY, "SDN", "Sudan");
        assertThat(extract(a)).extracting(Event::source, Event::target)
                .contains(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
        ParsedArticle own = new ParsedArticle("2025-04-11")
                .sentence("Bashir/NNP shortened/VBD/shorten the/DT curfew/NN imposed/VBN/impose for/IN Sudan/NNP ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, acl 3 4, case 6 5, obl:for 4 6, punct 1 7")
                .actor("a1", "Omar al-Bashir", ActorKind.PERSON, "SDN", "Bashir")
                .actor("a2", "Sudan", ActorKind.COUNTRY, "SDN", "Sudan");
        assertThat(extract(own)).extracting(Event::target).doesNotContain("a2");
    }

    @Test
    void aTownAnActFallsOnIsItsTargetButStaysTheEventsPlace() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Tebboune/NNP imposed/VBD/impose a/DT curfew/NN in/IN Algiers/NNP ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 5 4, nmod:in 3 5, punct 1 6")
                .actor("a1", "Abdelmadjid Tebboune", ActorKind.PERSON, "DZA", "Tebboune")
                .actor("a2", "Algiers", ActorKind.GROUP, "DZA", "Algiers");
        SentenceGraph g = new SentenceGraph(a.article().sentences().get(0));
        assertThat(new ArgumentFinder(g, a.index()).namesActor(5)).isFalse();
        assertThat(new ArgumentFinder(g, a.index()).namesActor(0)).isTrue();
        assertThat(extract(a)).extracting(Event::source, Event::target)
                .contains(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void theSubjectOfAVerbsComplementIsNotTheSayingsTarget() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Iran/NNP said/VBD/say that/IN Israel/NNP attacked/VBD/attack ./.",
                        "nsubj 1 0, root -1 1, mark 4 2, nsubj 4 3, ccomp 1 4, punct 1 5")
                .actor("a1", "Iran", ActorKind.COUNTRY, "IRN", "Iran")
                .actor("a2", "Israel", ActorKind.COUNTRY, "ISR", "Israel");
        SentenceGraph g = new SentenceGraph(a.article().sentences().get(0));
        ArgumentFinder args = new ArgumentFinder(g, a.index());
        assertThat(args.actorsOf(4)).isEmpty();
    }

    @Test
    void theSubjectOfAGerundClauseAfterANounsPrepositionIsWhomTheNounIsAimedAt() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Turkish/JJ objections/NNS/objection to/IN Russia/NNP inviting/VBG/invite "
                                + "rebels/NNS/rebel delayed/VBD/delay the/DT talks/NNS/talk ./.",
                        "amod 1 0, nsubj 6 1, mark 4 2, nsubj 4 3, acl:to 1 4, obj 4 5, root -1 6, det 8 7, "
                                + "obj 6 8, punct 6 9")
                .actor("a1", "Turkey", ActorKind.COUNTRY, "TUR", "Turkish")
                .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "Russia");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("11"))
                .extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
        // the clause word stands for its subject, the one named before it
        SentenceGraph g = new SentenceGraph(a.article().sentences().get(0));
        assertThat(new ArgumentFinder(g, a.index()).actorsOf(4)).extracting(ArgumentFinder.Argument::token)
                .containsExactly(3);
    }

    @Test
    void anObjectTheParseHangsFromAWireStyleDateIsTheVerbsObjectAgain() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Beirut/NNP rejected/VBD/reject Thursday/NNP a/DT UN/NNP appeal/NN ./.",
                        "nsubj 1 0, root -1 1, obl:tmod 1 2, det 5 3, compound 5 4, dep 2 5, punct 1 6")
                .actor("a1", "Lebanese government", ActorKind.ORGANIZATION, "LBN", "Beirut")
                .actor("a2", "United Nations", ActorKind.ORGANIZATION, null, "UN");
        SentenceGraph g = new SentenceGraph(a.article().sentences().get(0));
        assertThat(g.children(1, "obj")).containsExactly(5);
        assertThat(g.children(2, "dep")).isEmpty();
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("12"))
                .extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
        // a verb with an object of its own keeps it
        ParsedArticle b = new ParsedArticle("2025-04-11")
                .sentence("Beirut/NNP rejected/VBD/reject it/PRP Thursday/NNP morning/NN ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, obl:tmod 1 3, dep 3 4, punct 1 5");
        SentenceGraph h = new SentenceGraph(b.article().sentences().get(0));
        assertThat(h.children(1, "obj")).containsExactly(2);
    }
}
