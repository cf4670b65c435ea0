package org.parley.batch;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.annotate.ArticleAnnotator;
import org.parley.article.Article;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.Extraction;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputRecord;
import org.parley.ingest.ProcessingIssue;

/**
 * Runs read -> annotate -> extract over a batch on a fixed number of worker threads and hands every outcome, in
 * input order, to one consumer on the calling thread (so writers need no locking).
 *
 * <p>Back-pressure: at most {@code 2 x threads} articles are in flight, so memory stays bounded whatever the
 * corpus size. A record that fails at any stage becomes a {@link ProcessedArticle} with its issue; the batch goes
 * on. The annotator and extractor are shared by the workers and must be thread-safe (both are).
 */
public final class ArticleBatch {

    private final ArticleAnnotator annotator;
    private final ArticleExtractor extractor;
    private final int threads;

    public ArticleBatch(ArticleAnnotator annotator, ArticleExtractor extractor, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.annotator = annotator;
        this.extractor = extractor;
        this.threads = threads;
    }

    /**
     * Processes every record of the inputs.
     *
     * @param skip   articles not to process at all (already stored unchanged); they reach no consumer
     * @param sink   receives each outcome in input order, on the calling thread
     */
    public void run(ArticleReader reader, List<Path> inputs, Predicate<Article> skip, Consumer<ProcessedArticle> sink) {
        drive(submit -> reader.read(inputs, record -> {
            if (!record.isArticle() || !skip.test(record.article())) {
                submit.accept(record);
            }
        }), sink);
    }

    /** Processes records already read (the benchmark reads its articles before timing). */
    public void runRecords(List<InputRecord> records, Consumer<ProcessedArticle> sink) {
        drive(records::forEach, sink);
    }

    /**
     * Runs the records the source hands over on the pool, at most {@link #window()} at a time, and gives their
     * outcomes to the sink in input order: the reader waits when the window is full (back-pressure), so memory
     * stays bounded by the window, not by the corpus.
     */
    private void drive(Consumer<Consumer<InputRecord>> source, Consumer<ProcessedArticle> sink) {
        ExecutorService pool = newPool();
        Deque<Future<ProcessedArticle>> inFlight = new ArrayDeque<>();
        int window = window();
        try {
            source.accept(record -> {
                inFlight.add(pool.submit(() -> process(record)));
                while (inFlight.size() >= window) {
                    sink.accept(await(inFlight.poll()));
                }
            });
            while (!inFlight.isEmpty()) {
                sink.accept(await(inFlight.poll()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * How many records may be in flight. Outcomes leave in input order, so while the oldest one is a long article
     * the other workers can only run ahead as far as the window lets them: with two per worker, one article three
     * times the average length left a worker idle (news lengths vary ten-fold). Eight per worker keeps them busy;
     * a finished article waiting its turn holds its annotations (a 2-thread bench's peak heap stayed ~2-2.5 GB).
     */
    private int window() {
        return 8 * threads;
    }

    private ExecutorService newPool() {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** Annotates and extracts one record, turning any failure into an issue. */
    public ProcessedArticle process(InputRecord record) {
        if (!record.isArticle()) {
            return new ProcessedArticle(record, null, null, record.issue());
        }
        Article a = record.article();
        AnnotatedArticle annotated;
        try {
            annotated = annotator.annotate(a);
        } catch (AnnotationException e) {
            return failed(record, "annotate", e.getMessage());
        } catch (RuntimeException | OutOfMemoryError e) {
            return failed(record, "annotate", e.toString());
        }
        try {
            Extraction x = extractor.extract(annotated);
            return new ProcessedArticle(record, annotated, x, null);
        } catch (RuntimeException e) {
            StackTraceElement[] st = e.getStackTrace();
            String where = st.length > 0 ? " at " + st[0] : "";
            return failed(record, "extract", e + where);
        }
    }

    private static ProcessedArticle failed(InputRecord record, String stage, String reason) {
        return new ProcessedArticle(record, null, null,
                new ProcessingIssue(record.file(), record.line(), record.article().id(), stage, reason));
    }

    private static ProcessedArticle await(Future<ProcessedArticle> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside its error handling", e.getCause());
        }
    }
}
