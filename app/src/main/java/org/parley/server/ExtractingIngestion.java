package org.parley.server;

import java.util.Objects;
import java.util.function.Supplier;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.ArticleAnnotator;
import org.parley.article.Article;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.ExtractorProvenance;
import org.parley.extract.Extraction;
import org.parley.ingest.ProcessingIssue;
import org.parley.store.ExtractedArticle;
import org.parley.store.IngestResult;
import org.parley.store.ParleyStore;

/**
 * Ingestion through the real pipeline: annotate, extract, store, as {@code parley ingest} does for one article.
 * The annotator and extractor are heavy (CoreNLP models, knowledge files), so they are built on the first post
 * that needs them, once, and then shared; an article already stored with the same text is answered unchanged
 * without annotating it.
 *
 * <p><b>Thread safety.</b> Safe for concurrent posts: the pipeline is built under a lock, and the annotator,
 * extractor and store are thread-safe themselves.
 */
public final class ExtractingIngestion implements ArticleIngestion {

    private final ParleyStore store;
    private final Supplier<ArticleAnnotator> annotatorFactory;
    private final Supplier<ArticleExtractor> extractorFactory;
    private volatile Pipeline pipeline;

    private record Pipeline(ArticleAnnotator annotator, ArticleExtractor extractor) {
    }

    /**
     * @param store            a store opened for writing
     * @param annotatorFactory builds the annotator (called at most once)
     * @param extractorFactory builds the extractor (called at most once)
     */
    public ExtractingIngestion(ParleyStore store, Supplier<ArticleAnnotator> annotatorFactory,
                               Supplier<ArticleExtractor> extractorFactory) {
        this.store = Objects.requireNonNull(store, "store");
        this.annotatorFactory = Objects.requireNonNull(annotatorFactory, "annotatorFactory");
        this.extractorFactory = Objects.requireNonNull(extractorFactory, "extractorFactory");
    }

    @Override
    public IngestOutcome ingest(Article article) {
        if (store.contains(article.id(), ParleyStore.textSha256(article.text()))) {
            return new IngestOutcome(article.id(), IngestResult.UNCHANGED, 0, 0, 0, 0);
        }
        Pipeline p = pipeline();
        Extraction x;
        Integer tokens;
        try {
            AnnotatedArticle annotated = p.annotator().annotate(article);
            tokens = annotated.tokenCount();
            x = p.extractor().extract(annotated);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            store.recordIssue(new ProcessingIssue(null, 0, article.id(), "serve-ingest", reason));
            throw new UnprocessableArticleException("article " + article.id() + " could not be processed: " + reason);
        }
        // the hash of the lexicons and dictionaries, so 'parley recode --only-stale' knows what produced it
        String knowledge = p.extractor().provenance().map(ExtractorProvenance::sha256).orElse(null);
        IngestResult result = store.ingest(new ExtractedArticle(article, x, tokens, knowledge));
        return new IngestOutcome(article.id(), result, x.actors().size(), x.quotes().size(), x.events().size(),
                x.places().size());
    }

    private Pipeline pipeline() {
        Pipeline p = pipeline;
        if (p == null) {
            synchronized (this) {
                p = pipeline;
                if (p == null) {
                    p = new Pipeline(annotatorFactory.get(), extractorFactory.get());
                    pipeline = p;
                }
            }
        }
        return p;
    }
}
