package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.parley.batch.Annotators;
import org.parley.batch.ArticleBatch;
import org.parley.batch.ProcessedArticle;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.ArticleReader;
import org.parley.json.ParleyJson;

/**
 * Pinned extraction quality: runs the real pipeline (CoreNLP models loaded once) over the shared evaluation kits,
 * scores the output with the shared scorers, and fails below the figures the issues set. Predictions are kept
 * under target/eval for inspection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractionEval {

    private ArticleBatch batch;
    private Path outDir;

    @BeforeAll
    void loadPipeline() throws IOException {
        SharedData.root();
        batch = new ArticleBatch(Annotators.annotator(), ArticleExtractor.withBuiltInKnowledge(),
                Runtime.getRuntime().availableProcessors());
        outDir = Path.of("target", "eval");
        Files.createDirectories(outDir);
    }

    private Path extract(String name, Path... inputs) throws IOException {
        Path out = outDir.resolve(name + ".jsonl");
        List<String> failures = new ArrayList<>();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            batch.run(new ArticleReader(null), List.of(inputs), a -> false, (ProcessedArticle p) -> {
                if (p.ok()) {
                    w.println(ParleyJson.line(p.extraction()));
                } else {
                    failures.add(p.issue().describe());
                }
            });
        }
        assertThat(failures).as("articles that failed").isEmpty();
        return out;
    }

    @Test
    void seedAndNews() throws Exception {
        Path pred = extract("seed-news", SharedData.eval("seed/articles.jsonl"), SharedData.eval("news/articles.jsonl"));
        Map<String, Double> s = Scorer.run(SharedData.eval("score.py"), pred, SharedData.eval("seed/gold.json"),
                SharedData.eval("news/gold.json"));
        assertThat(s.get("actors_f1")).as("actors_f1").isGreaterThanOrEqualTo(0.75);
        assertThat(s.get("quotes_f1")).as("quotes_f1").isGreaterThanOrEqualTo(0.70);
        assertThat(s.get("speaker_acc")).as("speaker_acc").isGreaterThanOrEqualTo(0.40);
        assertThat(s.get("events_f1")).as("events_f1").isGreaterThanOrEqualTo(0.30);
        assertThat(s.get("times_acc")).as("times_acc").isGreaterThanOrEqualTo(0.85);
    }
}
