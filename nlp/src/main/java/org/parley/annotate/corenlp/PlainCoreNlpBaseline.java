package org.parley.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAnnotator;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.parley.article.Article;

/**
 * The plain CoreNLP pipeline Parley is measured against: {@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}
 * with CoreNLP's defaults. Used by the benchmark, and by the evaluation that scores CoreNLP's own quotes and
 * speakers next to Parley's. Not for concurrent calls; build one per run (it runs its own threads inside).
 */
public final class PlainCoreNlpBaseline {

    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    /** Everything before {@code quote}: the part measured to give the same output on several threads. */
    static final String SHAREABLE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

    private final StanfordCoreNLP upToCoref;
    /** quote annotators, one per concurrent task: shared, they leak speakers between articles and throw NPEs */
    private final BlockingQueue<QuoteAnnotator> quoteAnnotators = new LinkedBlockingQueue<>();

    public PlainCoreNlpBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", SHAREABLE_ANNOTATORS);
        this.upToCoref = new StanfordCoreNLP(p);
    }

    /** What a run of the plain pipeline saw: tokens, and articles CoreNLP itself failed on (kept out of nothing). */
    public record Run(long tokens, int failed) {
    }

    /**
     * Runs the plain pipeline ({@link #ANNOTATORS}, CoreNLP's defaults) over every article on {@code threads}
     * threads: the annotators up to {@code coref} through CoreNLP's own multi-threaded annotate, then
     * {@code quote} on as many threads, each with its own quote annotator. Run that way it is CoreNLP's work
     * exactly, but an article that makes CoreNLP throw is counted, not fatal.
     */
    public Run annotateAll(List<Article> articles, int threads) {
        return run(articles, threads, null);
    }

    /**
     * CoreNLP's quotes with its attributed speakers, per article id, from the same run as {@link #annotateAll}.
     * An article CoreNLP failed on has no entry.
     */
    public Map<String, List<BaselineQuote>> quotes(List<Article> articles, int threads) {
        Map<String, List<BaselineQuote>> out = new ConcurrentHashMap<>();
        run(articles, threads, out);
        Map<String, List<BaselineQuote>> ordered = new LinkedHashMap<>();
        for (Article a : articles) {
            if (out.containsKey(a.id())) {
                ordered.put(a.id(), out.get(a.id()));
            }
        }
        return ordered;
    }

    private Run run(List<Article> articles, int threads, Map<String, List<BaselineQuote>> quotesOut) {
        List<Annotation> docs = new ArrayList<>(articles.size());
        for (Article a : articles) {
            Annotation doc = new Annotation(a.text());
            a.publicationDate().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            docs.add(doc);
        }
        upToCoref.annotate(docs, threads, doc -> { });
        AtomicLong tokens = new AtomicLong();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < docs.size(); i++) {
                Annotation doc = docs.get(i);
                String id = articles.get(i).id();
                done.add(pool.submit(() -> {
                    List<?> toks = doc.get(CoreAnnotations.TokensAnnotation.class);
                    tokens.addAndGet(toks == null ? 0 : toks.size());
                    QuoteAnnotator quote = takeQuoteAnnotator();
                    try {
                        quote.annotate(doc);
                        if (quotesOut != null) {
                            quotesOut.put(id, quotesOf(doc));
                        }
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    } finally {
                        quoteAnnotators.add(quote);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the plain pipeline", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("plain pipeline failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Run(tokens.get(), failed.get());
    }

    /** A quote annotator no other task is using: made on first need, up to one per concurrent task. */
    private QuoteAnnotator takeQuoteAnnotator() {
        QuoteAnnotator free = quoteAnnotators.poll();
        if (free != null) {
            return free;
        }
        synchronized (quoteAnnotators) {
            // one at a time: its constructor loads shared attribution resources
            return new QuoteAnnotator("quote", new Properties());
        }
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
