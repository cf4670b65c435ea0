package org.parley.store;

import java.util.Objects;
import org.parley.article.Article;

/**
 * A stored article with what the store knows of how its rows were made: the input to a recode.
 *
 * @param article         the article as stored (id, publication, title, source, URL, text)
 * @param parleyVersion   the Parley version that extracted its rows
 * @param knowledgeSha256 the SHA-256 of the knowledge they were extracted with, or null when not known (stored
 *                        before the store recorded it, or extracted by a hand-built extractor)
 */
public record StoredArticle(Article article, String parleyVersion, String knowledgeSha256) {

    public StoredArticle {
        Objects.requireNonNull(article, "article");
    }

    public String id() {
        return article.id();
    }

    /** Whether its rows were made with other knowledge than {@code currentSha256}, or unknown knowledge. */
    public boolean isStale(String currentSha256) {
        return knowledgeSha256 == null || !knowledgeSha256.equals(currentSha256);
    }
}
