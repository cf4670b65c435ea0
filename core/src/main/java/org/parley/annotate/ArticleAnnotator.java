package org.parley.annotate;

import org.parley.article.Article;

/**
 * Turns an article into the annotated records extractors read. Implementations state their thread-safety;
 * the CoreNLP one in module {@code nlp} is safe for concurrent use.
 */
public interface ArticleAnnotator {

    /**
     * Annotates one article.
     *
     * @throws AnnotationException when this article cannot be annotated (too long, malformed); the caller records it
     *                             and goes on with the next one
     */
    AnnotatedArticle annotate(Article article);
}
