package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a dyad's series of merged events per day, week or month, with the number of stored articles per period
 * for normalization. Callers normally use {@code ParleyStore.dyadSeries}. Stateless: thread-safe, given one
 * connection per concurrent call.
 *
 * <p>An event counts in a period only when its whole date lies in it: a month-dated event shows in a monthly
 * series, not on the first of the month in a daily one. Periods between the first and last (or {@code from} and
 * {@code to}) without events are included with zero events, so the series has no gaps.
 */
public final class DyadSeries {

    private static final String DIRECTED = "(" + EventFilterSql.registryMatch("m.source_key") + " AND "
            + EventFilterSql.registryMatch("m.target_key") + ")";

    private DyadSeries() {
    }

    public static List<DyadPoint> compute(Connection c, DyadSeriesQuery q) throws SQLException {
        String part = q.period().sqlPart();
        String modality = q.modality() == null ? null : q.modality().json();
        SqlConditions where = new SqlConditions()
                .addIf(q.source(), q.bothDirections() ? "(" + DIRECTED + " OR " + DIRECTED + ")" : DIRECTED,
                        q.bothDirections()
                                ? new Object[] {q.source(), q.source(), q.target(), q.target(),
                                        q.target(), q.target(), q.source(), q.source()}
                                : new Object[] {q.source(), q.source(), q.target(), q.target()})
                .addIf(modality, "m.modality = ?", modality)
                .addIf(q.from(), "m.date_first >= ?", q.from())
                .addIf(q.to(), "m.date_last <= ?", q.to())
                .addIf(part, "m.date_first IS NOT NULL AND date_trunc('" + part + "', m.date_first) = date_trunc('"
                        + part + "', m.date_last)");
        String sql = "SELECT date_trunc('" + part + "', m.date_first)::DATE AS period, count(*), "
                + "sum(m.num_articles), avg(m.goldstein) FROM merged_events m" + where.where()
                + " GROUP BY period ORDER BY period";
        Map<LocalDate, DyadPoint> byPeriod = new HashMap<>();
        LocalDate first = q.from() == null ? null : q.period().start(q.from());
        LocalDate last = q.to() == null ? null : q.period().start(q.to());
        LocalDate minSeen = null;
        LocalDate maxSeen = null;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            where.bind(ps);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    LocalDate p = MergedEventSearch.date(r, 1);
                    byPeriod.put(p, new DyadPoint(p, r.getLong(2), r.getLong(3), r.getDouble(4), 0, null));
                    minSeen = minSeen == null || p.isBefore(minSeen) ? p : minSeen;
                    maxSeen = maxSeen == null || p.isAfter(maxSeen) ? p : maxSeen;
                }
            }
        }
        first = first != null ? first : minSeen;
        last = last != null ? last : maxSeen;
        if (first == null || last == null || last.isBefore(first)) {
            return List.of();
        }
        Map<LocalDate, Long> articles = articlesPerPeriod(c, part, first, q.period().next(last));
        List<DyadPoint> series = new ArrayList<>();
        for (LocalDate p = first; !p.isAfter(last); p = q.period().next(p)) {
            DyadPoint found = byPeriod.get(p);
            long n = articles.getOrDefault(p, 0L);
            long events = found == null ? 0 : found.events();
            series.add(new DyadPoint(p, events, found == null ? 0 : found.articles(),
                    found == null ? null : found.meanGoldstein(), n, n == 0 ? null : events * 1000.0 / n));
        }
        return series;
    }

    private static Map<LocalDate, Long> articlesPerPeriod(Connection c, String part, LocalDate from,
                                                          LocalDate before) throws SQLException {
        Map<LocalDate, Long> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT date_trunc('" + part + "', published_date)::DATE, "
                + "count(*) FROM articles WHERE published_date >= ? AND published_date < ? GROUP BY 1")) {
            ps.setObject(1, from);
            ps.setObject(2, before);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    counts.put(MergedEventSearch.date(r, 1), r.getLong(2));
                }
            }
        }
        return counts;
    }
}
