package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.ingest.ProcessingIssue;

class ParleyStoreTest {

    @TempDir
    Path dir;

    private ParleyStore open() {
        return ParleyStore.open(dir.resolve("nested/parley.duckdb"), SchemaMigrations.ALL,
                new SteppingClock(Instant.parse("2025-05-01T10:00:00Z")));
    }

    @Test
    void openCreatesFileFolderAndEmptySchema() {
        try (ParleyStore store = open()) {
            assertThat(Files.isRegularFile(dir.resolve("nested/parley.duckdb"))).isTrue();
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.ALL.size());
            for (String table : SchemaMigrations.TABLES) {
                assertThat(store.count(table)).as(table).isZero();
            }
        }
    }

    @Test
    void insertedArticleReadsBackAsWritten() {
        ExtractedArticle seed = Fixtures.seed("seed-001", "2025-04-11T08:00:00Z");
        try (ParleyStore store = open()) {
            assertThat(store.ingest(seed)).isEqualTo(IngestResult.INSERTED);

            assertThat(store.article("seed-001")).contains(seed.article());
            assertThat(store.extraction("seed-001")).contains(seed.extraction());
            assertThat(counts(store)).containsEntry("articles", 1L).containsEntry("actors", 3L)
                    .containsEntry("mentions", 5L).containsEntry("quotes", 2L).containsEntry("events", 2L)
                    .containsEntry("times", 1L).containsEntry("places", 1L);
            assertThat(store.contains("seed-001", ParleyStore.textSha256(Fixtures.TEXT))).isTrue();
            assertThat(store.contains("seed-001", ParleyStore.textSha256(Fixtures.TEXT + " "))).isFalse();
            assertThat(store.contains("other", ParleyStore.textSha256(Fixtures.TEXT))).isFalse();
        }
    }

    @Test
    void eventMagnitudesReadBackAsWritten() {
        ExtractedArticle plain = Fixtures.anonymous("march-1", "2025-05-01");
        org.parley.extract.Extraction x = plain.extraction();
        org.parley.extract.Event march = x.events().get(0).withMagnitudes(List.of(
                new org.parley.extract.Magnitude(org.parley.extract.Magnitude.Kind.SIZE, 2000, true, "thousands"),
                new org.parley.extract.Magnitude(org.parley.extract.Magnitude.Kind.ARRESTED, 12, false, "12")));
        ExtractedArticle withCounts = new ExtractedArticle(plain.article(), new org.parley.extract.Extraction(x.id(),
                x.published(), x.actors(), x.quotes(), List.of(march), x.times(), x.places()));
        try (ParleyStore store = open()) {
            store.ingest(withCounts);
            org.parley.extract.Event back = store.extraction("march-1").orElseThrow().events().get(0);
            assertThat(back.magnitudes()).isEqualTo(march.magnitudes());
            assertThat(back).isEqualTo(march);
        }
    }

    @Test
    void articleColumnsHoldHashTokensDateAndVersion() {
        try (ParleyStore store = open()) {
            store.ingest(Fixtures.seed("seed-001", "2025-04-11T08:00:00Z"));
            store.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT text_sha256, token_count, published_date, ingested_at, "
                             + "parley_version FROM articles")) {
                    assertThat(r.next()).isTrue();
                    assertThat(r.getString(1)).hasSize(64).isEqualTo(ParleyStore.textSha256(Fixtures.TEXT));
                    assertThat(r.getInt(2)).isEqualTo(42);
                    assertThat(r.getString(3)).isEqualTo("2025-04-11");
                    assertThat(r.getString(4)).startsWith("2025-05-01 10:00");
                    assertThat(r.getString(5)).isNotBlank().doesNotContain("${");
                    return null;
                }
            });
        }
    }

    @Test
    void eventDatesAreStoredAsTheDaysTheyCover() {
        try (ParleyStore store = open()) {
            store.ingest(Fixtures.seed("seed-001", "2025-04-11"));
            List<String> ranges = store.read(c -> {
                List<String> rows = new java.util.ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT event_date, date_first, date_last FROM events ORDER BY seq")) {
                    while (r.next()) {
                        rows.add(r.getString(1) + " " + r.getString(2) + ".." + r.getString(3));
                    }
                }
                return rows;
            });
            assertThat(ranges).containsExactly("2025-04-10 2025-04-10..2025-04-10", "2025-04 2025-04-01..2025-04-30");
        }
    }

    @Test
    void sameTextAgainChangesNothing() {
        try (ParleyStore store = open()) {
            ExtractedArticle seed = Fixtures.seed("seed-001", "2025-04-11");
            store.ingest(seed);
            String firstIngest = ingestedAt(store, "seed-001");
            // same text, an extraction with fewer rows: a store that rewrote it would lose the events
            ExtractedArticle sameTextFewerRows = new ExtractedArticle(seed.article(),
                    Fixtures.rewritten("seed-001", "2025-04-11").extraction());

            assertThat(store.ingest(sameTextFewerRows)).isEqualTo(IngestResult.UNCHANGED);
            assertThat(store.extraction("seed-001")).contains(seed.extraction());
            assertThat(ingestedAt(store, "seed-001")).isEqualTo(firstIngest);
        }
    }

    @Test
    void changedTextReplacesEveryRow() {
        try (ParleyStore store = open()) {
            store.ingest(Fixtures.seed("seed-001", "2025-04-11"));
            store.ingest(Fixtures.seed("seed-002", "2025-04-12"));
            ExtractedArticle rewritten = Fixtures.rewritten("seed-001", "2025-04-11");

            assertThat(store.ingest(rewritten)).isEqualTo(IngestResult.REPLACED);

            assertThat(store.extraction("seed-001")).contains(rewritten.extraction());
            assertThat(store.article("seed-001")).contains(rewritten.article());
            assertThat(store.extraction("seed-002")).contains(Fixtures.seed("seed-002", "2025-04-12").extraction());
            assertThat(counts(store)).containsEntry("articles", 2L).containsEntry("actors", 4L)
                    .containsEntry("mentions", 6L).containsEntry("quotes", 2L).containsEntry("events", 2L)
                    .containsEntry("times", 1L).containsEntry("places", 1L);
            assertThat(store.contains("seed-001", ParleyStore.textSha256(Fixtures.TEXT))).isFalse();
            assertThat(store.contains("seed-001", ParleyStore.textSha256(rewritten.article().text()))).isTrue();
        }
    }

    @Test
    void failedReplacementLeavesOldRows() {
        try (ParleyStore store = open()) {
            ExtractedArticle seed = Fixtures.seed("seed-001", "2025-04-11");
            store.ingest(seed);
            Map<String, Long> before = counts(store);
            ExtractedArticle broken = Fixtures.withDuplicateEventIds("seed-001", "2025-04-11");

            // the article row and actors are appended before the duplicate event id fails the transaction
            assertThatThrownBy(() -> store.ingest(broken)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("seed-001");

            assertThat(store.extraction("seed-001")).contains(seed.extraction());
            assertThat(store.article("seed-001")).contains(seed.article());
            assertThat(counts(store)).isEqualTo(before);
            // and the writer is usable afterwards
            assertThat(store.ingest(Fixtures.rewritten("seed-001", "2025-04-11"))).isEqualTo(IngestResult.REPLACED);
        }
    }

    @Test
    void failedNewArticleLeavesNothing() {
        try (ParleyStore store = open()) {
            assertThatThrownBy(() -> store.ingest(Fixtures.withDuplicateEventIds("bad", null)))
                    .isInstanceOf(StoreException.class);
            assertThat(counts(store).values()).containsOnly(0L);
        }
    }

    @Test
    void batchReportsEachArticleAndKeepsGoodOnesWhenOneFails() {
        try (ParleyStore store = open()) {
            store.ingest(Fixtures.seed("kept", "2025-04-01"));
            store.ingest(Fixtures.seed("changed", "2025-04-01"));

            List<IngestResult> results = store.ingestBatch(List.of(
                    Fixtures.seed("new-1", "2025-04-02"),
                    Fixtures.seed("kept", "2025-04-01"),
                    Fixtures.rewritten("changed", "2025-04-01"),
                    Fixtures.withDuplicateEventIds("bad", "2025-04-03"),
                    Fixtures.seed("new-2", "2025-04-04")));

            assertThat(results).containsExactly(IngestResult.INSERTED, IngestResult.UNCHANGED,
                    IngestResult.REPLACED, IngestResult.FAILED, IngestResult.INSERTED);
            assertThat(store.extraction("changed")).contains(Fixtures.rewritten("changed", "2025-04-01").extraction());
            assertThat(store.extraction("new-2")).contains(Fixtures.seed("new-2", "2025-04-04").extraction());
            assertThat(store.article("bad")).isEmpty();
            assertThat(store.count("articles")).isEqualTo(4);
            assertThat(store.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.recordId()).isEqualTo("bad");
                assertThat(issue.stage()).isEqualTo("store");
                assertThat(issue.reason()).containsIgnoringCase("duplicate");
            });
        }
    }

    @Test
    void batchJudgesRepeatedIdsInOrderAndStoresTheLastVersion() {
        try (ParleyStore store = open()) {
            ExtractedArticle first = Fixtures.seed("x", "2025-04-01");
            ExtractedArticle second = Fixtures.rewritten("x", "2025-04-01");

            assertThat(store.ingestBatch(List.of(first, first, second)))
                    .containsExactly(IngestResult.INSERTED, IngestResult.UNCHANGED, IngestResult.REPLACED);
            assertThat(store.extraction("x")).contains(second.extraction());
            assertThat(store.count("articles")).isEqualTo(1);
            assertThat(store.ingestBatch(List.of(second))).containsExactly(IngestResult.UNCHANGED);
        }
    }

    @Test
    void issuesRoundTripInOrder() {
        try (ParleyStore store = open()) {
            ProcessingIssue read = new ProcessingIssue("news.jsonl", 12, "x-1", "read", "text is empty");
            ProcessingIssue annotate = new ProcessingIssue(null, 0, null, "annotate", "timeout after 30 s");
            store.recordIssue(read);
            store.recordIssue(annotate);

            assertThat(store.issues()).containsExactly(read, annotate);
            assertThat(store.count("issues")).isEqualTo(2);
        }
    }

    @Test
    void issueWithoutStageOrReasonIsStillKept() {
        try (ParleyStore store = open()) {
            store.recordIssue(new ProcessingIssue("f.txt", 3, null, null, null));
            assertThat(store.issues()).containsExactly(
                    new ProcessingIssue("f.txt", 3, null, "unknown", "no reason given"));
        }
    }

    @Test
    void dataSurvivesReopening() {
        Path file = dir.resolve("reopen.duckdb");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.ingest(Fixtures.seed("seed-001", "2025-04-11"));
        }
        try (ParleyStore store = ParleyStore.open(file)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.ALL.size());
            assertThat(store.extraction("seed-001")).contains(Fixtures.seed("seed-001", "2025-04-11").extraction());
        }
    }

    @Test
    void readOnlyStoreReadsButRefusesWrites() {
        Path file = dir.resolve("ro.duckdb");
        try (ParleyStore store = ParleyStore.open(file)) {
            store.ingest(Fixtures.seed("seed-001", "2025-04-11"));
        }
        try (ParleyStore store = ParleyStore.openReadOnly(file)) {
            assertThat(store.count("events")).isEqualTo(2);
            assertThatThrownBy(() -> store.ingest(Fixtures.seed("seed-002", "2025-04-11")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("read-only");
            assertThatThrownBy(() -> store.recordIssue(new ProcessingIssue(null, 0, null, "read", "x")))
                    .isInstanceOf(StoreException.class);
        }
        assertThatThrownBy(() -> ParleyStore.openReadOnly(dir.resolve("missing.duckdb")))
                .isInstanceOf(StoreException.class).hasMessageContaining("missing.duckdb");
    }

    @Test
    void closedStoreRefusesCalls() {
        ParleyStore store = open();
        store.close();
        store.close();
        assertThatThrownBy(() -> store.count("articles")).isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
        assertThatThrownBy(() -> store.ingest(Fixtures.seed("a", null))).isInstanceOf(StoreException.class);
    }

    @Test
    void countRefusesUnknownTables() {
        try (ParleyStore store = open()) {
            assertThatThrownBy(() -> store.count("schema_version")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.count("events; DROP TABLE events"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown table");
        }
    }

    @Test
    void extractionOfAnotherArticleIdIsRefused() {
        ExtractedArticle seed = Fixtures.seed("a", null);
        assertThatThrownBy(() -> new ExtractedArticle(Fixtures.article("b", null, "text"), seed.extraction()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
    }

    @Test
    void textHashIsSha256OfUtf8() {
        // the SHA-256 test vector for "abc" (FIPS 180-2)
        assertThat(ParleyStore.textSha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static Map<String, Long> counts(ParleyStore store) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : List.of("articles", "actors", "mentions", "quotes", "events", "times", "places")) {
            counts.put(table, store.count(table));
        }
        return counts;
    }

    private static String ingestedAt(ParleyStore store, String id) {
        return store.read(c -> {
            try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT ingested_at FROM articles WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet r = ps.executeQuery()) {
                    assertThat(r.next()).isTrue();
                    return r.getString(1);
                }
            }
        });
    }
}
