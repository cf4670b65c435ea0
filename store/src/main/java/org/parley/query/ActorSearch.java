package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds actors in the store's actor registry with their aliases and role history. Callers normally use
 * {@code ParleyStore.actors}. Stateless: thread-safe, given one connection per concurrent call.
 *
 * <p>Actors come most-named first (by article count), then by name. The counts, days and aliases are the ones the
 * store keeps on each registry actor (schema 7), so finding actors reads the registry and its alias table instead
 * of aggregating every per-article actor row; titles over time likewise come from the registry's title table
 * (schema 9), not from the links of the actors found (~200 ms when 60 actors with 33k links each were listed).
 */
public final class ActorSearch {

    private static final String FIND = """
            SELECT r.actor_key, r.name, r.kind, r.country, r.sector, r.code, r.articles, r.first_seen, r.last_seen
            FROM registry_actors r""";

    /**
     * The text condition over {@code registry_actors r}, with four placeholders (the text each time): the registry
     * name or key contains it, the code starts with it, or any name or mention text an article gave the actor
     * contains it (all case-insensitive).
     */
    public static final String TEXT = """
            (contains(lower(r.name), lower(?)) OR starts_with(lower(r.code), lower(?))
             OR contains(lower(r.actor_key), lower(?))
             OR r.actor_key IN (SELECT s.actor_key FROM registry_aliases s WHERE contains(s.alias_lower, lower(?))))""";

    /** Aliases: names and mentions starting with a capital (pronouns and "the president" are not names). */
    private static final String ALIASES = """
            SELECT actor_key, alias FROM (
                SELECT actor_key, alias,
                       as_name + CASE WHEN regexp_matches(alias, '^[[:upper:]]') THEN as_mention ELSE 0 END AS n
                FROM registry_aliases WHERE actor_key IN (%s))
            WHERE n > 0 ORDER BY actor_key, n DESC, alias""";

    /** Titles over time, kept on the registry by the store (schema 9). */
    private static final String TITLES = """
            SELECT actor_key, title, first_seen, last_seen, articles FROM registry_titles
            WHERE actor_key IN (%s) ORDER BY actor_key, first_seen NULLS LAST, title_lower""";

    private ActorSearch() {
    }

    public static List<ActorProfile> find(Connection c, ActorQuery q) throws SQLException {
        SqlConditions where = new SqlConditions()
                .addIf(q.text(), TEXT, q.text(), q.text(), q.text(), q.text())
                .addIf(q.country(), "r.country = upper(?)", q.country());
        String sql = FIND + where.where() + " ORDER BY r.articles DESC, r.name, r.actor_key LIMIT ?";
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
        if (bare.isEmpty()) {
            return bare;
        }
        List<String> keys = bare.stream().map(ActorProfile::key).toList();
        Map<String, List<String>> aliases = aliases(c, keys);
        Map<String, List<ActorProfile.TitleSpan>> titles = titles(c, keys);
        List<ActorProfile> full = new ArrayList<>();
        for (ActorProfile p : bare) {
            List<String> other = aliases.getOrDefault(p.key(), List.of()).stream()
                    .filter(a -> !a.equals(p.name())).toList();
            full.add(new ActorProfile(p.key(), p.name(), p.kind(), p.country(), p.sector(), p.code(), p.articles(),
                    p.firstSeen(), p.lastSeen(), other, titles.getOrDefault(p.key(), List.of())));
        }
        return full;
    }

    private static String placeholders(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }

    private static Map<String, List<String>> aliases(Connection c, List<String> keys) throws SQLException {
        Map<String, List<String>> aliases = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ALIASES.formatted(placeholders(keys.size())))) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    aliases.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                }
            }
        }
        return aliases;
    }

    private static Map<String, List<ActorProfile.TitleSpan>> titles(Connection c, List<String> keys)
            throws SQLException {
        Map<String, List<ActorProfile.TitleSpan>> titles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(TITLES.formatted(placeholders(keys.size())))) {
            for (int i = 0; i < keys.size(); i++) {
                ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    titles.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new ActorProfile.TitleSpan(
                            r.getString(2), MergedEventSearch.date(r, 3), MergedEventSearch.date(r, 4), r.getInt(5)));
                }
            }
        }
        return titles;
    }
}
