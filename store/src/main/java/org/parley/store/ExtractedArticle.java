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
 * @param knowledgeSha256 the SHA-256 of the knowledge the extraction was made with
 *                   ({@code org.parley.extract.ExtractorProvenance}), or null when not known (hand-built extractors,
 *                   imports): such an article counts as stale for {@code parley recode --only-stale}
 */
public record ExtractedArticle(Article article, Extraction extraction, Integer tokenCount, String knowledgeSha256) {

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
        if (knowledgeSha256 != null && !knowledgeSha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("article " + article.id() + " knowledge hash must be 64 lower-case hex "
                    + "digits, not '" + knowledgeSha256 + "'");
        }
    }

    /** An article and its extraction, token count and knowledge unknown. */
    public ExtractedArticle(Article article, Extraction extraction) {
        this(article, extraction, null, null);
    }

    /** An article, its extraction and token count, knowledge unknown. */
    public ExtractedArticle(Article article, Extraction extraction, Integer tokenCount) {
        this(article, extraction, tokenCount, null);
    }

    public String id() {
        return article.id();
    }
}
