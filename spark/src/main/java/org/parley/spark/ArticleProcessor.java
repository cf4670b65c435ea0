package org.parley.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.article.Article;
import org.parley.export.EventExportRow;
import org.parley.extract.Extraction;
import org.parley.ingest.InputRecord;
import org.parley.ingest.ProcessingIssue;
import org.parley.json.ParleyJson;

/**
 * Annotates and extracts one record, as {@code parley extract} does, and turns the outcome into
 * {@link OutcomeRows}: the article's export rows and its article row, or one issue row naming the stage that
 * failed (read, annotate, extract, or export when an extraction does not make valid export rows). No failure of
 * one record escapes: the partition goes on with the next.
 *
 * <p>Thread-safety: as thread-safe as the pipelines it is given (the shared ones are); holds no other state.
 */
public final class ArticleProcessor {

    private final ExecutorPipelines pipelines;
    private final boolean writeJson;

    /** @param writeJson whether article rows carry the per-article JSON (else null) */
    public ArticleProcessor(ExecutorPipelines pipelines, boolean writeJson) {
        this.pipelines = pipelines;
        this.writeJson = writeJson;
    }

    public List<Row> process(InputRecord record) {
        if (!record.isArticle()) {
            return List.of(OutcomeRows.issue(record.issue()));
        }
        Article article = record.article();
        AnnotatedArticle annotated;
        try {
            annotated = pipelines.annotator().annotate(article);
        } catch (AnnotationException e) {
            return failed(record, "annotate", e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(record, "annotate", e.toString());
        }
        Extraction extraction;
        try {
            extraction = pipelines.extractor().extract(annotated);
        } catch (RuntimeException e) {
            StackTraceElement[] st = e.getStackTrace();
            return failed(record, "extract", e + (st.length > 0 ? " at " + st[0] : ""));
        }
        List<Row> rows = new ArrayList<>();
        try {
            for (EventExportRow r : EventExportRow.of(article, extraction)) {
                rows.add(OutcomeRows.event(r));
            }
            rows.add(OutcomeRows.article(article.id(), writeJson ? ParleyJson.line(extraction) : null));
        } catch (RuntimeException e) {
            return failed(record, "export", e.toString());
        }
        return rows;
    }

    private static List<Row> failed(InputRecord record, String stage, String reason) {
        return List.of(OutcomeRows.issue(new ProcessingIssue(record.file(), record.line(), record.article().id(),
                stage, reason)));
    }
}
