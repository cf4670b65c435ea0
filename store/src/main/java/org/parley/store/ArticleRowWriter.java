package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Place;
import org.parley.extract.Quote;
import org.parley.extract.TextSpan;
import org.parley.extract.TimeRef;

/**
 * Writes the rows of whole articles (the article and every child row) through DuckDB Appenders, one per table.
 * The Appender fills column chunks in memory and hands them to DuckDB in bulk, which is far faster than one
 * INSERT per row. It joins the connection's transaction only once one is open (DuckDB opens it lazily, at the
 * first statement after auto-commit is turned off): the caller must run a statement first, or each flush commits
 * on its own.
 *
 * <p>Values are appended in the tables' column order, as created by {@link SchemaMigrations}: a new column there
 * needs its value here. Every appender is flushed explicitly before it is closed because DuckDB's {@code close()}
 * does not report a failed flush (a constraint violation would otherwise pass unnoticed and the transaction be
 * silently lost at commit).
 *
 * <p>Not thread-safe: used by the store's single writer under its lock.
 */
final class ArticleRowWriter {

    private final ObjectMapper json;
    private final String parleyVersion;

    ArticleRowWriter(ObjectMapper json, String parleyVersion) {
        this.json = json;
        this.parleyVersion = parleyVersion;
    }

    /** Appends all rows of {@code articles} on {@code c} (whose transaction the caller manages). */
    void append(DuckDBConnection c, List<ExtractedArticle> articles, LocalDateTime ingestedAt) throws SQLException {
        try (DuckDBAppender ap = appender(c, "articles")) {
            for (ExtractedArticle a : articles) {
                appendArticle(ap, a, ingestedAt);
            }
            ap.flush();
        }
        try (DuckDBAppender ap = appender(c, "actors")) {
            for (ExtractedArticle a : articles) {
                List<Actor> actors = a.extraction().actors();
                for (int i = 0; i < actors.size(); i++) {
                    Actor x = actors.get(i);
                    ap.beginRow().append(a.id()).append(x.id()).append(i).append(x.name()).append(x.kind().json());
                    string(ap, countryCode(x.country()));
                    string(ap, x.sector());
                    string(ap, x.code());
                    string(ap, x.title());
                    ap.endRow();
                }
            }
            ap.flush();
        }
        try (DuckDBAppender ap = appender(c, "mentions")) {
            for (ExtractedArticle a : articles) {
                for (Actor x : a.extraction().actors()) {
                    List<TextSpan> mentions = x.mentions();
                    for (int i = 0; i < mentions.size(); i++) {
                        TextSpan m = mentions.get(i);
                        ap.beginRow().append(a.id()).append(x.id()).append(i).append(m.start()).append(m.end())
                                .append(m.text()).endRow();
                    }
                }
            }
            ap.flush();
        }
        try (DuckDBAppender ap = appender(c, "quotes")) {
            for (ExtractedArticle a : articles) {
                List<Quote> quotes = a.extraction().quotes();
                for (int i = 0; i < quotes.size(); i++) {
                    appendQuote(ap, a.id(), i, quotes.get(i));
                }
            }
            ap.flush();
        }
        try (DuckDBAppender ap = appender(c, "events")) {
            for (ExtractedArticle a : articles) {
                Map<String, Actor> actors = new HashMap<>();
                a.extraction().actors().forEach(x -> actors.put(x.id(), x));
                Map<String, Place> places = new HashMap<>();
                a.extraction().places().forEach(p -> places.put(p.id(), p));
                List<Event> events = a.extraction().events();
                for (int i = 0; i < events.size(); i++) {
                    appendEvent(ap, a.id(), i, events.get(i), actors, places);
                }
            }
            ap.flush();
        }
        try (DuckDBAppender ap = appender(c, "times")) {
            for (ExtractedArticle a : articles) {
                List<TimeRef> times = a.extraction().times();
                for (int i = 0; i < times.size(); i++) {
                    TimeRef t = times.get(i);
                    ap.beginRow().append(a.id()).append(i);
                    string(ap, t.text());
                    string(ap, t.value());
                    ap.append(t.start()).append(t.end()).endRow();
                }
            }
            ap.flush();
        }
        try (DuckDBAppender ap = appender(c, "places")) {
            for (ExtractedArticle a : articles) {
                List<Place> places = a.extraction().places();
                for (int i = 0; i < places.size(); i++) {
                    Place p = places.get(i);
                    ap.beginRow().append(a.id()).append(p.id()).append(i);
                    string(ap, p.name());
                    string(ap, countryCode(p.country()));
                    ap.append(p.lat()).append(p.lon());
                    if (p.geonameid() == null) {
                        ap.appendNull();
                    } else {
                        ap.append(p.geonameid().longValue());
                    }
                    string(ap, p.precision());
                    ap.append(toJson(p.mentions())).endRow();
                }
            }
            ap.flush();
        }
    }

