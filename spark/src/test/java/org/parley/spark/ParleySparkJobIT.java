package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.annotate.ArticleAnnotator;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.CoreNlpConfig;
import org.parley.article.Article;
import org.parley.export.EventExportRow;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.Extraction;
import org.parley.extract.ParseSelector;
import org.parley.extract.time.TimeCues;
import org.parley.json.ParleyJson;

/**
 * The Spark job in {@code local[2]} with the real CoreNLP pipelines gives, row for row, the export rows and
 * per-article JSON that the CLI's pipeline gives on the same articles.
 *
 * <p>Cost: the first 50 articles of the shared corpus, each cut to {@value #MAX_CHARS} characters at a line break
 * (the whole 50 are 273k characters, one of them 40k), annotated twice (directly and in Spark) - about a third of
 * the text, so the test stays within a few minutes on two busy cores.
 */
class ParleySparkJobIT {

    static final int ARTICLES = 50;
    static final int MAX_CHARS = 2500;

    @Test
    void sparkWritesTheSameRowsAsTheCliForTheSameArticles(@TempDir Path tmp) throws IOException {
        List<Article> articles = SharedCorpus.firstArticles(SharedCorpus.newsJsonl(), ARTICLES, MAX_CHARS);
        assertThat(articles).hasSize(ARTICLES);
        Path in = tmp.resolve("in.jsonl");
        List<String> lines = new ArrayList<>();
        articles.forEach(a -> lines.add(ParleyJson.line(a)));
        lines.add("{\"id\":\"broken\",\"text\":");
        lines.add("{\"id\":\"blank\",\"text\":\"   \"}");
        Files.write(in, lines, StandardCharsets.UTF_8);

        // the CLI's pipeline, built as the app's Annotators and extract command build it, run on this thread
        ArticleAnnotator annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults(), ParseSelector.builtIn(),
                new TimeCues());
        ArticleExtractor extractor = ArticleExtractor.withBuiltInKnowledge();
        Map<String, List<EventExportRow>> expected = new TreeMap<>();
        List<String> expectedJson = new ArrayList<>();
        int actors = 0;
        int quotes = 0;
        for (Article a : articles) {
            Extraction x = extractor.extract(annotator.annotate(a));
            expected.put(a.id(), EventExportRow.of(a, x));
            expectedJson.add(ParleyJson.line(x));
            actors += x.actors().size();
            quotes += x.quotes().size();
        }
        int expectedEvents = expected.values().stream().mapToInt(List::size).sum();
        // the per-article JSON holds the whole extraction; the event rows hold as many events as the extractor
        // codes (none while it codes none), so the comparison has substance through the JSON in any case
        assertThat(actors).as("actors in the extractions to compare").isGreaterThanOrEqualTo(ARTICLES);
        assertThat(quotes).as("quotes in the extractions to compare").isPositive();

        Path out = tmp.resolve("out");
        SparkSession spark = LocalSpark.start("local[2]");
        try {
            SparkJobResult result = ParleySparkJob.run(spark,
                    SparkJobOptions.parse("--output", out.toString(), "--json", in.toString()));
            assertThat(result).isEqualTo(new SparkJobResult(ARTICLES, expectedEvents, 2));

            Map<String, List<EventExportRow>> actual = new TreeMap<>();
            for (Row r : spark.read().parquet(out.resolve("events").toString()).collectAsList()) {
                EventExportRow row = OutcomeRows.toExportRow(r);
                actual.computeIfAbsent(row.articleId(), k -> new ArrayList<>()).add(row);
            }
            // articles without events have no rows in either
            expected.values().removeIf(List::isEmpty);
            assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
            for (String id : expected.keySet()) {
                assertThat(actual.get(id)).as("export rows of %s", id).containsExactlyElementsOf(expected.get(id));
            }

            List<String> json = spark.read().text(out.resolve("articles").toString()).collectAsList().stream()
                    .map(r -> r.getString(0)).toList();
            assertThat(json).containsExactlyInAnyOrderElementsOf(expectedJson);

            Map<String, String> issues = new LinkedHashMap<>();
            for (Row r : spark.read().parquet(out.resolve("issues").toString()).collectAsList()) {
                issues.put(String.valueOf(r.getString(0)), r.getString(3) + ": " + r.getString(4));
            }
            assertThat(issues).containsOnlyKeys("null", "blank");
            assertThat(issues.get("blank")).isEqualTo("read: text is empty");
            assertThat(issues.get("null")).startsWith("read: not JSON");
        } finally {
            spark.stop();
        }
    }
}
