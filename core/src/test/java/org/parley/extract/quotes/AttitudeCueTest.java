package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.actors.ActorIndex;

/** Attributions carried by nouns and adjectives, on hand-parsed invented sentences. */
class AttitudeCueTest {

    private final QuoteExtractor extractor = new QuoteExtractor();

    private List<Quote> run(AnnotatedArticle a) {
        return extractor.extract(a, new ActorIndex(List.of()));
    }

    @Test
    void aPossessorsClaimReportsItsThatClause() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON ~'s/POS/'s claim/NN/claim that/IN/that taxes/NNS/tax rose/VBD/rise was/VBD/be "
                        + "false/JJ/false ~./././.",
                "root -1 7, nmod:poss 2 0, case 0 1, nsubj 7 2, mark 5 3, nsubj 5 4, acl 2 5, cop 7 6, punct 7 8")
                .build();
        List<Quote> quotes = run(a);
        assertThat(quotes).hasSize(1);
        Quote q = quotes.get(0);
        assertThat(q.text()).isEqualTo("that taxes rose");
        assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
        assertThat(q.act()).isEqualTo(SpeechAct.SPEECH);
        assertThat(q.source().text()).isEqualTo("Doe's"); // the possessor phrase, as PolNeAR marks sources
        assertThat(q.cue().text()).isEqualTo("claim");
    }

    @Test
    void aCopularAdjectiveReportsTheObjectOfItsPrepositionAsAThought() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON is/VBZ/be critical/JJ/critical of/IN/of the/DT/the plan/NN/plan ~./././.",
                "root -1 2, nsubj 2 0, cop 2 1, case 5 3, det 5 4, obl:of 2 5, punct 2 6").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("the plan");
        assertThat(quotes.get(0).source().text()).isEqualTo("Doe");
    }

    @Test
    void theObjectOfALightVerbTakesTheVerbsSubjectAsSource() {
        AnnotatedArticle a = new ArticleFixture().sentence(
                "Doe/NNP/Doe/PERSON made/VBD/make no/DT/no mention/NN/mention of/IN/of the/DT/the deal/NN/deal "
                        + "~./././.",
                "root -1 1, nsubj 1 0, det 3 2, obj 1 3, case 6 4, det 6 5, nmod:of 3 6, punct 1 7").build();
        List<Quote> quotes = run(a);
        assertThat(quotes).extracting(Quote::text).containsExactly("the deal");
        assertThat(quotes.get(0).source().text()).isEqualTo("Doe");
    }

    @Test
    void aWordThatNamesNobodyOrAnExpletiveItReportsNothing() {
        AnnotatedArticle a = new ArticleFixture()
                .sentence("The/DT/the claim/NN/claim that/IN/that taxes/NNS/tax rose/VBD/rise was/VBD/be "
                                + "false/JJ/false ~./././.",
                        "root -1 6, det 1 0, nsubj 6 1, mark 4 2, nsubj 4 3, acl 1 4, cop 6 5, punct 6 7")
                .sentence("It/PRP/it is/VBZ/be clear/JJ/clear that/IN/that talks/NNS/talk failed/VBD/fail ~./././.",
                        "root -1 2, nsubj 2 0, cop 2 1, mark 5 3, nsubj 5 4, ccomp 2 5, punct 2 6")
                .build();
        assertThat(run(a)).isEmpty();
    }
}