    private static DuckDBAppender appender(DuckDBConnection c, String table) throws SQLException {
        return c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
    }

    private void appendArticle(DuckDBAppender ap, ExtractedArticle a, LocalDateTime ingestedAt) throws SQLException {
        Article article = a.article();
        ap.beginRow().append(article.id());
        string(ap, article.published());
        date(ap, article.publicationDate().orElse(null));
        string(ap, article.title());
        string(ap, article.source());
        string(ap, article.url());
        ap.append(article.text()).append(ParleyStore.textSha256(article.text()));
        if (a.tokenCount() == null) {
            ap.appendNull();
        } else {
            ap.append(a.tokenCount().intValue());
        }
        ap.append(ingestedAt).append(parleyVersion);
        string(ap, a.knowledgeSha256());
        ap.endRow();
    }

    private static void appendQuote(DuckDBAppender ap, String articleId, int seq, Quote q) throws SQLException {
        ap.beginRow().append(articleId).append(q.id()).append(seq);
        string(ap, q.text());
        ap.append(q.kind().json()).append(q.act().json());
        string(ap, q.speaker());
        span(ap, q.source());
        span(ap, q.cue());
        ap.append(q.start()).append(q.end());
        string(ap, q.channel());
        ap.endRow();
    }

    /** The event row, then copies of its actors' name, code and country and its place's name and country. */
    private void appendEvent(DuckDBAppender ap, String articleId, int seq, Event e, Map<String, Actor> actors,
                             Map<String, Place> places) throws SQLException {
        ap.beginRow().append(articleId).append(e.id()).append(seq).append(e.source());
        string(ap, e.target());
        ap.append(e.cameo());
        string(ap, e.plover());
        ap.append(e.quad()).append(e.goldstein());
        string(ap, e.date());
        IsoDateRange range = IsoDateRange.parse(e.date());
        date(ap, range == null ? null : range.first());
        date(ap, range == null ? null : range.last());
        string(ap, e.place());
        ap.append(e.modality().json()).append(e.confidence());
        span(ap, e.evidence());
        ap.append(toJson(e.also()));
        actorColumns(ap, actors.get(e.source()));
        actorColumns(ap, e.target() == null ? null : actors.get(e.target()));
        Place place = e.place() == null ? null : places.get(e.place());
        string(ap, place == null ? null : place.name());
        string(ap, place == null ? null : countryCode(place.country()));
        ap.append(toJson(e.magnitudes()));
        ap.endRow();
    }

    /** Three columns: name, code, country; all null for an actor the extraction does not list. */
    private static void actorColumns(DuckDBAppender ap, Actor x) throws SQLException {
        if (x == null) {
            ap.appendNull().appendNull().appendNull();
        } else {
            ap.append(x.name());
            string(ap, x.code());
            string(ap, countryCode(x.country()));
        }
    }

    /**
     * A country code as stored: upper-case, so that filters compare the column to an upper-cased value rather
     * than upper-casing every row they read.
     */
    static String countryCode(String country) {
        return country == null ? null : country.toUpperCase(Locale.ROOT);
    }

    private static void string(DuckDBAppender ap, String value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }

    private static void date(DuckDBAppender ap, LocalDate value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }

    /** Three columns: start, end, text; all null for a missing span. */
    private static void span(DuckDBAppender ap, TextSpan span) throws SQLException {
        if (span == null) {
            ap.appendNull().appendNull().appendNull();
        } else {
            ap.append(span.start()).append(span.end()).append(span.text());
        }
    }

    /** A list of small records (spans, magnitudes) as a JSON column. */
    private String toJson(List<?> items) {
        try {
            return json.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write " + items + " as JSON", e);
        }
    }
}
