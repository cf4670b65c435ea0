package org.parley.store;

import java.util.Objects;
import org.parley.article.Article;
import org.parley.extract.Extraction;

/**
 * One article with what was extracted from it: the unit the store writes.
 *
 * @param article    the input article (its text is stored and hashed)
 * @param extraction what was extracted from it; its id, when given, must be the article's
 * @param tokenCount how many tokens annotation found, or null when not known
 */
public record ExtractedArticle(Article article, Extraction extraction, Integer tokenCount) {

    public ExtractedArticle {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extraction, "extraction of article " + article.id());
        if (extraction.id() != null && !extraction.id().equals(article.id())) {
            throw new IllegalArgumentException(
                    "extraction id " + extraction.id() + " does not belong to article " + article.id());
        }
        if (tokenCount != null && tokenCount < 0) {
            throw new IllegalArgumentException("article " + article.id() + " token count " + tokenCount + " < 0");
        }
    }

    /** An article and its extraction, token count unknown. */
    public ExtractedArticle(Article article, Extraction extraction) {
        this(article, extraction, null);
    }

    public String id() {
        return article.id();
    }
}
