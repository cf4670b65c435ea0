package org.parley.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.batch.Annotators;
import org.parley.batch.ArticleBatch;
import org.parley.batch.ProcessedArticle;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.ExtractorProvenance;
import org.parley.ingest.ArticleReader;
import org.parley.store.ExtractedArticle;
import org.parley.store.IngestResult;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley ingest}: extract and store. Articles already stored with the same text are skipped before any
 * annotation; a changed text replaces the article's rows in one transaction; failed records become rows of the
 * {@code issues} table.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Extract articles into the DuckDB store (skips unchanged ones, records failures as issues).")
final class IngestCommand implements Callable<Integer> {

    /** Articles written per transaction: large enough for the Appender to pay off, small enough to lose little. */
    private static final int BATCH = 50;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JSON Lines or .txt files, or directories of them")
    List<Path> inputs;

    @Option(names = "--db", paramLabel = "FILE", description = "store file (default: ${DEFAULT-VALUE})")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date for .txt inputs")
    String date;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "your actor dictionary (name, aliases, kind, country, sector, code, from, to); it wins over built-in knowledge")
    Path actors;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--annotations", paramLabel = "FILE",
            description = "reuse annotation written by 'parley annotate' for articles with the same id and text")
    List<Path> annotations = List.of();

    @Override
    public Integer call() {
        CliChecks.date(date);
        int[] counts = new int[5]; // inserted, replaced, unchanged, failed, skipped
        try (ParleyStore store = ParleyStore.open(db);
             ProgressBar progress = progressBar()) {
            ArticleExtractor extractor = Dictionaries.extractor(actors);
            String knowledge = extractor.provenance().map(ExtractorProvenance::sha256).orElse(null);
            ArticleBatch batch = new ArticleBatch(Annotators.annotator(annotations), extractor, threads);
            List<ExtractedArticle> pending = new ArrayList<>();
            batch.run(new ArticleReader(date), inputs, a -> {
                boolean same = store.contains(a.id(), ParleyStore.textSha256(a.text()));
                if (same) {
                    counts[4]++;
                }
                return same;
            }, (ProcessedArticle p) -> {
                if (progress != null) {
                    progress.step();
                }
                if (p.ok()) {
                    pending.add(new ExtractedArticle(p.input().article(), p.extraction(), p.annotated().tokenCount(),
                            knowledge));
                    if (pending.size() >= BATCH) {
                        flush(store, pending, counts);
                    }
                } else {
                    counts[3]++;
                    System.err.println("parley: " + p.issue().describe());
                    store.recordIssue(p.issue());
                }
            });
            flush(store, pending, counts);
            System.err.printf("parley: %s: %d inserted, %d replaced, %d unchanged, %d failed (see the issues table)%n",
                    db, counts[0], counts[1], counts[2] + counts[4], counts[3]);
        }
        return counts[3] == 0 ? ExitCodes.OK : ExitCodes.SOME_RECORDS_FAILED;
    }

    private static void flush(ParleyStore store, List<ExtractedArticle> pending, int[] counts) {
        if (pending.isEmpty()) {
            return;
        }
        List<IngestResult> results = store.ingestBatch(List.copyOf(pending));
        for (IngestResult r : results) {
            switch (r) {
                case INSERTED -> counts[0]++;
                case REPLACED -> counts[1]++;
                case UNCHANGED -> counts[2]++;
                case FAILED -> counts[3]++;
                default -> throw new IllegalStateException("unknown ingest result " + r);
            }
        }
        pending.clear();
    }

    /** A progress bar on an interactive terminal only: logs and pipes get the summary line. */
    private static ProgressBar progressBar() {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1).setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }
}
