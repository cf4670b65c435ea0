package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.parley.extract.Modality;
import org.parley.extract.TextSpan;

/**
 * Runs an {@link EventQuery} against a Parley store connection. Callers normally use {@code ParleyStore.events},
 * which supplies a read connection. Stateless: thread-safe, given one connection per concurrent call.
 *
 * <p>Rows come in date order (by the first day of the event's date; undated events last), then by article and
 * the events' order within it, so paging with offsets is stable while nothing is written.
 */
public final class EventSearch {

    private static final String SELECT = """
            SELECT e.article_id, e.event_id,
                   e.source_actor, e.source_name, e.source_code, e.source_country,
                   e.target_actor, e.target_name, e.target_code, e.target_country,
                   e.cameo, e.plover, e.quad, e.goldstein, e.event_date, e.place_id, e.place_name,
                   e.modality, e.confidence, e.evidence_start, e.evidence_end, e.evidence_text
            FROM events e""";

    /** Page order: by date (undated last), then article and the events' order within it. */
    private static final String ORDER = "e.date_first NULLS LAST, e.article_id, e.seq";

    /** Articles per parameterized IN list. */
    private static final int CHUNK = 500;

    private EventSearch() {
    }

    /**
     * The events matching {@code q}.
     *
     * <p>Two steps: the keys of the page (filter, sort and
     * limit over the narrow filter and sort columns of {@code events} alone: its rows carry their actors' and
     * place's names and countries), then the page's rows through the index on {@code events(article_id)} and
     * the articles' publication dates by primary key. Joining the actors table twice to filter and name the rows
     * took 0.7-3 s on a million events; reading whole rows through the top-N carried every column of every match.
     * The steps are separate statements, not one transaction: a long read snapshot makes DuckDB refuse a concurrent
     * write that replaces rows it still sees (write-write conflict, see the README); a row removed between the
     * steps is left out of the page.
     */
    public static List<EventRow> find(Connection c, EventQuery q) throws SQLException {
        List<EventKey> keys = pageKeys(c, q);
        List<String> articleIds = List.copyOf(new LinkedHashSet<>(keys.stream().map(EventKey::articleId).toList()));
        Map<EventKey, EventRow> byKey = rowsByArticle(c, articleIds);
        Map<String, String> published = published(c, articleIds);
        List<EventRow> rows = new ArrayList<>(keys.size());
        for (EventKey key : keys) {
            EventRow e = byKey.get(key);
            if (e == null) {
                continue; // removed between the two steps
            }
            rows.add(new EventRow(e.articleId(), e.eventId(), published.get(e.articleId()), e.source(),
                    e.target(), e.cameo(), e.plover(), e.quad(), e.goldstein(), e.date(), e.placeId(),
                    e.placeName(), e.modality(), e.confidence(), e.evidence()));
        }
        return rows;
    }

    private record EventKey(String articleId, String eventId) {
    }

    private static List<EventKey> pageKeys(Connection c, EventQuery q) throws SQLException {
        SqlConditions where = EventFilterSql.EVENTS.conditions(c, q);
        String sql = "SELECT e.article_id, e.event_id FROM events e" + where.where() + " ORDER BY " + ORDER
                + " LIMIT ? OFFSET ?";
        List<EventKey> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    keys.add(new EventKey(r.getString(1), r.getString(2)));
                }
            }
        }
        return keys;
    }

    /** Every event of {@code articleIds} (a page names few), without the publication date. */
    private static Map<EventKey, EventRow> rowsByArticle(Connection c, List<String> articleIds) throws SQLException {
        Map<EventKey, EventRow> byKey = new HashMap<>();
        for (List<String> chunk : chunks(articleIds)) {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE e.article_id IN " + placeholders(chunk))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        EventRow row = row(r);
                        byKey.put(new EventKey(row.articleId(), row.eventId()), row);
                    }
                }
            }
        }
        return byKey;
    }

    private static Map<String, String> published(Connection c, List<String> articleIds) throws SQLException {
        Map<String, String> published = new HashMap<>();
        for (List<String> chunk : chunks(articleIds)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, published FROM articles WHERE id IN "
                    + placeholders(chunk))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        published.put(r.getString(1), r.getString(2));
                    }
                }
            }
        }
        return published;
    }

    private static List<List<String>> chunks(List<String> values) {
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < values.size(); from += CHUNK) {
            chunks.add(values.subList(from, Math.min(values.size(), from + CHUNK)));
        }
        return chunks;
    }

    private static String placeholders(List<String> values) {
        return "(" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
    }

    private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }

    private static EventRow row(ResultSet r) throws SQLException {
        ActorRef source = new ActorRef(r.getString(3), r.getString(4), r.getString(5), r.getString(6));
        String targetId = r.getString(7);
        ActorRef target = targetId == null ? null
                : new ActorRef(targetId, r.getString(8), r.getString(9), r.getString(10));
        TextSpan evidence = new TextSpan(r.getInt(20), r.getInt(21), r.getString(22));
        return new EventRow(r.getString(1), r.getString(2), null, source, target, r.getString(11),
                r.getString(12), r.getInt(13), r.getDouble(14), r.getString(15), r.getString(16), r.getString(17),
                Modality.parse(r.getString(18)), r.getDouble(19), evidence);
    }
}
