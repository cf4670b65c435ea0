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
}
