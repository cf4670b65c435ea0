package org.parley.ingest;

import org.parley.article.Article;

/**
 * One record read from an input: an article, or the issue that kept it from being one. Reading never throws for a
 * bad record; it yields the issue so the batch goes on and nothing is lost.
 *
 * @param file    where it came from
 * @param line    line number in a JSON Lines file (from 1), 0 for a whole-file record
 * @param article the article, or null when {@code issue} is set
 * @param issue   why the record is not an article, or null
 */
public record InputRecord(String file, long line, Article article, ProcessingIssue issue) {

    public InputRecord {
        if ((article == null) == (issue == null)) {
            throw new IllegalArgumentException("an input record is either an article or an issue, at " + file + ":" + line);
        }
    }

    public static InputRecord ok(String file, long line, Article article) {
        return new InputRecord(file, line, article, null);
    }

    public static InputRecord failed(String file, long line, String recordId, String reason) {
        return new InputRecord(file, line, null, new ProcessingIssue(file, line, recordId, "read", reason));
    }

    public boolean isArticle() {
        return article != null;
    }
}
