package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --db} option of the commands that read a store, and their check that it exists: reading must not
 * create an empty store where the user mistyped a path. Mixed into each such command.
 */
final class ExistingStore {

    @Option(names = "--db", paramLabel = "FILE", description = "store file (default: ${DEFAULT-VALUE})")
    Path db = Path.of("parley.duckdb");

    /** The one-line usage error when the store is missing, or null when it exists. */
    String missing(String command) {
        return Files.isRegularFile(db) ? null
                : "parley " + command + ": no store at " + db + " (run 'parley ingest' first, or give --db)";
    }
}
