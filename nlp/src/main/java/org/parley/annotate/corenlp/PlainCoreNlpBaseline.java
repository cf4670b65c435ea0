package org.parley.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.parley.article.Article;

/**
 * The plain CoreNLP pipeline Parley is measured against: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}
 * with CoreNLP's defaults, run with CoreNLP's own multi-threaded annotate. Used by the benchmark only.
 * Not thread-safe; build one per benchmark run.
 */
public final class PlainCoreNlpBaseline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private final StanfordCoreNLP pipeline;

    public PlainCoreNlpBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(p);
    }

    /** Annotates every article on {@code threads} threads; returns the number of tokens seen. */
    public long annotateAll(List<Article> articles, int threads) {
        List<Annotation> docs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            a.publicationDate().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            docs.add(doc);
        }
        long[] tokens = {0};
        pipeline.annotate(docs, threads, doc -> {
            List<?> toks = doc.get(CoreAnnotations.TokensAnnotation.class);
            synchronized (tokens) {
                tokens[0] += toks == null ? 0 : toks.size();
            }
        });
        return tokens[0];
    }
}
