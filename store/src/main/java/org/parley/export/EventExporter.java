package org.parley.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.PloverMapping;
import org.parley.extract.Extraction;
import org.parley.extract.Magnitude;
import org.parley.extract.Modality;
import org.parley.json.ParleyJson;
import org.parley.query.EventFilterSql;
import org.parley.query.EventQuery;
import org.parley.query.EvidenceRef;
import org.parley.query.MergedEventSearch;
import org.parley.query.SqlConditions;

/**
 * Writes a store's events to a file in one of the {@link ExportFormat}s, filtered by an {@link EventQuery}
 * (its limit and offset are ignored: an export writes every match). Nothing is held whole in memory: CSV and
 * Parquet are written by DuckDB's {@code COPY}, the others page through the store {@value #PAGE} records at a
 * time in key order.
 *
 * <p>GDELT and PLOVER are tables of what happened: they hold asserted merged events only, unless
 * {@code allModalities} (then the GDELT rows get a trailing modality column, and PLOVER records carry
 * {@code modality} always). A modality filter in the query wins over both. CSV, Parquet and JSONL keep every
 * modality (each row says which).
 *
 * <p>GDELT columns left empty because Parley does not produce them: ethnic and religion codes, second and third
 * type codes, AvgTone, actor geography, ADM1/ADM2 codes. ActionGeo_CountryCode holds the place's FIPS 10-4 code
 * as GDELT's does ({@link FipsCountryCodes}: Germany GM, not ISO's DE; empty where FIPS has none); ActionGeo_FeatureID
 * holds the GeoNames id; IsRootEvent is 1 when an evidence sentence opens its article.
 *
 * <p>Not thread-safe: one export per instance, on the connection it was given.
 */
public final class EventExporter {

    static final int PAGE = 5_000;

