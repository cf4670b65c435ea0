package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.parley.store.ExportRowImport;
import org.parley.store.IngestResult;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley import}: Parquet files of event export rows loaded into a store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Load Parquet event exports (parley export --format parquet, or the cluster job) into a store.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "store file, created if missing "
            + "(default: ${DEFAULT-VALUE})")
    Path db = Path.of("parley.duckdb");

    @Parameters(arity = "1..*", paramLabel = "PARQUET", description = "files to load")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (ParleyStore store = ParleyStore.open(db)) {
            Map<IngestResult, Integer> counts = ExportRowImport.importParquet(store, files);
            err.printf("parley import: %d inserted, %d replaced, %d unchanged, %d failed%n",
                    counts.getOrDefault(IngestResult.INSERTED, 0), counts.getOrDefault(IngestResult.REPLACED, 0),
                    counts.getOrDefault(IngestResult.UNCHANGED, 0), counts.getOrDefault(IngestResult.FAILED, 0));
            err.flush();
            return counts.getOrDefault(IngestResult.FAILED, 0) > 0 ? ExitCodes.SOME_RECORDS_FAILED : ExitCodes.OK;
        } catch (StoreException e) {
            err.println("parley import: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }
}
