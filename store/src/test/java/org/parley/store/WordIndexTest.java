package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.extract.Modality;
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.query.MergedEventRow;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;
import org.parley.query.WordIndex;

/**
 * The word index (schema 8) changes no answer: every text filter gives the rows a plain scan of the texts gives,
 * and the index's candidates hold every article with a match, for single and several words, partial words,
 * punctuation, case and letters outside ASCII; after a removal, a re-ingest with another text and a recode; and
 * for a store migrated from schema 7.
 */
class WordIndexTest {

    @TempDir
    Path dir;

    /** Queries of every shape: whole, partial and several words, punctuation, case, digits, non-ASCII, none. */
    private static final List<String> QUERIES = List.of("ceasefire", "CEASEFIRE", "Ceasefire talks", "ceasef",
            "efire", "asefi", "get moving", "Russia has to get moving", "U.S.", "U.S. President", ". U.S", "moving.",
            "ia to g", "Zürich", "ZÜRICH", "zürich-based", "İstanbul", "ISTANBUL", "straße", "2025", "04-1", "e",
            "the", "...", " ", ",", "sanctions troops", "nothing-like-this", "trump", "peskov said", "qq");

    @Test
    void filtersGiveWhatAScanGivesThroughWritesAndRemovals() throws SQLException {
        Path db = dir.resolve("s.duckdb");
        try (ParleyStore store = ParleyStore.open(db)) {
            store.ingestBatch(SyntheticNews.articles(40, 7));
            store.ingest(Fixtures.seed("seed-1", "2025-04-10"));
            store.ingest(odd("odd-1", "Talks in Zürich-based venue: the İSTANBUL STRASSE and Straße. U.S. envoy "
                    + "said \"ceasefire\" (2025-04-12), nothing-like-this."));
            store.ingest(odd("odd-2", "CEASEFIRE TALKS collapsed; the U.S. blamed Russia, Zurich was quiet."));
            assertSameAsScan(store, db);

            store.remove("odd-2");
            store.remove("syn-3");
            store.ingest(odd("odd-1", "A rewritten text: no talks in Geneva, QQ only."));
            assertSameAsScan(store, db);
            assertThat(candidates(db, "zürich")).hasValueSatisfying(ids -> assertThat(ids).isEmpty());
            assertThat(candidates(db, "qq")).hasValueSatisfying(ids -> assertThat(ids).containsExactly("odd-1"));

            // a recode rewrites the quotes and evidence of an unchanged text
            store.reextract(List.of(Fixtures.seed("seed-1", "2025-04-10")));
            assertSameAsScan(store, db);
        }
    }

    @Test
    void migrationFillsTheIndexOfAStoreWrittenBeforeIt() throws SQLException {
        Path db = dir.resolve("v7.duckdb");
        try (ParleyStore store = ParleyStore.open(db)) {
            store.ingestBatch(SyntheticNews.articles(30, 11));
            store.ingest(odd("odd-1", "The İSTANBUL talks, U.S. envoy and Zürich."));
            // back to what a version-7 writer left: the same rows, no word index
            store.read(c -> {
                try (java.sql.Statement s = c.createStatement()) {
                    for (String table : List.of("search_postings", "search_words", "search_word_staging",
                            "search_articles", "registry_titles", "registry_title_deltas")) {
                        s.execute("DROP TABLE " + table);
                    }
                    s.execute("DELETE FROM schema_version WHERE version >= 8");
                }
                return null;
            });
        }
        try (ParleyStore store = ParleyStore.open(db)) {
            assertThat(store.schemaVersion()).isEqualTo(SchemaMigrations.ALL.size());
            assertThat(store.count("search_articles")).isEqualTo(store.count("articles"));
            assertSameAsScan(store, db);
            store.ingest(odd("odd-2", "Later talks in Zürich."));
            assertThat(candidates(db, "zürich")).hasValueSatisfying(ids ->
                    assertThat(ids).containsExactlyInAnyOrder("odd-1", "odd-2"));
        }
    }

    @Test
    void queryRunsSitInWordsAsTheQueryBoundsThem() {
        assertThat(WordIndex.words("U.S. President's 2025-04-10, Zürich İSTANBUL"))
                .containsExactly("u", "s", "president", "2025", "04", "10", "zürich", "istanbul");
        assertThat(WordIndex.hash("ceasefire")).isNotEqualTo(WordIndex.hash("ceasefirE".toLowerCase()
                + "s"));
    }

