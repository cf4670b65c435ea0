package org.parley.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.parley.annotate.corenlp.CoreNlpAnnotator;
import org.parley.annotate.corenlp.PlainCoreNlpBaseline;
import org.parley.article.Article;
import org.parley.batch.Annotators;
import org.parley.batch.ArticleBatch;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.ArticleReader;
import org.parley.ingest.InputRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley bench}: Parley's throughput and the plain CoreNLP pipeline's on the same articles in one run, so
 * the ratio is measured, not remembered. Model loading and a warm-up are excluded from both timings: each pipeline
 * first runs the same untimed articles, taken from after the measured ones, so that what is timed is the steady
 * state a long corpus run sees (in a one-thread run with the JVM's default inlining, C2 kept a third of a core busy
 * for the first minute). The warm-up is timed on its own and printed, so the cold figure is not hidden.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure Parley against plain CoreNLP on the same articles; the last line is machine-readable.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--corpus", paramLabel = "FILE", description = "JSON Lines corpus (default: ../shared/corpus/news.jsonl from the repository root)")
    Path corpus;

    @Option(names = "--limit", description = "number of articles (default: ${DEFAULT-VALUE})")
    int limit = 100;

    @Option(names = "--threads", description = "worker threads for both pipelines (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--warmup", paramLabel = "N", description = "articles each pipeline runs untimed first, taken from"
            + " after the measured ones (from the measured ones when the corpus has no more; default: ${DEFAULT-VALUE})")
    int warmup = 50;

    @Option(names = "--no-baseline", negatable = true, description = "skip the plain CoreNLP run (no ratio is printed)")
    boolean baseline = true;

    @Override
    public Integer call() {
        if (warmup < 0) {
            System.err.println("parley bench: --warmup must be 0 or more, not " + warmup);
            return ExitCodes.USAGE;
        }
        Path path = corpus != null ? corpus : defaultCorpus();
        if (path == null || !Files.isRegularFile(path)) {
            System.err.println("parley bench: no corpus at " + path + "; give one with --corpus FILE");
            return ExitCodes.USAGE;
        }
        List<Article> articles = new ArrayList<>();
        List<InputRecord> records = new ArrayList<>();
        List<InputRecord> warmRecords = new ArrayList<>();
        new ArticleReader(null).read(List.of(path), r -> {
            if (r.isArticle() && articles.size() < limit) {
                articles.add(r.article());
                records.add(r);
            } else if (r.isArticle() && warmRecords.size() < warmup) {
                warmRecords.add(r);
            }
        });
        if (articles.isEmpty()) {
            System.err.println("parley bench: no readable articles in " + path);
            return ExitCodes.USAGE;
        }
        boolean warmOnMeasured = warmRecords.size() < warmup;
        for (int i = 0; warmRecords.size() < warmup && i < records.size(); i++) {
            warmRecords.add(records.get(i));
        }
        List<Article> warmArticles = warmRecords.stream().map(InputRecord::article).toList();
        System.out.printf(Locale.ROOT, "bench: %d articles from %s, %d threads, %d cores, max heap %d MB;"
                        + " warm-up %d articles%s%n",
                articles.size(), path, threads, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, warmRecords.size(),
                warmOnMeasured ? " (some of them measured ones: the corpus has no more)" : " (after the measured ones)");

        // Parley
        CoreNlpAnnotator annotator = Annotators.annotator();
        ArticleExtractor extractor = ArticleExtractor.withBuiltInKnowledge();
        ArticleBatch batch = new ArticleBatch(annotator, extractor, threads);
        warmUp("parley", warmRecords.size(), () -> runParley(batch, warmRecords, new long[1], new int[1]));
        CoreNlpAnnotator.Stats before = annotator.stats();
        var placesBefore = extractor.placeStats();
        resetPeaks();
        CpuTimes cpuBefore = CpuTimes.now();
        long[] tokens = {0};
        int[] failed = {0};
        long t0 = System.nanoTime();
        runParley(batch, records, tokens, failed);
        double parleySeconds = (System.nanoTime() - t0) / 1e9;
        CpuTimes cpu = CpuTimes.now().minus(cpuBefore);
        long parleyPeak = peakHeapMb();
        CoreNlpAnnotator.Stats after = annotator.stats();
        double parleyAps = articles.size() / parleySeconds;
        double parleyTps = tokens[0] / parleySeconds;
        System.out.printf(Locale.ROOT, "parley:   %.2f articles/s, %.0f tokens/s, %.1f s, peak heap %d MB, %d failed%n",
                parleyAps, parleyTps, parleySeconds, parleyPeak, failed[0]);
        double wall = parleySeconds * threads;
        double tag = after.taggingSeconds() - before.taggingSeconds();
        double time = after.timeSeconds() - before.timeSeconds();
        double parse = after.parsingSeconds() - before.parsingSeconds();
        System.out.printf(Locale.ROOT, "  stages (thread-seconds, of %.1f): tokenize..ner %.1f, time tagging %.1f (%d of %d sentences),"
                        + " parsing %.1f (%d sentences), extraction and the rest %.1f%n",
                wall, tag, time, after.timedSentences() - before.timedSentences(), after.sentences() - before.sentences(),
                parse, after.parsedSentences() - before.parsedSentences(), wall - tag - time - parse);

        // what else ran beside the workers: with one worker the JIT and the collector use the other cores' time,
        // which is why more workers cannot scale by their number on a machine with few cores
        System.out.printf(Locale.ROOT, "  cpu: process %.1f s (%.2f cores busy), JIT compiling %.1f s, GC %.1f s; parser %s%n",
                cpu.processSeconds(), cpu.processSeconds() / parleySeconds, cpu.compileSeconds(), cpu.gcSeconds(),
                annotator.parserName());

        var placesAfter = extractor.placeStats();
        long toponyms = placesAfter.toponyms() - placesBefore.toponyms();
        double placeSeconds = (placesAfter.nanos() - placesBefore.nanos()) / 1e9;
        System.out.printf(Locale.ROOT, "  places: %d toponyms resolved, %.0f toponyms/s, %.1f%% of the thread time%n",
                toponyms, toponyms / Math.max(1e-9, placeSeconds), 100 * placeSeconds / wall);

        if (!baseline) {
            System.out.printf(Locale.ROOT, "bench: parley_aps=%.3f parley_tps=%.0f peak_heap_mb=%d articles=%d threads=%d%n",
                    parleyAps, parleyTps, parleyPeak, articles.size(), threads);
            return ExitCodes.OK;
        }
        // plain CoreNLP, same articles, same threads
        PlainCoreNlpBaseline plain = new PlainCoreNlpBaseline();
        // the same warm-up articles; at least one per thread, as each thread builds its own quote annotator
        List<Article> plainWarm = warmArticles.size() >= threads ? warmArticles
                : articles.subList(0, Math.min(threads, articles.size()));
        warmUp("corenlp", plainWarm.size(), () -> plain.annotateAll(plainWarm, threads));
        System.gc();
        resetPeaks();
        long b0 = System.nanoTime();
        PlainCoreNlpBaseline.Run baseRun = plain.annotateAll(articles, threads);
        long baseTokens = baseRun.tokens();
        double baseSeconds = (System.nanoTime() - b0) / 1e9;
        long basePeak = peakHeapMb();
        double baseAps = articles.size() / baseSeconds;
        System.out.printf(Locale.ROOT, "corenlp:  %.2f articles/s, %.0f tokens/s, %.1f s, peak heap %d MB, %d failed"
                        + " (%s)%n", baseAps, baseTokens / baseSeconds, baseSeconds, basePeak, baseRun.failed(),
                PlainCoreNlpBaseline.ANNOTATORS);
        System.out.printf(Locale.ROOT,
                "bench: parley_aps=%.3f baseline_aps=%.3f ratio=%.2f parley_tps=%.0f baseline_tps=%.0f peak_heap_mb=%d articles=%d threads=%d%n",
                parleyAps, baseAps, parleyAps / baseAps, parleyTps, baseTokens / baseSeconds, parleyPeak,
                articles.size(), threads);
        return ExitCodes.OK;
    }

    private static void runParley(ArticleBatch batch, List<InputRecord> records, long[] tokens, int[] failed) {
        batch.runRecords(records, p -> {
            if (p.ok()) {
                tokens[0] += p.annotated().tokenCount();
            } else {
                failed[0]++;
            }
        });
    }

    /** Runs a warm-up and prints what it cost: the cold throughput, and the compiling that the timed run is spared. */
    private static void warmUp(String name, int articles, Runnable run) {
        CpuTimes before = CpuTimes.now();
        long t = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - t) / 1e9;
        CpuTimes cpu = CpuTimes.now().minus(before);
        System.out.printf(Locale.ROOT, "%s warm-up: %d articles in %.1f s (%.2f articles/s cold), JIT compiling %.1f s%n",
                name, articles, seconds, articles / Math.max(1e-9, seconds), cpu.compileSeconds());
    }

    private static Path defaultCorpus() {
        Path repo = Path.of(System.getProperty("parley.root", ".")).toAbsolutePath().normalize();
        return repo.resolveSibling("shared").resolve("corpus").resolve("news.jsonl");
    }

    /**
     * The process's CPU time, the JIT compilers' time and the collectors' time so far (the last two are elapsed
     * times the JVM reports, close to CPU time on a busy machine).
     */
    private record CpuTimes(double processSeconds, double compileSeconds, double gcSeconds) {
        static CpuTimes now() {
            double process = ManagementFactory.getOperatingSystemMXBean()
                    instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : Double.NaN;
            var jit = ManagementFactory.getCompilationMXBean();
            double compile = jit != null && jit.isCompilationTimeMonitoringSupported()
                    ? jit.getTotalCompilationTime() / 1e3 : Double.NaN;
            double gc = 0;
            for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                gc += Math.max(0, collector.getCollectionTime()) / 1e3;
            }
            return new CpuTimes(process, compile, gc);
        }

        CpuTimes minus(CpuTimes earlier) {
            return new CpuTimes(processSeconds - earlier.processSeconds, compileSeconds - earlier.compileSeconds,
                    gcSeconds - earlier.gcSeconds);
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the true peak, as GC pools peak at different moments. */
    private static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }
}
