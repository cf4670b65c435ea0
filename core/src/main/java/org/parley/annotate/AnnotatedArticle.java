package org.parley.annotate;

import java.util.List;
import org.parley.article.Article;

/**
 * An article with the linguistic annotation extractors read: the project's own records, so that
 * extractors never see CoreNLP types and can be tested on small hand-made fixtures.
 *
 * @param article   the input article
 * @param sentences its sentences in order
 * @param times     time expressions normalized against the publication date, in text order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences, List<TimeExpression> times) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        times = List.copyOf(times);
    }

    public String text() {
        return article.text();
    }

    public int tokenCount() {
        int n = 0;
        for (Sentence s : sentences) {
            n += s.size();
        }
        return n;
    }

    /** The sentence containing character {@code offset}, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (offset >= s.start() && offset < s.end()) {
                return s;
            }
        }
        return null;
    }
}