    /** The GDELT 2.0 event table's columns, in order (GDELT 2.0 Event Codebook; shared/reference/gdelt). */
    public static final List<String> GDELT_COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode",
            "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code",
            "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode",
            "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code",
            "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
            "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
            "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName",
            "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long",
            "Actor2Geo_FeatureID", "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode",
            "ActionGeo_ADM1Code", "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
            "DATEADDED", "SOURCEURL");

    /** The flat {@link EventExportRow} columns, named as {@link EventExportRow#COLUMNS}; %s: the magnitudes. */
    private static final String FLAT_SELECT_FORMAT = """
            SELECT e.article_id AS article_id, a.url AS article_url, a.source AS article_source,
                   a.published AS article_published, e.event_id AS event_id, e.event_date AS event_date,
                   e.source_actor AS source_actor_id, s.name AS source_name, s.kind AS source_kind,
                   s.country AS source_country, s.sector AS source_sector, s.code AS source_code,
                   s.title AS source_title,
                   e.target_actor AS target_actor_id, t.name AS target_name, t.kind AS target_kind,
                   t.country AS target_country, t.sector AS target_sector, t.code AS target_code,
                   t.title AS target_title,
                   e.cameo AS cameo, e.plover AS plover, e.quad AS quad, e.goldstein AS goldstein,
                   e.modality AS modality, e.confidence AS confidence,
                   e.place_id AS place_id, p.name AS place_name, p.country AS place_country, p.lat AS place_lat,
                   p.lon AS place_lon, p.geonameid AS place_geonameid, p.precision AS place_precision,
                   e.evidence_start AS evidence_start, e.evidence_end AS evidence_end,
                   e.evidence_text AS evidence_text,
                   %s
            FROM events e
            JOIN articles a ON a.id = e.article_id
            LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
            LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
            LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id""";

    /** The flat {@link EventExportRow} columns, named as {@link EventExportRow#COLUMNS}. */
    static final String FLAT_SELECT = FLAT_SELECT_FORMAT.formatted(String.join(",\n       ",
            EventExportRow.MAGNITUDE_COLUMNS.stream().map(EventExporter::largestOf).toList()));

    /**
     * The largest count of one magnitude kind in {@code events.magnitudes_json} (schema 6; Jackson's
     * {@code {"kind":"dead","count":12,...}} objects), named as the kind: null without one.
     */
    private static String largestOf(String kind) {
        return "list_max(list_transform(list_filter(CAST(e.magnitudes_json AS JSON[]), lambda x: x->>'kind' = '"
                + kind + "'), lambda x: CAST(x->>'count' AS BIGINT))) AS " + kind;
    }

    private static final String MERGED_SELECT = """
            SELECT m.merge_key, m.event_uid, m.event_date, m.date_first,
                   m.source_key, m.source_name, m.source_code, m.source_country, m.source_sector,
                   m.target_key, m.target_name, m.target_code, m.target_country, m.target_sector,
                   m.cameo, m.plover, m.quad, m.goldstein, m.place_name, m.place_country, m.lat, m.lon,
                   m.geonameid, m.place_precision, m.modality, m.num_mentions, m.num_articles, m.num_sources,
                   m.root_event, m.first_added, m.first_url
            FROM merged_events m""";

    private static final Set<String> GROUP_SECTORS = Set.of("IGO", "NGO");
    private static final DateTimeFormatter ADDED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private static final FipsCountryCodes FIPS = FipsCountryCodes.builtIn();

    private final Connection c;
    private final ExtractionLookup lookup;

    public EventExporter(Connection c, ExtractionLookup lookup) {
        this.c = c;
        this.lookup = lookup;
    }

    /**
     * Writes the matching events to {@code out} (replacing it).
     *
     * @throws UncheckedIOException when the file cannot be written (the message names it)
     */
    public ExportSummary export(EventQuery filter, ExportFormat format, boolean allModalities, Path out)
            throws SQLException {
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            long rows = switch (format) {
                case CSV -> copy(filter, out, "FORMAT CSV, HEADER");
                case PARQUET -> copy(filter, out, "FORMAT PARQUET");
                case GDELT -> merged(filter, allModalities, out, true);
                case PLOVER -> merged(filter, allModalities, out, false);
                case JSONL -> jsonl(filter, out);
            };
            return new ExportSummary(format, out, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": cannot write export: " + e.getMessage(), e);
        }
    }

    private long copy(EventQuery filter, Path out, String options) throws SQLException {
        SqlConditions where = EventFilterSql.EVENTS.conditions(filter);
        // a file name cannot be a parameter of COPY: it is quoted as an SQL string literal instead
        String target = out.toAbsolutePath().toString().replace("'", "''");
        String sql = "COPY (" + FLAT_SELECT + where.where() + " ORDER BY e.article_id, e.seq) TO '" + target
                + "' (" + options + ")";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps);
            if (ps.execute()) {
                try (ResultSet r = ps.getResultSet()) {
                    return r.next() ? r.getLong(1) : 0;
                }
            }
            return ps.getUpdateCount();
        }
    }

    private long merged(EventQuery filter, boolean allModalities, Path out, boolean gdelt)
            throws SQLException, IOException {
        EventQuery q = filter.modality() == null && !allModalities ? filter.withModality(Modality.ASSERTED) : filter;
        SqlConditions where = EventFilterSql.MERGED.conditions(q);
        String conditions = where.where();
        String sql = MERGED_SELECT + (conditions.isEmpty() ? " WHERE " : conditions + " AND ") + "m.merge_key > ?"
                + (gdelt ? "" : " AND m.plover IS NOT NULL") + " ORDER BY m.merge_key LIMIT " + PAGE;
        CameoCodebook codebook = gdelt ? null : CameoCodebook.loadBuiltIn();
        long rows = 0;
        String after = "";
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PreparedStatement ps = c.prepareStatement(sql)) {
            while (true) {
                int next = where.bind(ps);
                ps.setString(next, after);
                List<MergedRecord> page = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        page.add(MergedRecord.of(r));
                    }
                }
                if (page.isEmpty()) {
                    return rows;
                }
                Map<String, List<EvidenceRef>> evidence = gdelt ? Map.of()
                        : MergedEventSearch.evidence(c, page.stream().map(MergedRecord::key).toList());
                Map<String, Map<Magnitude.Kind, Long>> magnitudes = gdelt ? Map.of() : magnitudes(evidence);
                for (MergedRecord m : page) {
                    if (gdelt) {
                        w.write(gdeltLine(m, allModalities || filter.modality() != null));
                    } else {
                        w.write(ParleyJson.line(ploverRecord(m, codebook, evidence.getOrDefault(m.key(), List.of()),
                                magnitudes.getOrDefault(m.key(), Map.of()))));
                    }
                    w.write('\n');
                    rows++;
                }
                after = page.get(page.size() - 1).key();
            }
        }
    }

    private long jsonl(EventQuery filter, Path out) throws SQLException, IOException {
        SqlConditions where = EventFilterSql.EVENTS.conditions(filter);
        String conditions = where.where();
        // with no filter every article is written, those without events too
        String sql = conditions.isEmpty()
                ? "SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT " + PAGE
                : "SELECT DISTINCT e.article_id FROM events e JOIN articles a ON a.id = e.article_id "
                + "LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source_actor "
                + "LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target_actor "
                + "LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id"
                + conditions + " AND e.article_id > ? ORDER BY 1 LIMIT " + PAGE;
        long rows = 0;
        String after = "";
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             PreparedStatement ps = c.prepareStatement(sql)) {
            while (true) {
                int next = where.bind(ps);
                ps.setString(next, after);
                List<String> ids = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
                if (ids.isEmpty()) {
                    return rows;
                }
                for (String id : ids) {
                    Optional<Extraction> x = lookup.extraction(c, id);
                    if (x.isPresent()) {
                        w.write(ParleyJson.line(x.get()));
                        w.write('\n');
                        rows++;
                    }
                }
                after = ids.get(ids.size() - 1);
            }
        }
    }

    /**
     * The largest figure of each magnitude kind over the evidence of each merged event, read from the stored events
     * the evidence links name (by article, in chunks); merged events without any are absent.
     */
    private Map<String, Map<Magnitude.Kind, Long>> magnitudes(Map<String, List<EvidenceRef>> evidence)
            throws SQLException {
        Map<String, String> keyOfEvent = new HashMap<>();
        evidence.forEach((key, refs) -> refs.forEach(ref -> keyOfEvent.put(ref.articleId() + "\u0000" + ref.eventId(),
                key)));
        List<String> articles = evidence.values().stream().flatMap(List::stream).map(EvidenceRef::articleId)
                .distinct().toList();
        Map<String, Map<Magnitude.Kind, Long>> out = new HashMap<>();
        for (int from = 0; from < articles.size(); from += MAGNITUDE_CHUNK) {
            List<String> chunk = articles.subList(from, Math.min(articles.size(), from + MAGNITUDE_CHUNK));
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, event_id, magnitudes_json FROM events "
                    + "WHERE magnitudes_json IS NOT NULL AND magnitudes_json <> '[]' AND article_id IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String key = keyOfEvent.get(r.getString(1) + "\u0000" + r.getString(2));
                        if (key == null) {
                            continue;
                        }
                        Map<Magnitude.Kind, Long> largest = out.computeIfAbsent(key,
                                k -> new java.util.EnumMap<>(Magnitude.Kind.class));
                        for (Magnitude mg : ParleyJson.mapper().readValue(r.getString(3), MAGNITUDE_LIST)) {
                            largest.merge(mg.kind(), mg.count(), Math::max);
                        }
                    }
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new SQLException("stored magnitudes are not JSON: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    private static final int MAGNITUDE_CHUNK = 500;
    private static final com.fasterxml.jackson.core.type.TypeReference<List<Magnitude>> MAGNITUDE_LIST =
            new com.fasterxml.jackson.core.type.TypeReference<>() {
            };

    // ---- GDELT

    private static String gdeltLine(MergedRecord m, boolean withModality) {
        List<String> f = new ArrayList<>(GDELT_COLUMNS.size() + 1);
        LocalDate d = m.dateFirst();
        f.add(Long.toString(m.uid()));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(),
                d.getDayOfMonth()));
        f.add(d == null ? "" : String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue()));
        f.add(d == null ? "" : Integer.toString(d.getYear()));
        // GDELT's own approximation: (month * 30 + day) / 365 as the fraction of the year
        f.add(d == null ? "" : String.format(Locale.ROOT, "%.4f",
                d.getYear() + (d.getMonthValue() * 30 + d.getDayOfMonth()) / 365.0));
        actor(f, m.sourceName(), m.sourceCode(), m.sourceCountry(), m.sourceSector());
        actor(f, m.targetName(), m.targetCode(), m.targetCountry(), m.targetSector());
        f.add(m.rootEvent() ? "1" : "0");
        String cameo = m.cameo();
        f.add(cameo);
        f.add(cameo.length() > 3 ? cameo.substring(0, 3) : cameo);
        f.add(cameo.substring(0, Math.min(2, cameo.length())));
        f.add(Integer.toString(m.quad()));
        f.add(number(m.goldstein()));
        f.add(Integer.toString(m.mentions()));
        f.add(Integer.toString(m.sources()));
        f.add(Integer.toString(m.articles()));
        f.add(""); // AvgTone: Parley measures no tone
        for (int side = 0; side < 2; side++) { // actor geography: not produced
            f.add("0");
            for (int i = 0; i < 7; i++) {
                f.add("");
            }
        }
        boolean located = m.lat() != null && m.lon() != null;
        f.add(located ? Integer.toString(geoType(m.placePrecision(), m.placeCountry())) : "0");
        f.add(clean(m.placeName()));
        f.add(clean(FIPS.fipsOf(m.placeCountry()))); // GDELT's geography uses FIPS 10-4, not ISO
        f.add("");
        f.add("");
        f.add(located ? number(m.lat()) : "");
        f.add(located ? number(m.lon()) : "");
        f.add(m.geonameid() == null ? "" : Long.toString(m.geonameid()));
        f.add(m.firstAdded() == null ? "" : m.firstAdded().toLocalDateTime().format(ADDED));
        f.add(clean(m.firstUrl()));
        if (withModality) {
            f.add(m.modality());
        }
        return String.join("\t", f);
    }

    private static void actor(List<String> f, String name, String code, String country, String sector) {
        f.add(clean(code));
        f.add(clean(name == null ? null : name.toUpperCase(Locale.ROOT)));
        f.add(clean(country));
        f.add(sector != null && GROUP_SECTORS.contains(sector) ? clean(code) : "");
        f.add("");
        f.add("");
        f.add("");
        f.add(clean(sector));
        f.add("");
        f.add("");
    }

    /** GDELT geo types: 1 country, 2 US state, 3 US city or landmark, 4 world city or landmark, 5 world state. */
    static int geoType(String precision, String countryAlpha2) {
        boolean us = "US".equalsIgnoreCase(countryAlpha2);
        String p = precision == null ? "" : precision.toLowerCase(Locale.ROOT);
        return switch (p) {
            case "country" -> 1;
            case "region" -> us ? 2 : 5;
            default -> us ? 3 : 4;
        };
    }

    private static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v)
                : String.format(Locale.ROOT, "%s", v);
    }

    /** Tabs and line breaks would break the row: they become spaces. */
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
    }

    // ---- PLOVER

    private static ObjectNode ploverRecord(MergedRecord m, CameoCodebook codebook, List<EvidenceRef> evidence,
                                           Map<Magnitude.Kind, Long> magnitudes) {
        ObjectNode o = ParleyJson.mapper().createObjectNode();
        o.put("id", Long.toString(m.uid()));
        o.put("date", m.date());
        o.put("event_type", m.plover());
        List<PloverMapping> mappings = codebook.ploverMappings(m.cameo());
        PloverMapping mapping = mappings.stream().filter(x -> x.type().equals(m.plover())).findFirst().orElse(null);
        o.put("mode", mapping == null || mapping.mode().isEmpty() ? null : mapping.mode());
        ArrayNode contexts = o.putArray("contexts");
        if (mapping != null) {
            mapping.contexts().forEach(contexts::add);
        }
        o.put("cameo", m.cameo());
        o.put("quad_class", m.quad());
        o.put("goldstein", m.goldstein());
        o.put("modality", m.modality());
        o.set("actor", ploverActor(m.sourceKey(), m.sourceName(), m.sourceCode(), m.sourceCountry(),
                m.sourceSector()));
        o.set("recipient", m.targetKey() == null ? null : ploverActor(m.targetKey(), m.targetName(), m.targetCode(),
                m.targetCountry(), m.targetSector()));
        if (m.lat() == null) {
            o.putNull("location");
        } else {
            ObjectNode loc = o.putObject("location");
            loc.put("name", m.placeName());
            loc.put("country", m.placeCountry());
            loc.put("lat", m.lat());
            loc.put("lon", m.lon());
            if (m.geonameid() == null) {
                loc.putNull("geonameid");
            } else {
                loc.put("geonameid", m.geonameid());
            }
        }
        // PLOVER's magnitude fields (issue #5 names dead, injured and size; arrested is Parley's): the largest
        // figure any report states, since tolls told by later reports usually grow; null when none states one
        for (Magnitude.Kind kind : Magnitude.Kind.values()) {
            Long n = magnitudes.get(kind);
            if (n == null) {
                o.putNull(kind.json());
            } else {
                o.put(kind.json(), n);
            }
        }
        o.put("num_mentions", m.mentions());
        o.put("num_articles", m.articles());
        o.put("num_sources", m.sources());
        ArrayNode ev = o.putArray("evidence");
        for (EvidenceRef e : evidence) {
            ObjectNode x = ev.addObject();
            x.put("article_id", e.articleId());
            x.put("event_id", e.eventId());
            x.put("source", e.outlet());
            x.put("url", e.url());
            x.put("published", e.published());
            x.put("text", e.evidence().text());
        }
        return o;
    }

    private static ObjectNode ploverActor(String key, String name, String code, String country, String sector) {
        ObjectNode a = ParleyJson.mapper().createObjectNode();
        a.put("name", name);
        a.put("country", country);
        a.put("sector", sector);
        a.put("code", code);
        a.put("registry_key", key);
        return a;
    }

    /** One merged_events row as the GDELT and PLOVER writers read it. */
    private record MergedRecord(String key, long uid, String date, LocalDate dateFirst, String sourceKey,
                                String sourceName, String sourceCode, String sourceCountry, String sourceSector,
                                String targetKey, String targetName, String targetCode, String targetCountry,
                                String targetSector, String cameo, String plover, int quad, double goldstein,
                                String placeName, String placeCountry, Double lat, Double lon, Long geonameid,
                                String placePrecision, String modality, int mentions, int articles, int sources,
                                boolean rootEvent, Timestamp firstAdded, String firstUrl) {

        static MergedRecord of(ResultSet r) throws SQLException {
            long geo = r.getLong(23);
            Long geonameid = r.wasNull() ? null : geo;
            return new MergedRecord(r.getString(1), r.getLong(2), r.getString(3), r.getObject(4, LocalDate.class),
                    r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                    r.getString(10), r.getString(11), r.getString(12), r.getString(13), r.getString(14),
                    r.getString(15), r.getString(16), r.getInt(17), r.getDouble(18), r.getString(19),
                    r.getString(20), nullable(r, 21), nullable(r, 22), geonameid, r.getString(24), r.getString(25),
                    r.getInt(26), r.getInt(27), r.getInt(28), r.getBoolean(29), r.getTimestamp(30),
                    r.getString(31));
        }

        private static Double nullable(ResultSet r, int column) throws SQLException {
            double v = r.getDouble(column);
            return r.wasNull() ? null : v;
        }
    }
}
