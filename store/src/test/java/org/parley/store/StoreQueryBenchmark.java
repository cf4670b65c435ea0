package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.parley.extract.Modality;
import org.parley.query.ActorQuery;
import org.parley.query.DyadSeriesQuery;
import org.parley.query.EventQuery;
import org.parley.query.SeriesPeriod;

/**
 * Query latency on a synthetic store of many merged events (default 1,000,000), written straight into the tables
 * by SQL (ingesting a million events through the extractor path would measure ingest, not queries). Prints p50 and
 * p99 over repeated runs with random parameters of: the dyad series (monthly, and weekly normalized), the merged
 * event filters (actor + quad, dyad + date range, country + CAMEO root, evidence text), the stored event filter and
 * the actor list (most named, and a name or alias search).
 * Figures are printed, not asserted: the target is p99 below 200 ms.
 *
 * <p>Run: {@code java -cp ... org.parley.store.StoreQueryBenchmark [mergedEvents] [runsPerQuery] [storeFile]}
 * (see README); a store file given is filled when it does not exist and kept, so later runs skip the fill.
 */
public final class StoreQueryBenchmark {

    private static final String[] COUNTRIES = ("USA RUS UKR CHN FRA DEU GBR IRN ISR TUR IND BRA ZAF NGA EGY SAU PAK "
            + "AFG IRQ SYR JPN KOR PRK MEX CAN ARG COL VEN CUB ESP ITA POL HUN SRB GRC ETH KEN SDN SOM LBY TUN DZA MAR "
            + "IDN PHL MYS THA VNM MMR BGD LKA NPL AUS NZL CHL PER BOL UZB KAZ AZE ARM GEO BLR").split(" ");

    /** {@code ActorKeys.uid('k' || r.i)} in SQL: the first 63 bits of the key's SHA-256, as the store writes. */
    private static final String UID =
            "(('0x' || substr(sha256('k' || r.i), 1, 16))::UBIGINT & 9223372036854775807::UBIGINT)::BIGINT";

