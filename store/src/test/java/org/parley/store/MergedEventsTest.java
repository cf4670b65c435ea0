package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.NewsFixtures.RUSSIA;
import static org.parley.store.NewsFixtures.TRUMP;
import static org.parley.store.NewsFixtures.meeting;
import static org.parley.store.NewsFixtures.report;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Modality;
import org.parley.query.EventQuery;
import org.parley.query.EvidenceRef;
import org.parley.query.MergedEventRow;

/** Merged events across articles: counts, modality kept apart, updates on re-ingest and removal. */
class MergedEventsTest {

    private static final String WIRE = "Leaders of the two countries sat down in the afternoon at a guarded "
            + "residence outside the capital, their first meeting since the start of the year, officials told "
            + "reporters who had waited outside the gates for most of the day while aides negotiated the agenda. "
            + "Security was tight, with roads closed for several kilometres and flights over the area suspended "
            + "until the evening. Neither delegation published a list of participants, and no joint statement "
            + "was planned, according to a schedule handed to journalists on Wednesday night.";

    @TempDir
    Path dir;

    private ParleyStore store;

    @BeforeEach
    void open() {
        store = ParleyStore.open(dir.resolve("m.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<MergedEventRow> merged() {
        return store.mergedEvents(EventQuery.all(), true);
    }

    private void threeReports() {
        store.ingest(meeting("r1", "reuters.com", "In Washington on Thursday,", TRUMP, RUSSIA));
        store.ingest(meeting("r2", "apnews.com", "A surprise announcement followed:", TRUMP, RUSSIA));
        store.ingest(meeting("r3", "bbc.co.uk", "After weeks of speculation about a summit,", TRUMP, RUSSIA));
    }

    @Test
    void sameEventFromThreeArticlesIsOneMergedRowCountedThrice() {
        threeReports();

        List<MergedEventRow> rows = merged();
        assertThat(rows).hasSize(1);
        MergedEventRow m = rows.get(0);
        assertThat(m.reports()).isEqualTo(3);
        assertThat(m.articles()).isEqualTo(3);
        assertThat(m.sources()).isEqualTo(3);
        assertThat(m.mentions()).isEqualTo(3);
        assertThat(m.cameo()).isEqualTo("036");
        assertThat(m.quad()).isEqualTo(1);
        assertThat(m.goldstein()).isEqualTo(4.0);
        assertThat(m.source().name()).isEqualTo("Donald Trump");
        assertThat(m.target().code()).isEqualTo("RUSGOV");
        assertThat(m.evidence()).extracting(EvidenceRef::articleId).containsExactlyInAnyOrder("r1", "r2", "r3");
        assertThat(m.evidence()).allSatisfy(e -> {
            assertThat(e.eventId()).isEqualTo("e1");
            assertThat(e.evidence().text()).isEqualTo("Donald Trump met Russia for talks.");
        });
    }

    @Test
    void negatedReportStaysApartFromTheAssertedEvent() {
        threeReports();
        store.ingest(report("r4", "tass.ru", "2025-04-11", "Moscow denied the claims:", TRUMP, RUSSIA, "036",
                "CONSULT", 1, 4.0, "2025-04-10", Modality.NEGATED, null));

        List<MergedEventRow> rows = merged();
        assertThat(rows).hasSize(2);
        assertThat(rows).filteredOn(r -> r.modality() == Modality.ASSERTED).singleElement()
                .satisfies(r -> assertThat(r.reports()).isEqualTo(3));
        assertThat(rows).filteredOn(r -> r.modality() == Modality.NEGATED).singleElement()
                .satisfies(r -> assertThat(r.reports()).isEqualTo(1));
    }

    @Test
    void reingestingAChangedArticleMovesItsEvidence() {
        threeReports();
        // r2 corrected: it was a phone call (042 'make a visit' stands in for another code), not a meeting
        store.ingest(report("r2", "apnews.com", "2025-04-11", "Correction: the leaders only spoke by phone.",
                TRUMP, RUSSIA, "042", "CONSULT", 1, 1.9, "2025-04-10", Modality.ASSERTED, null));

        List<MergedEventRow> rows = merged();
        assertThat(rows).extracting(MergedEventRow::cameo, MergedEventRow::reports)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("036", 2),
                        org.assertj.core.groups.Tuple.tuple("042", 1));
    }

    @Test
    void removingArticlesUpdatesCountsAndDropsEmptyRows() {
        threeReports();
        assertThat(store.remove("r1")).isTrue();
        assertThat(store.remove("r1")).isFalse();
        assertThat(merged()).singleElement().satisfies(m -> {
            assertThat(m.reports()).isEqualTo(2);
            assertThat(m.evidence()).extracting(EvidenceRef::articleId).containsExactlyInAnyOrder("r2", "r3");
        });
        store.remove("r2");
        store.remove("r3");
        assertThat(merged()).isEmpty();
        assertThat(store.count("registry_actors")).isZero();
        assertThat(store.count("event_links")).isZero();
        assertThat(store.count("articles")).isZero();
    }

    @Test
    void republishedWireStoryCountsAsOneArticleButEveryOutletIsASource() {
        store.ingest(meeting("w1", "wire.example", WIRE, TRUMP, RUSSIA));
        store.ingest(meeting("w2", "daily.example", WIRE, TRUMP, RUSSIA));
        store.ingest(meeting("w3", "herald.example", WIRE + " Copyright the wire service.", TRUMP, RUSSIA));
        store.ingest(meeting("own", "times.example", "Our correspondent reports.", TRUMP, RUSSIA));

        MergedEventRow m = merged().get(0);
        assertThat(m.reports()).isEqualTo(4);
        assertThat(m.articles()).isEqualTo(2);
        assertThat(m.sources()).isEqualTo(4);
        assertThat(m.evidence()).filteredOn(e -> e.articleId().startsWith("w"))
                .extracting(EvidenceRef::dupRoot).containsOnly("w1");

        // the cluster's first article goes: the next one leads it, and the count stays right
        store.remove("w1");
        MergedEventRow after = merged().get(0);
        assertThat(after.reports()).isEqualTo(3);
        assertThat(after.articles()).isEqualTo(2);
        assertThat(after.evidence()).filteredOn(e -> e.articleId().startsWith("w"))
                .extracting(EvidenceRef::dupRoot).containsOnly("w2");
    }

    @Test
    void batchIngestMergesLikeSingleIngestsAndFindsDuplicatesWithinTheBatch() {
        store.ingestBatch(List.of(meeting("w1", "wire.example", WIRE, TRUMP, RUSSIA),
                meeting("w2", "daily.example", WIRE, TRUMP, RUSSIA),
                meeting("r1", "reuters.com", "In Washington on Thursday,", TRUMP, RUSSIA)));
        MergedEventRow m = merged().get(0);
        assertThat(m.reports()).isEqualTo(3);
        assertThat(m.articles()).isEqualTo(2);
    }

    /** The columns schema versions 5 and 6 add to events, which today's writer fills. */
    private static final List<String> EVENT_COLUMNS_V5 = List.of("source_name", "source_code", "source_country",
            "target_name", "target_code", "target_country", "place_name", "place_country", "magnitudes_json");

    @Test
    void storeFromBeforeMergingIsLinkedWhenMigrated() {
        Path file = dir.resolve("v1.duckdb");
        try (ParleyStore v1 = ParleyStore.open(file, List.of(SchemaMigrations.ALL.get(0)), Clock.systemUTC())) {
            v1.read(c -> {
                // a version-1 store has no link tables: write its rows the way version 1 did (today's writer
                // also fills the knowledge column of version 3, so it is there while writing and dropped after)
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE articles ADD COLUMN knowledge_sha256 VARCHAR");
                    for (String column : EVENT_COLUMNS_V5) {
                        s.execute("ALTER TABLE events ADD COLUMN " + column + " VARCHAR");
                    }
                }
                new ArticleRowWriter(new com.fasterxml.jackson.databind.ObjectMapper(), "old")
                        .append((org.duckdb.DuckDBConnection) c, List.of(
                                meeting("r1", "reuters.com", "In Washington,", TRUMP, RUSSIA),
                                meeting("r2", "apnews.com", "Surprisingly,", TRUMP, RUSSIA)),
                                java.time.LocalDateTime.now());
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE articles DROP COLUMN knowledge_sha256");
                    for (String column : EVENT_COLUMNS_V5) {
                        s.execute("ALTER TABLE events DROP COLUMN " + column);
                    }
                }
                return null;
            });
        }
        try (ParleyStore migrated = ParleyStore.open(file)) {
            assertThat(migrated.mergedEvents(EventQuery.all(), false)).singleElement()
                    .satisfies(m -> assertThat(m.reports()).isEqualTo(2));
            // version 5 copied each event's actors onto it
            assertThat(migrated.events(EventQuery.all().withCountry("usa"))).hasSize(2)
                    .allSatisfy(e -> assertThat(e.source().name()).isEqualTo("Donald Trump"));
        }
    }
}
