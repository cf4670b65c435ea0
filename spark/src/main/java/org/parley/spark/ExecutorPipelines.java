package org.parley.spark;

import org.parley.annotate.ArticleAnnotator;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.CoreNlpConfig;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.ParseSelector;
import org.parley.extract.time.TimeCues;

/**
 * The heavy pipelines of one executor JVM: the CoreNLP annotator (models load in 10-20 s and take ~3 GB) and the
 * extractor with Parley's built-in knowledge, configured exactly as {@code parley extract} builds them.
 *
 * <p>Built lazily, once per JVM, on first use inside a task, never on the driver and never serialized: tasks
 * reach it through {@link #shared()}, not through their closures. Concurrent tasks of one executor share the
 * instance, which is safe because both parts are documented thread-safe ({@link CoreNlpAnnotator} uses only the
 * CoreNLP annotators measured to give identical output when shared; {@link ArticleExtractor} is stateless over
 * immutable knowledge). Initialization is the JVM's class initialization of a holder class: thread-safe, and
 * nothing mutable is ever stored.
 *
 * @param annotator tokenize to NER with SUTime on every sentence, dependency parses where extraction needs them
 * @param extractor actors, times, places, quotes and events with the built-in knowledge
 */
public record ExecutorPipelines(ArticleAnnotator annotator, ArticleExtractor extractor) {

    /** The pipelines of this JVM, built on the first call (which blocks while the models load). */
    public static ExecutorPipelines shared() {
        return Holder.INSTANCE;
    }

    /** A new pair, configured as the CLI's ({@code Annotators.annotator()} and the built-in extractor). */
    public static ExecutorPipelines build() {
        return new ExecutorPipelines(
                new CoreNlpAnnotator(CoreNlpConfig.defaults(), ParseSelector.builtIn(), new TimeCues()),
                ArticleExtractor.withBuiltInKnowledge());
    }

    private static final class Holder {
        static final ExecutorPipelines INSTANCE = build();
    }
}
