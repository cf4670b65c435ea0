package org.parley.server;

import org.parley.article.Article;
import org.parley.extract.Extraction;

/**
 * One stored article with everything extracted from it: what the article page highlights.
 *
 * @param article    the article as stored
 * @param extraction its actors, quotes, events, times and places
 */
public record ArticleView(Article article, Extraction extraction) {
}