    /** One article with the given text, an actor, a quote and an event whose evidence is the whole text. */
    private static ExtractedArticle odd(String id, String body) {
        ExtractedArticle base = Fixtures.oneEvent(id, "2025-04-12", "United Nations", "IGOUNO", "Ukraine", "UKRGOV",
                "036", Modality.ASSERTED, "2025-04-12");
        // the actors' mentions are spans of the fixture's sentence, which the text keeps at its start
        String text = base.article().text() + " " + body;
        org.parley.extract.TextSpan all = new org.parley.extract.TextSpan(0, text.length(), text);
        var x = base.extraction();
        var e = x.events().get(0);
        var event = new org.parley.extract.Event(e.id(), e.source(), e.target(), e.cameo(), e.plover(), e.quad(),
                e.goldstein(), e.date(), e.place(), e.modality(), e.confidence(), all, List.of(), List.of());
        var quote = new org.parley.extract.Quote("q1", text, org.parley.extract.QuoteKind.DIRECT,
                org.parley.extract.SpeechAct.SPEECH, "a1", null, null, 0, text.length(), null);
        return new ExtractedArticle(new Article(id, "2025-04-12", "Odd title: " + id, "Wire", null, text),
                new org.parley.extract.Extraction(id, "2025-04-12", x.actors(), List.of(quote), List.of(event),
                        List.of(), List.of()));
    }

    private void assertSameAsScan(ParleyStore store, Path db) throws SQLException {
        int narrowed = 0;
        for (String q : QUERIES) {
            Set<String> quotes = new TreeSet<>();
            for (QuoteRow r : store.quotes(QuoteQuery.all().withText(q).withPage(10_000, 0))) {
                quotes.add(r.articleId() + "/" + r.quoteId());
            }
            assertThat(quotes).as("quotes '%s'", q).isEqualTo(scan(db,
                    "SELECT article_id || '/' || quote_id FROM quotes WHERE contains(lower(text), lower(?))", q));
            List<String> events = new ArrayList<>();
            for (EventRow r : store.events(EventQuery.all().withText(q).withPage(10_000, 0))) {
                events.add(r.articleId() + "/" + r.eventId());
            }
            assertThat(new TreeSet<>(events)).as("events '%s'", q).isEqualTo(scan(db,
                    "SELECT article_id || '/' || event_id FROM events WHERE contains(lower(evidence_text), lower(?))",
                    q));
            Set<String> merged = new TreeSet<>();
            for (MergedEventRow r : store.mergedEvents(EventQuery.all().withText(q).withPage(10_000, 0), false)) {
                merged.add(Long.toString(r.uid()));
            }
            assertThat(merged).as("merged events '%s'", q).isEqualTo(scan(db, "SELECT CAST(event_uid AS VARCHAR)"
                    + " FROM merged_events WHERE merge_key IN (SELECT merge_key FROM event_links"
                    + " WHERE contains(lower(evidence_text), lower(?)))", q));
            Optional<List<String>> candidates = candidates(db, q);
            if (candidates.isPresent()) {
                narrowed++;
                Set<String> matching = scan(db, """
                        SELECT id FROM articles WHERE contains(lower(title), lower(?1)) OR contains(lower(text), lower(?1))
                        UNION SELECT article_id FROM quotes WHERE contains(lower(text), lower(?1))
                        UNION SELECT article_id FROM events WHERE contains(lower(evidence_text), lower(?1))""", q);
                assertThat(candidates.get()).as("candidates of '%s'", q).containsAll(matching);
            }
        }
        // most queries have words the index can narrow by: the comparisons above went through it
        assertThat(narrowed).isGreaterThan(QUERIES.size() / 2);
    }

    private static Optional<List<String>> candidates(Path db, String q) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
            return WordIndex.candidateArticles(c, q);
        }
    }

    private static Set<String> scan(Path db, String sql, String q) throws SQLException {
        Set<String> out = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             PreparedStatement ps = c.prepareStatement(sql)) {
            if (sql.contains("?1")) {
                ps.setString(1, q);
            } else {
                for (int i = 1; i <= sql.chars().filter(ch -> ch == '?').count(); i++) {
                    ps.setString(i, q);
                }
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }
}
