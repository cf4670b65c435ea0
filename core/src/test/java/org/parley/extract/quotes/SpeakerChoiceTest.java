package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Quote;
import org.parley.extract.TextSpan;
import org.parley.extract.actors.ActorIndex;

/**
 * Who a quote's source names, and sources the parse does not give directly: participles hung on the wrong clause,
 * finite cues the parser left without a subject, relative pronouns. Hand-parsed invented sentences; the parses copy
 * the mistakes CoreNLP makes on such sentences.
 */
class SpeakerChoiceTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    /** An actor with one mention on the first occurrence of {@code phrase}. */
    private static Actor actor(AnnotatedArticle a, String id, ActorKind kind, String phrase) {
        int at = a.text().indexOf(phrase);
        return new Actor(id, phrase, kind, null, null, null, null,
                List.of(TextSpan.of(a.text(), at, at + phrase.length())));
    }

    @Test
    void speakerIsTheNameTheHeadCarriesNotAModifier() {
        // "The Ruritanian government negotiator Ana Kovac told ...": the parser hangs the name on "negotiator"
        AnnotatedArticle a = new ArticleFixture().sentence(
                "The/DT/the Ruritanian/JJ/Ruritanian government/NN/government negotiator/NN/negotiator "
                        + "Ana/NNP/Ana/PERSON Kovac/NNP/Kovac/PERSON told/VBD/tell reporters/NNS/reporter "
                        + "talks/NNS/talk had/VBD/have failed/VBN/fail ~./././.",
                "det 3 0, amod 3 1, compound 3 2, nsubj 6 3, compound 5 4, dep 3 5, root -1 6, obj 6 7, "
                        + "nsubj 10 8, aux 10 9, ccomp 6 10, punct 6 11").build();
        ActorIndex actors = new ActorIndex(List.of(actor(a, "gov", ActorKind.ORGANIZATION, "Ruritanian government"),
                actor(a, "kovac", ActorKind.PERSON, "Ana Kovac")));
        List<Quote> quotes = extractor.extract(a, actors);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).speaker()).isEqualTo("kovac");
    }

    @Test
    void possessorOfARoleIsNotTheSpeaker() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Ruritania/NNP/Ruritania/LOCATION ~'s/POS/'s president/NN/president said/VBD/say "
                        + "talks/NNS/talk failed/VBD/fail ~./././.",
                "nmod:poss 2 0, case 0 1, nsubj 3 2, root -1 3, nsubj 5 4, ccomp 3 5, punct 3 6").build();
        ActorIndex actors = new ActorIndex(List.of(actor(a, "rur", ActorKind.COUNTRY, "Ruritania")));
        Quote q = extractor.extract(a, actors).get(0);
        assertThat(q.source().text()).isEqualTo("Ruritania's president");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void participleUnderAReportedClauseTakesTheCuesSubject() {
        // "adding" is parsed under "is", whose subject "need" did not speak
        AnnotatedArticle a = new ArticleFixture().sentence(
                "However/RB/however ~,/,/, she/PRP/she cautioned/VBD/caution that/IN/that there/EX/there is/VBZ/be "
                        + "no/DT/no need/NN/need to/TO/to hurry/VB/hurry ~,/,/, adding/VBG/add that/IN/that "
                        + "the/DT/the talks/NNS/talk are/VBP/be in/IN/in progress/NN/progress ~./././.",
                "advmod 3 0, punct 3 1, nsubj 3 2, root -1 3, mark 6 4, expl 6 5, ccomp 3 6, det 8 7, nsubj 6 8, "
                        + "mark 10 9, acl:to 8 10, punct 6 11, dep 6 12, mark 18 13, det 15 14, nsubj 18 15, "
                        + "cop 18 16, case 18 17, ccomp 12 18, punct 3 19").build();
        Quote adding = extractor.extract(a, new ActorIndex(List.of())).stream()
                .filter(q -> q.cue().text().equals("adding")).findFirst().orElseThrow();
        assertThat(adding.text()).isEqualTo("that the talks are in progress");
        assertThat(adding.source().text()).isEqualTo("she");
    }

    @Test
    void finiteCueWithoutParsedSubjectTakesTheNameBeforeIt() {
        // "After Doe said taxes would rise, Roe told reporters that they would fall." misparsed: "told" hangs from
        // "rise" as a dependent and "Roe" from "taxes"; neither cue's content may run into the other's
        AnnotatedArticle a = new ArticleFixture().sentence(
                "After/IN/after Doe/NNP/Doe/PERSON said/VBD/say taxes/NNS/tax would/MD/would rise/VB/rise ~,/,/, "
                        + "Roe/NNP/Roe/PERSON told/VBD/tell reporters/NNS/reporter that/IN/that they/PRP/they "
                        + "would/MD/would fall/VB/fall ~./././.",
                "mark 2 0, nsubj 2 1, advcl:after 5 2, nsubj 5 3, aux 5 4, root -1 5, punct 5 6, appos 3 7, "
                        + "dep 5 8, obj 8 9, mark 13 10, nsubj 13 11, aux 13 12, ccomp 8 13, punct 5 14").build();
        List<Quote> quotes = extractor.extract(a, new ActorIndex(List.of()));
        assertThat(quotes).extracting(q -> q.source().text(), Quote::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Doe", "taxes would rise"),
                        org.assertj.core.groups.Tuple.tuple("Roe", "that they would fall"));
    }

    @Test
    void relativePronounSpeaksForTheNameBeforeIt() {
        // "Ana Kovac, who has said troops will stay." parsed with "said" as parataxis of "stay"
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Ana/NNP/Ana/PERSON Kovac/NNP/Kovac/PERSON ~,/,/, who/WP/who has/VBZ/have said/VBN/say "
                        + "troops/NNS/troop will/MD/will stay/VB/stay ~./././.",
                "compound 1 0, nsubj 8 1, punct 1 2, nsubj 5 3, aux 5 4, parataxis 8 5, obj 5 6, aux 8 7, "
                        + "root -1 8, punct 8 9").build();
        ActorIndex actors = new ActorIndex(List.of(actor(a, "kovac", ActorKind.PERSON, "Ana Kovac")));
        List<Quote> quotes = extractor.extract(a, actors);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("troops will stay");
        assertThat(quotes.get(0).source().text()).isEqualTo("who");
        assertThat(quotes.get(0).speaker()).isEqualTo("kovac");
    }

    @Test
    void relativePronounAfterACoordinatedAntecedentSpeaksForTheNamedConjunct() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "A/DT/a rebuke/NN/rebuke came/VBD/come from/IN/from Ruritania/NNP/Ruritania ~'s/POS/'s "
                        + "president/NN/president and/CC/and foreign/JJ/foreign minister/NN/minister ~,/,/, "
                        + "who/WP/who warned/VBD/warn that/IN/that war/NN/war loomed/VBD/loom ~./././.",
                "det 1 0, nsubj 2 1, root -1 2, case 6 3, nmod:poss 6 4, case 4 5, obl:from 2 6, cc 9 7, amod 9 8, "
                        + "conj:and 6 9, punct 6 10, nsubj 12 11, acl:relcl 6 12, mark 15 13, nsubj 15 14, "
                        + "ccomp 12 15, punct 2 16").build();
        ActorIndex actors = new ActorIndex(List.of(actor(a, "pres", ActorKind.PERSON, "Ruritania's president")));
        List<Quote> quotes = extractor.extract(a, actors);
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).source().text()).isEqualTo("who");
        assertThat(quotes.get(0).speaker()).isEqualTo("pres");
    }

    @Test
    void continuedReportsOnlyWhatComesBeforeIt() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("The/DT/the army/NN/army continued/VBD/continue its/PRP$/its advance/NN/advance "
                                + "as/IN/as rebels/NNS/rebel fled/VBD/flee ~./././.",
                        "det 1 0, nsubj 2 1, root -1 2, nmod:poss 4 3, obj 2 4, mark 7 5, nsubj 7 6, advcl:as 2 7, "
                                + "punct 2 8")
                .sentence("The/DT/the plan/NN/plan must/MD/must change/VB/change ~,/,/, the/DT/the "
                                + "minister/NN/minister continued/VBD/continue ~./././.",
                        "det 1 0, nsubj 3 1, aux 3 2, root -1 3, punct 3 4, det 6 5, nsubj 7 6, parataxis 3 7, "
                                + "punct 3 8")
                .build();
        List<Quote> quotes = extractor.extract(a, new ActorIndex(List.of()));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("The plan must change");
        assertThat(quotes.get(0).source().text()).isEqualTo("the minister");
    }

    @Test
    void cueAfterAQuotationIsBareEvenWhenWordsFollowIt() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "“/``/“ ~We/PRP/we will/MD/will win/VB/win ~,/,/, ~”/''/” he/PRP/he said/VBD/say ~,/,/, "
                        + "gesturing/VBG/gesture to/IN/to the/DT/the vote/NN/vote that/WDT/that was/VBD/be "
                        + "held/VBN/hold ~./././.",
                "punct 3 0, nsubj 3 1, aux 3 2, dep 7 3, punct 3 4, punct 3 5, nsubj 7 6, root -1 7, punct 7 8, "
                        + "dep 7 9, case 12 10, det 12 11, obl:to 9 12, nsubj:pass 15 13, aux:pass 15 14, "
                        + "acl:relcl 12 15, punct 7 16").build();
        List<Quote> quotes = extractor.extract(a, new ActorIndex(List.of()));
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("We will win");
        assertThat(quotes.get(0).source().text()).isEqualTo("he");
    }

    @Test
    void coordinatedCueSpeaksForTheCueItIsJoinedTo() {
        // "and said" hung on "fall"; the enhanced graph hands it the subject "prices"
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON said/VBD/say prices/NNS/price would/MD/would fall/VB/fall and/CC/and "
                        + "said/VBD/say wages/NNS/wage would/MD/would rise/VB/rise ~./././.",
                "nsubj 1 0, root -1 1, nsubj 4 2, aux 4 3, ccomp 1 4, cc 6 5, conj:and 4 6, nsubj 6 2, nsubj 9 7, "
                        + "aux 9 8, ccomp 6 9, punct 1 10").build();
        Quote second = extractor.extract(a, new ActorIndex(List.of())).stream()
                .filter(q -> q.text().equals("wages would rise")).findFirst().orElseThrow();
        assertThat(second.source().text()).isEqualTo("Doe");
    }

    @Test
    void participleIgnoresASubjectPropagatedThroughAMisparse() {
        // "adding" coordinated with "lied" under "country": the enhanced graph gives it the subject "that"
        AnnotatedArticle a = new ArticleFixture().sentence(
                "She/PRP/she said/VBD/say so/RB/so ~,/,/, blaming/VBG/blame the/DT/the country/NN/country "
                        + "that/WDT/that lied/VBD/lie and/CC/and adding/VBG/add that/IN/that talks/NNS/talk "
                        + "were/VBD/be over/RB/over ~./././.",
                "nsubj 1 0, root -1 1, advmod 1 2, punct 1 3, dep 1 4, det 6 5, obj 4 6, nsubj 8 7, "
                        + "acl:relcl 6 8, cc 10 9, dep 6 10, nsubj 10 7, mark 14 11, nsubj 14 12, cop 14 13, "
                        + "ccomp 10 14, punct 1 15").build();
        Quote adding = extractor.extract(a, new ActorIndex(List.of())).stream()
                .filter(q -> q.cue().text().equals("adding")).findFirst().orElseThrow();
        assertThat(adding.source().text()).isEqualTo("She");
    }

    @Test
    void quotedSentenceAfterACuedOneIsItsOwnItemWithTheSpeakerCarried() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("“/``/“ ~We/PRP/we are/VBP/be ready/JJ/ready ~,/,/, ~”/''/” Doe/NNP/Doe/PERSON "
                                + "said/VBD/say ~./././.",
                        "root -1 6, ccomp 6 3, nsubj 3 1, cop 3 2, nsubj 6 5, punct 6 4, punct 6 7")
                .sentence("“/``/“ ~Nobody/NN/nobody can/MD/can stop/VB/stop us/PRP/we ~./././. ~”/''/”",
                        "root -1 3, nsubj 3 1, aux 3 2, obj 3 4, punct 3 5")
                .build();
        int doe = a.text().indexOf("Doe");
        Actor jane = new Actor("doe", "Doe", ActorKind.PERSON, null, null, null, null,
                List.of(TextSpan.of(a.text(), doe, doe + 3)));
        List<Quote> quotes = extractor.extract(a, new ActorIndex(List.of(jane)));
        assertThat(quotes).extracting(Quote::text).containsExactly("We are ready", "Nobody can stop us");
        assertThat(quotes.get(1).cue()).isNull();
        assertThat(quotes.get(1).speaker()).isEqualTo("doe");
    }

    @Test
    void personRoleWithoutActorIsTheSpeakerBeingFollowedButAnInstitutionIsNot() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("Doe/NNP/Doe/PERSON said/VBD/say taxes/NNS/tax would/MD/would rise/VB/rise ~./././.",
                        "nsubj 1 0, root -1 1, nsubj 4 2, aux 4 3, ccomp 1 4, punct 1 5")
                .sentence("The/DT/the minister/NN/minister said/VBD/say cuts/NNS/cut were/VBD/be "
                                + "coming/VBG/come ~./././.",
                        "det 1 0, nsubj 2 1, root -1 2, nsubj 5 3, aux 5 4, ccomp 2 5, punct 2 6")
                .sentence("The/DT/the ministry/NN/ministry said/VBD/say prices/NNS/price were/VBD/be "
                                + "stable/JJ/stable ~./././.",
                        "det 1 0, nsubj 2 1, root -1 2, nsubj 5 3, cop 5 4, ccomp 2 5, punct 2 6")
                .build();
        ActorIndex actors = new ActorIndex(List.of(actor(a, "doe", ActorKind.PERSON, "Doe")));
        assertThat(extractor.extract(a, actors)).extracting(Quote::speaker).containsExactly("doe", "doe", null);
    }
}
