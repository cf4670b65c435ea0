package org.parley.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Place;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;
import org.parley.query.EventQuery;
import org.parley.query.QuoteQuery;
import org.parley.store.ExtractedArticle;
import org.parley.store.ParleyStore;

/**
 * Times the API's queries over a synthetic store of many articles (default 100,000, each with 6 actors, 4 events,
 * 2 quotes and 2 places drawn from small pools, so aggregates have real groups). Not a test: run it by hand,
 * {@code java -cp ... org.parley.server.ExploreBenchmark [articles] [dbFile] [runs] [ingest]}; it prints p50 and p99
 * per query over {@code runs} runs (default 20) after two warm-up runs.
 *
 * <p>A new store is filled by SQL straight into the tables ({@link #bulkFill}: the per-article rows, then the actor
 * registry and its links, the event links and the merged events derived from them, as the store's writer would
 * derive them for these articles), in well under a minute for 100,000 articles; through {@code ingestBatch} (the
 * word {@code ingest} as fourth argument) the same fill took over 14 minutes, which measured ingest, not queries.
 * The SQL fill gives every article its own near-duplicate cluster (the texts are built from six stock sentences, so
 * MinHash would make a few huge clusters of them; the queries timed here do not depend on the clusters).
 */
public final class ExploreBenchmark {

    private static final String[][] ACTORS = {
        {"Donald Trump", "USAGOV", "USA"}, {"Vladimir Putin", "RUSGOV", "RUS"}, {"Volodymyr Zelensky", "UKRGOV", "UKR"},
        {"Xi Jinping", "CHNGOV", "CHN"}, {"Emmanuel Macron", "FRAGOV", "FRA"}, {"United Nations", "IGOUNO", null},
        {"Russia", "RUS", "RUS"}, {"Ukraine", "UKR", "UKR"}, {"Israel", "ISR", "ISR"}, {"Iran", "IRN", "IRN"},
        {"NATO", "IGOWSTNAT", null}, {"European Union", "IGOEUREEC", null}};
    private static final String[] CODES = {"010", "020", "036", "040", "042", "051", "057", "111", "112", "130",
        "173", "190"};
    private static final int[] QUADS = {1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4};
    private static final String[][] PLACES = {{"Moscow", "RU", "55.75", "37.62"}, {"Kyiv", "UA", "50.45", "30.52"},
        {"Washington", "US", "38.9", "-77.04"}, {"Beijing", "CN", "39.9", "116.4"}, {"Paris", "FR", "48.85", "2.35"},
        {"Saint Petersburg", "RU", "59.94", "30.31"}, {"Geneva", "CH", "46.2", "6.15"}};

