package org.parley.annotate.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeAnnotator;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.AnnotationException;
import org.parley.annotate.ArticleAnnotator;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.SentenceSelector;
import org.parley.annotate.TimeExpression;
import org.parley.annotate.Token;
import org.parley.article.Article;
import org.parley.extract.time.NewsTimeTagger;

/**
 * Annotates articles with CoreNLP: tagging and NER on every sentence, time expressions by Parley's own tagger (or
 * SUTime where configured), enhanced++ dependency parsing only on the sentences a {@link SentenceSelector} picks
 * (by Parley's runner of CoreNLP's parser model, or CoreNLP's annotator where configured), then converts the
 * result to Parley's own records.
 *
 * <p>Thread-safety: safe for concurrent use. One instance shares its annotators between threads; the annotators it
 * uses (tokenize, ssplit, pos, lemma, ner, SUTime, depparse) were measured to give output identical to one
 * thread when shared (DESIGN.md). The {@code quote} and coref annotators, which are not safe to share, are never
 * used here. Build one instance per process (model loading takes 10-20 s) and keep it.
 */
public final class CoreNlpAnnotator implements ArticleAnnotator {

    private final CoreNlpConfig config;
    private final StanfordCoreNLP tagger;
    private final DependencyParseAnnotator parser;
    private final NeuralDependencyParser neuralParser;
    private final SentenceSelector selector;
    private final SentenceSelector timeSelector;
    private final TimeAnnotator suTime;
    private final NewsTimeTagger newsTimeTagger;
    private final LongAdder sentencesTimed = new LongAdder();
    private final LongAdder timeNanos = new LongAdder();
    private final LongAdder sentencesSeen = new LongAdder();
    private final LongAdder sentencesParsed = new LongAdder();
    private final LongAdder taggingNanos = new LongAdder();
    private final LongAdder parsingNanos = new LongAdder();

    /** Time expressions tagged in every sentence; parsing where {@code selector} says. */
    public CoreNlpAnnotator(CoreNlpConfig config, SentenceSelector selector) {
        this(config, selector, SentenceSelector.ALL);
    }

    /**
     * @param selector     which sentences to parse
     * @param timeSelector which sentences to run SUTime on (Parley's own tagger is cheap enough for every sentence)
     */
    public CoreNlpAnnotator(CoreNlpConfig config, SentenceSelector selector, SentenceSelector timeSelector) {
        this.config = config;
        this.selector = selector;
        this.timeSelector = timeSelector;
        this.suTime = config.timeTagger() == CoreNlpConfig.TimeTagger.SUTIME
                ? new TimeAnnotator("sutime", CoreNlpProperties.timeExpressions(config)) : null;
        this.newsTimeTagger = config.timeTagger() == CoreNlpConfig.TimeTagger.PARLEY ? new NewsTimeTagger() : null;
        this.tagger = new StanfordCoreNLP(CoreNlpProperties.tagging(config));
        this.parser = config.parser() == CoreNlpConfig.Parser.CORENLP
                ? new DependencyParseAnnotator(CoreNlpProperties.dependencyParser(config)) : null;
        this.neuralParser = config.parser() == CoreNlpConfig.Parser.PARLEY
                ? NeuralDependencyParser.load(NeuralDependencyParser.ENGLISH_UD) : null;
    }

