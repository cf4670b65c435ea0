package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
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
import org.parley.extract.TimeRef;
import org.parley.json.ParleyJson;

/**
 * Prints how fast the store writes synthetic articles: {@code ingestBatch} (Appender, one transaction per batch),
 * {@code ingest} (Appender, one transaction per article) and plain row-by-row INSERTs (one prepared statement
 * execution per row, one transaction per batch) into the same schema. A measurement, not a test: it asserts
 * nothing. Run: {@code java -cp <test classpath> org.parley.store.IngestBenchmark [articles] [batch]}.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int batchSize = args.length > 1 ? Integer.parseInt(args[1]) : 500;
        List<ExtractedArticle> articles = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            articles.add(synthetic("bench-" + i));
        }
        long rows = articles.stream().mapToLong(IngestBenchmark::rowCount).sum();
        System.out.printf(Locale.ROOT, "%d articles, %d rows (%.0f per article), batches of %d%n", n, rows,
                (double) rows / n, batchSize);
        Path dir = Files.createTempDirectory("parley-bench");
        // the slow paths run on a sample; rates (articles/s, rows/s) compare across sample sizes
        List<ExtractedArticle> sample = articles.subList(0, Math.min(n, 500));
        long sampleRows = sample.stream().mapToLong(IngestBenchmark::rowCount).sum();
        // run 0 warms the JIT and DuckDB; later runs show the spread
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            try (ParleyStore store = ParleyStore.open(dir.resolve("batch-" + run + ".duckdb"))) {
                for (int from = 0; from < n; from += batchSize) {
                    store.ingestBatch(articles.subList(from, Math.min(n, from + batchSize)));
                }
            }
            report("ingestBatch (Appender), run " + run, t0, n, rows);
        }

        long t0 = System.nanoTime();
        try (ParleyStore store = ParleyStore.open(dir.resolve("single.duckdb"))) {
            for (ExtractedArticle a : sample) {
                store.ingest(a);
            }
        }
        report("ingest, one transaction per article", t0, sample.size(), sampleRows);

        Path rowFile = dir.resolve("rows.duckdb");
        ParleyStore.open(rowFile).close(); // same schema
        t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + rowFile)) {
            c.setAutoCommit(false);
            for (int from = 0; from < sample.size(); from += batchSize) {
                try (RowByRowInserts inserts = new RowByRowInserts(c)) {
                    for (ExtractedArticle a : sample.subList(from, Math.min(sample.size(), from + batchSize))) {
                        inserts.write(a);
                    }
                }
                c.commit();
            }
        }
        report("row-by-row INSERT, one transaction per batch", t0, sample.size(), sampleRows);
    }

    private static void report(String what, long startNanos, int articles, long rows) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "%-48s %7.2f s  %8.0f articles/s  %9.0f rows/s%n", what, seconds,
                articles / seconds, rows / seconds);
    }

    private static long rowCount(ExtractedArticle a) {
        Extraction e = a.extraction();
        return 1 + e.actors().size() + e.actors().stream().mapToLong(x -> x.mentions().size()).sum()
                + e.quotes().size() + e.events().size() + e.times().size() + e.places().size();
    }

    /** A news-sized article (about 3 kB) with 10 actors, 30 mentions, 6 quotes, 8 events, 4 times, 3 places. */
    static ExtractedArticle synthetic(String id) {
        StringBuilder b = new StringBuilder();
        for (int s = 0; s < 24; s++) {
            b.append("Minister Example ").append(s).append(" said on Monday that talks with the delegation would "
                    + "continue next week in the capital. ");
        }
        String text = b.toString();
        int sentence = text.length() / 24;
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            List<TextSpan> mentions = new ArrayList<>();
            for (int m = 0; m < 3; m++) {
                int start = ((a * 3 + m) % 24) * sentence;
                mentions.add(TextSpan.of(text, start, start + 16));
            }
            actors.add(new Actor("a" + a, "Example Actor " + a, ActorKind.PERSON, "USA", "GOV", "USAGOV",
                    "Minister", mentions));
        }
        List<Quote> quotes = new ArrayList<>();
        for (int q = 0; q < 6; q++) {
            int start = q * 3 * sentence;
            quotes.add(new Quote("q" + q, text.substring(start + 30, start + 80), QuoteKind.INDIRECT,
                    SpeechAct.SPEECH, "a" + q, TextSpan.of(text, start, start + 16),
                    TextSpan.of(text, start + 20, start + 24), start + 30, start + 80, null));
        }
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < 8; e++) {
            int start = e * 2 * sentence;
            events.add(new Event("e" + e, "a" + e, "a" + (e + 1), "036", "CONSULT", 1, 4.0, "2025-04-1" + e % 10,
                    null, Modality.PLANNED, 0.7, TextSpan.of(text, start, start + sentence - 1), List.of()));
        }
        List<TimeRef> times = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int start = text.indexOf("Monday", t * sentence);
            times.add(new TimeRef("Monday", "2025-04-14", start, start + 6));
        }
        List<Place> places = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            int start = text.indexOf("capital", p * sentence);
            places.add(new Place("p" + p, "Capital " + p, "US", 38.9, -77.0, 4140963L, "city",
                    List.of(TextSpan.of(text, start, start + 7))));
        }
        return new ExtractedArticle(new Article(id, "2025-04-14", "Title", "Wire", null, text),
                new Extraction(id, "2025-04-14", actors, quotes, events, times, places), 600);
    }

    /** The comparison: one prepared-statement execution per row. */
    private static final class RowByRowInserts implements AutoCloseable {

        private final List<PreparedStatement> statements = new ArrayList<>();
        private final PreparedStatement articles;
        private final PreparedStatement actors;
        private final PreparedStatement mentions;
        private final PreparedStatement quotes;
        private final PreparedStatement events;
        private final PreparedStatement times;
        private final PreparedStatement places;

        RowByRowInserts(Connection c) throws SQLException {
            articles = prepare(c, "articles");
            actors = prepare(c, "actors");
            mentions = prepare(c, "mentions");
            quotes = prepare(c, "quotes");
            events = prepare(c, "events");
            times = prepare(c, "times");
            places = prepare(c, "places");
        }

        /** An INSERT of every column the table has now (migrations add columns; the values must keep up). */
        private PreparedStatement prepare(Connection c, String table) throws SQLException {
            int columns;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM " + table + " LIMIT 0")) {
                columns = rs.getMetaData().getColumnCount();
            }
            PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " VALUES ("
                    + String.join(", ", Collections.nCopies(columns, "?")) + ")");
            statements.add(ps);
            return ps;
        }

        private static void run(PreparedStatement ps, Object... values) throws SQLException {
            int columns = ps.getParameterMetaData().getParameterCount();
            if (values.length != columns) {
                throw new IllegalStateException("the table has " + columns + " columns, the benchmark writes "
                        + values.length + ": bring RowByRowInserts up to the schema");
            }
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            ps.executeUpdate();
        }

        void write(ExtractedArticle x) throws SQLException, IOException {
            Article a = x.article();
            String id = a.id();
            run(articles, id, a.published(), a.publicationDate().orElse(null), a.title(), a.source(), a.url(),
                    a.text(), ParleyStore.textSha256(a.text()), x.tokenCount(), LocalDateTime.now(), "bench",
                    "bench-knowledge");
            List<Actor> as = x.extraction().actors();
            Map<String, Actor> actorById = new HashMap<>();
            as.forEach(r -> actorById.put(r.id(), r));
            Map<String, Place> placeById = new HashMap<>();
            x.extraction().places().forEach(p -> placeById.put(p.id(), p));
            for (int i = 0; i < as.size(); i++) {
                Actor r = as.get(i);
                run(actors, id, r.id(), i, r.name(), r.kind().json(), r.country(), r.sector(), r.code(), r.title());
                for (int m = 0; m < r.mentions().size(); m++) {
                    TextSpan s = r.mentions().get(m);
                    run(mentions, id, r.id(), m, s.start(), s.end(), s.text());
                }
            }
            List<Quote> qs = x.extraction().quotes();
            for (int i = 0; i < qs.size(); i++) {
                Quote q = qs.get(i);
                run(quotes, id, q.id(), i, q.text(), q.kind().json(), q.act().json(), q.speaker(),
                        q.source().start(), q.source().end(), q.source().text(), q.cue().start(), q.cue().end(),
                        q.cue().text(), q.start(), q.end(), q.channel());
            }
            List<Event> es = x.extraction().events();
            for (int i = 0; i < es.size(); i++) {
                Event e = es.get(i);
                IsoDateRange d = IsoDateRange.parse(e.date());
                Actor source = actorById.get(e.source());
                Actor target = e.target() == null ? null : actorById.get(e.target());
                Place place = e.place() == null ? null : placeById.get(e.place());
                run(events, id, e.id(), i, e.source(), e.target(), e.cameo(), e.plover(), e.quad(), e.goldstein(),
                        e.date(), d.first(), d.last(), e.place(), e.modality().json(), e.confidence(),
                        e.evidence().start(), e.evidence().end(), e.evidence().text(), "[]",
                        source.name(), source.code(), source.country(),
                        target == null ? null : target.name(), target == null ? null : target.code(),
                        target == null ? null : target.country(),
                        place == null ? null : place.name(), place == null ? null : place.country(),
                        ParleyJson.mapper().writeValueAsString(e.magnitudes()));
            }
            List<TimeRef> ts = x.extraction().times();
            for (int i = 0; i < ts.size(); i++) {
                TimeRef t = ts.get(i);
                run(times, id, i, t.text(), t.value(), t.start(), t.end());
            }
            List<Place> ps = x.extraction().places();
            for (int i = 0; i < ps.size(); i++) {
                Place p = ps.get(i);
                run(places, id, p.id(), i, p.name(), p.country(), p.lat(), p.lon(), p.geonameid(), p.precision(),
                        "[]");
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : statements) {
                ps.close();
            }
        }
    }
}
