package org.parley.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.parley.annotate.ArticleAnnotator;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.ExtractorProvenance;
import org.parley.ingest.InputRecord;
import org.parley.store.ExtractedArticle;
import org.parley.store.IngestResult;
import org.parley.store.ParleyStore;
import org.parley.store.StoredArticle;

/**
 * Codes stored articles again with the current knowledge ({@code parley recode}): reads their texts back from the
 * store page by page, annotates and extracts them on worker threads ({@link ArticleBatch}) and replaces each page's
 * rows with {@link ParleyStore#reextract}, which also updates the merged events and registry actors they touch. A
 * user who edited a dictionary or the lexicon runs it instead of ingesting everything again.
 *
 * <p>A page is one write transaction; an article that fails annotation or extraction keeps its old rows and
 * becomes an issue row. Memory holds one page of texts. Not thread-safe: one recode at a time per instance (the
 * store serializes writes anyway).
 */
public final class StoreRecoder {

    /** Which stored articles to recode. */
    public enum Scope {
        /** Every stored article. */
        ALL,
        /** Only articles whose stored knowledge hash differs from the extractor's, or is unknown. */
        STALE
    }

    /** What a recode did: articles rewritten, articles that failed (see the issues table), fresh ones left alone. */
    public record Summary(long recoded, long failed, long fresh) {
    }

    /** Called on the calling thread after each article is processed, with how many are done and how many in all. */
    @FunctionalInterface
    public interface Progress {
        void done(long processed, long total);
    }

    private final Supplier<ArticleAnnotator> annotator;
    private final ArticleExtractor extractor;
    private final int threads;

    /**
     * @param annotator builds the annotator, only when some article is to be recoded (CoreNLP takes seconds to
     *                  load: a recode of a fresh store loads nothing)
     * @param extractor the extractor with the current knowledge; its provenance is stored with each article
     * @param threads   worker threads, at least 1
     */
    public StoreRecoder(Supplier<ArticleAnnotator> annotator, ArticleExtractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.threads = threads;
    }

    /**
     * Recodes the articles of {@code store} in {@code scope}.
     *
     * @throws IllegalArgumentException for {@link Scope#STALE} with an extractor whose knowledge is unknown: no
     *                                  article could be told fresh
     */
    public Summary recode(ParleyStore store, Scope scope, Progress progress) {
        String current = extractor.provenance().map(ExtractorProvenance::sha256).orElse(null);
        if (scope == Scope.STALE && current == null) {
            throw new IllegalArgumentException("the extractor's knowledge is not known, so no article can be told "
                    + "fresh: recode them all");
        }
        String staleAgainst = scope == Scope.STALE ? current : null;
        long total = store.countArticles(staleAgainst);
        long fresh = store.countArticles(null) - total;
        if (total == 0) {
            return new Summary(0, 0, fresh);
        }
        ArticleBatch batch = new ArticleBatch(annotator.get(), extractor, threads);
        long[] counts = new long[3]; // recoded, failed, processed
        // pages long enough to keep every worker busy most of the time (the pool drains at each page's end) and
        // to make the write transaction pay off
        int pageSize = Math.max(50, 4 * threads);
        store.forEachArticlePage(staleAgainst, pageSize, page -> {
            List<InputRecord> records = new ArrayList<>();
            for (StoredArticle a : page) {
                records.add(InputRecord.ok(null, 0, a.article()));
            }
            List<ExtractedArticle> extracted = new ArrayList<>();
            batch.runRecords(records, p -> {
                if (p.ok()) {
                    extracted.add(new ExtractedArticle(p.input().article(), p.extraction(),
                            p.annotated().tokenCount(), current));
                } else {
                    counts[1]++;
                    store.recordIssue(p.issue());
                }
                progress.done(++counts[2], total);
            });
            if (!extracted.isEmpty()) {
                for (IngestResult r : store.reextract(extracted)) {
                    counts[r == IngestResult.REPLACED ? 0 : 1]++;
                }
            }
        });
        return new Summary(counts[0], counts[1], fresh);
    }
}
