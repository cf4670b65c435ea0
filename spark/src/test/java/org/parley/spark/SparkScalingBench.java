package org.parley.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.parley.article.Article;
import org.parley.json.ParleyJson;

/**
 * Measures the job's throughput in {@code local[1]} and {@code local[2]} on the same articles, and prints the
 * figures and the speed-up. Not a test: timings depend on the machine and its load.
 *
 * <p>Usage: {@code SparkScalingBench [CORPUS [ARTICLES [MAX_CHARS [ROUNDS [WARMUP]]]]]} (defaults: the shared
 * news.jsonl, 50, 0 = whole articles, 1, 50). Before any timing, the per-JVM pipelines are built and a
 * {@code local[2]} job runs on the WARMUP articles that follow the measured ones (as {@code parley bench} warms
 * up: the JIT compiler has then done most of its work), so each run measures reading, annotation, extraction
 * and writing only; both masters use the same
 * number of partitions, and rounds alternate the masters so that a change in the machine's load hits both. Each
 * run also prints the cores its JVM kept busy (process CPU time over wall time) and the load average: a speed-up
 * means little when local[2] got less than two cores.
 */
public final class SparkScalingBench {

    private SparkScalingBench() {
    }

    public static void main(String[] args) throws IOException {
        Path corpus = args.length > 0 && !args[0].isBlank() ? Path.of(args[0])
                : Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().normalize()
                        .resolveSibling("shared").resolve("corpus/news.jsonl");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int maxChars = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        List<Article> read = SharedCorpus.firstArticles(corpus, n + warmup, maxChars);
        List<Article> articles = read.subList(0, Math.min(n, read.size()));
        // too short a corpus: warm up on the measured articles rather than not at all
        List<Article> warmArticles = read.size() > n ? read.subList(n, read.size()) : articles;
        long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
        Path tmp = Files.createTempDirectory("parley-spark-bench");
        Path in = tmp.resolve("in.jsonl");
        Files.write(in, articles.stream().map(ParleyJson::line).toList(), StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        ExecutorPipelines.shared(); // the models load here, before anything is timed
        // the first Spark session of a JVM also pays for class loading and code generation: the warm-up is a job
        Path warmIn = tmp.resolve("warm.jsonl");
        Files.write(warmIn, warmArticles.stream().map(ParleyJson::line).toList(), StandardCharsets.UTF_8);
        time("local[2]", warmIn, tmp.resolve("out-warm"), 8, warmArticles.size());
        System.out.printf(Locale.ROOT, "bench: %d articles, %d chars; pipelines and Spark warmed on %d articles in"
                + " %.1f s%n", articles.size(), chars, warmArticles.size(), (System.nanoTime() - t0) / 1e9);

        int partitions = 8;
        double[] best = new double[3];
        for (int round = 0; round < rounds; round++) {
            for (int cores : round % 2 == 0 ? new int[] {1, 2} : new int[] {2, 1}) {
                double aps = time("local[" + cores + "]", in, tmp.resolve("out-" + round + "-" + cores), partitions,
                        articles.size());
                best[cores] = Math.max(best[cores], aps);
            }
        }
        System.out.printf(Locale.ROOT, "bench: local[1] %.2f articles/s, local[2] %.2f articles/s, speed-up %.2fx"
                + " (best of %d round(s), %d partitions)%n", best[1], best[2], best[2] / best[1], rounds, partitions);
        deleteTree(tmp);
    }

    private static double time(String master, Path in, Path out, int partitions, int articles) {
        SparkSession spark = LocalSpark.start(master);
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        try {
            long cpu = os.getProcessCpuTime();
            long t = System.nanoTime();
            SparkJobResult r = ParleySparkJob.run(spark, new SparkJobOptions(List.of(in.toString()),
                    InputFormat.JSONL, out.toString(), false, partitions, null, false));
            double s = (System.nanoTime() - t) / 1e9;
            // how many cores the job really had: on a loaded machine local[2] may get far less than two
            double cores = (os.getProcessCpuTime() - cpu) / 1e9 / s;
            if (r.articles() != articles) {
                throw new IllegalStateException(master + ": " + r.articles() + " of " + articles + " articles done");
            }
            System.out.printf(Locale.ROOT, "bench: %s %d articles, %d events in %.1f s = %.2f articles/s,"
                    + " %.2f cores busy, load average %.1f%n",
                    master, r.articles(), r.events(), s, articles / s, cores, os.getSystemLoadAverage());
            return articles / s;
        } finally {
            spark.stop();
        }
    }

    private static void deleteTree(Path root) {
        try (var s = Files.walk(root)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
