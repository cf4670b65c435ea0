package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Quote;
import org.parley.extract.actors.ActorIndex;

/**
 * Where a reported content starts and ends, on hand-parsed invented sentences: what the narrator adds after a comma is
 * left out, to-infinitives are the content of pledges and requests, nested thoughts are not items of their own.
 */
class ContentExtentTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> run(AnnotatedArticle a) {
        return extractor.extract(a, new ActorIndex(List.of()));
    }

    @Test
    void aParticiplePhraseAfterTheReportedClauseIsTheNarratorsNotTheSpeakers() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON said/VBD/say the/DT/the talks/NNS/talk failed/VBD/fail ~,/,/, "
                        + "leaving/VBG/leave the/DT/the region/NN/region in/IN/in limbo/NN/limbo ~./././.",
                "root -1 1, nsubj 1 0, det 3 2, nsubj 4 3, ccomp 1 4, punct 4 5, advcl 4 6, det 8 7, obj 6 8, "
                        + "case 10 9, obl:in 6 10, punct 1 11").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("the talks failed");
    }

    @Test
    void aContrastClauseAfterTheReportedClauseIsLeftOut() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON said/VBD/say turnout/NN/turnout rose/VBD/rise ~,/,/, while/IN/while "
                        + "prices/NNS/price fell/VBD/fall ~./././.",
                "root -1 1, nsubj 1 0, nsubj 3 2, ccomp 1 3, punct 3 4, mark 7 5, nsubj 7 6, advcl:while 3 7, "
                        + "punct 1 8").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("turnout rose");
    }

    @Test
    void aPledgeOrARequestReportsItsToInfinitiveWithTheObjectBeforeIt() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("The/DT/the mayor/NN/mayor vowed/VBD/vow to/TO/to rebuild/VB/rebuild the/DT/the "
                                + "bridge/NN/bridge ~./././.",
                        "root -1 2, det 1 0, nsubj 2 1, mark 4 3, xcomp 2 4, det 6 5, obj 4 6, punct 2 7")
                .sentence("She/PRP/she told/VBD/tell her/PRP$/she aides/NNS/aide to/TO/to leave/VB/leave ~./././.",
                        "root -1 1, nsubj 1 0, nmod:poss 3 2, obj 1 3, mark 5 4, xcomp 1 5, punct 1 6")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("to rebuild the bridge", "her aides to leave");
        assertThat(quotes).extracting(q -> q.source().text()).containsExactly("The mayor", "She");
    }

    @Test
    void aPassiveExpectationNamesNoSourceAndIsNoQuote() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "The/DT/the talks/NNS/talk are/VBP/be expected/VBN/expect to/TO/to resume/VB/resume ~./././.",
                "root -1 3, det 1 0, nsubj:pass 3 1, aux:pass 3 2, mark 5 4, xcomp 3 5, punct 3 6").build();
        assertThat(run(a)).isEmpty();
    }

    @Test
    void aCueWithItsOwnComplementDoesNotReportTheClauseItHangsFrom() {
        // the parser hung "pledged" on the opening clause as parataxis
        AnnotatedArticle a = new ArticleFixture().sentence(
                "In/IN/in a/DT/a turn/NN/turn that/WDT/that surprised/VBD/surprise many/JJ/many ~,/,/, "
                        + "Doe/NNP/Doe/PERSON pledged/VBD/pledge to/TO/to cut/VB/cut taxes/NNS/tax ~./././.",
                "root -1 4, case 2 0, det 2 1, obl:in 4 2, nsubj 4 3, obj 4 5, punct 4 6, nsubj 8 7, "
                        + "parataxis 4 8, mark 10 9, xcomp 8 10, obj 10 11, punct 4 12").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("to cut taxes");
        assertThat(quotes.get(0).source().text()).endsWith("Doe");
    }

    @Test
    void anAsPhraseAfterTheObjectSaysWhatOfIt() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "He/PRP/he described/VBD/describe the/DT/the plan/NN/plan as/IN/as reckless/JJ/reckless ~./././.",
                "root -1 1, nsubj 1 0, det 3 2, obj 1 3, case 5 4, obl:as 1 5, punct 1 6").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("the plan as reckless");
    }

    @Test
    void aThoughtInsideAReportedClauseIsNoItemButNestedSpeechIs() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Doe/NNP/Doe/PERSON said/VBD/say she/PRP/she believes/VBZ/believe the/DT/the "
                                + "deal/NN/deal will/MD/will hold/VB/hold ~./././.",
                        "root -1 1, nsubj 1 0, nsubj 3 2, ccomp 1 3, det 5 4, nsubj 7 5, aux 7 6, ccomp 3 7, "
                                + "punct 1 8")
                .sentence("The/DT/the ministry/NN/ministry said/VBD/say the/DT/the envoy/NN/envoy told/VBD/tell "
                                + "reporters/NNS/reporter that/IN/that talks/NNS/talk failed/VBD/fail ~./././.",
                        "root -1 2, det 1 0, nsubj 2 1, det 4 3, nsubj 5 4, ccomp 2 5, obj 5 6, mark 9 7, "
                                + "nsubj 9 8, ccomp 5 9, punct 2 10")
                .build();
        assertThat(run(a)).extracting(q -> q.cue().text()).containsExactly("said", "said", "told");
    }

    @Test
    void aStanceVerbWithAPlainObjectReportsTheObjectNotTheRestOfTheSentence() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "He/PRP/he dismissed/VBD/dismiss the/DT/the critique/NN/critique ~,/,/, saying/VBG/say "
                        + "Monday/NNP/Monday that/IN/that it/PRP/it was/VBD/be unfair/JJ/unfair ~./././.",
                "root -1 1, nsubj 1 0, det 3 2, obj 1 3, punct 1 4, dep 1 5, obl:tmod 5 6, mark 10 7, "
                        + "nsubj 10 8, cop 10 9, ccomp 5 10, punct 1 11").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("the critique", "that it was unfair");
        assertThat(quotes).extracting(q -> q.source().text()).containsExactly("He", "He");
    }

    @Test
    void aLinearlyReadClauseStopsWhereAPhraseOfTheCueItselfBegins() {
        // a misparse: the reported clause came out as an object and a dependent of "said"
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON said/VBD/say the/DT/the deal/NN/deal is/VBZ/be dead/JJ/dead ~,/,/, "
                        + "citing/VBG/cite delays/NNS/delay ~./././.",
                "root -1 1, nsubj 1 0, det 3 2, obj 1 3, cop 5 4, dep 1 5, punct 1 6, advcl 1 7, obj 7 8, "
                        + "punct 1 9").build();
        assertThat(run(a)).extracting(Quote::text).first().isEqualTo("the deal is dead");
    }

    @Test
    void aStanceVerbsObjectRunsThroughTheRestOfItsPhraseButNotItsTime() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON blamed/VBD/blame the/DT/the law/NN/law on/IN/on rivals/NNS/rival "
                        + "after/IN/after the/DT/the vote/NN/vote ~./././.",
                "root -1 1, nsubj 1 0, det 3 2, obj 1 3, case 5 4, obl:on 1 5, case 8 6, det 8 7, obl:after 1 8, "
                        + "punct 1 9").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("the law on rivals");
    }

    @Test
    void aCoordinatedObjectIsReportedWhole() {
        // enhanced++ copies the verb's obj edge to the second conjunct and lists it before the conj edge
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON mentioned/VBD/mention Smith/NNP/Smith/PERSON or/CC/or Jones/NNP/Jones/PERSON "
                        + "by/IN/by name/NN/name ~./././.",
                "root -1 1, nsubj 1 0, obj 1 2, cc 4 3, obj 1 4, conj:or 2 4, case 6 5, obl:by 1 6, punct 1 7")
                .build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("Smith or Jones by name");
    }

    @Test
    void theWordsOfAnIndirectObjectBeforeTheObjectBelongToIt() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON praised/VBD/praise the/DT/the mayor/NN/mayor a/DT/a great/JJ/great "
                        + "leader/NN/leader ~./././.",
                "root -1 1, nsubj 1 0, det 3 2, iobj 1 3, det 6 4, amod 6 5, obj 1 6, punct 1 7").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("the mayor a great leader");
    }

    @Test
    void aQuotationEndingTheReportedClauseWithItsPeriodIsPartOfIt() {
        // American style: the period stands inside the closing mark, after the clause's last word
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON said/VBD/say the/DT/the port/NN/port city/NN/city quickly/RB/quickly "
                        + "became/VBD/become a/DT/a “/``/“ ~dumping/NN/dumping ground/NN/ground for/IN/for "
                        + "all/DT/all ~./././. ~”/''/”",
                "root -1 1, nsubj 1 0, det 4 2, compound 4 3, nsubj 6 4, advmod 6 5, ccomp 1 6, det 10 7, "
                        + "punct 10 8, compound 10 9, obj 6 10, case 12 11, nmod:for 10 12, punct 1 13, punct 1 14")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("the port city quickly became a “dumping ground for all");
    }

    @Test
    void aVerbWithItsPrepositionReportsThePrepositionsObject() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON talked/VBD/talk about/IN/about the/DT/the economy/NN/economy "
                        + "to/IN/to reporters/NNS/reporter ~./././.",
                "root -1 1, nsubj 1 0, case 4 2, det 4 3, obl:about 1 4, case 6 5, obl:to 1 6, punct 1 7")
                .sentence("Doe/NNP/Doe/PERSON talked/VBD/talk to/IN/to reporters/NNS/reporter ~./././.",
                        "root -1 1, nsubj 1 0, case 3 2, obl:to 1 3, punct 1 4")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("the economy to reporters");
        assertThat(quotes.get(0).cue().text()).isEqualTo("talked about");
    }

    @Test
    void aSecondCoordinatedCueIsNotPartOfTheFirstOnesContent() {
        // the parser hung "adding" inside the object of "blasting"
        AnnotatedArticle a = new ArticleFixture().sentence(
                "He/PRP/he spoke/VBD/speak ~,/,/, blasting/VBG/blast the/DT/the plan/NN/plan and/CC/and "
                        + "adding/VBG/add that/IN/that talks/NNS/talk failed/VBD/fail ~./././.",
                "root -1 1, nsubj 1 0, punct 1 2, advcl 1 3, det 5 4, obj 3 5, cc 7 6, conj:and 5 7, mark 10 8, "
                        + "nsubj 10 9, ccomp 7 10, punct 1 11").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("the plan", "that talks failed");
    }

    @Test
    void aFurtherPredicateOfTheSpeakerEndsALinearlyReadClause() {
        // misparse: no complement under "claimed"; "acquitted" shares the cue's subject
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON claimed/VBD/claim the/DT/the vote/NN/vote was/VBD/be rigged/VBN/rig "
                        + "and/CC/and was/VBD/be acquitted/VBN/acquit ~./././.",
                "root -1 1, nsubj 1 0, det 3 2, obj 1 3, aux:pass 5 4, dep 1 5, cc 8 6, aux:pass 8 7, "
                        + "conj:and 1 8, nsubj:pass 8 0, punct 1 9").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("the vote was rigged");
    }

    @Test
    void aStanceInsideAnotherAttributionsContentIsNoItemOfItsOwn() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON said/VBD/say Smith/NNP/Smith/PERSON endorsed/VBD/endorse the/DT/the "
                        + "law/NN/law ~./././.",
                "root -1 1, nsubj 1 0, nsubj 3 2, ccomp 1 3, det 5 4, obj 3 5, punct 1 6").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("Smith endorsed the law");
    }

    @Test
    void anAsideEndsTheContentEvenWithALooseClauseAfterIt() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON urged/VBD/urge Ruritania/NNP/Ruritania to/TO/to end/VB/end the/DT/the "
                        + "war/NN/war ~,/,/, calling/VBG/call it/PRP/it senseless/JJ/senseless ~,/,/, "
                        + "talks/NNS/talk began/VBD/begin ~./././.",
                "root -1 1, nsubj 1 0, obj 1 2, mark 4 3, xcomp 1 4, det 6 5, obj 4 6, punct 4 7, dep 4 8, "
                        + "obj 8 9, xcomp 8 10, punct 4 11, nsubj 13 12, parataxis 4 13, punct 1 14").build();
        assertThat(run(a)).extracting(Quote::text).contains("Ruritania to end the war");
    }

    @Test
    void aCoordinatedInfinitiveBelongsToThePledge() {
        // enhanced++ copies the xcomp edge to the second infinitive; "establish" is also a cue word
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON promised/VBD/promise to/TO/to reform/VB/reform courts/NNS/court and/CC/and "
                        + "establish/VB/establish order/NN/order ~./././.",
                "root -1 1, nsubj 1 0, mark 3 2, xcomp 1 3, obj 3 4, cc 6 5, xcomp 1 6, conj:and 3 6, obj 6 7, "
                        + "punct 1 8").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("to reform courts and establish order");
    }

    @Test
    void aSeemingOrReportedClauseIsAnItemWithItsSubjectAndNoSource() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Lately/RB/lately ~,/,/, the/DT/the mayor/NN/mayor seemed/VBD/seem to/TO/to "
                                + "waver/VB/waver ~./././.",
                        "root -1 4, advmod 4 0, punct 4 1, det 3 2, nsubj 4 3, mark 6 5, xcomp 4 6, punct 4 7")
                .sentence("The/DT/the group/NN/group is/VBZ/be reportedly/RB/reportedly spending/VBG/spend "
                                + "millions/NNS/million ~./././.",
                        "root -1 4, det 1 0, nsubj 4 1, aux 4 2, advmod 4 3, obj 4 5, punct 4 6")
                .sentence("She/PRP/she appeared/VBD/appear on/IN/on television/NN/television ~./././.",
                        "root -1 1, nsubj 1 0, case 3 2, obl:on 1 3, punct 1 4")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("the mayor seemed to waver", "The group is reportedly spending millions");
        assertThat(quotes).allSatisfy(q -> assertThat(q.source()).isNull());
    }

    @Test
    void aVerbOfPerceptionHoldsAViewOnlyWithItsAsPhrase() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Voters/NNS/voter see/VBP/see Doe/NNP/Doe as/IN/as electable/JJ/electable ~./././.",
                        "root -1 1, nsubj 1 0, obj 1 2, case 4 3, advcl:as 1 4, punct 1 5")
                .sentence("Voters/NNS/voter saw/VBD/see Doe/NNP/Doe speak/VB/speak ~./././.",
                        "root -1 1, nsubj 1 0, nsubj 3 2, ccomp 1 3, punct 1 4")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("Doe as electable");
        assertThat(quotes.get(0).source().text()).isEqualTo("Voters");
    }

    @Test
    void aPassiveStanceIsOnItsSubjectAndItsAgentIsTheSource() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "The/DT/the plan/NN/plan was/VBD/be endorsed/VBN/endorse by/IN/by Doe/NNP/Doe ~./././.",
                "root -1 3, det 1 0, nsubj:pass 3 1, aux:pass 3 2, case 5 4, obl:agent 3 5, punct 3 6").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("The plan");
        assertThat(quotes.get(0).source().text()).endsWith("Doe");
    }

    @Test
    void anAsPhraseAfterTheObjectIsPartOfTheDescription() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Voters/NNS/voter described/VBD/describe her/PRP/she as/IN/as likable/JJ/likable ~./././.",
                "root -1 1, nsubj 1 0, obj 1 2, mark 4 3, advcl:as 1 4, punct 1 5").build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("her as likable");
    }

    @Test
    void sayReportsAWordOrNounPhraseThatStandsForWhatWasSaid() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Half/NN/half said/VBD/say so/RB/so ~./././.", "root -1 1, nsubj 1 0, advmod 1 2, punct 1 3")
                .sentence("Most/JJS/most said/VBD/say the/DT/the same/JJ/same of/IN/of Doe/NNP/Doe ~./././.",
                        "root -1 1, nsubj 1 0, det 3 2, obj 1 3, case 5 4, obl:of 1 5, punct 1 6")
                .sentence("Doe/NNP/Doe wrote/VBD/write letters/NNS/letter ~./././.",
                        "root -1 1, nsubj 1 0, obj 1 2, punct 1 3")
                .build();
        assertThat(run(a)).extracting(Quote::text).containsExactly("so", "the same of Doe");
    }

    @Test
    void aClauseBeforeATrailingCueIsWhatWasSaidEvenWhenTheParserHangsTheCueOnANoun() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Prices/NNS/price rose/VBD/rise with/IN/with inflation/NN/inflation ~,/,/, the/DT/the "
                                + "bank/NN/bank said/VBD/say ~./././.",
                        "root -1 1, nsubj 1 0, case 3 2, obl:with 1 3, punct 3 4, det 6 5, appos 3 6, dep 3 7, "
                                + "punct 1 8")
                .sentence("After/IN/after talks/NNS/talk ended/VBD/end ~,/,/, Doe/NNP/Doe said/VBD/say ~./././.",
                        "root -1 5, mark 2 0, nsubj 2 1, advcl 5 2, punct 5 3, nsubj 5 4, punct 5 6")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("Prices rose with inflation");
        assertThat(quotes.get(0).source().text()).isEqualTo("the bank");
    }
}
