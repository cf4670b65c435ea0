package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.extract.Modality;
import org.parley.extract.TextSpan;

/**
 * Runs an {@link EventQuery} against the merged events of a Parley store connection, with the evidence of each
 * row. Callers normally use {@code ParleyStore.mergedEvents}. Stateless: thread-safe, given one connection per
 * concurrent call.
 *
 * <p>Rows come in date order (undated last), then by how many articles report them (most first), then by uid, so
 * paging is stable while nothing is written.
 */
public final class MergedEventSearch {

    private static final String SELECT = """
            SELECT m.merge_key, m.event_uid, m.event_date, m.date_first, m.date_last,
                   m.source_key, m.source_name, m.source_code, m.source_country,
                   m.target_key, m.target_name, m.target_code, m.target_country,
                   m.cameo, m.plover, m.quad, m.goldstein, m.place_name, m.place_country, m.lat, m.lon,
                   m.modality, m.num_mentions, m.num_articles, m.num_reports, m.num_sources
            FROM merged_events m""";

    private MergedEventSearch() {
    }

    /** The merged events matching {@code q}; with {@code withEvidence}, each with its evidence sentences. */
    public static List<MergedEventRow> find(Connection c, EventQuery q, boolean withEvidence) throws SQLException {
        SqlConditions where = EventFilterSql.MERGED.conditions(q);
        String sql = SELECT + where.where()
                + " ORDER BY m.date_first NULLS LAST, m.num_articles DESC, m.event_uid LIMIT ? OFFSET ?";
        List<String> keys = new ArrayList<>();
        List<MergedEventRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                    rows.add(row(r, List.of()));
                }
            }
        }
        if (!withEvidence || rows.isEmpty()) {
            return rows;
        }
        Map<String, List<EvidenceRef>> evidence = evidence(c, keys);
        List<MergedEventRow> full = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            MergedEventRow m = rows.get(i);
            full.add(new MergedEventRow(m.uid(), m.date(), m.dateFirst(), m.dateLast(), m.source(), m.target(),
                    m.cameo(), m.plover(), m.quad(), m.goldstein(), m.placeName(), m.placeCountry(), m.lat(), m.lon(),
                    m.modality(), m.mentions(), m.articles(), m.reports(), m.sources(),
                    evidence.getOrDefault(keys.get(i), List.of())));
        }
        return full;
    }

    /** The evidence of each of {@code mergeKeys}, in article publication order (read from the links alone). */
    public static Map<String, List<EvidenceRef>> evidence(Connection c, List<String> mergeKeys) throws SQLException {
        Map<String, List<EvidenceRef>> byKey = new HashMap<>();
        for (int from = 0; from < mergeKeys.size(); from += 500) {
            List<String> chunk = mergeKeys.subList(from, Math.min(mergeKeys.size(), from + 500));
            String sql = """
                    SELECT l.merge_key, l.article_id, l.event_id, l.outlet, l.url, l.published, l.dup_root,
                           l.evidence_start, l.evidence_end, l.evidence_text
                    FROM event_links l
                    WHERE l.merge_key IN (%s)
                    ORDER BY l.published NULLS LAST, l.article_id, l.evidence_start, l.event_id"""
                    .formatted(String.join(", ", Collections.nCopies(chunk.size(), "?")));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        byKey.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new EvidenceRef(
                                r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                                r.getString(7), new TextSpan(r.getInt(8), r.getInt(9), r.getString(10))));
                    }
                }
            }
        }
        return byKey;
    }

    private static MergedEventRow row(ResultSet r, List<EvidenceRef> evidence) throws SQLException {
        ActorRef source = new ActorRef(r.getString(6), r.getString(7), r.getString(8), r.getString(9));
        String targetKey = r.getString(10);
        ActorRef target = targetKey == null ? null
                : new ActorRef(targetKey, r.getString(11), r.getString(12), r.getString(13));
        return new MergedEventRow(r.getLong(2), r.getString(3), date(r, 4), date(r, 5), source, target,
                r.getString(14), r.getString(15), r.getInt(16), r.getDouble(17), r.getString(18), r.getString(19),
                nullableDouble(r, 20), nullableDouble(r, 21), Modality.parse(r.getString(22)), r.getInt(23),
                r.getInt(24), r.getInt(25), r.getInt(26), evidence);
    }

    static LocalDate date(ResultSet r, int column) throws SQLException {
        return r.getObject(column, LocalDate.class);
    }

    static Double nullableDouble(ResultSet r, int column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }
}
