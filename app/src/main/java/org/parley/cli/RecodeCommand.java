package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.parley.batch.Annotators;
import org.parley.batch.StoreRecoder;
import org.parley.extract.ArticleExtractor;
import org.parley.store.ParleyStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley recode}: after a dictionary or the lexicon changed, annotates and extracts the stored article texts
 * again and replaces each article's rows (and the merged events they feed). With {@code --only-stale}, only the
 * articles coded with other knowledge than the current one (the hash stored per article by ingest).
 */
@Command(name = "recode", mixinStandardHelpOptions = true,
        description = "Extract the stored articles again with the current knowledge and dictionaries (after an edit).")
final class RecodeCommand implements Callable<Integer> {

    @Option(names = "--db", paramLabel = "FILE", description = "store file (default: ${DEFAULT-VALUE})")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--actors", paramLabel = "FILE",
            description = "your actor dictionary (as for ingest); its content is part of the knowledge hash")
    Path actors;

    @Option(names = "--threads", description = "worker threads (default: ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--only-stale",
            description = "recode only articles whose stored knowledge hash differs from the current one")
    boolean onlyStale;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(db)) {
            // open() would create an empty store: recoding nothing would hide a mistyped path
            throw new IllegalArgumentException(db + ": no such store");
        }
        ArticleExtractor extractor = Dictionaries.extractor(actors);
        StoreRecoder recoder = new StoreRecoder(Annotators::annotator, extractor, threads);
        StoreRecoder.Summary summary;
        try (ParleyStore store = ParleyStore.open(db); ProgressBar progress = progressBar()) {
            summary = recoder.recode(store, onlyStale ? StoreRecoder.Scope.STALE : StoreRecoder.Scope.ALL,
                    (done, total) -> {
                        if (progress != null) {
                            progress.maxHint(total);
                            progress.stepTo(done);
                        }
                    });
        }
        System.err.printf("parley: %s: %d recoded, %d failed (see the issues table), %d already current%n", db,
                summary.recoded(), summary.failed(), summary.fresh());
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_RECORDS_FAILED;
    }

    /** A progress bar on an interactive terminal only: logs and pipes get the summary line. */
    private static ProgressBar progressBar() {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName("recode").setInitialMax(-1).setUnit(" articles", 1)
                .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    }
}
