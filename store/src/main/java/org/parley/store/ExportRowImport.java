package org.parley.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.article.Article;
import org.parley.export.EventExportRow;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Magnitude;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Place;
import org.parley.extract.TextSpan;

/**
 * Loads Parquet files of {@link EventExportRow}s (written by {@code parley export --format parquet} or the cluster
 * job) into a store, through the ordinary {@link ParleyStore#ingestBatch} path, so the actor registry, duplicate
 * clusters and merged events follow.
 *
 * <p>The rows carry events, not whole articles, so each article is rebuilt from its rows: its actors (those the
 * events name, without mentions), places and events (without "also" spans), and a text that holds each evidence
 * sentence at its offsets and spaces elsewhere, so every stored offset still points at its words. Importing a
 * file twice changes nothing (same ids, same rebuilt texts); re-ingesting the real article later replaces the
 * rebuilt one. The files are read by an in-memory DuckDB database, one chunk of articles at a time.
 *
 * <p>Stateless: thread-safe (writes are serialized by the store).
 */
public final class ExportRowImport {

    private static final int ARTICLES_PER_BATCH = 500;

    private ExportRowImport() {
    }

    /**
     * Imports every row of {@code files} into {@code store}.
     *
     * @return how many articles got each result
     * @throws StoreException when a file is missing, not Parquet, or lacks an export column (named)
     */
    public static Map<IngestResult, Integer> importParquet(ParleyStore store, List<Path> files) {
        Map<IngestResult, Integer> counts = new EnumMap<>(IngestResult.class);
        try (Connection mem = DriverManager.getConnection("jdbc:duckdb:")) {
            createTable(mem);
            long seq = 0;
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new StoreException(f + ": no such file");
                }
                Set<String> present = checkColumns(mem, f);
                // files written before the magnitude columns existed import with them null
                List<String> select = EventExportRow.COLUMNS.stream()
                        .map(col -> present.contains(col) ? col : "NULL AS " + col).toList();
                try (PreparedStatement ps = mem.prepareStatement("INSERT INTO export_rows SELECT "
                        + String.join(", ", select) + ", ? + row_number() OVER () FROM read_parquet(?)")) {
                    ps.setLong(1, seq);
                    ps.setString(2, f.toAbsolutePath().toString());
                    seq += ps.executeUpdate();
                } catch (SQLException e) {
                    throw new StoreException(f + ": cannot read as event export rows: " + e.getMessage(), e);
                }
            }
            List<String> ids = new ArrayList<>();
            try (Statement s = mem.createStatement();
                 ResultSet r = s.executeQuery("SELECT DISTINCT article_id FROM export_rows ORDER BY 1")) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            for (int from = 0; from < ids.size(); from += ARTICLES_PER_BATCH) {
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + ARTICLES_PER_BATCH));
                for (IngestResult result : store.ingestBatch(articles(mem, chunk))) {
                    counts.merge(result, 1, Integer::sum);
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException("cannot import " + files + ": " + e.getMessage(), e);
        }
    }

    private static void createTable(Connection mem) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE export_rows (");
        for (String col : EventExportRow.COLUMNS) {
            String type = switch (col) {
                case "quad", "evidence_start", "evidence_end" -> "INTEGER";
                case "goldstein", "confidence", "place_lat", "place_lon" -> "DOUBLE";
                case "place_geonameid", "dead", "injured", "size", "arrested" -> "BIGINT";
                default -> "VARCHAR";
            };
            ddl.append(col).append(' ').append(type).append(", ");
        }
        ddl.append("import_seq BIGINT)");
        try (Statement s = mem.createStatement()) {
            s.execute(ddl.toString());
        }
    }

    /** The file's column names; fails when a column other than a magnitude column is missing. */
    private static Set<String> checkColumns(Connection mem, Path f) {
        Set<String> present = new HashSet<>();
        try (PreparedStatement ps = mem.prepareStatement("SELECT name FROM parquet_schema(?)")) {
            ps.setString(1, f.toAbsolutePath().toString());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    present.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(f + ": not a Parquet file: " + e.getMessage(), e);
        }
        List<String> missing = EventExportRow.COLUMNS.stream()
                .filter(col -> !present.contains(col) && !EventExportRow.MAGNITUDE_COLUMNS.contains(col)).toList();
        if (!missing.isEmpty()) {
            throw new StoreException(f + ": not an event export (missing columns " + missing + ")");
        }
        return present;
    }

    private static List<ExtractedArticle> articles(Connection mem, List<String> ids) throws SQLException {
        Map<String, List<EventExportRow>> rows = new LinkedHashMap<>();
        String sql = "SELECT " + String.join(", ", EventExportRow.COLUMNS) + " FROM export_rows WHERE article_id IN "
                + CrossArticleLinker.placeholders(ids.size()) + " ORDER BY article_id, import_seq";
        try (PreparedStatement ps = mem.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(row(r));
                }
            }
        }
        List<ExtractedArticle> articles = new ArrayList<>();
        for (List<EventExportRow> articleRows : rows.values()) {
            articles.add(rebuild(articleRows));
        }
        return articles;
    }

    private static EventExportRow row(ResultSet r) throws SQLException {
        return new EventExportRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                r.getString(12), r.getString(13), r.getString(14), r.getString(15), r.getString(16),
                r.getString(17), r.getString(18), r.getString(19), r.getString(20), r.getString(21),
                r.getString(22), r.getInt(23), r.getDouble(24), r.getString(25), r.getDouble(26), r.getString(27),
                r.getString(28), r.getString(29), nullableDouble(r, 30), nullableDouble(r, 31), nullableLong(r, 32),
                r.getString(33), r.getInt(34), r.getInt(35), r.getString(36), nullableLong(r, 37),
                nullableLong(r, 38), nullableLong(r, 39), nullableLong(r, 40));
    }

    /** One article from its export rows (all of the same article id). */
    static ExtractedArticle rebuild(List<EventExportRow> rows) {
        EventExportRow first = rows.get(0);
        int length = rows.stream().mapToInt(EventExportRow::evidenceEnd).max().orElse(0);
        char[] text = new char[length];
        java.util.Arrays.fill(text, ' ');
        for (EventExportRow r : rows) {
            if (r.evidenceText().length() == r.evidenceEnd() - r.evidenceStart()) {
                r.evidenceText().getChars(0, r.evidenceText().length(), text, r.evidenceStart());
            }
        }
        String body = new String(text);
        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, Place> places = new LinkedHashMap<>();
        List<Event> events = new ArrayList<>();
        for (EventExportRow r : rows) {
            actors.putIfAbsent(r.sourceActorId(), actor(r.sourceActorId(), r.sourceName(), r.sourceKind(),
                    r.sourceCountry(), r.sourceSector(), r.sourceCode(), r.sourceTitle()));
            if (r.targetActorId() != null) {
                actors.putIfAbsent(r.targetActorId(), actor(r.targetActorId(), r.targetName(), r.targetKind(),
                        r.targetCountry(), r.targetSector(), r.targetCode(), r.targetTitle()));
            }
            if (r.placeId() != null && r.placeLat() != null && r.placeLon() != null) {
                places.putIfAbsent(r.placeId(), new Place(r.placeId(), r.placeName(), r.placeCountry(), r.placeLat(),
                        r.placeLon(), r.placeGeonameid(), r.placePrecision(), List.of()));
            }
            TextSpan evidence = new TextSpan(r.evidenceStart(), r.evidenceEnd(), r.evidenceText());
            events.add(new Event(r.eventId(), r.sourceActorId(), r.targetActorId(), r.cameo(), r.plover(), r.quad(),
                    r.goldstein(), r.eventDate(), places.containsKey(r.placeId()) ? r.placeId() : null,
                    Modality.parse(r.modality()), r.confidence(), evidence, List.of())
                    .withMagnitudes(magnitudes(r)));
        }
        Article article = new Article(first.articleId(), first.articlePublished(), null, first.articleSource(),
                first.articleUrl(), body);
        Extraction extraction = new Extraction(first.articleId(), first.articlePublished(),
                new ArrayList<>(actors.values()), List.of(), events, List.of(), new ArrayList<>(places.values()));
        return new ExtractedArticle(article, extraction);
    }

    /**
     * The magnitudes a row carries. The row keeps only the figure of each kind: whether the text gave it loosely
     * and its words are not exported, so they come back as exact and without text.
     */
    private static List<Magnitude> magnitudes(EventExportRow r) {
        List<Magnitude> out = new ArrayList<>();
        Long[] counts = {r.dead(), r.injured(), r.size(), r.arrested()};
        Magnitude.Kind[] kinds = {Magnitude.Kind.DEAD, Magnitude.Kind.INJURED, Magnitude.Kind.SIZE,
            Magnitude.Kind.ARRESTED};
        for (int i = 0; i < kinds.length; i++) {
            if (counts[i] != null) {
                out.add(new Magnitude(kinds[i], counts[i], false, null));
            }
        }
        return out;
    }

    private static Actor actor(String id, String name, String kind, String country, String sector, String code,
                               String title) {
        ActorKind k = kind == null ? ActorKind.GROUP : ActorKind.valueOf(kind.trim().toUpperCase(Locale.ROOT));
        return new Actor(id, name == null ? id : name, k, country, sector, code, title, List.of());
    }

    private static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    private static Long nullableLong(ResultSet r, int column) throws SQLException {
        long v = r.getLong(column);
        return r.wasNull() ? null : v;
    }
}
