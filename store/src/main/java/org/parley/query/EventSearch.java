package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
            SELECT e.article_id, e.event_id, a.published,
                   e.source_actor, s.name, s.code, s.country,
                   e.target_actor, t.name, t.code, t.country,
                   e.cameo, e.plover, e.quad, e.goldstein, e.event_date, e.place_id, p.name,
                   e.modality, e.confidence, e.evidence_start, e.evidence_end, e.evidence_text
            FROM events e
            JOIN articles a ON a.id = e.article_id
            LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
            LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target_actor
            LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id""";

    private EventSearch() {
    }

    public static List<EventRow> find(Connection c, EventQuery q) throws SQLException {
        SqlConditions where = EventFilterSql.EVENTS.conditions(q);
        String sql = SELECT + where.where()
                + " ORDER BY e.date_first NULLS LAST, e.article_id, e.seq LIMIT ? OFFSET ?";
        List<EventRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
            }
        }
        return rows;
    }

    private static EventRow row(ResultSet r) throws SQLException {
        ActorRef source = new ActorRef(r.getString(4), r.getString(5), r.getString(6), r.getString(7));
        String targetId = r.getString(8);
        ActorRef target = targetId == null ? null
                : new ActorRef(targetId, r.getString(9), r.getString(10), r.getString(11));
        TextSpan evidence = new TextSpan(r.getInt(21), r.getInt(22), r.getString(23));
        return new EventRow(r.getString(1), r.getString(2), r.getString(3), source, target, r.getString(12),
                r.getString(13), r.getInt(14), r.getDouble(15), r.getString(16), r.getString(17), r.getString(18),
                Modality.parse(r.getString(19)), r.getDouble(20), evidence);
    }
}
