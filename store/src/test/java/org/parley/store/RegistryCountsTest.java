package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.NewsFixtures.RUSSIA;
import static org.parley.store.NewsFixtures.meeting;
import static org.parley.store.NewsFixtures.person;
import static org.parley.store.NewsFixtures.report;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.query.ActorProfile;
import org.parley.query.ActorQuery;

/**
 * The counts and aliases kept on the actor registry (schema 7): after every kind of write they equal what the links
 * and per-article rows give when counted from scratch, and a store of the previous schema gets them on migration.
 */
class RegistryCountsTest {

    @TempDir
    Path dir;

    private static final NewsFixtures.Party BIDEN = person("Joe Biden", "USA", "President");

    /** One meeting Biden -> Russia on {@code published}, with a quote by Biden when {@code quoted}. */
    private static ExtractedArticle bidenReport(String id, String published, boolean quoted) {
        ExtractedArticle a = report(id, "outlet" + id + ".example", published, "Report " + id + " opens with words.",
                BIDEN, RUSSIA, "036", "CONSULT", 1, 4.0, published, Modality.ASSERTED, null);
        if (!quoted) {
            return a;
        }
        Extraction x = a.extraction();
        String text = a.article().text();
        int at = text.indexOf("More details");
        Quote q = new Quote("q1", "More details were expected later", QuoteKind.INDIRECT, SpeechAct.SPEECH, "a1",
                null, null, at, at + "More details were expected later".length(), null);
        return new ExtractedArticle(a.article(), new Extraction(x.id(), x.published(), x.actors(), List.of(q),
                x.events(), x.times(), x.places()));
    }

