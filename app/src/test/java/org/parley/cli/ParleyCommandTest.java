package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;
import picocli.CommandLine;

/**
 * The {@code parley} command line on the paths that need no CoreNLP: help, usage errors and their exit codes, and
 * {@code events} against a missing or empty store. Commands print both through picocli's writers and through
 * {@code System.out}/{@code System.err}, so both are captured. Not safe to run in parallel with other tests that
 * print (the system streams are swapped for each test).
 */
class ParleyCommandTest {

    @TempDir
    Path dir;

    private PrintStream realOut;
    private PrintStream realErr;
    private final ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
    private final ByteArrayOutputStream sysErr = new ByteArrayOutputStream();
    private final StringWriter cliOut = new StringWriter();
    private final StringWriter cliErr = new StringWriter();

    @BeforeEach
    void capture() {
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(sysErr, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.setErr(realErr);
    }

    private int run(String... args) {
        CommandLine cli = ParleyCommand.commandLine();
        cli.setOut(new PrintWriter(cliOut, true));
        cli.setErr(new PrintWriter(cliErr, true));
        return cli.execute(args);
    }

    private String out() {
        return cliOut + sysOut.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return cliErr + sysErr.toString(StandardCharsets.UTF_8);
    }

    private Path emptyStore() {
        Path db = dir.resolve("empty.duckdb");
        ParleyStore.open(db).close();
        return db;
    }

    // ---------------------------------------------------------------- help and usage

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("--help")).isZero();
        String help = out();
        assertThat(help).contains("Usage: parley");
        for (String sub : new String[] {"extract", "ingest", "events", "bench", "annotate"}) {
            assertThat(help).as("help lists '%s'", sub).containsPattern("(?m)^\\s+" + sub + "\\s");
        }
        assertThat(err()).isEmpty();
    }

    @Test
    void noSubcommandPrintsUsageAndSucceeds() {
        assertThat(run()).isZero();
        assertThat(out()).contains("Usage: parley").contains("extract");
    }

    @Test
    void eachSubcommandHasItsOwnHelp() {
        assertThat(run("extract", "--help")).isZero();
        assertThat(out()).contains("Usage: parley extract").contains("--date").contains("--errors");
    }

    @Test
    void versionIsPrinted() {
        assertThat(run("--version")).isZero();
        assertThat(out()).isNotBlank();
    }

    @Test
    void anUnknownSubcommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err()).contains("frobnicate");
    }

    @Test
    void extractWithoutInputIsAUsageError() {
        assertThat(run("extract")).isEqualTo(2);
        assertThat(err()).contains("Missing required parameter").contains("FILE");
    }

    // ---------------------------------------------------------------- events

    @Test
    void eventsOnAMissingStoreSaysSoWithExitTwo() {
        Path missing = dir.resolve("missing.duckdb");
        assertThat(run("events", "--db", missing.toString())).isEqualTo(2);
        assertThat(err()).contains("parley events: no store at " + missing)
                .contains("run 'parley ingest' first, or give --db");
        assertThat(Files.exists(missing)).as("a read command must not create the store").isFalse();
        assertThat(out()).isEmpty();
    }

    @Test
    void eventsWithABadFormatIsAUsageError() {
        Path db = emptyStore();
        assertThat(run("events", "--db", db.toString(), "--format", "bad")).isEqualTo(2);
        assertThat(err()).contains("--format must be table, json or csv, not 'bad'");
    }

    @Test
    void eventsWithABadDateIsAUsageError() {
        Path db = emptyStore();
        assertThat(run("events", "--db", db.toString(), "--since", "last tuesday")).isEqualTo(2);
        assertThat(err()).contains("--since").contains("last tuesday");
    }

    @Test
    void eventsOnAnEmptyStoreInEachFormat() {
        Path db = emptyStore();
        assertThat(run("events", "--db", db.toString())).isZero();
        assertThat(out()).contains("DATE").contains("SOURCE").contains("CAMEO").contains("0 events");
        sysOut.reset();
        assertThat(run("events", "--db", db.toString(), "--format", "json")).isZero();
        assertThat(out()).isEmpty();
        assertThat(run("events", "--db", db.toString(), "--format", "CSV")).isZero();
        assertThat(out().strip()).isEqualTo(
                "article,event,date,source,source_code,cameo,target,target_code,modality,goldstein,evidence");
    }

    @Test
    void csvFieldsWithCommasOrQuotesAreQuoted() {
        assertThat(EventsCommand.csv(null)).isEmpty();
        assertThat(EventsCommand.csv("plain")).isEqualTo("plain");
        assertThat(EventsCommand.csv("Moscow, Russia")).isEqualTo("\"Moscow, Russia\"");
        assertThat(EventsCommand.csv("he said \"no\"")).isEqualTo("\"he said \"\"no\"\"\"");
        assertThat(EventsCommand.csv("two\nlines")).isEqualTo("\"two\nlines\"");
    }

    // ---------------------------------------------------------------- extract / ingest option checks

    @Test
    void extractWithABadDateFailsNamingTheOptionBeforeLoadingAnything() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "Leaders met.");
        long t0 = System.nanoTime();
        int code = run("extract", "--date", "notadate", in.toString());
        assertThat(code).isNotZero();
        assertThat(err()).contains("--date must be YYYY-MM-DD, not 'notadate'");
        assertThat(out()).isEmpty();
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds: no CoreNLP model was loaded").isLessThan(5);
    }

    @Test
    void ingestWithABadDateFailsNamingTheOption() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "Leaders met.");
        int code = run("ingest", "--db", dir.resolve("s.duckdb").toString(), "--date", "2025-13-01", in.toString());
        assertThat(code).isNotZero();
        assertThat(err()).contains("--date must be YYYY-MM-DD, not '2025-13-01'");
        assertThat(dir.resolve("s.duckdb")).as("nothing is created on a usage error").doesNotExist();
    }

    @Test
    void extractWithABadDateIsAUsageErrorWithoutAStackTrace() throws IOException {
        Path in = Files.writeString(dir.resolve("a.txt"), "Leaders met.");
        assertThat(run("extract", "--date", "notadate", in.toString())).isEqualTo(2);
        assertThat(err()).contains("--date must be YYYY-MM-DD, not 'notadate'").doesNotContain("\tat org.parley");
    }
}
