package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;

/**
 * The plain CoreNLP pipeline Parley is compared with: its quotes and speakers come out the same on several threads
 * as on one (its quote annotator, shared between threads, leaked speakers between articles and threw), and the
 * run counts every article's tokens.
 */
class PlainCoreNlpBaselineIT {

    private static List<Article> articles() {
        List<Article> out = new ArrayList<>();
        String[] speakers = {"Angela Merkel", "Boris Johnson", "Jacinda Ardern", "Justin Trudeau"};
        for (int i = 0; i < speakers.length; i++) {
            String text = speakers[i] + " spoke in the capital on Monday. \"We will not give up on this,\" "
                    + speakers[i] + " said. Officials declined to comment.";
            out.add(new Article("plain-" + i, "2020-03-02", null, "test", null, text));
        }
        return out;
    }

    @Test
    void quotesAndSpeakersAreTheSameOnTwoThreadsAsOnOne() {
        PlainCoreNlpBaseline plain = new PlainCoreNlpBaseline();
        List<Article> articles = articles();
        Map<String, List<BaselineQuote>> one = plain.quotes(articles, 1);
        Map<String, List<BaselineQuote>> two = plain.quotes(articles, 2);
        assertThat(two).isEqualTo(one);
        assertThat(one).hasSize(articles.size());
        for (Article a : articles) {
            BaselineQuote q = one.get(a.id()).get(0);
            assertThat(a.text().substring(q.start(), q.end())).isEqualTo("\"We will not give up on this,\"");
            assertThat(q.hasSource()).as("CoreNLP attributes the quote in %s", a.id()).isTrue();
            // the speaker is this article's own, never another article's
            String surname = a.text().substring(0, a.text().indexOf(" spoke")).split(" ")[1];
            assertThat(a.text().substring(q.sourceStart(), q.sourceEnd())).contains(surname);
        }
    }

    @Test
    void aRunCountsTheTokensOfEveryArticle() {
        PlainCoreNlpBaseline.Run run = new PlainCoreNlpBaseline().annotateAll(articles(), 2);
        assertThat(run.failed()).isZero();
        // 4 articles of 20 tokens or more each
        assertThat(run.tokens()).isGreaterThanOrEqualTo(80);
    }
}
