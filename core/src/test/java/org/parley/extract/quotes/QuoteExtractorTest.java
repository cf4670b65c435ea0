package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;
import org.parley.extract.actors.ActorIndex;

/** The quote stage on hand-parsed invented sentences: one fixture per attribution pattern. */
class QuoteExtractorTest {

    private final QuoteExtractor extractor = new QuoteExtractor();
    private final ActorIndex noActors = new ActorIndex(List.of());

    private List<Quote> run(AnnotatedArticle a) {
        return extractor.extract(a, noActors);
    }

    private static String at(AnnotatedArticle a, Quote q) {
        return a.text().substring(q.start(), q.end());
    }

    @Test
    void directQuoteWithSaidTakesSubjectAsSource() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "“/``/“ ~We/PRP/we will/MD/will win/VB/win ~,/,/, ~”/''/” Jane/NNP/Jane/PERSON Doe/NNP/Doe/PERSON "
                        + "said/VBD/say ~./././",
                "root -1 8, ccomp 8 3, nsubj 3 1, aux 3 2, nsubj 8 7, compound 7 6, punct 8 4, punct 8 9").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(q.act()).isEqualTo(SpeechAct.SPEECH);
        assertThat(q.text()).isEqualTo("We will win");
        assertThat(q.source().text()).isEqualTo("Jane Doe");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void quotedWordsEndBeforeTheCommaOrPeriodThatClosesThemButKeepQuestionMarksAndEllipses() {
        String text = "\"We will win,\" \"Are we ready?\" \"We waited...\" \"Done.\" \"x,\"";
        List<Quotation> qs = new QuotationScanner().scan(text);
        assertThat(qs).hasSize(5);
        assertThat(qs).extracting(q -> text.substring(q.start(), QuoteExtractor.spokenEnd(text, q)))
                .containsExactly("We will win", "Are we ready?", "We waited...", "Done", "x");
    }

    @Test
    void speakerComesFromTheActorIndex() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "“/``/“ ~We/PRP/we will/MD/will win/VB/win ~,/,/, ~”/''/” Jane/NNP/Jane/PERSON Doe/NNP/Doe/PERSON "
                        + "said/VBD/say ~./././",
                "root -1 8, ccomp 8 3, nsubj 3 1, aux 3 2, nsubj 8 7, compound 7 6, punct 8 4, punct 8 9").build();
        int doe = a.text().indexOf("Jane Doe");
        Actor jane = new Actor("a1", "Jane Doe", ActorKind.PERSON, null, null, null, null,
                List.of(TextSpan.of(a.text(), doe, doe + 8)));
        Quote q = extractor.extract(a, new ActorIndex(List.of(jane))).get(0);
        assertThat(q.speaker()).isEqualTo("a1");
    }

    @Test
    void splitQuoteIsOneAttributionOverTheWholeExtent() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "“/``/“ ~Taxes/NNS/tax are/VBP/be too/RB/too high/JJ/high ~,/,/, ~”/''/” she/PRP/she said/VBD/say "
                        + "~,/,/, “/``/“ ~and/CC/and we/PRP/we will/MD/will cut/VB/cut them/PRP/they ~./././. "
                        + "~”/''/”",
                "root -1 8, ccomp 8 4, nsubj 4 1, cop 4 2, advmod 4 3, nsubj 8 7, parataxis 8 14, cc 14 11, "
                        + "nsubj 14 12, aux 14 13, obj 14 15, punct 8 9, punct 14 16").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(at(a, q)).startsWith("Taxes are too high").endsWith("we will cut them");
        assertThat(q.text()).isEqualTo("Taxes are too high and we will cut them");
        assertThat(q.source().text()).isEqualTo("she");
        assertThat(q.cue().text()).isEqualTo("said");
    }

    @Test
    void multiParagraphQuoteKeepsItsSpeaker() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Doe/NNP/Doe/PERSON said/VBD/say ~:/:/: “/``/“ ~The/DT/the plan/NN/plan is/VBZ/be "
                                + "ready/JJ/ready ~./././.",
                        "root -1 1, nsubj 1 0, punct 1 2, parataxis 1 7, nsubj 7 5, det 5 4, cop 7 6, punct 7 8")
                .paragraph()
                .sentence("“/``/“ ~It/PRP/it will/MD/will start/VB/start in/IN/in May/NNP/May/DATE ~./././. ~”/''/”",
                        "root -1 3, nsubj 3 1, aux 3 2, obl:in 3 5, case 5 4, punct 3 6")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(at(a, q)).startsWith("The plan is ready.").endsWith("It will start in May");
        assertThat(q.source().text()).isEqualTo("Doe");
    }

    @Test
    void accordingToAttributesTheClauseItQualifies() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "The/DT/the talks/NNS/talk failed/VBD/fail ~,/,/, according/VBG/accord to/TO/to two/CD/two "
                        + "officials/NNS/official ~./././.",
                "root -1 2, det 1 0, nsubj 2 1, punct 2 3, case 7 4, fixed 4 5, nummod 7 6, "
                        + "obl:according_to 2 7, punct 2 8").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(at(a, q)).isEqualTo("The talks failed");
        assertThat(q.cue().text()).isEqualTo("according to");
        assertThat(q.source().text()).isEqualTo("two officials");
    }

    @Test
    void accusedOfTakesTheObjectAndTheCharge() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "The/DT/the minister/NN/minister accused/VBD/accuse the/DT/the rebels/NNS/rebel of/IN/of "
                        + "breaking/VBG/break the/DT/the truce/NN/truce ~./././.",
                "root -1 2, det 1 0, nsubj 2 1, det 4 3, obj 2 4, mark 6 5, advcl:of 2 6, det 8 7, obj 6 8, "
                        + "punct 2 9").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(at(a, q)).isEqualTo("the rebels of breaking the truce");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.source().text()).isEqualTo("The minister");
        assertThat(q.cue().text()).isEqualTo("accused");
    }

    @Test
    void toldOutletThatGivesClauseAndChannel() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Smith/NNP/Smith/PERSON told/VBD/tell NBC/NNP/NBC/ORGANIZATION News/NNP/News/ORGANIZATION "
                        + "that/IN/that the/DT/the deal/NN/deal was/VBD/be dead/JJ/dead ~./././.",
                "root -1 1, nsubj 1 0, compound 3 2, obj 1 3, mark 8 4, det 6 5, nsubj 8 6, cop 8 7, ccomp 1 8, "
                        + "punct 1 9").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(at(a, q)).isEqualTo("that the deal was dead");
        assertThat(q.source().text()).isEqualTo("Smith");
        assertThat(q.cue().text()).isEqualTo("told");
        assertThat(q.channel()).isEqualTo("NBC News");
    }

    @Test
    void statementChannelIsReported() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "The/DT/the ministry/NN/ministry said/VBD/say in/IN/in a/DT/a statement/NN/statement "
                        + "that/IN/that talks/NNS/talk would/MD/would resume/VB/resume ~./././.",
                "root -1 2, det 1 0, nsubj 2 1, case 5 3, det 5 4, obl:in 2 5, mark 9 6, nsubj 9 7, aux 9 8, "
                        + "ccomp 2 9, punct 2 10").build();
        Quote q = run(a).get(0);
        assertThat(at(a, q)).isEqualTo("that talks would resume");
        assertThat(q.channel()).isEqualTo("a statement");
    }

    @Test
    void scareQuotesAndTitlesAreNotSpeech() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("The/DT/the so-called/JJ/so-called “/``/“ ~reset/NN/reset ~”/''/” failed/VBD/fail "
                                + "~./././.",
                        "root -1 5, det 3 0, amod 3 1, nsubj 5 3, punct 3 2, punct 3 4, punct 5 6")
                .sentence("She/PRP/she wrote/VBD/write “/``/“ ~The/DT/the Long/NNP/Long Road/NNP/Road "
                                + "Home/NNP/Home ~”/''/” in/IN/in 2010/CD/2010/DATE ~./././.",
                        "root -1 1, nsubj 1 0, obj 1 6, det 6 3, compound 6 4, compound 6 5, punct 6 2, "
                                + "punct 6 7, obl:in 1 9, case 9 8, punct 1 10")
                .build();
        assertThat(run(a)).isEmpty();
    }

    @Test
    void uncuedQuoteInNextParagraphCarriesTheSpeaker() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("“/``/“ ~We/PRP/we are/VBP/be ready/JJ/ready ~,/,/, ~”/''/” said/VBD/say "
                                + "Doe/NNP/Doe/PERSON ~./././.",
                        "root -1 6, ccomp 6 3, nsubj 3 1, cop 3 2, nsubj 6 7, punct 6 4, punct 6 8")
                .paragraph()
                .sentence("Her/PRP$/she rival/NN/rival stayed/VBD/stay home/RB/home ~./././.",
                        "root -1 2, nmod:poss 1 0, nsubj 2 1, advmod 2 3, punct 2 4")
                .sentence("“/``/“ ~Nobody/NN/nobody can/MD/can stop/VB/stop us/PRP/we now/RB/now ~./././. "
                                + "~”/''/”",
                        "root -1 3, nsubj 3 1, aux 3 2, obj 3 4, advmod 3 5, punct 3 6")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(0).source().text()).isEqualTo("Doe");
        assertThat(quotes.get(0).cue().text()).isEqualTo("said");
        Quote follow = quotes.get(1);
        assertThat(follow.text()).isEqualTo("Nobody can stop us now");
        assertThat(follow.cue()).isNull();
        assertThat(follow.source().text()).isEqualTo("Doe");
    }

    @Test
    void partialQuoteBelongsToTheReportedClause() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON said/VBD/say the/DT/the plan/NN/plan was/VBD/be “/``/“ ~dead/JJ/dead "
                        + "on/IN/on arrival/NN/arrival ~./././. ~”/''/”",
                "root -1 1, nsubj 1 0, det 3 2, nsubj 6 3, cop 6 4, punct 6 5, ccomp 1 6, case 8 7, "
                        + "obl:on 6 8, punct 1 9, punct 6 10").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(at(a, quotes.get(0))).startsWith("the plan was").contains("dead on arrival");
    }

    @Test
    void pollFindingAndSuspicionGetTheirActs() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("A/DT/a poll/NN/poll found/VBD/find that/IN/that most/JJS/most voters/NNS/voter "
                                + "were/VBD/be undecided/JJ/undecided ~./././.",
                        "root -1 2, det 1 0, nsubj 2 1, mark 7 3, amod 5 4, nsubj 7 5, cop 7 6, ccomp 2 7, "
                                + "punct 2 8")
                .sentence("Police/NNS/police suspect/VBP/suspect that/IN/that the/DT/the fire/NN/fire was/VBD/be "
                                + "set/VBN/set ~./././.",
                        "root -1 1, nsubj 1 0, mark 6 2, det 4 3, nsubj:pass 6 4, aux:pass 6 5, ccomp 1 6, "
                                + "punct 1 7")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::act).containsExactly(SpeechAct.FINDING, SpeechAct.THOUGHT);
        assertThat(quotes).extracting(Quote::text)
                .containsExactly("that most voters were undecided", "that the fire was set");
    }

    @Test
    void questionToTheReaderIsNotAnAttribution() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Do/VBP/do you/PRP/you think/VB/think he/PRP/he will/MD/will win/VB/win ~?/./?",
                "root -1 2, aux 2 0, nsubj 2 1, nsubj 5 3, aux 5 4, ccomp 2 5, punct 2 6").build();
        assertThat(run(a)).isEmpty();
    }

    @Test
    void stanceVerbsReportTheirObjectWhenTheyHaveNoClause() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("She/PRP/she denied/VBD/deny the/DT/the allegations/NNS/allegation ~./././.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4")
                .sentence("He/PRP/he called/VBD/call for/IN/for a/DT/a ceasefire/NN/ceasefire ~./././.",
                        "nsubj 1 0, root -1 1, case 4 2, det 4 3, obl:for 1 4, punct 1 5")
                .sentence("They/PRP/they ate/VBD/eat the/DT/the bread/NN/bread ~./././.",
                        "nsubj 1 0, root -1 1, det 3 2, obj 1 3, punct 1 4")
                .build();
        assertThat(run(a)).extracting(Quote::text, q -> q.cue().text())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("the allegations", "denied"),
                        org.assertj.core.groups.Tuple.tuple("a ceasefire", "called"));
    }

    @Test
    void aHeadlineLabelNamesItsSourceEvenWhenNerMissesIt() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Poll/NNP/poll :/:/: Doe/NNP/Doe/PERSON leads/VBZ/lead the/DT/the race/NN/race ~./././.", "")
                .paragraph()
                .sentence("Analysis/NNP/analysis :/:/: Doe/NNP/Doe/PERSON leads/VBZ/lead the/DT/the race/NN/race "
                        + "~./././.", "")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("Doe leads the race");
        assertThat(quotes.get(0).source().text()).isEqualTo("Poll");
    }

    @Test
    void aSectionLabelOpensNoHeadlineQuote() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Analysis/NNP/analysis :/:/: Doe/NNP/Doe/PERSON leads/VBZ/lead the/DT/the race/NN/race "
                        + "~./././.", "")
                .build();
        assertThat(run(a)).isEmpty();
    }

    @Test
    void aHeadlineLabelMayFollowASectionLabelOrAFromPhrase() {
        AnnotatedArticle exclusive = new ArticleFixture()
                .sentence("EXCLUSIVE/JJ/exclusive –/HYPH/– Jane/NNP/Jane/PERSON Doe/NNP/Doe/PERSON :/:/: "
                        + "Trust/VB/trust no/DT/no machines/NNS/machine ~./././.", "")
                .build();
        List<Quote> quotes = run(exclusive);
        assertThat(quotes).extracting(Quote::text).containsExactly("Trust no machines");
        assertThat(quotes.get(0).source().text()).isEqualTo("Jane Doe");

        AnnotatedArticle lesson = new ArticleFixture()
                .sentence("A/DT/a lesson/NN/lesson from/IN/from Jane/NNP/Jane/PERSON Doe/NNP/Doe/PERSON :/:/: "
                        + "Be/VB/be the/DT/the voice/NN/voice ~./././.", "")
                .build();
        quotes = run(lesson);
        assertThat(quotes).extracting(Quote::text).containsExactly("Be the voice");
        assertThat(quotes.get(0).source().text()).isEqualTo("Jane Doe");
    }

    @Test
    void aTranscriptLabelReportsTheWholeTurnToTheEndOfItsParagraph() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Doe/NNP/Doe spoke/VBD/speak ~./././.", "")
                .paragraph()
                .sentence("ROE/NNP/Roe/PERSON :/:/: We/PRP/we will/MD/will win/VB/win ~./././.", "")
                .sentence("It/PRP/it is/VBZ/be certain/JJ/certain ~./././.", "")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("We will win. It is certain.");
        assertThat(quotes.get(0).source().text()).isEqualTo("ROE");
    }
}
