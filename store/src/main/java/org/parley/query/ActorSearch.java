package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds actors in the store's actor registry with their aliases and role history. Callers normally use
 * {@code ParleyStore.actors}. Stateless: thread-safe, given one connection per concurrent call.
 *
 * <p>Actors come most-named first (by article count), then by name.
 */
public final class ActorSearch {

    private static final String FIND = """
            SELECT r.actor_key, r.name, r.kind, r.country, r.sector, r.code,
                   count(DISTINCT l.article_id), min(a.published_date), max(a.published_date)
            FROM registry_actors r
            JOIN actor_links l ON l.actor_key = r.actor_key
            JOIN articles a ON a.id = l.article_id""";

    /** Aliases: names and mentions starting with a capital (pronouns and "the president" are not names). */
    private static final String ALIASES = """
            SELECT alias, count(*) AS n FROM (
                SELECT x.name AS alias FROM actor_links l
                JOIN actors x ON x.article_id = l.article_id AND x.actor_id = l.actor_id
                WHERE l.actor_key = ?
                UNION ALL
                SELECT m.text AS alias FROM actor_links l
                JOIN mentions m ON m.article_id = l.article_id AND m.actor_id = l.actor_id
                WHERE l.actor_key = ? AND regexp_matches(m.text, '^[[:upper:]]')
            ) GROUP BY alias ORDER BY n DESC, alias""";

    private static final String TITLES = """
            SELECT any_value(x.title), min(a.published_date), max(a.published_date), count(DISTINCT l.article_id)
            FROM actor_links l
            JOIN actors x ON x.article_id = l.article_id AND x.actor_id = l.actor_id
            JOIN articles a ON a.id = l.article_id
            WHERE l.actor_key = ? AND x.title IS NOT NULL
            GROUP BY lower(x.title) ORDER BY min(a.published_date) NULLS LAST, lower(x.title)""";

    private static final String TEXT = """
            (contains(lower(r.name), lower(?)) OR starts_with(lower(r.code), lower(?))
             OR contains(lower(r.actor_key), lower(?))
             OR r.actor_key IN (SELECT l2.actor_key FROM actor_links l2
                 JOIN actors x2 ON x2.article_id = l2.article_id AND x2.actor_id = l2.actor_id
                 WHERE contains(lower(x2.name), lower(?)))
             OR r.actor_key IN (SELECT l3.actor_key FROM actor_links l3
                 JOIN mentions m3 ON m3.article_id = l3.article_id AND m3.actor_id = l3.actor_id
                 WHERE contains(lower(m3.text), lower(?))))""";

    private ActorSearch() {
    }

    public static List<ActorProfile> find(Connection c, ActorQuery q) throws SQLException {
        SqlConditions where = new SqlConditions()
                .addIf(q.text(), TEXT, q.text(), q.text(), q.text(), q.text(), q.text())
                .addIf(q.country(), "upper(r.country) = upper(?)", q.country());
        String sql = FIND + where.where() + " GROUP BY ALL ORDER BY count(DISTINCT l.article_id) DESC, r.name, "
                + "r.actor_key LIMIT ?";
        List<ActorProfile> bare = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps);
            ps.setInt(next, q.limit());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    bare.add(new ActorProfile(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getInt(7), MergedEventSearch.date(r, 8),
                            MergedEventSearch.date(r, 9), List.of(), List.of()));
                }
            }
        }
        List<ActorProfile> full = new ArrayList<>();
        for (ActorProfile p : bare) {
            full.add(new ActorProfile(p.key(), p.name(), p.kind(), p.country(), p.sector(), p.code(), p.articles(),
                    p.firstSeen(), p.lastSeen(), aliases(c, p.key(), p.name()), titles(c, p.key())));
        }
        return full;
    }

    private static List<String> aliases(Connection c, String key, String name) throws SQLException {
        List<String> aliases = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ALIASES)) {
            ps.setString(1, key);
            ps.setString(2, key);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    if (!r.getString(1).equals(name)) {
                        aliases.add(r.getString(1));
                    }
                }
            }
        }
        return aliases;
    }

    private static List<ActorProfile.TitleSpan> titles(Connection c, String key) throws SQLException {
        List<ActorProfile.TitleSpan> titles = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(TITLES)) {
            ps.setString(1, key);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    titles.add(new ActorProfile.TitleSpan(r.getString(1), MergedEventSearch.date(r, 2),
                            MergedEventSearch.date(r, 3), r.getInt(4)));
                }
            }
        }
        return titles;
    }
}