    private StoreQueryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int merged = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        Path kept = args.length > 2 ? Path.of(args[2]) : null;
        Path dir = kept != null ? kept.toAbsolutePath().getParent() : Files.createTempDirectory("parley-bench");
        Path file = kept != null ? kept : dir.resolve("bench.duckdb");
        boolean fresh = !Files.exists(file);
        try (ParleyStore store = ParleyStore.open(file)) {
            long t0 = System.nanoTime();
            if (fresh) {
                fill(store, merged);
                store.rebuildWordIndex(); // the SQL fill bypasses the writer that keeps the word index
            }
            System.out.printf(Locale.ROOT, "%s %,d merged events, %,d events, %,d articles in %.1f s%n",
                    fresh ? "filled" : "reopened", store.count("merged_events"), store.count("events"),
                    store.count("articles"), (System.nanoTime() - t0) / 1e9);
            Random random = new Random(1);
            IntFunction<String> country = i -> COUNTRIES[random.nextInt(COUNTRIES.length)];
            time("dyad series, month", runs, () -> store.dyadSeries(DyadSeriesQuery.of(country.apply(0),
                    country.apply(0), SeriesPeriod.MONTH)));
            time("dyad series, week, both directions, normalized", runs, () -> store.dyadSeries(
                    new DyadSeriesQuery(country.apply(0), country.apply(0), SeriesPeriod.WEEK, true, null, null,
                            Modality.ASSERTED)));
            time("merged: actor code + quad, first 100", runs, () -> store.mergedEvents(
                    EventQuery.all().withActor(country.apply(0)).withQuad(1 + random.nextInt(4)), false));
            time("merged: dyad + 90-day range, with evidence", runs, () -> {
                LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1900));
                return store.mergedEvents(EventQuery.all().withDyad(country.apply(0), country.apply(0))
                        .withDates(from, from.plusDays(90)), true);
            });
            time("merged: country + CAMEO root, page 5", runs, () -> store.mergedEvents(EventQuery.all()
                    .withCountry(country.apply(0)).withCameoPrefix("19").withPage(100, 400), false));
            time("merged: evidence text", Math.max(5, runs / 5), () -> store.mergedEvents(
                    EventQuery.all().withText("word" + random.nextInt(1000) + "x"), false));
            time("events: country + CAMEO root", runs, () -> store.events(EventQuery.all()
                    .withCountry(country.apply(0)).withCameoPrefix("04")));
            time("actors: most named, first 100", runs, () -> store.actors(new ActorQuery(null, null, 100)));
            time("actors: name or alias search", runs, () -> store.actors(ActorQuery.matching(
                    country.apply(0).toLowerCase(Locale.ROOT) + " gov")));
        } finally {
            if (kept == null) {
                Files.deleteIfExists(file);
                Files.deleteIfExists(dir.resolve("bench.duckdb.wal"));
                Files.deleteIfExists(dir);
            }
        }
    }

    private interface Query {
        Object run();
    }

    private static void time(String name, int runs, Query q) {
        for (int i = 0; i < 3; i++) {
            q.run(); // warm-up
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            q.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf(Locale.ROOT, "%-50s p50 %7.1f ms   p99 %7.1f ms   (%d runs)%n", name, ms[runs / 2],
                ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)], runs);
    }

    /** Writes {@code merged} merged events (one stored event each) over 2020-2025 and one article per 3 events. */
    static void fill(ParleyStore store, int merged) {
        int articles = Math.max(1, merged / 3);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < COUNTRIES.length; i++) {
            values.add("(" + i + ", '" + COUNTRIES[i] + "')");
        }
        String[] codes = {"(0, '036', 'CONSULT', 1, 4.0)", "(1, '042', 'CONSULT', 1, 1.9)",
                "(2, '0256', NULL, 1, 3.0)", "(3, '112', 'ACCUSE', 3, -2.0)", "(4, '163', 'SANCTION', 4, -8.0)",
                "(5, '190', 'ASSAULT', 4, -10.0)", "(6, '061', 'COOPERATE', 2, 6.4)", "(7, '051', 'SUPPORT', 1, 3.4)"};
        int n = COUNTRIES.length;
        store.read(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TEMP TABLE bench_countries (i INTEGER, code VARCHAR)");
                s.execute("INSERT INTO bench_countries VALUES " + String.join(", ", values));
                s.execute("CREATE TEMP TABLE bench_codes (i INTEGER, cameo VARCHAR, plover VARCHAR, quad INTEGER, "
                        + "goldstein DOUBLE)");
                s.execute("INSERT INTO bench_codes VALUES " + String.join(", ", codes));
                s.execute("CREATE TEMP TABLE bench_rows AS SELECT range AS i, "
                        + "DATE '2020-01-01' + CAST(hash(range) % 2000 AS INTEGER) AS d, "
                        + "CAST(hash(range + 1) % " + n + " AS INTEGER) AS si, "
                        + "CAST((hash(range + 1) % " + n + " + 1 + hash(range + 2) % " + (n - 1) + ") % " + n
                        + " AS INTEGER) AS ti, CAST(range % 8 AS INTEGER) AS ci, "
                        + "'art' || (range % " + articles + ") AS article FROM range(" + merged + ")");
                s.execute("INSERT INTO articles SELECT 'art' || range, NULL, "
                        + "DATE '2020-01-01' + CAST(hash(range + 7) % 2000 AS INTEGER), NULL, "
                        + "'outlet' || (range % 50), NULL, '', '', NULL, TIMESTAMP '2025-01-01', 'bench', NULL "
                        + "FROM range(" + articles + ")");
                s.execute("INSERT INTO events SELECT r.article, 'e' || r.i, r.i, 'a' || r.i || 's', "
                        + "'a' || r.i || 't', k.cameo, k.plover, k.quad, k.goldstein, strftime(r.d, '%Y-%m-%d'), r.d, "
                        + "r.d, NULL, CASE WHEN r.i % 5 = 0 THEN 'reported' ELSE 'asserted' END, 0.8, 0, 40, "
                        + "sc.code || ' acted towards ' || tc.code || ' word' || (r.i % 1000) || 'x', '[]', "
                        + "sc.code || ' government', sc.code || 'GOV', sc.code, "
                        + "tc.code || ' government', tc.code || 'GOV', tc.code, NULL, NULL, NULL "
                        + "FROM bench_rows r JOIN bench_codes k ON k.i = r.ci "
                        + "JOIN bench_countries sc ON sc.i = r.si JOIN bench_countries tc ON tc.i = r.ti");
                s.execute("INSERT INTO actors SELECT r.article, 'a' || r.i || 's', 0, sc.code || ' government', "
                        + "'country', sc.code, 'GOV', sc.code || 'GOV', NULL FROM bench_rows r "
                        + "JOIN bench_countries sc ON sc.i = r.si");
                s.execute("INSERT INTO actors SELECT r.article, 'a' || r.i || 't', 1, tc.code || ' government', "
                        + "'country', tc.code, 'GOV', tc.code || 'GOV', NULL FROM bench_rows r "
                        + "JOIN bench_countries tc ON tc.i = r.ti");
                s.execute("INSERT INTO event_links SELECT r.article, 'e' || r.i, 'k' || r.i, " + UID + ", "
                        + "strftime(r.d, '%Y-%m-%d'), 'code:' || sc.code || 'GOV', 'code:' || tc.code || 'GOV', NULL, 1, "
                        + "r.d, r.d, k.cameo, k.plover, k.quad, k.goldstein, "
                        + "CASE WHEN r.i % 5 = 0 THEN 'reported' ELSE 'asserted' END, 0.8, 0, 40, "
                        + "sc.code || ' acted towards ' || tc.code || ' word' || (r.i % 1000) || 'x', "
                        + "'outlet' || (r.i % 50), NULL, strftime(r.d, '%Y-%m-%d'), TIMESTAMP '2025-01-01', r.article, "
                        + "NULL, NULL, NULL, NULL, NULL, NULL "
                        + "FROM bench_rows r JOIN bench_codes k ON k.i = r.ci JOIN bench_countries sc ON sc.i = r.si "
                        + "JOIN bench_countries tc ON tc.i = r.ti");
                s.execute("INSERT INTO merged_events SELECT 'k' || r.i, " + UID + ", strftime(r.d, '%Y-%m-%d'), r.d, r.d, "
                        + "'code:' || sc.code || 'GOV', sc.code || ' government', sc.code || 'GOV', sc.code, 'GOV', "
                        + "'code:' || tc.code || 'GOV', tc.code || ' government', tc.code || 'GOV', tc.code, 'GOV', "
                        + "k.cameo, k.plover, k.quad, k.goldstein, NULL, "
                        + "CASE WHEN r.i % 3 = 0 THEN sc.code || ' City' END, NULL, NULL, NULL, NULL, NULL, "
                        + "CASE WHEN r.i % 5 = 0 THEN 'reported' ELSE 'asserted' END, 0.8, 1 + r.i % 4, 1 + r.i % 3, "
                        + "1 + r.i % 3, 1 + r.i % 2, 'outlet', false, r.article, NULL, TIMESTAMP '2025-01-01' "
                        + "FROM bench_rows r JOIN bench_codes k ON k.i = r.ci "
                        + "JOIN bench_countries sc ON sc.i = r.si JOIN bench_countries tc ON tc.i = r.ti");
                s.execute("INSERT INTO actor_links SELECT r.article, 'a' || r.i || 's', 'code:' || sc.code || 'GOV' "
                        + "FROM bench_rows r JOIN bench_countries sc ON sc.i = r.si");
                s.execute("INSERT INTO actor_links SELECT r.article, 'a' || r.i || 't', 'code:' || tc.code || 'GOV' "
                        + "FROM bench_rows r JOIN bench_countries tc ON tc.i = r.ti");
                s.execute("INSERT INTO registry_actors (actor_key, kind, name, country, sector, code) "
                        + "SELECT 'code:' || code || 'GOV', 'country', code || ' government', code, 'GOV', "
                        + "code || 'GOV' FROM bench_countries");
                // the registry's counts, aliases and titles, as the migrations to schemas 7 and 9 fill them
                for (String sql : SchemaMigrations.ACTOR_COUNTS_BACKFILL) {
                    s.execute(sql);
                }
                s.execute(SchemaMigrations.ACTOR_TITLES_BACKFILL);
                s.execute("DROP TABLE bench_rows");
                s.execute("CHECKPOINT");
            }
            return null;
        });
    }
}
