package org.parley.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.parley.article.Article;

/**
 * The plain CoreNLP pipeline Parley is measured against: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}
 * with CoreNLP's defaults, run with CoreNLP's own multi-threaded annotate. Used by the benchmark, and by the
 * evaluation that scores CoreNLP's own quotes and speakers next to Parley's. Not thread-safe; build one per run.
 */
public final class PlainCoreNlpBaseline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /** Everything before {@code quote}: the part measured to give the same output on several threads. */
    static final String SHAREABLE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

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

    /**
     * CoreNLP's quotes with its attributed speakers, per article id. The annotators up to {@code coref} run on
     * {@code threads} threads; {@code quote} then runs on one thread, because shared between threads it leaked
     * speakers from one article into another (DESIGN.md) and its figures would not be its own.
     */
    public Map<String, List<BaselineQuote>> quotes(List<Article> articles, int threads) {
        Properties shareable = new Properties();
        shareable.setProperty("annotators", SHAREABLE_ANNOTATORS);
        StanfordCoreNLP upToCoref = new StanfordCoreNLP(shareable);
        Properties quoteOnly = new Properties();
        quoteOnly.setProperty("annotators", "quote");
        // the layers quote needs are already on each document, made above with the same defaults
        quoteOnly.setProperty("enforceRequirements", "false");
        StanfordCoreNLP quote = new StanfordCoreNLP(quoteOnly);
        List<Annotation> docs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            a.publicationDate().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            docs.add(doc);
        }
        upToCoref.annotate(docs, threads, doc -> { });
        Map<String, List<BaselineQuote>> out = new LinkedHashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            Annotation doc = docs.get(i);
            quote.annotate(doc);
            out.put(articles.get(i).id(), quotesOf(doc));
        }
        return out;
    }

    private static List<BaselineQuote> quotesOf(Annotation doc) {
        List<CoreMap> quotes = doc.get(CoreAnnotations.QuotationsAnnotation.class);
        List<CoreLabel> tokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        List<BaselineQuote> out = new ArrayList<>();
        if (quotes == null) {
            return out;
        }
        for (CoreMap q : quotes) {
            int start = q.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = q.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            Integer mb = q.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
            Integer me = q.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
            int sourceStart = -1;
            int sourceEnd = -1;
            // the mention's token indices are document-wide; its end index is the mention's last token
            if (mb != null && me != null && mb >= 0 && me >= mb && me < tokens.size()) {
                sourceStart = tokens.get(mb).beginPosition();
                sourceEnd = tokens.get(me).endPosition();
            }
            out.add(new BaselineQuote(start, end, sourceStart, sourceEnd,
                    q.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
        }
        return out;
    }
}
