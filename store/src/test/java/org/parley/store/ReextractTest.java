package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parley.store.NewsFixtures.RUSSIA;
import static org.parley.store.NewsFixtures.meeting;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.ingest.ProcessingIssue;
import org.parley.query.ActorQuery;
import org.parley.query.EventQuery;
import org.parley.query.MergedEventRow;

/**
 * Re-extraction (the store side of {@code parley recode}): rows replaced although the text is unchanged, the
 * knowledge hash stored and updated, merged events and registry codings following the new extraction, ingest times
 * and near-duplicate clusters kept, and the paged walk that selects stale articles.
 */
class ReextractTest {

    private static final String OLD_KNOWLEDGE = "a".repeat(64);
    private static final String NEW_KNOWLEDGE = "b".repeat(64);

    /** A person no knowledge codes yet: what a user's dictionary is for. */
    private static final NewsFixtures.Party ROE =
            new NewsFixtures.Party("Jane Roe", ActorKind.PERSON, "USA", null, null, null);
    private static final NewsFixtures.Party ROE_CODED =
            new NewsFixtures.Party("Jane Roe", ActorKind.PERSON, "USA", "GOV", "USAGOV", "Envoy");

    @TempDir
    Path dir;

    private ParleyStore store;

    @BeforeEach
    void open() {
        store = ParleyStore.open(dir.resolve("r.duckdb"), SchemaMigrations.ALL, new SteppingClock(java.time.Instant.parse("2025-04-11T08:00:00Z")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static ExtractedArticle withKnowledge(ExtractedArticle a, String sha256) {
        return new ExtractedArticle(a.article(), a.extraction(), a.tokenCount(), sha256);
    }

    /** What {@code a}'s extraction would be with the knowledge that codes Jane Roe (same text, same events). */
    private static ExtractedArticle recoded(ExtractedArticle a) {
        List<Actor> actors = new ArrayList<>();
        for (Actor x : a.extraction().actors()) {
            actors.add(x.name().equals(ROE.name()) ? new Actor(x.id(), x.name(), x.kind(), "USA", "GOV", "USAGOV",
                    "Envoy", x.mentions()) : x);
        }
        Extraction e = a.extraction();
        return new ExtractedArticle(a.article(), new Extraction(e.id(), e.published(), actors, e.quotes(), e.events(),
                e.times(), e.places()), a.tokenCount(), NEW_KNOWLEDGE);
    }

    private ExtractedArticle r1() {
        return withKnowledge(meeting("r1", "reuters.com", "In Washington on Thursday,", ROE, RUSSIA), OLD_KNOWLEDGE);
    }

    private ExtractedArticle r2() {
        return withKnowledge(meeting("r2", "apnews.com", "A surprise announcement followed:", ROE, RUSSIA),
                OLD_KNOWLEDGE);
    }

    private LocalDateTime ingestedAt(String id) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT ingested_at FROM articles WHERE id = '" + id + "'")) {
                r.next();
                return r.getObject(1, LocalDateTime.class);
            }
        });
    }

    @Test
    void ingestStoresTheKnowledgeHashAndAnUnknownOneAsNull() {
        store.ingest(r1());
        store.ingest(meeting("r2", "apnews.com", "A surprise announcement followed:", ROE, RUSSIA));

        assertThat(store.storedArticle("r1")).get().extracting(StoredArticle::knowledgeSha256)
                .isEqualTo(OLD_KNOWLEDGE);
        assertThat(store.storedArticle("r2")).get().extracting(StoredArticle::knowledgeSha256).isNull();
        assertThat(store.storedArticle("r2").orElseThrow().isStale(OLD_KNOWLEDGE)).isTrue();
        assertThat(store.storedArticle("r1").orElseThrow().parleyVersion()).isNotBlank();
        assertThat(store.storedArticle("r1").orElseThrow().article().text()).isEqualTo(r1().article().text());
        assertThat(store.storedArticle("nope")).isEmpty();
    }

    @Test
    void reextractReplacesTheRowsOfAnUnchangedTextWhereIngestWouldSkipIt() {
        store.ingest(r1());
        store.ingest(r2());
        LocalDateTime firstIngest = ingestedAt("r1");

        assertThat(store.ingest(recoded(r1()))).as("ingest skips an unchanged text").isEqualTo(IngestResult.UNCHANGED);
        assertThat(store.extraction("r1").orElseThrow().actors().get(0).code()).isNull();

        assertThat(store.reextract(List.of(recoded(r1())))).containsExactly(IngestResult.REPLACED);

        Actor roe = store.extraction("r1").orElseThrow().actors().get(0);
        assertThat(roe.code()).isEqualTo("USAGOV");
        assertThat(roe.title()).isEqualTo("Envoy");
        assertThat(store.storedArticle("r1").orElseThrow().knowledgeSha256()).isEqualTo(NEW_KNOWLEDGE);
        assertThat(ingestedAt("r1")).as("a recode is not a new report").isEqualTo(firstIngest);
        assertThat(store.count("articles")).isEqualTo(2);
        assertThat(store.count("actors")).isEqualTo(4);
        assertThat(store.count("events")).isEqualTo(2);
    }

    @Test
    void theMergedEventAndTheRegistryTakeTheNewCodingEvenForArticlesNotYetRecoded() {
        store.ingest(r1());
        store.ingest(r2());
        MergedEventRow before = store.mergedEvents(EventQuery.all(), false).get(0);
        assertThat(before.source().code()).isNull();
        assertThat(before.reports()).isEqualTo(2);

        store.reextract(List.of(recoded(r1())));

        List<MergedEventRow> after = store.mergedEvents(EventQuery.all(), false);
        assertThat(after).hasSize(1);
        assertThat(after.get(0).source().code()).isEqualTo("USAGOV");
        assertThat(after.get(0).reports()).isEqualTo(2);
        assertThat(after.get(0).uid()).as("same key, same merged event").isEqualTo(before.uid());
        assertThat(store.actors(ActorQuery.matching("Jane Roe"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.code()).isEqualTo("USAGOV");
                    assertThat(p.sector()).isEqualTo("GOV");
                    assertThat(p.articles()).isEqualTo(2);
                });
    }

    @Test
    void aRecodedEventCodeMovesTheEvidenceToAnotherMergedEvent() {
        store.ingest(r1());
        store.ingest(r2());
        ExtractedArticle a = r1();
        Event old = a.extraction().events().get(0);
        Event threat = new Event(old.id(), old.source(), old.target(), "138", "THREATEN", 3, -7.0, old.date(),
                old.place(), old.modality(), old.confidence(), old.evidence(), old.also());
        Extraction x = a.extraction();
        store.reextract(List.of(new ExtractedArticle(a.article(), new Extraction(x.id(), x.published(), x.actors(),
                x.quotes(), List.of(threat), x.times(), x.places()), null, NEW_KNOWLEDGE)));

        Map<String, Integer> reportsByCode = new LinkedHashMap<>();
        for (MergedEventRow m : store.mergedEvents(EventQuery.all(), false)) {
            reportsByCode.put(m.cameo(), m.reports());
        }
        assertThat(reportsByCode).containsOnly(Map.entry("036", 1), Map.entry("138", 1));
    }

    @Test
    void aNearDuplicateKeepsItsClusterWhenItsLeaderIsRecoded() {
        String wire = "Leaders of the two countries sat down in the afternoon at a guarded residence outside the "
                + "capital, their first meeting since the start of the year, officials told reporters who had waited "
                + "outside the gates for most of the day while aides negotiated the agenda. Jane Roe met Russia for "
                + "talks.";
        ExtractedArticle first = copy(r1(), "w1", "reuters.com", wire);
        ExtractedArticle second = copy(r1(), "w2", "nytimes.com", wire);
        store.ingest(first);
        store.ingest(second);
        assertThat(dupRoots()).containsExactly("w1=w1", "w2=w1");

        store.reextract(List.of(recoded(first)));

        assertThat(dupRoots()).containsExactly("w1=w1", "w2=w1");
        MergedEventRow m = store.mergedEvents(EventQuery.all(), false).get(0);
        assertThat(m.reports()).isEqualTo(2);
        assertThat(m.articles()).as("still one story").isEqualTo(1);
    }

    /** {@code a}'s extraction moved to another id, outlet and text (the event and mentions re-found in it). */
    private static ExtractedArticle copy(ExtractedArticle a, String id, String outlet, String text) {
        ExtractedArticle base = meeting(id, outlet, text.substring(0, text.indexOf(" Jane Roe met")), ROE, RUSSIA);
        return new ExtractedArticle(new Article(id, "2025-04-11", "Talks", outlet, "https://" + outlet + "/" + id,
                base.article().text()), base.extraction(), null, OLD_KNOWLEDGE);
    }

    private List<String> dupRoots() {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT article_id, dup_root FROM article_signatures ORDER BY article_id")) {
                while (r.next()) {
                    out.add(r.getString(1) + "=" + r.getString(2));
                }
            }
            return out;
        });
    }

    @Test
    void anArticleNoLongerStoredWithThatTextIsNotWrittenButRecordedAsAnIssue() {
        store.ingest(r1());
        ExtractedArticle gone = recoded(r2());
        ExtractedArticle otherText = new ExtractedArticle(new Article("r1", "2025-04-11", "Talks", "reuters.com", null,
                "An entirely different text."), new Extraction("r1", "2025-04-11", List.of(), List.of(), List.of(),
                List.of(), List.of()), null, NEW_KNOWLEDGE);

        assertThat(store.reextract(List.of(gone, otherText)))
                .containsExactly(IngestResult.FAILED, IngestResult.FAILED);

        assertThat(store.count("articles")).isEqualTo(1);
        assertThat(store.storedArticle("r1").orElseThrow().knowledgeSha256()).isEqualTo(OLD_KNOWLEDGE);
        assertThat(store.issues()).extracting(ProcessingIssue::recordId, ProcessingIssue::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r2", "recode"),
                        org.assertj.core.groups.Tuple.tuple("r1", "recode"));
        assertThatThrownBy(() -> store.reextract(List.of(recoded(r1()), recoded(r1()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }

    @Test
    void aBatchWithOneBadArticleKeepsTheOthersAndTheBadOnesOldRows() {
        store.ingest(r1());
        store.ingest(r2());
        ExtractedArticle bad = recoded(r2());
        Extraction x = bad.extraction();
        Event e = x.events().get(0);
        // two events with one id: the events table's primary key refuses the article
        ExtractedArticle duplicateIds = new ExtractedArticle(bad.article(), new Extraction(x.id(), x.published(),
                x.actors(), x.quotes(), List.of(e, e), x.times(), x.places()), null, NEW_KNOWLEDGE);

        assertThat(store.reextract(List.of(recoded(r1()), duplicateIds)))
                .containsExactly(IngestResult.REPLACED, IngestResult.FAILED);

        assertThat(store.storedArticle("r1").orElseThrow().knowledgeSha256()).isEqualTo(NEW_KNOWLEDGE);
        assertThat(store.storedArticle("r2").orElseThrow().knowledgeSha256()).isEqualTo(OLD_KNOWLEDGE);
        assertThat(store.extraction("r2").orElseThrow().events()).hasSize(1);
        assertThat(store.mergedEvents(EventQuery.all(), false).get(0).reports()).isEqualTo(2);
        assertThat(store.issues()).extracting(ProcessingIssue::recordId, ProcessingIssue::stage)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("r2", "store"));
    }

    @Test
    void theArticleWalkGoesInIdOrderPageByPageAndCanSkipFreshArticles() {
        List<ExtractedArticle> batch = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            ExtractedArticle a = meeting("n" + i, "outlet" + i + ".example", "Report number " + i + " says that", ROE,
                    RUSSIA);
            batch.add(withKnowledge(a, i % 3 == 0 ? NEW_KNOWLEDGE : i == 5 ? null : OLD_KNOWLEDGE));
        }
        store.ingestBatch(batch);

        List<List<String>> all = new ArrayList<>();
        store.forEachArticlePage(null, 3, page -> all.add(page.stream().map(StoredArticle::id).toList()));
        assertThat(all).containsExactly(List.of("n1", "n2", "n3"), List.of("n4", "n5", "n6"), List.of("n7"));
        assertThat(store.countArticles(null)).isEqualTo(7);

        List<String> stale = new ArrayList<>();
        store.forEachArticlePage(NEW_KNOWLEDGE, 2, page -> {
            for (StoredArticle a : page) {
                stale.add(a.id());
                // writing while walking: a recoded article must not come round again
                store.reextract(List.of(new ExtractedArticle(a.article(),
                        store.extraction(a.id()).orElseThrow(), null, NEW_KNOWLEDGE)));
            }
        });
        assertThat(stale).as("n3 and n6 are fresh; n5's knowledge is unknown").containsExactly("n1", "n2", "n4", "n5",
                "n7");
        assertThat(store.countArticles(NEW_KNOWLEDGE)).isZero();
        assertThatThrownBy(() -> store.forEachArticlePage(null, 0, p -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStoreOfTheLastSchemaGetsTheColumnWithUnknownKnowledge() {
        Path file = dir.resolve("v2.duckdb");
        try (ParleyStore v2 = ParleyStore.open(file, SchemaMigrations.ALL.subList(0, 2), new SteppingClock(java.time.Instant.parse("2025-04-11T08:00:00Z")))) {
            // the version 2 writer: an article row without the column
            v2.read(c -> {
                try (Statement s = c.createStatement()) {
                    return s.executeUpdate("INSERT INTO articles (id, text, text_sha256, ingested_at, parley_version) "
                            + "VALUES ('old', 'Long ago.', '" + ParleyStore.textSha256("Long ago.") + "', "
                            + "TIMESTAMP '2025-01-01 00:00:00', '0.1')");
                }
            });
        }
        try (ParleyStore current = ParleyStore.open(file)) {
            assertThat(current.schemaVersion()).isEqualTo(SchemaMigrations.ALL.size());
            assertThat(current.storedArticle("old").orElseThrow().knowledgeSha256()).isNull();
            assertThat(current.countArticles(NEW_KNOWLEDGE)).isEqualTo(1);
            current.ingest(withKnowledge(meeting("new", "apnews.com", "Today,", ROE, RUSSIA), NEW_KNOWLEDGE));
            assertThat(current.storedArticle("new").orElseThrow().knowledgeSha256()).isEqualTo(NEW_KNOWLEDGE);
        }
    }
}
