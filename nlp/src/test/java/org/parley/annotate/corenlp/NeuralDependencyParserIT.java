package org.parley.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputRecord;

/**
 * Parley's runner for CoreNLP's neural parser model against CoreNLP's own parser annotator: on real news sentences
 * (the first articles of the shared corpus) both must give the same enhanced++ graph, edge for edge. Prints the
 * per-sentence CPU cost of each as measured in the same run (a figure, not a gate: the bench is the speed measure).
 */
class NeuralDependencyParserIT {

    private static final int ARTICLES = 12;

    @Test
    void givesCoreNlpsGraphsOnCorpusSentences() {
        CoreNlpConfig config = CoreNlpConfig.defaults();
        StanfordCoreNLP tagger = new StanfordCoreNLP(CoreNlpProperties.tagging(config));
        DependencyParseAnnotator coreNlp = new DependencyParseAnnotator(CoreNlpProperties.dependencyParser(config));
        NeuralDependencyParser parley = NeuralDependencyParser.load(NeuralDependencyParser.ENGLISH_UD);

        List<CoreMap> sentences = new ArrayList<>();
        for (InputRecord r : corpusArticles()) {
            Annotation doc = new Annotation(r.article().text());
            tagger.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                if (s.get(CoreAnnotations.TokensAnnotation.class).size() <= config.maxParseTokens()) {
                    sentences.add(s);
                }
            }
        }
        assertThat(sentences).hasSizeGreaterThan(200);

        // warm both up on the same sentences first, so neither pays the other's JIT time
        List<CoreMap> warm = sentences.subList(0, 40);
        warm.forEach(s -> parley.parse(words(s), tags(s)));
        coreNlp.annotate(annotationOf(warm));

        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = cpu.getCurrentThreadCpuTime();
        List<List<String>> ours = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            ours.add(edges(EnhancedDependencies.enhancedPlusPlus(tokens, parley.parse(words(s), tags(s)))));
        }
        long t1 = cpu.getCurrentThreadCpuTime();
        coreNlp.annotate(annotationOf(sentences));
        long t2 = cpu.getCurrentThreadCpuTime();

        int same = 0;
        List<String> differing = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<String> theirs = edges(sentences.get(i)
                    .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class));
            if (theirs.equals(ours.get(i))) {
                same++;
            } else if (differing.size() < 3) {
                differing.add(sentences.get(i).get(CoreAnnotations.TextAnnotation.class) + "\n  CoreNLP " + theirs
                        + "\n  Parley  " + ours.get(i));
            }
        }
        System.out.printf(Locale.ROOT, "neural parser: %d sentences, same graph %d; CPU per sentence: Parley "
                        + "%.2f ms (enhanced++ graph), CoreNLP's annotator %.2f ms (five graphs)%n",
                sentences.size(), same, (t1 - t0) / 1e6 / sentences.size(), (t2 - t1) / 1e6 / sentences.size());
        assertThat(differing).as("sentences whose graphs differ").isEmpty();
        assertThat(same).isEqualTo(sentences.size());
    }

    private static List<InputRecord> corpusArticles() {
        Path corpus = Path.of("..", "..", "shared", "corpus", "news.jsonl");
        if (!Files.exists(corpus)) {
            corpus = Path.of("..", "shared", "corpus", "news.jsonl");
        }
        List<InputRecord> records = new ArticleReader(null).readAll(List.of(corpus.toAbsolutePath().normalize()));
        return records.stream().filter(InputRecord::isArticle).limit(ARTICLES).toList();
    }

    private static Annotation annotationOf(List<CoreMap> sentences) {
        Annotation a = new Annotation("");
        a.set(CoreAnnotations.SentencesAnnotation.class, new ArrayList<>(sentences));
        return a;
    }

    private static List<String> words(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
    }

    private static List<String> tags(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::tag).toList();
    }

    private static List<String> edges(SemanticGraph g) {
        List<String> out = new ArrayList<>();
        g.getRoots().forEach(r -> out.add("root(0," + r.index() + ")"));
        for (SemanticGraphEdge e : g.edgeListSorted()) {
            out.add(e.getRelation() + "(" + e.getGovernor().index() + "," + e.getDependent().index()
                    // a copied node's copy number counts every graph built from the same tokens (CoreNLP's
                    // annotator builds five), so only whether it is a copy is compared
                    + (e.getDependent().copyCount() > 0 ? "'" : "") + ")");
        }
        return out;
    }
}
