package org.parley.cli;

import io.javalin.Javalin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.parley.batch.Annotators;
import org.parley.extract.ArticleExtractor;
import org.parley.server.ExtractingIngestion;
import org.parley.server.ParleyServer;
import org.parley.server.ServerSettings;
import org.parley.server.StoreExploreQueries;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley serve}: the JSON API and the dashboard over one store, until interrupted. Read-only (the store is
 * opened read-only) unless an ingest token is given, which opens it for writing and enables
 * {@code POST /api/articles} for holders of the token.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the HTTP JSON API and the dashboard over a store (read-only unless an ingest token is set).")
final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "PARLEY_INGEST_TOKEN";

    @Option(names = "--db", paramLabel = "FILE", description = "store file (default: ${DEFAULT-VALUE})")
    Path db = Path.of("parley.duckdb");

    @Option(names = "--port", description = "port, 0 for any free one (default: ${DEFAULT-VALUE})")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--host", description = "address to bind (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--ingest-token", paramLabel = "TOKEN",
            description = "enable POST /api/articles for requests bearing this token (or set " + TOKEN_ENV + ")")
    String ingestToken;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "your actor dictionary, used when articles are posted (it wins over built-in knowledge)")
    Path actors;

    @Override
    public Integer call() {
        String token = ingestToken != null ? ingestToken : System.getenv(TOKEN_ENV);
        if (token != null && token.isBlank()) {
            token = null;
        }
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, token);
        } catch (IllegalArgumentException e) {
            System.err.println("parley serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!settings.ingestEnabled() && !Files.isRegularFile(db)) {
            System.err.println("parley serve: no store at " + db + " (run 'parley ingest' first, or give --db)");
            return ExitCodes.USAGE;
        }
        boolean readOnly = !settings.ingestEnabled();
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (ParleyStore store = readOnly ? ParleyStore.openReadOnly(db) : ParleyStore.open(db);
             StoreExploreQueries queries = new StoreExploreQueries(store, readOnly)) {
            ExtractingIngestion ingestion = readOnly ? null : new ExtractingIngestion(store,
                    () -> Annotators.annotator(List.of()), () -> Dictionaries.extractor(actors));
            Javalin app = ParleyServer.create(settings, queries, ingestion);
            // Ctrl-C: stop serving, then let this thread close the store (a writable one checkpoints) before exit
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                app.stop();
                stopped.countDown();
                try {
                    closed.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "parley-serve-stop"));
            app.start();
            System.err.printf("parley: serving %s (%s) at http://%s:%d/%n", db, readOnly ? "read-only"
                    : "ingest enabled", displayHost(settings.host()), app.port());
            stopped.await();
        } catch (StoreException e) {
            System.err.println("parley serve: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closed.countDown();
        }
        return ExitCodes.OK;
    }

    private static String displayHost(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }
}
