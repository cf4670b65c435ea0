package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.parley.export.ExportFormat;
import org.parley.export.ExportSummary;
import org.parley.query.EventQuery;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code parley export}: the store's events, filtered, to JSONL, GDELT, PLOVER, CSV or Parquet. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export stored events: jsonl (SCHEMA.md per article), gdelt (GDELT 2.0 event table of merged "
                + "events), plover (PLOVER JSON records), csv or parquet (one flat row per event).")
final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ExistingStore storeFile = new ExistingStore();

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "file to write (replaced)")
    Path out;

    @Option(names = "--format", required = true, description = "jsonl, gdelt, plover, csv or parquet")
    String format;

    @Option(names = "--all-modalities", description = "gdelt and plover: every modality, not only asserted events "
            + "(gdelt rows then end with a modality column)")
    boolean allModalities;

    @Mixin
    EventFilterOptions filters;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        String missing = storeFile.missing("export");
        if (missing != null) {
            err.println(missing);
            return ExitCodes.USAGE;
        }
        ExportFormat f;
        EventQuery q;
        try {
            f = ExportFormat.parse(format);
            q = filters.apply(EventQuery.all());
        } catch (IllegalArgumentException e) {
            err.println("parley export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (ParleyStore store = ParleyStore.openReadOnly(storeFile.db)) {
            ExportSummary summary = store.export(q, f, allModalities, out);
            err.printf("parley export: %d %s records to %s%n", summary.rows(), f.name().toLowerCase(java.util.Locale.ROOT),
                    out);
            err.flush();
            return ExitCodes.OK;
        } catch (StoreException e) {
            err.println("parley export: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
