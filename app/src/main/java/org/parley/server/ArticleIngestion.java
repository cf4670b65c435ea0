package org.parley.server;

import org.parley.article.Article;

/**
 * Extracts and stores one article posted to the API. Implementations must be thread-safe: requests arrive on
 * many threads.
 */
public interface ArticleIngestion {

    /**
     * Processes and stores {@code article}.
     *
     * @throws UnprocessableArticleException when annotation or extraction fails on this article (the failure is
     *                                       recorded as a stored issue)
     */
    IngestOutcome ingest(Article article);
}
