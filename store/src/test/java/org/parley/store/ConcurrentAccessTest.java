package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The thread-safety contract: serialized writers, readers that see only whole committed batches. */
class ConcurrentAccessTest {

    @TempDir
    Path dir;

    @Test
    void readersSeeOnlyWholeBatchesWhileWritersRun() throws Exception {
        int batches = 12;
        int perBatch = 25;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ParleyStore store = ParleyStore.open(dir.resolve("c.duckdb"))) {
            AtomicBoolean writing = new AtomicBoolean(true);
            Set<Long> seenCounts = ConcurrentHashMap.newKeySet();
            Future<?> reader = pool.submit(() -> {
                while (writing.get()) {
                    seenCounts.add(store.count("articles"));
                    store.events(org.parley.query.EventQuery.all().withPage(10, 0));
                }
                return null;
            });
            // two writer threads: their batches interleave but each commits whole
            List<Future<List<IngestResult>>> writers = new ArrayList<>();
            for (int w = 0; w < 2; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    List<IngestResult> results = new ArrayList<>();
                    for (int b = writer; b < batches; b += 2) {
                        List<ExtractedArticle> batch = new ArrayList<>();
                        for (int i = 0; i < perBatch; i++) {
                            batch.add(Fixtures.seed("b" + b + "-" + i, "2025-04-11"));
                        }
                        results.addAll(store.ingestBatch(batch));
                    }
                    return results;
                }));
            }
            for (Future<List<IngestResult>> f : writers) {
                assertThat(f.get(60, TimeUnit.SECONDS)).hasSize(batches / 2 * perBatch)
                        .containsOnly(IngestResult.INSERTED);
            }
            writing.set(false);
            reader.get(60, TimeUnit.SECONDS);

            assertThat(store.count("articles")).isEqualTo(batches * perBatch);
            assertThat(store.count("events")).isEqualTo(2L * batches * perBatch);
            assertThat(seenCounts).isNotEmpty().allSatisfy(n -> assertThat(n % perBatch).isZero());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void writesWhileAReaderHoldsASnapshotOfTheirMergedEventsLandWhole() throws Exception {
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (ParleyStore store = ParleyStore.open(dir.resolve("w.duckdb"))) {
            store.ingest(Fixtures.seed("first", "2025-04-11"));
            long merged = store.count("merged_events");
            List<IngestResult> results = store.read(c -> {
                // a reader whose snapshot sees the merged events that each write deletes and inserts again (when
                // DuckDB refuses such a commit with a write-write conflict, the store retries it)
                c.setAutoCommit(false);
                try (java.sql.Statement s = c.createStatement()) {
                    s.executeQuery("SELECT count(*) FROM merged_events").close();
                }
                Future<List<IngestResult>> writes = pool.submit(() -> List.of(
                        store.ingest(Fixtures.seed("second", "2025-04-11")),
                        store.ingest(Fixtures.seed("third", "2025-04-11"))));
                try {
                    Thread.sleep(300);
                    c.commit();
                    return writes.get(30, TimeUnit.SECONDS);
                } catch (InterruptedException | java.util.concurrent.ExecutionException
                         | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(results).containsOnly(IngestResult.INSERTED);
            assertThat(store.count("issues")).isZero();
            assertThat(store.count("articles")).isEqualTo(3);
            assertThat(store.count("events")).isEqualTo(6);
            assertThat(store.count("merged_events")).isEqualTo(merged);
            assertThat(store.mergedEvents(org.parley.query.EventQuery.all(), false))
                    .allSatisfy(m -> assertThat(m.reports()).isEqualTo(3));
            // the writer still writes whole transactions afterwards
            assertThat(store.ingest(Fixtures.seed("fourth", "2025-04-11"))).isEqualTo(IngestResult.INSERTED);
            assertThat(store.count("events")).isEqualTo(8);
        } finally {
            pool.shutdownNow();
        }
    }
}
