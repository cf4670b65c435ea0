package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Modality;

/** The event stage on hand-parsed invented sentences: roles through grammar, modality, date, place, dedup. */
class EventExtractorTest {

    private static List<Event> extract(ParsedArticle a) {
        return a.events();
    }

    private static ParsedArticle russiaUkraine(String tokens, String deps) {
        return new ParsedArticle("2025-04-11").sentence(tokens, deps)
                .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia", "Moscow")
                .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "Ukraine");
    }

    private static final String ATTACKED = "Russia/NNP attacked/VBD/attack Ukraine/NNP ./.";
    private static final String ATTACKED_DEPS = "nsubj 1 0, root -1 1, obj 1 2, punct 1 3";

    @Test
    void activeVoiceGivesSubjectToObject() {
        List<Event> events = extract(russiaUkraine(ATTACKED, ATTACKED_DEPS));
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.source()).isEqualTo("a1");
        assertThat(e.target()).isEqualTo("a2");
        assertThat(e.cameo()).startsWith("19");
        assertThat(e.plover()).isEqualTo("ASSAULT");
        assertThat(e.quad()).isEqualTo(4);
        assertThat(e.goldstein()).isNegative();
        assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(e.date()).isEqualTo("2025-04-11");
        assertThat(e.evidence().text()).isEqualTo("Russia attacked Ukraine.");
        assertThat(e.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void passiveVoiceTakesTheAgentAsSource() {
        List<Event> events = extract(russiaUkraine("Ukraine/NNP was/VBD/be attacked/VBN/attack by/IN Russia/NNP ./.",
                "nsubj:pass 2 0, aux:pass 2 1, root -1 2, case 4 3, obl:agent 2 4, punct 2 5"));
        assertThat(events).extracting(Event::source, Event::target).containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void controlVerbAppealsToItsObjectAndSwallowsTheComplement() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Trump/NNP urged/VBD/urge Russia/NNP to/TO end/VB/end the/DT war/NN ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, nsubj:xsubj 4 2, mark 4 3, xcomp 1 4, det 6 5, obj 4 6, punct 1 7")
                .actor("a1", "Donald Trump", ActorKind.PERSON, "USA", "Trump")
                .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "Russia");
        List<Event> events = extract(a);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).source()).isEqualTo("a1");
        assertThat(events.get(0).target()).isEqualTo("a2");
        assertThat(events.get(0).cameo()).startsWith("02");
        assertThat(events.get(0).plover()).isNull();
    }

    @Test
    void coordinatedSubjectsEachAct() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("France/NNP and/CC Germany/NNP condemned/VBD/condemn Russia/NNP ./.",
                        "nsubj 3 0, cc 2 1, conj:and 0 2, nsubj 3 2, root -1 3, obj 3 4, punct 3 5")
                .actor("a1", "France", ActorKind.COUNTRY, "FRA", "France")
                .actor("a2", "Germany", ActorKind.COUNTRY, "DEU", "Germany")
                .actor("a3", "Russia", ActorKind.COUNTRY, "RUS", "Russia");
        List<Event> events = extract(a);
        assertThat(events).extracting(Event::source).containsExactly("a1", "a2");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.target()).isEqualTo("a3");
            assertThat(e.cameo()).startsWith("11");
        });
    }

    @Test
    void eventNounTakesItsPossessorAndOfPhraseAndOldDatesAreHistory() {
        ParsedArticle a = russiaUkraine("Moscow/NNP 's/POS invasion/NN of/IN Ukraine/NNP began/VBD/begin in/IN 2022/CD ./.",
                "nmod:poss 2 0, case 0 1, nsubj 5 2, case 4 3, nmod:of 2 4, root -1 5, case 7 6, obl:in 5 7, punct 5 8")
                .time("2022", "2022");
        List<Event> events = extract(a);
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.source()).isEqualTo("a1");
        assertThat(e.target()).isEqualTo("a2");
        assertThat(e.cameo()).isEqualTo("190");
        assertThat(e.date()).isEqualTo("2022");
        assertThat(e.modality()).isEqualTo(Modality.HISTORICAL);
    }

    @Test
    void talksWithAreDatedAndPlacedByTheirClause() {
        ParsedArticle a = new ParsedArticle("2025-04-12")
                .sentence("Witkoff/NNP held/VBD/hold talks/NNS/talk with/IN Putin/NNP in/IN Petersburg/NNP on/IN Friday/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:with 2 4, case 6 5, obl:in 1 6, case 8 7, obl:on 1 8, punct 1 9")
                .actor("a1", "Steve Witkoff", ActorKind.PERSON, "USA", "Witkoff")
                .actor("a2", "Vladimir Putin", ActorKind.PERSON, "RUS", "Putin")
                .time("Friday", "2025-04-11")
                .place("p1", "Petersburg");
        List<Event> events = extract(a);
        assertThat(events).hasSize(1);
        Event e = events.get(0);
        assertThat(e.source()).isEqualTo("a1");
        assertThat(e.target()).isEqualTo("a2");
        assertThat(e.cameo()).startsWith("04");
        assertThat(e.date()).isEqualTo("2025-04-11");
        assertThat(e.place()).isEqualTo("p1");
    }

    @Test
    void eventNounAfterALightVerbTakesTheVerbsSubject() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Witkoff/NNP started/VBD/start negotiations/NNS/negotiation with/IN Putin/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 4 3, nmod:with 2 4, punct 1 5")
                .actor("a1", "Steve Witkoff", ActorKind.PERSON, "USA", "Witkoff")
                .actor("a2", "Vladimir Putin", ActorKind.PERSON, "RUS", "Putin");
        assertThat(extract(a)).extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void negationIsNeverAsserted() {
        List<Event> events = extract(russiaUkraine("Russia/NNP did/VBD/do not/RB attack/VB/attack Ukraine/NNP ./.",
                "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, obj 3 4, punct 3 5"));
        assertThat(events).extracting(Event::modality).containsExactly(Modality.NEGATED);
    }

    @Test
    void anIndefiniteEventNamedForWhatItWouldBringIsSupposedButAPastOneHappened() {
        // "a clash ... risks a war": the clash is a case supposed to say what it would bring
        List<Event> risks = extract(russiaUkraine(
                "A/DT clash/NN between/IN Russia/NNP and/CC Ukraine/NNP risks/VBZ/risk a/DT wider/JJR/wide crisis/NN ./.",
                "det 1 0, nsubj 6 1, case 3 2, nmod:between 1 3, cc 5 4, conj:and 3 5, root -1 6, det 9 7, amod 9 8, obj 6 9, punct 6 10"));
        assertThat(risks).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
        List<Event> led = extract(russiaUkraine(
                "A/DT clash/NN between/IN Russia/NNP and/CC Ukraine/NNP caused/VBD/cause a/DT wider/JJR/wide crisis/NN ./.",
                "det 1 0, nsubj 6 1, case 3 2, nmod:between 1 3, cc 5 4, conj:and 3 5, root -1 6, det 9 7, amod 9 8, obj 6 9, punct 6 10"));
        assertThat(led).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ASSERTED));
        // the definite, known clash that risks something is no supposition
        List<Event> known = extract(russiaUkraine(
                "The/DT clash/NN between/IN Russia/NNP and/CC Ukraine/NNP risks/VBZ/risk a/DT wider/JJR/wide crisis/NN ./.",
                "det 1 0, nsubj 6 1, case 3 2, nmod:between 1 3, cc 5 4, conj:and 3 5, root -1 6, det 9 7, amod 9 8, obj 6 9, punct 6 10"));
        assertThat(known).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.ASSERTED));
    }

    @Test
    void modalAndConditionMakeItHypothetical() {
        assertThat(extract(russiaUkraine("Russia/NNP could/MD attack/VB/attack Ukraine/NNP ./.",
                "nsubj 2 0, aux 2 1, root -1 2, obj 2 3, punct 2 4")))
                .extracting(Event::modality).containsExactly(Modality.HYPOTHETICAL);
        ParsedArticle conditional = russiaUkraine(
                "Russia/NNP will/MD attack/VB/attack Ukraine/NNP if/IN NATO/NNP expands/VBZ/expand ./.",
                "nsubj 2 0, aux 2 1, root -1 2, obj 2 3, mark 6 4, nsubj 6 5, advcl:if 2 6, punct 2 7");
        assertThat(extract(conditional)).extracting(Event::modality).containsExactly(Modality.HYPOTHETICAL);
        // promised on a condition, the attack is a threat of it (1384), still only hypothetical
        assertThat(extract(conditional)).extracting(Event::cameo).containsExactly("1384");
        // a guess with no commitment ("could") is no threat
        ParsedArticle guess = russiaUkraine(
                "Russia/NNP could/MD attack/VB/attack Ukraine/NNP if/IN NATO/NNP expands/VBZ/expand ./.",
                "nsubj 2 0, aux 2 1, root -1 2, obj 2 3, mark 6 4, nsubj 6 5, advcl:if 2 6, punct 2 7");
        assertThat(extract(guess)).extracting(Event::cameo).allSatisfy(c -> assertThat(c).startsWith("19"));
    }

    @Test
    void aConditionalOfferToMeetIsTheIntentToMeet() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Putin/NNP would/MD meet/VB/meet Trump/NNP if/IN Kyiv/NNP agreed/VBD/agree ./.",
                        "nsubj 2 0, aux 2 1, root -1 2, obj 2 3, mark 6 4, nsubj 6 5, advcl:if 2 6, punct 2 7")
                .actor("a1", "Vladimir Putin", ActorKind.PERSON, "RUS", "Putin")
                .actor("a2", "Donald Trump", ActorKind.PERSON, "USA", "Trump");
        assertThat(extract(a)).filteredOn(e -> e.source().equals("a1"))
                .extracting(Event::cameo, Event::plover).containsExactly(org.assertj.core.groups.Tuple.tuple("036", "AGREE"));
    }

    @Test
    void decidingNotToDoACooperativeActIsARejection() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Syria/NNP will/MD not/RB accept/VB/accept refugees/NNS/refugee ./.",
                        "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, obj 3 4, punct 3 5")
                .actor("a1", "Syria", ActorKind.COUNTRY, "SYR", "Syria");
        assertThat(extract(a)).extracting(Event::cameo, Event::plover, Event::modality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("1223", "REJECT", Modality.ASSERTED));
        // only not having done it, with no decision, stays a negated act
        ParsedArticle notDone = new ParsedArticle("2025-04-11")
                .sentence("Syria/NNP did/VBD/do not/RB accept/VB/accept refugees/NNS/refugee ./.",
                        "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, obj 3 4, punct 3 5")
                .actor("a1", "Syria", ActorKind.COUNTRY, "SYR", "Syria");
        assertThat(extract(notDone)).extracting(Event::cameo, Event::modality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("075", Modality.NEGATED));
        assertThat(RefusalCoding.refusalOf("0871")).isEqualTo("1246");
        assertThat(RefusalCoding.refusalOf("190")).isNull();
    }

    @Test
    void aShareOfAnAidProgramIsTheAidAndADecisionEnactsWhatItDecides() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Washington/NNP suspended/VBD/suspend part/NN of/IN a/DT military/JJ aid/NN program/NN for/IN Bosnia/NNP ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, case 7 3, det 7 4, amod 7 5, compound 7 6, nmod:of 2 7, "
                                + "case 9 8, nmod:for 7 9, punct 1 10")
                .actor("a1", "United States", ActorKind.COUNTRY, "USA", "Washington")
                .actor("a2", "Bosnia", ActorKind.COUNTRY, "BIH", "Bosnia");
        assertThat(extract(a)).extracting(Event::cameo).containsExactly("1622");
        ParsedArticle decided = new ParsedArticle("2025-04-11")
                .sentence("The/DT court/NN decided/VBD/decide to/TO allow/VB/allow Ouattara/NNP to/TO run/VB/run ./.",
                        "det 1 0, nsubj 2 1, root -1 2, mark 4 3, xcomp 2 4, obj 4 5, mark 7 6, xcomp 4 7, punct 2 8")
                .actor("a1", "Supreme Court", ActorKind.ORGANIZATION, "CIV", "court")
                .actor("a2", "Alassane Ouattara", ActorKind.PERSON, "CIV", "Ouattara");
        assertThat(extract(decided)).extracting(Event::cameo, Event::plover)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0812", "CONCEDE"));
    }

    @Test
    void aResignationIsARetreatAsPloverTypesIt() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Shevardnadze/NNP resigned/VBD/resign ./.", "nsubj 1 0, root -1 1, punct 1 2")
                .actor("a1", "Eduard Shevardnadze", ActorKind.PERSON, "GEO", "Shevardnadze");
        assertThat(extract(a)).extracting(Event::cameo, Event::plover)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0831", "RETREAT"));
    }

    @Test
    void aWeekDatesAnEventByTheMonthOfItsThursday() {
        assertThat(EventExtractor.asCalendarDate("2018-W51")).isEqualTo("2018-12");
        assertThat(EventExtractor.asCalendarDate("2020-W53")).isEqualTo("2020-12");
        assertThat(EventExtractor.asCalendarDate("2026-W01")).isEqualTo("2026-01");
        assertThat(EventExtractor.asCalendarDate("2025-04-11")).isEqualTo("2025-04-11");
    }

    @Test
    void futureIsPlannedAndDatedByItsTimeExpression() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Putin/NNP will/MD meet/VB/meet Trump/NNP next/JJ week/NN ./.",
                        "nsubj 2 0, aux 2 1, root -1 2, obj 2 3, amod 5 4, obl:tmod 2 5, punct 2 6")
                .actor("a1", "Vladimir Putin", ActorKind.PERSON, "RUS", "Putin")
                .actor("a2", "Donald Trump", ActorKind.PERSON, "USA", "Trump")
                .time("next week", "2025-W16");
        List<Event> events = extract(a);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).modality()).isEqualTo(Modality.PLANNED);
        // the week's Thursday (17 April) names its month: an event date is a day, month or year
        assertThat(events.get(0).date()).isEqualTo("2025-04");
        assertThat(events.get(0).cameo()).startsWith("04");
    }

    @Test
    void anAnnouncedActIsCodedAsTheIntent() {
        List<Event> events = extract(russiaUkraine("Russia/NNP will/MD occupy/VB/occupy Ukraine/NNP ./.",
                "nsubj 2 0, aux 2 1, root -1 2, obj 2 3, punct 2 4"));
        assertThat(events).hasSize(1);
        assertThat(events.get(0).cameo()).isEqualTo("1382");
        assertThat(events.get(0).modality()).isEqualTo(Modality.PLANNED);
        assertThat(IntentCoding.intentFor("073")).isEqualTo("0333");
        assertThat(IntentCoding.intentFor("070")).isEqualTo("033");
        assertThat(IntentCoding.intentFor("163")).isEqualTo("1312");
        assertThat(IntentCoding.intentFor("046")).isEqualTo("046");
        assertThat(IntentCoding.intentFor("045")).isEqualTo("039");
        assertThat(IntentCoding.conditionalIntentFor("042")).isEqualTo("036");
    }

    @Test
    void hedgesAndAccusationsAreAlleged() {
        assertThat(extract(russiaUkraine("Russia/NNP allegedly/RB attacked/VBD/attack Ukraine/NNP ./.",
                "nsubj 2 0, advmod 2 1, root -1 2, obj 2 3, punct 2 4")))
                .extracting(Event::modality).containsExactly(Modality.ALLEGED);
        ParsedArticle accusation = russiaUkraine(
                "Ukraine/NNP accused/VBD/accuse Russia/NNP of/IN attacking/VBG/attack Kharkiv/NNP ./.",
                "nsubj 1 0, root -1 1, obj 1 2, mark 4 3, advcl:of 1 4, obj 4 5, punct 1 6")
                .actor("a3", "Kharkiv", ActorKind.ORGANIZATION, "UKR", "Kharkiv");
        List<Event> events = extract(accusation);
        Event accuse = events.stream().filter(e -> e.cameo().startsWith("11")).findFirst().orElseThrow();
        assertThat(accuse.source()).isEqualTo("a2");
        assertThat(accuse.target()).isEqualTo("a1");
        assertThat(accuse.modality()).isEqualTo(Modality.ASSERTED);
        Event attack = events.stream().filter(e -> e.cameo().startsWith("19")).findFirst().orElseThrow();
        assertThat(attack.source()).isEqualTo("a1");
        assertThat(attack.modality()).isEqualTo(Modality.ALLEGED);
    }

    @Test
    void clauseUnderASpeechVerbIsReported() {
        List<Event> events = extract(russiaUkraine("Officials/NNS/official said/VBD/say Russia/NNP attacked/VBD/attack Ukraine/NNP ./.",
                "nsubj 1 0, root -1 1, nsubj 3 2, ccomp 1 3, obj 3 4, punct 1 5"));
        assertThat(events).extracting(Event::modality).containsExactly(Modality.REPORTED);
    }

    @Test
    void sayingAnotherMustActIsADemand() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP said/VBD/say Sudan/NNP must/MD return/VB/return the/DT helicopter/NN ./.",
                        "nsubj 1 0, root -1 1, nsubj 4 2, aux 4 3, ccomp 1 4, det 6 5, obj 4 6, punct 1 7")
                .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia")
                .actor("a2", "Sudan", ActorKind.COUNTRY, "SDN", "Sudan");
        assertThat(extract(a)).anySatisfy(e -> {
            assertThat(e.cameo()).isEqualTo("100");
            assertThat(e.source()).isEqualTo("a1");
            assertThat(e.target()).isEqualTo("a2");
        });
    }

    @Test
    void refusalIsAssertedAndTheRefusedMeetingNegated() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Iran/NNP refused/VBD/refuse to/TO meet/VB/meet Oman/NNP ./.",
                        "nsubj 1 0, nsubj:xsubj 3 0, root -1 1, mark 3 2, xcomp 1 3, obj 3 4, punct 1 5")
                .actor("a1", "Iran", ActorKind.COUNTRY, "IRN", "Iran")
                .actor("a2", "Oman", ActorKind.COUNTRY, "OMN", "Oman");
        List<Event> events = extract(a);
        assertThat(events).anySatisfy(e -> {
            assertThat(e.cameo()).startsWith("12");
            assertThat(e.modality()).isEqualTo(Modality.ASSERTED);
        });
        assertThat(events).filteredOn(e -> e.cameo().startsWith("04")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.NEGATED));
    }

    @Test
    void theSameEventToldTwiceIsOneWithFurtherEvidence() {
        ParsedArticle a = russiaUkraine(ATTACKED, ATTACKED_DEPS)
                .sentence("Russia/NNP attacked/VBD/attack Ukraine/NNP again/RB ./.",
                        "nsubj 1 0, root -1 1, obj 1 2, advmod 1 3, punct 1 4");
        List<Event> events = extract(a);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).id()).isEqualTo("e1");
        assertThat(events.get(0).evidence().text()).isEqualTo("Russia attacked Ukraine.");
        assertThat(events.get(0).also()).extracting(s -> s.text()).containsExactly("Russia attacked Ukraine again.");
    }

    @Test
    void negatedTellingDoesNotMergeIntoAnAssertedOne() {
        ParsedArticle a = russiaUkraine(ATTACKED, ATTACKED_DEPS)
                .sentence("Russia/NNP did/VBD/do not/RB attack/VB/attack Ukraine/NNP ./.",
                        "nsubj 3 0, aux 3 1, advmod 3 2, root -1 3, obj 3 4, punct 3 5");
        assertThat(extract(a)).extracting(Event::modality).containsExactly(Modality.ASSERTED, Modality.NEGATED);
    }

    @Test
    void noSourceActorNoEvent() {
        ParsedArticle a = new ParsedArticle("2025-04-11").sentence(ATTACKED, ATTACKED_DEPS)
                .actor("a2", "Ukraine", ActorKind.COUNTRY, "UKR", "Ukraine");
        assertThat(extract(a)).isEmpty();
    }

    @Test
    void aHyphenatedAgentStandsForItsNounButTheAgentOfAnyParticipleDoesNot() {
        // "Iran attended a Russian-sponsored conference boycotted by Turkey": Russia hosts it, Turkey only boycotts it
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Iran/NNP attended/VBD/attend a/DT Russian/JJ -/HYPH sponsored/VBN/sponsor conference/NN"
                                + " boycotted/VBN/boycott by/IN Turkey/NNP ./.",
                        "nsubj 1 0, root -1 1, det 6 2, dep 5 3, punct 5 4, amod 6 5, obj 1 6, acl 6 7, case 9 8,"
                                + " obl:by 7 9, punct 1 10")
                .actor("a1", "Iran", ActorKind.COUNTRY, "IRN", "Iran")
                .actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "Russian")
                .actor("a3", "Turkey", ActorKind.COUNTRY, "TUR", "Turkey");
        List<Event> meetings = extract(a).stream().filter(e -> e.cameo().startsWith("04")).toList();
        assertThat(meetings).extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void fightingAlongsideIsCooperationWithThatSideNotAnAttackOnIt() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Chinese/JJ nationals/NNS/national are/VBP/be fighting/VBG/fight alongside/IN Russian/JJ forces/NNS/force ./.",
                        "amod 1 0, nsubj 3 1, aux 3 2, root -1 3, case 6 4, amod 6 5, obl:alongside 3 6, punct 3 7")
                .actor("a1", "Chinese nationals", ActorKind.GROUP, "CHN", "Chinese nationals")
                .actor("a2", "Russian forces", ActorKind.GROUP, "RUS", "Russian forces");
        List<Event> events = extract(a);
        assertThat(events).noneMatch(e -> e.cameo().startsWith("19") && "a2".equals(e.target()));
        assertThat(events).anyMatch(e -> e.cameo().equals("062") && e.source().equals("a1") && "a2".equals(e.target()));
    }

    @Test
    void coSourcesInTheSamePhraseAreNotEachOthersTargets() {
        // "the resignation of the secretary, Mattis, and the envoy, McGurk": both resign
        ParsedArticle a = new ParsedArticle("2018-12-25")
                .sentence("the/DT resignation/NN of/IN the/DT secretary/NN ,/, Mattis/NNP ,/, and/CC the/DT envoy/NN ,/, McGurk/NNP ./.",
                        "det 1 0, root -1 1, case 4 2, det 4 3, nmod:of 1 4, punct 4 5, appos 4 6, punct 4 7, cc 10 8,"
                                + " det 10 9, conj:and 4 10, nmod:of 1 10, punct 10 11, appos 10 12, punct 1 13")
                .actor("a1", "Jim Mattis", ActorKind.PERSON, "USA", "Mattis")
                .actor("a2", "Brett McGurk", ActorKind.PERSON, "USA", "McGurk");
        List<Event> events = extract(a);
        assertThat(events).isNotEmpty().allMatch(e -> e.target() == null);
    }

    @Test
    void aModalOnANounWithoutACopulaIsAMisparseNotAPlan() {
        // "Iraq said the comments were a violation ... national will”, according to media": "will" hung on "media"
        ParsedArticle a = new ParsedArticle("2019-02-04")
                .sentence("Iraq/NNP said/VBD/say Trump/NNP 's/POS comments/NNS/comment were/VBD/be a/DT violation/NN"
                                + " will/MD ,/, according/VBG to/IN media/NNS ./.",
                        "nsubj 1 0, csubj 12 1, nmod:poss 4 2, case 2 3, nsubj 7 4, cop 7 5, det 7 6, ccomp 1 7,"
                                + " aux 12 8, punct 12 9, case 12 10, fixed 10 11, root -1 12, punct 12 13")
                .actor("a1", "Iraq", ActorKind.COUNTRY, "IRQ", "Iraq")
                .actor("a2", "Donald Trump", ActorKind.PERSON, "USA", "Trump");
        List<Event> events = extract(a);
        assertThat(events).isNotEmpty().noneMatch(e -> e.modality() == Modality.PLANNED);
    }

    @Test
    void aPluralSubjectNamedOnlyByTheCountryItIsInActsForThatCountry() {
        // "students throughout Indonesia staged demonstrations", not "a meeting of groups in Saudi Arabia"
        ParsedArticle a = new ParsedArticle("1998-05-02")
                .sentence("students/NNS/student throughout/IN Indonesia/NNP staged/VBD/stage demonstrations/NNS/demonstration ./.",
                        "nsubj 3 0, case 2 1, nmod:throughout 0 2, root -1 3, obj 3 4, punct 3 5")
                .actor("a1", "Indonesia", ActorKind.COUNTRY, "IDN", "Indonesia");
        List<Event> events = extract(a);
        assertThat(events).anyMatch(e -> e.cameo().startsWith("14") && e.source().equals("a1"));
    }

    @Test
    void aParticipleOnAnIssuedTextActsForTheTextsAuthor() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("The/DT PKK/NNP issued/VBD/issue a/DT declaration/NN demanding/VBG/demand that/IN Turkey/NNP "
                                + "release/VB/release prisoners/NNS/prisoner ./.",
                        "det 1 0, nsubj 2 1, root -1 2, det 4 3, obj 2 4, acl 4 5, mark 8 6, nsubj 8 7, ccomp 5 8, "
                                + "obj 8 9, punct 2 10")
                .actor("a1", "PKK", ActorKind.ORGANIZATION, null, "PKK")
                .actor("a2", "Turkey", ActorKind.COUNTRY, "TUR", "Turkey");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("10"))
                .extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void theSpeakerOwnsAPossessedSubjectOfWhatItSays() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("The/DT rebels/NNS/rebel said/VBD/say their/PRP$/they forces/NNS/force had/VBD/have "
                                + "completed/VBN/complete their/PRP$/they withdrawal/NN ./.",
                        "det 1 0, nsubj 2 1, root -1 2, nmod:poss 4 3, nsubj 6 4, aux 6 5, ccomp 2 6, nmod:poss 8 7, "
                                + "obj 6 8, punct 2 9")
                .actor("a1", "rebels", ActorKind.GROUP, "BIH", "rebels");
        List<Event> events = extract(a);
        assertThat(events).filteredOn(e -> e.cameo().startsWith("08")).extracting(Event::source, Event::modality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", Modality.REPORTED));
    }

    @Test
    void aPossessivePronounOfAnObjectIsNotTheSpeaker() {
        // "their withdrawal" as an object may be anyone's: only a possessed subject goes to the speaker
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("The/DT rebels/NNS/rebel said/VBD/say troops/NNS/troop had/VBD/have "
                                + "completed/VBN/complete their/PRP$/they withdrawal/NN ./.",
                        "det 1 0, nsubj 2 1, root -1 2, nsubj 5 3, aux 5 4, ccomp 2 5, nmod:poss 7 6, "
                                + "obj 5 7, punct 2 8")
                .actor("a1", "rebels", ActorKind.GROUP, "BIH", "rebels");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("08")).isEmpty();
    }

    @Test
    void anEventNounThatMustStopIsUnderWay() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Erdogan/NNP 's/POS threat/NN against/IN the/DT Kurds/NNPS must/MD stop/VB/stop ./.",
                        "nmod:poss 2 0, case 0 1, nsubj 7 2, case 5 3, det 5 4, nmod:against 2 5, aux 7 6, root -1 7, "
                                + "punct 7 8")
                .actor("a1", "Recep Tayyip Erdogan", ActorKind.PERSON, "TUR", "Erdogan")
                .actor("a2", "Kurds", ActorKind.GROUP, "IRQ", "Kurds");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("13"))
                .extracting(Event::source, Event::target, Event::modality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2", Modality.ASSERTED));
    }

    @Test
    void anEventNounThatMightHappenStaysHypothetical() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Erdogan/NNP 's/POS attack/NN on/IN the/DT Kurds/NNPS could/MD begin/VB/begin ./.",
                        "nmod:poss 2 0, case 0 1, nsubj 7 2, case 5 3, det 5 4, nmod:on 2 5, aux 7 6, root -1 7, "
                                + "punct 7 8")
                .actor("a1", "Recep Tayyip Erdogan", ActorKind.PERSON, "TUR", "Erdogan")
                .actor("a2", "Kurds", ActorKind.GROUP, "IRQ", "Kurds");
        assertThat(extract(a)).isNotEmpty().allSatisfy(e -> assertThat(e.modality()).isEqualTo(Modality.HYPOTHETICAL));
    }

    @Test
    void anEventNounModifyingAnEffortTakesTheEffortsVerb() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Qatar/NNP launched/VBD/launch a/DT mediation/NN effort/NN ./.",
                        "nsubj 1 0, root -1 1, det 4 2, compound 4 3, obj 1 4, punct 1 5")
                .actor("a1", "Qatar", ActorKind.COUNTRY, "QAT", "Qatar");
        assertThat(extract(a)).extracting(Event::source, Event::cameo)
                .contains(org.assertj.core.groups.Tuple.tuple("a1", "045"));
    }

    @Test
    void aProtestIsAimedAtWhomItsPurposeClauseMakesDemandsOf() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Kurds/NNPS demonstrated/VBD/demonstrate calling/VBG/call for/IN independence/NN from/IN Iraq/NNP ./.",
                        "nsubj 1 0, root -1 1, advcl 1 2, case 4 3, obl:for 2 4, case 6 5, nmod:from 4 6, punct 1 7")
                .actor("a1", "Kurds", ActorKind.GROUP, "IRQ", "Kurds")
                .actor("a2", "Iraq", ActorKind.COUNTRY, "IRQ", "Iraq");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("14"))
                .extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void aProtestAimedAtNoOneNamedIsAimedAtTheCountryItTakesPlaceIn() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Students/NNS/student demonstrated/VBD/demonstrate in/IN Serbia/NNP ./.",
                        "nsubj 1 0, root -1 1, case 3 2, obl:in 1 3, punct 1 4")
                .actor("a1", "students", ActorKind.GROUP, "SRB", "Students")
                .actor("a2", "Serbia", ActorKind.COUNTRY, "SRB", "Serbia");
        assertThat(extract(a)).extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void aThreatIsAimedAtTheOneItsConditionNames() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Russia/NNP threatened/VBD/threaten to/TO stop/VB/stop talks/NNS/talk if/IN Washington/NNP "
                                + "deploys/VBZ/deploy missiles/NNS/missile ./.",
                        "nsubj 1 0, nsubj:xsubj 3 0, root -1 1, mark 3 2, xcomp 1 3, obj 3 4, mark 7 5, nsubj 7 6, "
                                + "advcl:if 3 7, obj 7 8, punct 1 9")
                .actor("a1", "Russia", ActorKind.COUNTRY, "RUS", "Russia")
                .actor("a2", "United States", ActorKind.COUNTRY, "USA", "Washington");
        assertThat(extract(a)).filteredOn(e -> e.cameo().startsWith("13"))
                .extracting(Event::source, Event::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "a2"));
    }

    @Test
    void membersAffiliatedWithABodyActForItAndStoppingWorkIsAStrike() {
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Workers/NNS/worker affiliated/VBN/affiliate with/IN the/DT union/NN stopped/VBD/stop work/NN ./.",
                        "nsubj 5 0, acl 0 1, case 4 2, det 4 3, obl:with 1 4, root -1 5, obj 5 6, punct 5 7")
                .actor("a1", "Serbian Workers' Union", ActorKind.ORGANIZATION, "SRB", "union");
        assertThat(extract(a)).extracting(Event::source, Event::cameo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a1", "143"));
    }
    @Test
    void anUntargetedActThatIsOnlyWhatWasDemandedIsNotCodedBesideTheDemand() {
        // "Sudan said the rebels must disarm": the disarming is what was demanded, not an event of its own
        ParsedArticle a = new ParsedArticle("2025-04-11")
                .sentence("Sudan/NNP said/VBD/say the/DT rebels/NNS must/MD disarm/VB/disarm ./.",
                        "nsubj 1 0, root -1 1, det 3 2, nsubj 5 3, aux 5 4, ccomp 1 5, punct 1 6")
                .actor("a1", "Sudan", ActorKind.COUNTRY, "SDN", "Sudan")
                .actor("a2", "Sudanese rebels", ActorKind.GROUP, "SDN", "rebels");
        List<Event> events = extract(a);
        assertThat(events).extracting(Event::cameo).containsExactly("100");
        // told alone, the same untargeted hypothetical act is kept with its modality
        ParsedArticle alone = new ParsedArticle("2025-04-11")
                .sentence("The/DT rebels/NNS must/MD disarm/VB/disarm ./.", "det 1 0, nsubj 3 1, aux 3 2, root -1 3, punct 3 4")
                .actor("a2", "Sudanese rebels", ActorKind.GROUP, "SDN", "rebels");
        assertThat(extract(alone)).extracting(Event::cameo, Event::modality)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0873", Modality.HYPOTHETICAL));
    }
}