    @Test
    void countsAndDaysFollowIngestReplaceRecodeAndRemoval() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("c.duckdb"))) {
            store.ingest(bidenReport("a", "2021-01-10", true));
            store.ingest(bidenReport("b", "2022-03-01", false));
            store.ingest(bidenReport("c", "2024-06-01", true));
            ActorProfile biden = store.actors(ActorQuery.matching("biden")).get(0);
            assertThat(biden.articles()).isEqualTo(3);
            assertThat(biden.firstSeen()).isEqualTo(LocalDate.of(2021, 1, 10));
            assertThat(biden.lastSeen()).isEqualTo(LocalDate.of(2024, 6, 1));
            assertThat(registry(store, "person:joe biden|USA")).isEqualTo("3|3|0|2|2021-01-10|2024-06-01");
            assertThat(registry(store, "code:RUSGOV")).isEqualTo("3|0|3|0|2021-01-10|2024-06-01");

            // the first day's article goes: the first day moves to the next article's
            assertThat(store.remove("a")).isTrue();
            assertThat(registry(store, "person:joe biden|USA")).isEqualTo("2|2|0|1|2022-03-01|2024-06-01");

            // re-ingested with another text and day: the old share leaves, the new one comes
            ExtractedArticle later = bidenReport("c", "2025-02-02", false);
            Article moved = new Article("c", "2025-02-02", "Talks", "outletc.example", null,
                    later.article().text() + " Updated.");
            store.ingest(new ExtractedArticle(moved, later.extraction()));
            assertThat(registry(store, "person:joe biden|USA")).isEqualTo("2|2|0|0|2022-03-01|2025-02-02");

            // recoded with a quote and Biden as the target: same text, new rows
            ExtractedArticle b = bidenReport("b", "2022-03-01", true);
            Extraction x = b.extraction();
            Extraction swapped = new Extraction(x.id(), x.published(), x.actors(), x.quotes(), List.of(
                    new org.parley.extract.Event("e1", "a2", "a1", "036", "CONSULT", 1, 4.0, "2022-03-01", null,
                            Modality.ASSERTED, 0.8, x.events().get(0).evidence(), List.of())), x.times(), x.places());
            store.reextract(List.of(new ExtractedArticle(b.article(), swapped)));
            assertThat(registry(store, "person:joe biden|USA")).isEqualTo("2|1|1|1|2022-03-01|2025-02-02");
            assertThat(registry(store, "code:RUSGOV")).isEqualTo("2|1|1|0|2022-03-01|2025-02-02");

            store.remove("b");
            store.remove("c");
            assertThat(store.count("registry_actors")).isZero();
            assertThat(store.count("registry_aliases")).isZero();
        }
    }

    @Test
    void countsAndAliasesEqualARecountAfterEveryKindOfWrite() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("r.duckdb"))) {
            List<ExtractedArticle> news = SyntheticNews.articles(80, 7);
            store.ingestBatch(news.subList(0, 50));
            for (ExtractedArticle a : news.subList(50, 60)) {
                store.ingest(a);
            }
            store.ingest(bidenReport("q1", "2023-05-05", true));
            store.ingest(meeting("m1", "wire.example", "Words of its own.", person("Biden", "USA", null), RUSSIA));
            assertThat(stored(store)).isEqualTo(recount(store));
            assertThat(aliases(store)).isEqualTo(recountAliases(store));

            // replaced texts (the first ten with the texts of others), removals, a recode, and a batch on top
            List<ExtractedArticle> replaced = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                ExtractedArticle other = news.get(70 + i);
                Article a = other.article();
                Extraction x = other.extraction();
                replaced.add(new ExtractedArticle(new Article("syn-" + i, a.published(), a.title(), a.source(),
                        a.url(), a.text()), new Extraction("syn-" + i, x.published(), x.actors(), x.quotes(),
                        x.events(), x.times(), x.places())));
            }
            store.ingestBatch(replaced);
            for (int i = 20; i < 30; i++) {
                store.remove("syn-" + i);
            }
            store.remove("q1");
            store.reextract(List.of(news.get(40), news.get(41)));
            store.ingestBatch(news.subList(60, 70));
            assertThat(stored(store)).isEqualTo(recount(store));
            assertThat(aliases(store)).isEqualTo(recountAliases(store));
            assertThat(stored(store)).isNotEmpty();
            List<String> kept = stored(store);
            List<String> keptAliases = aliases(store);
            store.recountActors();
            assertThat(stored(store)).as("a recount from scratch finds what the writes kept").isEqualTo(kept);
            assertThat(aliases(store)).isEqualTo(keptAliases);
            // "Biden" of m1 joined the registered Joe Biden of q1; with q1 gone, only m1's name and mention remain
            assertThat(aliases(store)).filteredOn(row -> row.startsWith("person:"))
                    .containsExactly("person:joe biden|USA|Biden|1|1|true");
        }
    }

    @Test
    void aStoreOfSchemaSixGetsItsCountsAndAliasesOnMigration() {
        Path file = dir.resolve("v6.duckdb");
        try (ParleyStore v6 = ParleyStore.open(file, SchemaMigrations.ALL.subList(0, 6), Clock.systemUTC())) {
            v6.read(c -> {
                try (Statement s = c.createStatement()) {
                    // two articles naming one registry person, as a version-6 writer left them
                    s.execute("INSERT INTO articles VALUES ('x1', '2025-04-11', DATE '2025-04-11', NULL, NULL, NULL,"
                            + " 'Joe Biden met Russia. Biden said more.', 'h1', NULL, TIMESTAMP '2025-04-11', 'dev',"
                            + " NULL), ('x2', '2025-05-01', DATE '2025-05-01', NULL, NULL, NULL, 'Biden spoke.', 'h2',"
                            + " NULL, TIMESTAMP '2025-05-01', 'dev', NULL)");
                    s.execute("INSERT INTO actors VALUES ('x1', 'a1', 0, 'Joe Biden', 'person', 'USA', 'GOV', "
                            + "'USAGOV', 'President'), ('x1', 'a2', 1, 'Russia', 'country', 'RUS', NULL, 'RUS', NULL),"
                            + " ('x2', 'a1', 0, 'Biden', 'person', 'USA', NULL, NULL, NULL)");
                    s.execute("INSERT INTO mentions VALUES ('x1', 'a1', 0, 0, 9, 'Joe Biden'), "
                            + "('x1', 'a1', 1, 23, 28, 'Biden'), ('x1', 'a1', 2, 23, 25, 'he'), "
                            + "('x2', 'a1', 0, 0, 5, 'Biden')");
                    s.execute("INSERT INTO quotes (article_id, quote_id, seq, text, kind, act, speaker, start_offset, "
                            + "end_offset) VALUES ('x1', 'q1', 0, 'more', 'indirect', 'speech', 'a1', 34, 38)");
                    s.execute("INSERT INTO events (article_id, event_id, seq, source_actor, target_actor, cameo, quad,"
                            + " goldstein, modality, confidence, evidence_start, evidence_end, evidence_text, "
                            + "also_json) VALUES ('x1', 'e1', 0, 'a1', 'a2', '036', 1, 4.0, 'asserted', 0.8, 0, 22, "
                            + "'Joe Biden met Russia.', '[]')");
                    s.execute("INSERT INTO registry_actors VALUES ('person:joe biden|USA', 'person', 'Joe Biden', "
                            + "'USA', 'GOV', 'USAGOV'), ('code:RUS', 'country', 'Russia', 'RUS', NULL, 'RUS')");
                    s.execute("INSERT INTO actor_links VALUES ('x1', 'a1', 'person:joe biden|USA'), "
                            + "('x1', 'a2', 'code:RUS'), ('x2', 'a1', 'person:joe biden|USA')");
                }
                return null;
            });
        }
        try (ParleyStore v7 = ParleyStore.open(file)) {
            assertThat(v7.schemaVersion()).isEqualTo(SchemaMigrations.ALL.size());
            assertThat(registry(v7, "person:joe biden|USA")).isEqualTo("2|1|0|1|2025-04-11|2025-05-01");
            assertThat(registry(v7, "code:RUS")).isEqualTo("1|0|1|0|2025-04-11|2025-04-11");
            ActorProfile biden = v7.actors(ActorQuery.matching("biden")).get(0);
            assertThat(biden.aliases()).as("capitalized mentions, most frequent first; not 'he'")
                    .containsExactly("Biden");
            assertThat(v7.actors(ActorQuery.matching("he"))).extracting(ActorProfile::key)
                    .as("a search matches every mention, as before").contains("person:joe biden|USA");
            assertThat(stored(v7)).isEqualTo(recount(v7));
        }
    }

    /** "articles|as source|as target|quotes|first|last" of one registry actor. */
    private static String registry(ParleyStore store, String key) {
        return stored(store).stream().filter(r -> r.startsWith(key + "|")).map(r -> r.substring(key.length() + 1))
                .findFirst().orElse("missing");
    }

    private static List<String> stored(ParleyStore store) {
        return rows(store, """
                SELECT actor_key, articles, events_as_source, events_as_target, quotes, first_seen, last_seen
                FROM registry_actors ORDER BY actor_key""", 7);
    }

    @Test
    void titlesOverTimeFollowWritesAndEqualARecount() {
        try (ParleyStore store = ParleyStore.open(dir.resolve("t.duckdb"))) {
            NewsFixtures.Party vp = person("Joe Biden", "USA", "Vice President");
            NewsFixtures.Party lower = person("Joe Biden", "USA", "president");
            store.ingestBatch(SyntheticNews.articles(30, 3));
            store.ingest(report("t1", "a.example", "2013-02-01", "One.", vp, RUSSIA, "036", "CONSULT", 1, 4.0,
                    "2013-02-01", Modality.ASSERTED, null));
            store.ingest(report("t2", "b.example", "2021-03-01", "Two.", BIDEN, RUSSIA, "036", "CONSULT", 1, 4.0,
                    "2021-03-01", Modality.ASSERTED, null));
            store.ingest(report("t3", "c.example", "2022-06-01", "Three.", lower, RUSSIA, "036", "CONSULT", 1, 4.0,
                    "2022-06-01", Modality.ASSERTED, null));
            store.ingest(report("t4", "d.example", "2024-01-01", "Four.", BIDEN, RUSSIA, "036", "CONSULT", 1, 4.0,
                    "2024-01-01", Modality.ASSERTED, null));
            assertThat(titles(store)).isEqualTo(recountTitles(store)).containsExactly(
                    "person:joe biden|USA|president|3|2021-03-01|2024-01-01",
                    "person:joe biden|USA|vice president|1|2013-02-01|2013-02-01");
            // the last day's article goes: the days are read again; a re-ingest moves the vice-presidency
            store.remove("t4");
            store.ingest(report("t1", "a.example", "2012-05-05", "One, rewritten.", vp, RUSSIA, "036", "CONSULT", 1,
                    4.0, "2012-05-05", Modality.ASSERTED, null));
            store.reextract(List.of(report("t3", "c.example", "2022-06-01", "Three.", lower, RUSSIA, "036",
                    "CONSULT", 1, 4.0, "2022-06-01", Modality.ASSERTED, null)));
            assertThat(titles(store)).isEqualTo(recountTitles(store)).containsExactly(
                    "person:joe biden|USA|president|2|2021-03-01|2022-06-01",
                    "person:joe biden|USA|vice president|1|2012-05-05|2012-05-05");
            ActorProfile biden = store.actors(ActorQuery.matching("biden")).get(0);
            assertThat(biden.titles()).extracting(ActorProfile.TitleSpan::title)
                    .containsExactly("Vice President", "President");
            store.remove("t1");
            List<String> kept = titles(store);
            store.recountActors();
            assertThat(titles(store)).isEqualTo(kept).containsExactly(
                    "person:joe biden|USA|president|2|2021-03-01|2022-06-01");
        }
    }

    private static List<String> titles(ParleyStore store) {
        return rows(store, """
                SELECT actor_key, title_lower, articles, first_seen, last_seen FROM registry_titles
                ORDER BY actor_key, title_lower""", 5);
    }

    private static List<String> recountTitles(ParleyStore store) {
        return rows(store, """
                SELECT l.actor_key, lower(x.title), count(DISTINCT l.article_id), min(a.published_date),
                       max(a.published_date)
                FROM actor_links l JOIN actors x ON x.article_id = l.article_id AND x.actor_id = l.actor_id
                JOIN articles a ON a.id = l.article_id WHERE x.title IS NOT NULL
                GROUP BY 1, 2 ORDER BY 1, 2""", 5);
    }

    /** The same figures counted from the links and per-article rows, with correlated subqueries. */
    private static List<String> recount(ParleyStore store) {
        return rows(store, """
                SELECT r.actor_key,
                  (SELECT count(DISTINCT l.article_id) FROM actor_links l WHERE l.actor_key = r.actor_key),
                  (SELECT count(*) FROM events e JOIN actor_links l
                     ON l.article_id = e.article_id AND l.actor_id = e.source_actor WHERE l.actor_key = r.actor_key),
                  (SELECT count(*) FROM events e JOIN actor_links l
                     ON l.article_id = e.article_id AND l.actor_id = e.target_actor WHERE l.actor_key = r.actor_key),
                  (SELECT count(*) FROM quotes q JOIN actor_links l
                     ON l.article_id = q.article_id AND l.actor_id = q.speaker WHERE l.actor_key = r.actor_key),
                  (SELECT min(a.published_date) FROM actor_links l JOIN articles a ON a.id = l.article_id
                     WHERE l.actor_key = r.actor_key),
                  (SELECT max(a.published_date) FROM actor_links l JOIN articles a ON a.id = l.article_id
                     WHERE l.actor_key = r.actor_key)
                FROM registry_actors r ORDER BY r.actor_key""", 7);
    }

    private static List<String> aliases(ParleyStore store) {
        return rows(store, """
                SELECT actor_key, alias, as_name, as_mention, alias_lower = lower(alias) FROM registry_aliases
                ORDER BY actor_key, alias""", 5);
    }

    private static List<String> recountAliases(ParleyStore store) {
        return rows(store, """
                SELECT k, alias, sum(n), sum(m), true FROM (
                  SELECT l.actor_key AS k, x.name AS alias, 1 AS n, 0 AS m FROM actors x
                  JOIN actor_links l ON l.article_id = x.article_id AND l.actor_id = x.actor_id
                  UNION ALL
                  SELECT l.actor_key, t.text, 0, 1 FROM mentions t
                  JOIN actor_links l ON l.article_id = t.article_id AND l.actor_id = t.actor_id)
                GROUP BY k, alias ORDER BY k, alias""", 5);
    }

    private static List<String> rows(ParleyStore store, String sql, int columns) {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= columns; i++) {
                        row.append(i > 1 ? "|" : "").append(r.getString(i));
                    }
                    out.add(row.toString());
                }
            }
            return out;
        });
    }

}
