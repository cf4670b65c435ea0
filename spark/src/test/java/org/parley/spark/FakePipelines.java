package org.parley.spark;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.extract.ArticleExtractor;

/**
 * Pipelines without CoreNLP for tests of the job's plumbing: the annotator gives every article no sentences, and
 * refuses articles whose id starts with "boom" as CoreNLP refuses an article it cannot annotate. The extractor is
 * the real one. Built once per test JVM (the extractor loads its knowledge once); immutable, thread-safe.
 */
final class FakePipelines {

    private FakePipelines() {
    }

    static ExecutorPipelines get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ExecutorPipelines INSTANCE = new ExecutorPipelines(article -> {
            if (article.id().startsWith("boom")) {
                throw new AnnotationException("article " + article.id() + " cannot be annotated");
            }
            return new AnnotatedArticle(article, List.of(), List.of());
        }, ArticleExtractor.withBuiltInKnowledge());
    }
}
