package org.parley.spark;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.extract.ArticleExtractor;

/**
 * Pipelines without CoreNLP for tests of the job's plumbing: the annotator gives every article no sentences,
 * refuses articles whose id starts with "boom" as CoreNLP refuses an article it cannot annotate, and spends
 * {@value #SLOW_MILLIS} ms (sleeping, not computing) on articles whose id starts with "slow", counting how many
 * such calls overlap. The extractor is the real one. Built once per test JVM (the extractor loads its knowledge
 * once); thread-safe. The overlap counters are the only mutable state, kept for the concurrency test.
 */
final class FakePipelines {

    static final int SLOW_MILLIS = 150;

    private static final AtomicInteger RUNNING = new AtomicInteger();
    private static final AtomicInteger MOST_RUNNING = new AtomicInteger();

    private FakePipelines() {
    }

    /** The most "slow" annotations that ran at the same time since the last call; resets the count. */
    static int mostConcurrentSlowCalls() {
        return MOST_RUNNING.getAndSet(0);
    }

    private static void slow() {
        MOST_RUNNING.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
        try {
            Thread.sleep(SLOW_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            RUNNING.decrementAndGet();
        }
    }

    static ExecutorPipelines get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ExecutorPipelines INSTANCE = new ExecutorPipelines(article -> {
            if (article.id().startsWith("boom")) {
                throw new AnnotationException("article " + article.id() + " cannot be annotated");
            }
            if (article.id().startsWith("slow")) {
                slow();
            }
            return new AnnotatedArticle(article, List.of(), List.of());
        }, ArticleExtractor.withBuiltInKnowledge());
    }
}
