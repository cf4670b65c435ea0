package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.cameo.PartOfSpeech;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Modality;
import org.assertj.core.api.Assertions;

/**
 * The rules that code what is said and how parties are placed when the lexicon's slots alone do not: judgements
 * in speech, refusals to meet, receiving verbs, predicate nouns, and the target search below a trigger.
 * Hand-parsed invented sentences.
 */
class SpeechActEventTest {

    private static List<Event> extract(ParsedArticle a) {
        return a.events();
    }

    @Test
    void sayingAnActorIsAViolationIsDisapprovalOfIt() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP said/VBD/say Peru/NNP was/VBD/be a/DT threat/NN ./.",
                        "nsubj 1 0, root -1 1, nsubj 5 2, cop 5 3, det 5 4, ccomp 1 5, punct 1 6")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).extracting(Event::source, Event::target, e -> e.cameo().substring(0, 2))
                .containsExactly(tuple("a1", "a2", "11"));
    }

    @Test
    void aNegatedJudgementIsNoEvent() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP said/VBD/say Peru/NNP was/VBD/be not/RB a/DT threat/NN ./.",
                        "nsubj 1 0, root -1 1, nsubj 6 2, cop 6 3, advmod 6 4, det 6 5, ccomp 1 6, punct 1 7")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).isEmpty();
    }

    @Test
    void describingAnActorAsAlarmingIsDisapprovalByTheAgent() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Peru/NNP was/VBD/be described/VBN/describe as/IN reckless/JJ by/IN Chile/NNP ./.",
                        "nsubj:pass 2 0, aux:pass 2 1, root -1 2, case 4 3, obl:as 2 4, case 6 5, obl:agent 2 6, punct 2 7")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).extracting(Event::source, Event::target, Event::cameo)
                .containsExactly(tuple("a1", "a2", "111"));
    }

    @Test
    void responsibleNeedsWhatForToAccuse() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP said/VBD/say Peru/NNP was/VBD/be responsible/JJ for/IN the/DT attack/NN ./.",
                        "nsubj 1 0, root -1 1, nsubj 4 2, cop 4 3, ccomp 1 4, case 7 5, det 7 6, obl:for 4 7, punct 1 8")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).extracting(Event::source, Event::target, Event::cameo)
                .contains(tuple("a1", "a2", "112"));
        ParsedArticle bare = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP said/VBD/say Peru/NNP was/VBD/be responsible/JJ ./.",
                        "nsubj 1 0, root -1 1, nsubj 4 2, cop 4 3, ccomp 1 4, punct 1 5")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(bare)).isEmpty();
    }

    @Test
    void wouldNotAttendTheTalksIsARefusalToMeet() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP would/MD not/RB attend/VB/attend talks/NNS with/IN Peru/NNP ./.",
                        "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, obj 3 4, case 6 5, nmod:with 4 6, punct 3 7")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        List<Event> events = extract(a);
        assertThat(events).extracting(Event::source, Event::cameo, Event::modality)
                .contains(tuple("a1", "125", Modality.ASSERTED));
        assertThat(events).noneMatch(e -> e.cameo().startsWith("04"));
    }

    @Test
    void aMeetingThatDidNotHappenStaysANegatedMeeting() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP did/VBD/do not/RB meet/VB/meet Peru/NNP ./.",
                        "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, obj 3 4, punct 3 5")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).extracting(e -> e.cameo().substring(0, 2), Event::modality)
                .containsExactly(tuple("04", Modality.NEGATED));
    }

    @Test
    void whatIsReceivedGoesFromTheGiverToTheSubject() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP gained/VBD/gain the/DT backing/NN of/IN Peru/NNP ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 5 4, nmod:of 3 5, punct 1 6")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).extracting(Event::source, Event::target, e -> e.cameo().substring(0, 2))
                .containsExactly(tuple("a2", "a1", "05"));
    }

    @Test
    void aPredicateNounTakesItsOwnSubject() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP is/VBZ/be in/IN negotiations/NNS/negotiation with/IN Peru/NNP ./.",
                        "nsubj 3 0, cop 3 1, case 3 2, root -1 3, case 5 4, nmod:with 3 5, punct 3 6")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).extracting(Event::source, Event::target, e -> e.cameo().substring(0, 2))
                .containsExactly(tuple("a1", "a2", "04"));
    }

    @Test
    void withNoSlotFilledTheTargetIsTheNearestActorBelowTheTrigger() {
        // "rejected a proposal for talks with Peru": reject's slots (possessor, from, of, by) name nobody
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Chile/NNP rejected/VBD/reject a/DT proposal/NN for/IN talks/NNS with/IN Peru/NNP ./.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, case 5 4, nmod:for 3 5, case 7 6, nmod:with 5 7, punct 1 8")
                .actor("a1", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a2", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        assertThat(extract(a)).extracting(Event::source, Event::target, e -> e.cameo().substring(0, 2))
                .contains(tuple("a1", "a2", "12"));
    }

    @Test
    void theSpeakersOwnStateSpeakingIsNotTheTargetOfAWarning() {
        ParsedArticle a = new ParsedArticle("2024-05-02")
                .sentence("Lopez/NNP warned/VBD/warn that/IN Chile/NNP would/MD halt/VB/halt talks/NNS with/IN Peru/NNP ./.",
                        "nsubj 1 0, root -1 1, mark 5 2, nsubj 5 3, aux 5 4, ccomp 1 5, obj 5 6, case 8 7, nmod:with 6 8, punct 1 9")
                .actor("a1", "Ana Lopez", ActorKind.PERSON, "CHL", "Lopez")
                .actor("a2", "Chile", ActorKind.COUNTRY, "CHL", "Chile")
                .actor("a3", "Peru", ActorKind.COUNTRY, "PER", "Peru");
        List<Event> events = extract(a);
        assertThat(events).filteredOn(e -> e.source().equals("a1")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.target()).isEqualTo("a3"));
    }

    @Test
    void evaluationWordsFileChecksItsLines() {
        EvaluationWords w = EvaluationWords.read(new StringReader("111\tNOUN\tdisgrace|war crime\t-\n"), "t.tsv");
        assertThat(w.judgement(PartOfSpeech.NOUN, "crime", "war").cameo()).isEqualTo("111");
        assertThat(w.judgement(PartOfSpeech.NOUN, "crime", null)).isNull();
        Assertions.assertThatThrownBy(() -> EvaluationWords.read(new StringReader("# x\n11x\tNOUN\tshame\n"), "bad.tsv"))
                .hasMessageContaining("bad.tsv line 2");
        Assertions.assertThatThrownBy(() -> EvaluationWords.read(new StringReader("111\tVERB\tshame\n"), "bad.tsv"))
                .hasMessageContaining("line 1");
    }
}