    /** Which dependency parser runs: "parley (vector kernel)", "parley (scalar kernel)", "corenlp" or "none". */
    public String parserName() {
        return neuralParser != null ? "parley (" + neuralParser.kernelName() + " kernel)"
                : parser != null ? "corenlp" : "none";
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        String text = article.text();
        if (text.length() > config.maxTextChars()) {
            throw new AnnotationException("text is too long: " + text.length() + " characters, the limit is "
                    + config.maxTextChars());
        }
        Annotation doc = new Annotation(text);
        article.publicationDate().ifPresent(d -> doc.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
        long t0 = System.nanoTime();
        try {
            tagger.annotate(doc);
        } catch (RuntimeException e) {
            throw new AnnotationException("tagging failed: " + e, e);
        }
        long t1 = System.nanoTime();
        taggingNanos.add(t1 - t0);
        long tp;
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<Token>> tokensPerSentence = new ArrayList<>(sentences.size());
        List<CoreMap> toParse = new ArrayList<>();
        List<CoreMap> toTime = new ArrayList<>();
        boolean[] parsed = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            List<Token> tokens = tokens(sentences.get(i));
            tokensPerSentence.add(tokens);
            if (suTime != null && timeSelector.needsParse(tokens)) {
                toTime.add(sentences.get(i));
            }
            if (config.parse() && tokens.size() <= config.maxParseTokens() && selector.needsParse(tokens)) {
                toParse.add(sentences.get(i));
                parsed[i] = true;
            }
        }
        sentencesSeen.add(sentences.size());
        sentencesParsed.add(toParse.size());
        sentencesTimed.add(toTime.size());
        if (!toTime.isEmpty()) {
            long tt = System.nanoTime();
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, toTime);
            article.publicationDate().ifPresent(d -> sub.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
            try {
                suTime.annotate(sub);
            } catch (RuntimeException e) {
                throw new AnnotationException("time tagging failed: " + e, e);
            }
            long spent = System.nanoTime() - tt;
            timeNanos.add(spent);
        }
        tp = System.nanoTime();
        if (!toParse.isEmpty()) {
            try {
                parse(text, toParse);
            } catch (RuntimeException e) {
                throw new AnnotationException("dependency parsing failed: " + e, e);
            }
            parsingNanos.add(System.nanoTime() - tp);
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        List<TimeExpression> times = new ArrayList<>();
        long taggerNanos = 0;
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap s = sentences.get(i);
            List<Token> tokens = tokensPerSentence.get(i);
            List<Dependency> deps = parsed[i] ? dependencies(s) : List.of();
            int start = tokens.isEmpty() ? s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class) : tokens.get(0).start();
            int end = tokens.isEmpty() ? start : tokens.get(tokens.size() - 1).end();
            out.add(new Sentence(i, start, end, tokens, deps, parsed[i] && !deps.isEmpty()));
            if (newsTimeTagger != null) {
                long tt = System.nanoTime();
                times.addAll(newsTimeTagger.tag(i, tokens, text, article.publicationDate().orElse(null)));
                taggerNanos += System.nanoTime() - tt;
            } else {
                times.addAll(timeExpressions(i, s, text));
            }
        }
        if (newsTimeTagger != null) {
            sentencesTimed.add(sentences.size());
            // the tagger alone: converting parses and building sentences belong to "the rest"
            timeNanos.add(taggerNanos);
        }
        return new AnnotatedArticle(article, out, times);
    }

    /** Puts an enhanced++ graph on each sentence, by the configured parser. */
    private void parse(String text, List<CoreMap> sentences) {
        if (neuralParser == null) {
            Annotation sub = new Annotation(text);
            sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
            parser.annotate(sub);
            return;
        }
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            List<String> words = new ArrayList<>(labels.size());
            List<String> tags = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                words.add(l.word());
                tags.add(l.tag());
            }
            s.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class,
                    EnhancedDependencies.enhancedPlusPlus(labels, neuralParser.parse(words, tags)));
        }
    }

    private static List<Token> tokens(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String word = l.originalText() != null ? l.originalText() : l.word();
            tokens.add(new Token(i, word, l.beginPosition(), l.endPosition(), l.tag(), l.lemma(),
                    l.ner() == null ? "O" : l.ner()));
        }
        return tokens;
    }

    private static List<Dependency> dependencies(CoreMap sentence) {
        SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (g == null) {
            return List.of();
        }
        List<Dependency> deps = new ArrayList<>();
        for (IndexedWord root : g.getRoots()) {
            deps.add(new Dependency("root", -1, root.index() - 1));
        }
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            // enhanced++ adds copy nodes for ellipsis; they have no token of their own
            if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
                continue;
            }
            deps.add(new Dependency(e.getRelation().toString(), e.getGovernor().index() - 1, e.getDependent().index() - 1));
        }
        return deps;
    }

    private static List<TimeExpression> timeExpressions(int sentenceIndex, CoreMap sentence, String text) {
        List<TimeExpression> out = new ArrayList<>();
        List<CoreMap> timexes = sentence.get(TimeAnnotations.TimexAnnotations.class);
        if (timexes != null) {
            for (CoreMap m : timexes) {
                Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
                Integer start = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                Integer end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                if (timex == null || start == null || end == null) {
                    continue;
                }
                out.add(new TimeExpression(sentenceIndex, text.substring(start, end), start, end, timex.timexType(),
                        timex.value() != null ? timex.value() : timex.altVal()));
            }
            return out;
        }
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int i = 0;
        while (i < labels.size()) {
            Timex timex = labels.get(i).get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < labels.size()) {
                Timex next = labels.get(j).get(TimeAnnotations.TimexAnnotation.class);
                if (next == null || !sameTimex(timex, next)) {
                    break;
                }
                j++;
            }
            int start = labels.get(i).beginPosition();
            int end = labels.get(j - 1).endPosition();
            out.add(new TimeExpression(sentenceIndex, text.substring(start, end), start, end, timex.timexType(),
                    timex.value() != null ? timex.value() : timex.altVal()));
            i = j;
        }
        return out;
    }

    private static boolean sameTimex(Timex a, Timex b) {
        return a.tid() != null ? a.tid().equals(b.tid()) : a == b;
    }

    /** Cumulative work figures since construction, for the benchmark's per-stage split. */
    public Stats stats() {
        return new Stats(sentencesSeen.sum(), sentencesParsed.sum(), sentencesTimed.sum(), taggingNanos.sum() / 1e9,
                timeNanos.sum() / 1e9, parsingNanos.sum() / 1e9);
    }

    /** Sentences seen, parsed and time-tagged, and seconds spent in each layer (summed over threads). */
    public record Stats(long sentences, long parsedSentences, long timedSentences, double taggingSeconds,
                        double timeSeconds, double parsingSeconds) {
    }
}