    private ExploreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path db = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parley-bench").resolve("b.duckdb");
        runs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        boolean ingest = args.length > 3 && args[3].equals("ingest");
        boolean fresh = !Files.exists(db);
        try (ParleyStore store = ParleyStore.open(db)) {
            if (fresh && !ingest) {
                long t0 = System.nanoTime();
                bulkFill(store, n);
                System.out.printf("filled %d articles by SQL in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            } else if (fresh) {
                long t0 = System.nanoTime();
                Random random = new Random(42);
                List<ExtractedArticle> batch = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    batch.add(article(i, random));
                    if (batch.size() == 2000) {
                        store.ingestBatch(batch);
                        batch.clear();
                    }
                }
                store.ingestBatch(batch);
                System.out.printf("wrote %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%d articles, %d events, %d merged events, %d registry actors%n",
                    store.count("articles"), store.count("events"), store.count("merged_events"),
                    store.count("registry_actors"));
            try (StoreExploreQueries q = new StoreExploreQueries(store, false)) {
                EventFilter any = EventFilter.any();
                EventFilter putin = new EventFilter("Putin", null, null, null, java.util.Set.of(), null, null);
                time("events first page", () -> q.events(EventQuery.all()));
                time("events actor=Putin cameo=04", () -> q.events(EventQuery.all().withActor("Putin")
                        .withCameoPrefix("04")));
                time("events offset 50000", () -> q.events(EventQuery.all().withPage(100, 50_000)));
                EventFilter happened = any.withModalities(java.util.EnumSet.of(Modality.ASSERTED, Modality.REPORTED,
                        Modality.ALLEGED, Modality.HISTORICAL));
                time("merged events", () -> q.mergedEvents(any, new PageRequest(100, 0)));
                time("merged actor=Putin cameo=04", () -> q.mergedEvents(new EventFilter("Putin", null, null, "04",
                        java.util.Set.of(), null, null), new PageRequest(100, 0)));
                time("merged source=Trump target=Putin", () -> q.mergedEvents(new EventFilter(null, "Trump", "Putin",
                        null, java.util.Set.of(), null, null), new PageRequest(100, 0)));
                time("merged 2 modalities, offset 5000", () -> q.mergedEvents(any.withModalities(
                        java.util.Set.of(Modality.ASSERTED, Modality.NEGATED)), new PageRequest(100, 5000)));
                time("merged 2024, limit 1000", () -> q.mergedEvents(new EventFilter(null, null, null, null,
                        java.util.Set.of(), java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)),
                        new PageRequest(1000, 0)));
                time("quotes q=ceasefire", () -> q.quotes(QuoteQuery.all().withText("ceasefire")));
                time("actors", () -> q.actors(new ActorFilter(null, null, null, null, null), new PageRequest(100, 0)));
                time("dyad Trump/Putin by month", () -> q.dyad("Trump", "Putin", any, Bucket.MONTH, 50));
                time("dyad Trump/Putin, happened, week", () -> q.dyad("Trump", "Putin", happened, Bucket.WEEK, 50));
                time("dyad USA/RUS cameo=04, year", () -> q.dyad("USA", "RUS", new EventFilter(null, null, null, "04",
                        java.util.Set.of(), null, null), Bucket.YEAR, 50));
                time("timeline by day", () -> q.timeline(any, Bucket.DAY));
                time("timeline actor=Putin", () -> q.timeline(putin, Bucket.DAY));
                time("network 100 edges", () -> q.network(any, 100));
                time("places 200", () -> q.places(any, 200, 5));
                time("article", () -> q.article("bench-" + (n / 2)));
                time("search 'ceasefire'", () -> q.search("ceasefire", 20));
                // one article's title ("Bench article N"): a rare word, as most searched names are
                time("search 'article " + (n / 3) + "'", () -> q.search("article " + (n / 3), 20));
                time("search 'zzz' (no match)", () -> q.search("zzz", 20));
                time("quotes q='" + (n / 3) + "'", () -> q.quotes(QuoteQuery.all().withText("article " + (n / 3))));
                time("events text 'Putin met'", () -> q.events(EventQuery.all().withText("Putin met")));
                time("stats", q::stats);
            }
        }
    }

    /** Timed runs per query (set once by main). */
    private static int runs = 20;

    private static void time(String what, Runnable query) {
        query.run(); // warm-up: first reads load the columns
        query.run();
        double[] ms = new double[runs];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(ms);
        System.out.printf(java.util.Locale.ROOT, "%-34s p50 %7.1f ms   p99 %7.1f ms   (%d runs)%n", what,
                ms[runs / 2], ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)], runs);
    }

    /** A SQL VALUES list of the pool rows, each row's fields quoted as SQL strings (null as NULL), with its index. */
    private static String values(String[][] pool) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < pool.length; i++) {
            List<String> fields = new ArrayList<>();
            fields.add(Integer.toString(i));
            for (String f : pool[i]) {
                fields.add(f == null ? "NULL" : "'" + f.replace("'", "''") + "'");
            }
            rows.add("(" + String.join(", ", fields) + ")");
        }
        return String.join(", ", rows);
    }

    /**
     * Fills an empty store with {@code n} articles shaped as {@link #article} shapes them (six actors from the
     * pool, each in a sentence of its own; four events; two quotes; two places), writing every table by SQL: the
     * per-article rows, then the registry (one actor per pool name), the actor and event links and the merged
     * events grouped from the links, and finally the registry's counts ({@link ParleyStore#recountActors}) and the
     * word index ({@link ParleyStore#rebuildWordIndex}).
     * Random choices come from {@code hash()} of the article and slot numbers, so a fill is repeatable.
     */
    static void bulkFill(ParleyStore store, int n) throws java.sql.SQLException {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < CODES.length; i++) {
            codes.add("(" + i + ", '" + CODES[i] + "', " + QUADS[i] + ", " + (QUADS[i] > 2 ? -5 : 3) + ")");
        }
        // the store's connection cache hands this the database instance the store has open
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:" + store.file().toAbsolutePath());
             java.sql.Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "CREATE TEMP TABLE pool_actors (i INTEGER, name VARCHAR, code VARCHAR, country VARCHAR)",
                    "INSERT INTO pool_actors VALUES " + values(ACTORS),
                    "CREATE TEMP TABLE pool_codes (i INTEGER, cameo VARCHAR, quad INTEGER, goldstein DOUBLE)",
                    "INSERT INTO pool_codes VALUES " + String.join(", ", codes),
                    "CREATE TEMP TABLE pool_places (i INTEGER, name VARCHAR, country VARCHAR, lat VARCHAR, lon VARCHAR)",
                    "INSERT INTO pool_places VALUES " + values(PLACES),
                    // six actor slots per article, each a sentence; offsets are sums of the sentences before
                    """
                    CREATE TEMP TABLE slots AS
                    SELECT a, k, p.name, p.code, p.country, sentence,
                           coalesce(sum(length(sentence)) OVER (PARTITION BY a ORDER BY k
                               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::INTEGER AS off
                    FROM (SELECT r.range AS a, s.range AS k,
                                 CAST(hash(r.range * 6 + s.range, 'actor') %% %d AS INTEGER) AS pick
                          FROM range(%d) r CROSS JOIN range(6) s) x
                    JOIN pool_actors p ON p.i = x.pick,
                    LATERAL (SELECT p.name || ' met officials to discuss a ceasefire and trade. ' AS sentence)
                    """.formatted(ACTORS.length, n),
                    """
                    CREATE TEMP TABLE arts AS
                    SELECT a, 'bench-' || a AS id,
                           CAST(DATE '2020-01-01' + CAST(hash(a, 'day') % 2000 AS INTEGER) AS DATE) AS day,
                           string_agg(sentence, '' ORDER BY k) AS text
                    FROM slots GROUP BY a""",
                    """
                    INSERT INTO articles SELECT id, strftime(day, '%Y-%m-%d'), day, 'Bench article ' || a,
                           'source-' || (a % 50), NULL, text, sha256(text), 60, TIMESTAMP '2025-01-01', 'bench', NULL
                    FROM arts""",
                    """
                    INSERT INTO actors SELECT 'bench-' || a, 'a' || (k + 1), k, name, 'person', country, 'GOV', code,
                           NULL FROM slots""",
                    """
                    INSERT INTO mentions SELECT 'bench-' || a, 'a' || (k + 1), 0, off, off + length(name), name
                    FROM slots""",
                    """
                    INSERT INTO places SELECT 'bench-' || r.range, 'p' || (s.range + 1), s.range, p.name, p.country,
                           CAST(p.lat AS DOUBLE), CAST(p.lon AS DOUBLE), NULL, 'city', '[]'
                    FROM range(%d) r CROSS JOIN range(2) s
                    JOIN pool_places p ON p.i = CAST(hash(r.range * 2 + s.range, 'place') %% %d AS INTEGER)"""
                            .formatted(n, PLACES.length),
                    """
                    CREATE TEMP TABLE evs AS
                    SELECT r.range AS a, e.range AS e, k.cameo, k.quad, k.goldstein,
                           CAST(hash(r.range * 4 + e.range, 'source') %% 6 AS INTEGER) AS sk,
                           CAST(hash(r.range * 4 + e.range, 'target') %% 6 AS INTEGER) AS tk,
                           CASE WHEN hash(r.range * 4 + e.range, 'place') %% 2 = 0 THEN 'p1' END AS place_id,
                           CASE WHEN hash(r.range * 4 + e.range, 'modality') %% 10 = 0 THEN 'negated'
                                ELSE 'asserted' END AS modality
                    FROM range(%d) r CROSS JOIN range(4) e
                    JOIN pool_codes k ON k.i = CAST(hash(r.range * 4 + e.range, 'code') %% %d AS INTEGER)"""
                            .formatted(n, CODES.length),
                    """
                    INSERT INTO events SELECT 'bench-' || v.a, 'e' || (v.e + 1), v.e, 'a' || (v.sk + 1),
                           'a' || (v.tk + 1), v.cameo, NULL, v.quad, v.goldstein, strftime(t.day, '%Y-%m-%d'), t.day,
                           t.day, v.place_id, v.modality, 0.8, 0, 40, substring(t.text, 1, 40), '[]',
                           s.name, s.code, s.country, g.name, g.code, g.country, p.name, upper(p.country), NULL
                    FROM evs v JOIN arts t ON t.a = v.a
                    JOIN slots s ON s.a = v.a AND s.k = v.sk JOIN slots g ON g.a = v.a AND g.k = v.tk
                    LEFT JOIN places p ON p.article_id = t.id AND p.place_id = v.place_id""",
                    """
                    INSERT INTO quotes SELECT t.id, 'q' || (q.range + 1), q.range,
                           substring(t.text, CASE q.range WHEN 0 THEN 51 ELSE 101 END,
                                     CASE q.range WHEN 0 THEN 30 ELSE 40 END),
                           CASE q.range WHEN 0 THEN 'direct' ELSE 'indirect' END, 'speech', 'a' || (q.range + 1),
                           NULL, NULL, NULL, NULL, NULL, NULL, CASE q.range WHEN 0 THEN 50 ELSE 100 END,
                           CASE q.range WHEN 0 THEN 80 ELSE 140 END, NULL
                    FROM arts t CROSS JOIN range(2) q""",
                    // the registry: one actor per pool name, keyed as the store keys people (name and country)
                    """
                    INSERT INTO registry_actors (actor_key, kind, name, country, sector, code)
                    SELECT 'person:' || lower(name) || '|' || coalesce(country, ''), 'person', name, country, 'GOV',
                           code FROM pool_actors""",
                    """
                    INSERT INTO actor_links SELECT 'bench-' || a, 'a' || (k + 1),
                           'person:' || lower(name) || '|' || coalesce(country, '') FROM slots""",
                    "INSERT INTO article_signatures SELECT id, '', id, NULL FROM arts",
                    """
                    INSERT INTO event_links
                    SELECT e.article_id, e.event_id, m.merge_key,
                           (('0x' || substr(sha256(m.merge_key), 1, 16))::UBIGINT & 9223372036854775807::UBIGINT)::BIGINT,
                           e.event_date, m.source_key, m.target_key, m.place_key, 1, e.date_first, e.date_last,
                           e.cameo, e.plover, e.quad, e.goldstein, e.modality, e.confidence, e.evidence_start,
                           e.evidence_end, e.evidence_text, a.source, a.url, a.published, a.ingested_at, a.id,
                           p.name, upper(p.country), p.lat, p.lon, p.geonameid, p.precision
                    FROM events e JOIN articles a ON a.id = e.article_id
                    JOIN actor_links ls ON ls.article_id = e.article_id AND ls.actor_id = e.source_actor
                    JOIN actor_links lt ON lt.article_id = e.article_id AND lt.actor_id = e.target_actor
                    LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id,
                    LATERAL (SELECT ls.actor_key AS source_key, lt.actor_key AS target_key,
                                    CASE WHEN p.name IS NULL THEN NULL ELSE 'place:' || lower(p.name) END AS place_key,
                                    concat_ws('|', e.event_date, ls.actor_key, lt.actor_key, e.cameo,
                                              coalesce(CASE WHEN p.name IS NULL THEN NULL
                                                            ELSE 'place:' || lower(p.name) END, ''),
                                              e.modality) AS merge_key) m""",
                    """
                    INSERT INTO merged_events
                    SELECT l.merge_key, any_value(l.event_uid), any_value(l.day_key), min(l.date_first),
                           max(l.date_last), l.source_key, any_value(s.name), any_value(s.code), any_value(s.country),
                           any_value(s.sector), l.target_key, any_value(t.name), any_value(t.code),
                           any_value(t.country), any_value(t.sector), any_value(l.cameo), any_value(l.plover),
                           any_value(l.quad), avg(l.goldstein), any_value(l.place_key), any_value(l.place_name),
                           any_value(l.place_country), any_value(l.lat), any_value(l.lon), any_value(l.geonameid),
                           any_value(l.place_precision), any_value(l.modality), max(l.confidence), sum(l.mentions),
                           count(DISTINCT l.dup_root), count(DISTINCT l.article_id), count(DISTINCT l.outlet),
                           string_agg(DISTINCT l.outlet, '; ' ORDER BY l.outlet), bool_or(l.evidence_start = 0),
                           min(l.article_id), NULL, min(l.ingested_at)
                    FROM event_links l
                    JOIN registry_actors s ON s.actor_key = l.source_key
                    JOIN registry_actors t ON t.actor_key = l.target_key
                    GROUP BY l.merge_key, l.source_key, l.target_key""",
                    "DROP TABLE slots", "DROP TABLE arts", "DROP TABLE evs")) {
                s.execute(sql);
            }
        }
        store.recountActors();
        store.rebuildWordIndex();
    }

    private static ExtractedArticle article(int i, Random random) {
        StringBuilder text = new StringBuilder();
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            String[] pick = ACTORS[random.nextInt(ACTORS.length)];
            int start = text.length();
            text.append(pick[0]);
            actors.add(new Actor("a" + (a + 1), pick[0], ActorKind.PERSON, pick[2], "GOV", pick[1], null,
                    List.of(TextSpan.of(text.toString(), start, text.length()))));
            text.append(" met officials to discuss a ceasefire and trade. ");
        }
        List<Place> places = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            String[] pick = PLACES[random.nextInt(PLACES.length)];
            places.add(new Place("p" + (p + 1), pick[0], pick[1], Double.parseDouble(pick[2]),
                    Double.parseDouble(pick[3]), null, "city", List.of()));
        }
        String body = text.toString();
        String published = java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)).toString();
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            int c = random.nextInt(CODES.length);
            events.add(new Event("e" + (e + 1), "a" + (1 + random.nextInt(6)), "a" + (1 + random.nextInt(6)), CODES[c],
                    null, QUADS[c], QUADS[c] > 2 ? -5 : 3, published, random.nextBoolean() ? "p1" : null,
                    random.nextInt(10) == 0 ? Modality.NEGATED : Modality.ASSERTED, 0.8,
                    TextSpan.of(body, 0, 40), List.of()));
        }
        List<Quote> quotes = List.of(
                new Quote("q1", body.substring(50, 80), QuoteKind.DIRECT, SpeechAct.SPEECH, "a1", null, null, 50, 80,
                        null),
                new Quote("q2", body.substring(100, 140), QuoteKind.INDIRECT, SpeechAct.SPEECH, "a2", null, null, 100,
                        140, null));
        Article article = new Article("bench-" + i, published, "Bench article " + i, "source-" + (i % 50), null, body);
        return new ExtractedArticle(article, new Extraction(article.id(), published, actors, quotes, events,
                List.of(), places));
    }
}
