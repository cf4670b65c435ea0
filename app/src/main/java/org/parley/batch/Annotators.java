package org.parley.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.ArticleAnnotator;
import org.parley.annotate.StoredAnnotations;
import org.parley.article.Article;
import org.parley.extract.ParseSelector;
import org.parley.extract.time.TimeCues;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.CoreNlpConfig;

/** Builds the heavy, long-lived parts once per process, as the commands need them. */
public final class Annotators {

    private Annotators() {
    }

    /**
     * The annotator, reusing stored annotation when files are given. CoreNLP loads lazily: only when an article
     * is not among the stored ones.
     */
    public static ArticleAnnotator annotator(List<Path> stored) {
        if (stored.isEmpty()) {
            return annotator();
        }
        ArticleAnnotator lazy = new ArticleAnnotator() {
            private volatile CoreNlpAnnotator real;

            @Override
            public AnnotatedArticle annotate(Article article) {
                CoreNlpAnnotator r = real;
                if (r == null) {
                    synchronized (this) {
                        if (real == null) {
                            real = annotator();
                        }
                        r = real;
                    }
                }
                return r.annotate(article);
            }
        };
        try {
            return StoredAnnotations.read(stored, lazy);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read annotations: " + e.getMessage(), e);
        }
    }

    public static CoreNlpAnnotator annotator() {
        return new CoreNlpAnnotator(CoreNlpConfig.defaults(), ParseSelector.builtIn(), new TimeCues());
    }
}
