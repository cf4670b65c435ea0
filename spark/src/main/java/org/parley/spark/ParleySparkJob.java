package org.parley.spark;

import static org.apache.spark.sql.functions.col;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.parley.export.EventExportRow;

/**
 * Parley inside Apache Spark: reads articles from any Hadoop-compatible path, runs the same annotate + extract as
 * {@code parley extract} once per article inside {@code mapPartitions}, and writes
 * <ul>
 *   <li>{@code OUTPUT/events}: Parquet of {@link EventExportRow}s, the schema of
 *       {@code parley export --format parquet}, which {@code parley import} loads into a store;</li>
 *   <li>{@code OUTPUT/issues}: Parquet of the records that failed (article_id, file, line, stage, reason):
 *       nothing is dropped silently;</li>
 *   <li>{@code OUTPUT/articles} (with {@code --json}): the per-article JSON of SCHEMA.md as JSON Lines.</li>
 * </ul>
 * Each article is annotated once: the outcomes of all records are persisted (memory, spilling to disk) and then
 * split into the outputs. The heavy pipelines live on the executors, one per JVM ({@link ExecutorPipelines}).
 *
 * <p>Entry points: {@link #main} for {@code spark-submit}, {@link #run} for a program that holds a session.
 * Stateless; {@link #run} may be called from any thread the session allows.
 */
public final class ParleySparkJob {

    private ParleySparkJob() {
    }

    /**
     * Runs the job with the session's cluster settings (from {@code spark-submit}). Exit code 0 when every record
     * was extracted, 1 when some failed (they are in the issues output), 2 for bad arguments, as {@code parley}.
     */
    public static void main(String[] args) {
        SparkJobOptions options;
        try {
            options = SparkJobOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            System.err.println(SparkJobOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark = SparkSession.builder().appName("parley").getOrCreate();
        SparkJobResult result;
        try {
            result = run(spark, options);
        } catch (IllegalArgumentException e) {
            System.err.println("parley-spark: " + e.getMessage());
            spark.stop();
            System.exit(2);
            return;
        }
        spark.stop();
        System.err.printf("parley-spark: %d articles extracted, %d events, %d records failed (see %s)%n",
                result.articles(), result.events(), result.issues(), new Path(options.output(), "issues"));
        System.exit(result.issues() == 0 ? 0 : 1);
    }

    /**
     * Runs the job on {@code spark}'s cluster and waits for its outputs to be written.
     *
     * @throws IllegalArgumentException when a Parquet input lacks a required column
     * @throws org.apache.spark.sql.AnalysisException when an input path does not exist or an output exists
     *                                                without {@code overwrite}
     */
    public static SparkJobResult run(SparkSession spark, SparkJobOptions options) {
        return run(spark, options, PipelineSource.shared());
    }

    /** As {@link #run(SparkSession, SparkJobOptions)}, with the pipelines from {@code pipelines}. */
    public static SparkJobResult run(SparkSession spark, SparkJobOptions options, PipelineSource pipelines) {
        Dataset<Row> raw = ArticleInputs.read(spark, options.format(), options.inputs());
        // one CoreNLP article costs seconds: spread records over more partitions than cores so that long and short
        // articles even out, even when the input is one small file (one partition as read)
        int partitions = options.partitions() > 0 ? options.partitions()
                : Math.max(raw.rdd().getNumPartitions(), 4 * spark.sparkContext().defaultParallelism());
        PartitionExtractor extractor = new PartitionExtractor(
                new InputDecoder(options.format(), options.defaultPublished()), options.writeJson(), pipelines);
        Dataset<Row> outcomes = raw.repartition(partitions)
                .mapPartitions(extractor, Encoders.row(OutcomeRows.SCHEMA))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            SaveMode mode = options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
            Column kind = col("kind");
            outcomes.filter(kind.equalTo(OutcomeRows.EVENT))
                    .select(columns(EventExportRow.COLUMNS))
                    .write().mode(mode).parquet(new Path(options.output(), "events").toString());
            outcomes.filter(kind.equalTo(OutcomeRows.ISSUE))
                    .select(columns(OutcomeRows.ISSUE_COLUMNS))
                    .write().mode(mode).parquet(new Path(options.output(), "issues").toString());
            if (options.writeJson()) {
                outcomes.filter(kind.equalTo(OutcomeRows.ARTICLE)).select("json")
                        .write().mode(mode).text(new Path(options.output(), "articles").toString());
            }
            Map<String, Long> counts = new HashMap<>();
            for (Row r : outcomes.groupBy(kind).count().collectAsList()) {
                counts.put(r.getString(0), r.getLong(1));
            }
            return new SparkJobResult(counts.getOrDefault(OutcomeRows.ARTICLE, 0L),
                    counts.getOrDefault(OutcomeRows.EVENT, 0L), counts.getOrDefault(OutcomeRows.ISSUE, 0L));
        } finally {
            outcomes.unpersist();
        }
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(n -> col(n)).toArray(Column[]::new);
    }
}
