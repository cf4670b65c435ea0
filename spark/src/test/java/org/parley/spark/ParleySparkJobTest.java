package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.EventExportRow;
import org.parley.json.ParleyJson;

/**
 * The job's reading, splitting and writing in a real local Spark, with pipelines that need no models (the
 * extraction itself is checked against the CLI's in {@code ParleySparkJobIT}).
 */
class ParleySparkJobTest {

    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static SparkJobResult run(Path out, InputFormat format, String date, Path... inputs) {
        List<String> paths = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        return ParleySparkJob.run(spark, new SparkJobOptions(paths, format, out.toString(), true, 3, date, false),
                FakePipelines::get);
    }

    private List<String> ids(Path out) {
        return spark.read().text(out.resolve("articles").toString()).collectAsList().stream()
                .map(r -> json(r.getString(0)).get("id").asText()).sorted().toList();
    }

    private List<String> issues(Path out) {
        Dataset<Row> d = spark.read().parquet(out.resolve("issues").toString());
        assertThat(d.columns()).containsExactlyElementsOf(OutcomeRows.ISSUE_COLUMNS);
        return d.collectAsList().stream().map(r -> r.getString(0) + "|" + r.getString(3) + "|" + r.getString(4))
                .sorted().toList();
    }

    private static JsonNode json(String s) {
        try {
            return ParleyJson.mapper().readTree(s);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void jsonLinesIncludingCompressedFilesGiveEveryRecordAnOutcome(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.jsonl"), """
                {"id":"a1","published":"2024-01-02","title":"T","source":"S","url":null,"text":"One."}
                not json

                {"id":"a2","text":"Two."}
                {"id":"boom","text":"Three."}
                {"text":"no id"}
                """, StandardCharsets.UTF_8);
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(in.resolve("b.jsonl.gz")))) {
            gz.write("{\"id\":\"b1\",\"text\":\"Zipped.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        Path out = tmp.resolve("out");
        SparkJobResult r = run(out, InputFormat.JSONL, "2020-02-02", in);

        assertThat(r).isEqualTo(new SparkJobResult(3, 0, 3));
        assertThat(ids(out)).containsExactly("a1", "a2", "b1");
        assertThat(issues(out)).containsExactly("boom|annotate|article boom cannot be annotated",
                "null|read|missing id", "null|read|not JSON: Unrecognized token 'not': was expecting "
                        + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')");
        List<String> published = spark.read().text(out.resolve("articles").toString()).collectAsList().stream()
                .map(x -> json(x.getString(0))).map(j -> j.get("id").asText() + "@" + j.get("published").asText())
                .sorted().toList();
        // --date is for text files: JSON records without a date stay undated, as in the CLI
        assertThat(published).containsExactly("a1@2024-01-02", "a2@null", "b1@null");
        Dataset<Row> events = spark.read().parquet(out.resolve("events").toString());
        assertThat(events.columns()).containsExactlyElementsOf(EventExportRow.COLUMNS);
        assertThat(events.count()).isZero();
    }

    @Test
    void textFilesAreOneArticleEachAndOtherFilesAreIgnored(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in").resolve("nested"));
        Files.writeString(in.resolve("story-1.txt"), "The first story.", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("story-2.txt"), "  ", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("notes.md"), "not an article", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        SparkJobResult r = run(out, InputFormat.TEXT, null, tmp.resolve("in"));
        assertThat(r).isEqualTo(new SparkJobResult(1, 0, 1));
        assertThat(ids(out)).containsExactly("story-1");
        assertThat(issues(out)).containsExactly("story-2|read|text is empty");
    }

    @Test
    void parquetNeedsIdAndTextAndTakesTheOtherColumnsWhenPresent(@TempDir Path tmp) {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("published", DataTypes.StringType).add("extra", DataTypes.IntegerType);
        Path in = tmp.resolve("in.parquet");
        spark.createDataFrame(List.of(RowFactory.create("p1", "Text one.", "2021-06-01", 7),
                RowFactory.create("p2", "", null, 8)), schema).write().parquet(in.toString());
        Path out = tmp.resolve("out");
        assertThat(run(out, InputFormat.PARQUET, null, in)).isEqualTo(new SparkJobResult(1, 0, 1));
        assertThat(ids(out)).containsExactly("p1");
        assertThat(issues(out)).containsExactly("p2|read|text is empty");

        Path noText = tmp.resolve("no-text.parquet");
        spark.createDataFrame(List.of(RowFactory.create("p1")), new StructType().add("id", DataTypes.StringType))
                .write().parquet(noText.toString());
        assertThatThrownBy(() -> run(tmp.resolve("out2"), InputFormat.PARQUET, null, noText))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no 'text' column");
    }

    @Test
    void concurrentTasksShareTheExecutorsPipelinesWithoutWaitingForEachOther(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in.jsonl");
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 16; i++) {
            lines.add("{\"id\":\"slow" + i + "\",\"text\":\"Text " + i + ".\"}");
        }
        Files.write(in, lines, StandardCharsets.UTF_8);
        FakePipelines.mostConcurrentSlowCalls();
        SparkJobResult r = ParleySparkJob.run(spark, new SparkJobOptions(List.of(in.toString()), InputFormat.JSONL,
                tmp.resolve("out").toString(), false, 8, null, false), FakePipelines::get);
        assertThat(r).isEqualTo(new SparkJobResult(16, 0, 0));
        // local[2] runs two of the eight tasks at once; 16 calls of 150 ms each overlap unless something serializes
        assertThat(FakePipelines.mostConcurrentSlowCalls()).isEqualTo(2);
    }

    @Test
    void anExistingOutputIsKeptUnlessOverwriteIsAsked(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"x\",\"text\":\"X.\"}\n", StandardCharsets.UTF_8);
        Path out = tmp.resolve("out");
        run(out, InputFormat.JSONL, null, in);
        assertThatThrownBy(() -> run(out, InputFormat.JSONL, null, in)).isInstanceOf(AnalysisException.class);
        SparkJobResult again = ParleySparkJob.run(spark, new SparkJobOptions(List.of(in.toString()),
                InputFormat.JSONL, out.toString(), true, 0, null, true), FakePipelines::get);
        assertThat(again).isEqualTo(new SparkJobResult(1, 0, 0));
        assertThat(ids(out)).containsExactly("x");
    }
}
