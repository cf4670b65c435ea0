package org.parley.batch;

import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Extraction;
import org.parley.ingest.InputRecord;
import org.parley.ingest.ProcessingIssue;

/**
 * The outcome for one input record: its extraction, or the issue that stopped it (never both, never neither).
 *
 * @param input      the record as read
 * @param annotated  the annotation, when it got that far (kept for token counts), else null
 * @param extraction the extraction, or null
 * @param issue      why it failed, or null
 */
public record ProcessedArticle(InputRecord input, AnnotatedArticle annotated, Extraction extraction,
                               ProcessingIssue issue) {

    public ProcessedArticle {
        if ((extraction == null) == (issue == null)) {
            throw new IllegalArgumentException("a processed article has either an extraction or an issue");
        }
    }

    public boolean ok() {
        return extraction != null;
    }
}
