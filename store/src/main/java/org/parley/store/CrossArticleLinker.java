package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Place;
import org.parley.merge.ActorKeys;
import org.parley.merge.MergeKey;
import org.parley.merge.MinHash;

/**
 * Keeps the cross-article tables in step with the article rows, inside the writer's transaction: links each
 * article actor to the actor registry ({@link ActorKeys}), places each article in a near-duplicate cluster
 * ({@link MinHash}), gives each event its {@link MergeKey}, and recomputes the merged events whose evidence
 * changed. Only the merge keys an ingest or removal touches are recomputed, so the cost of a write does not grow
 * with the store beyond the scans of the link tables.
 *
 * <p>Counting: {@code num_reports} counts articles, {@code num_articles} counts near-duplicate clusters (a wire
 * story republished by ten outlets is one article of evidence), {@code num_sources} counts distinct outlets
 * (every republisher is a source; an article without a source counts as an outlet of its own), and
 * {@code num_mentions} counts evidence sentences (an event's evidence plus its "also" spans).
 *
 * <p>Not thread-safe: used by the store's single writer under its lock.
 */
final class CrossArticleLinker {

    private static final int KEYS_PER_STATEMENT = 500;

    private static final String MERGE_SELECT = """
            SELECT l.merge_key, any_value(l.event_uid), any_value(l.day_key),
                   min(coalesce(e.date_first, a.published_date)), max(coalesce(e.date_last, a.published_date)),
                   any_value(l.source_key), any_value(rs.name), any_value(rs.code), any_value(rs.country),
                   any_value(rs.sector),
                   any_value(l.target_key), any_value(rt.name), any_value(rt.code), any_value(rt.country),
                   any_value(rt.sector),
                   any_value(e.cameo), any_value(e.plover), any_value(e.quad), avg(e.goldstein),
                   any_value(l.place_key), any_value(p.name), any_value(p.country), any_value(p.lat),
                   any_value(p.lon), any_value(p.geonameid), any_value(p.precision),
                   any_value(e.modality), max(e.confidence),
                   sum(l.mentions), count(DISTINCT coalesce(sig.dup_root, l.article_id)),
                   count(DISTINCT l.article_id), count(DISTINCT coalesce(a.source, 'article:' || a.id)),
                   string_agg(DISTINCT a.source, '; ' ORDER BY a.source),
                   bool_or(e.evidence_start = 0),
                   arg_min(l.article_id, strftime(a.ingested_at, '%Y%m%d%H%M%S.%f') || a.id),
                   arg_min(a.url, strftime(a.ingested_at, '%Y%m%d%H%M%S.%f') || a.id),
                   min(a.ingested_at)
            FROM event_links l
            JOIN events e ON e.article_id = l.article_id AND e.event_id = l.event_id
            JOIN articles a ON a.id = l.article_id
            LEFT JOIN article_signatures sig ON sig.article_id = l.article_id
            LEFT JOIN registry_actors rs ON rs.actor_key = l.source_key
            LEFT JOIN registry_actors rt ON rt.actor_key = l.target_key
            LEFT JOIN places p ON p.article_id = l.article_id AND p.place_id = e.place_id""";

    /** What removing articles touched: merged events to recompute and registry actors that may now be unused. */
    static final class Changes {
        final Set<String> mergeKeys = new HashSet<>();
        final Set<String> freedActorKeys = new HashSet<>();
    }

    /**
     * Drops the cross-article rows of {@code ids} (called before their article rows are deleted) and re-roots
     * the near-duplicate clusters they led: the earliest remaining member becomes the new root.
     */
    Changes unlink(Connection c, Collection<String> ids) throws SQLException {
        Changes changes = new Changes();
        if (ids.isEmpty()) {
            return changes;
        }
        List<String> all = List.copyOf(ids);
        for (List<String> chunk : chunks(all)) {
            changes.mergeKeys.addAll(strings(c, "SELECT DISTINCT merge_key FROM event_links WHERE article_id IN "
                    + placeholders(chunk.size()), chunk));
            changes.freedActorKeys.addAll(strings(c, "SELECT DISTINCT actor_key FROM actor_links WHERE article_id IN "
                    + placeholders(chunk.size()), chunk));
            for (String table : List.of("actor_links", "event_links", "minhash_buckets")) {
                execute(c, "DELETE FROM " + table + " WHERE article_id IN " + placeholders(chunk.size()), chunk);
            }
        }
        Set<String> removed = new HashSet<>(all);
        // members of clusters whose root goes: the earliest stored member leads what is left of each cluster
        Map<String, List<String>> orphansByRoot = new LinkedHashMap<>();
        for (List<String> chunk : chunks(all)) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT s.dup_root, s.article_id FROM article_signatures s JOIN articles a ON a.id = s.article_id
                    WHERE s.dup_root IN %s ORDER BY s.dup_root, a.ingested_at, s.article_id"""
                    .formatted(placeholders(chunk.size())))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        if (!removed.contains(r.getString(2))) {
                            orphansByRoot.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(r.getString(2));
                        }
                    }
                }
            }
            execute(c, "DELETE FROM article_signatures WHERE article_id IN " + placeholders(chunk.size()), chunk);
        }
        for (List<String> members : orphansByRoot.values()) {
            String newRoot = members.get(0);
            for (List<String> chunk : chunks(members)) {
                List<Object> values = new ArrayList<>();
                values.add(newRoot);
                values.addAll(chunk);
                execute(c, "UPDATE article_signatures SET dup_root = ? WHERE article_id IN "
                        + placeholders(chunk.size()), values);
                changes.mergeKeys.addAll(strings(c, "SELECT DISTINCT merge_key FROM event_links WHERE article_id IN "
                        + placeholders(chunk.size()), chunk));
            }
        }
        return changes;
    }

    /** Links newly appended articles (their rows are already written) and adds their merge keys to {@code changes}. */
    void link(DuckDBConnection c, List<ExtractedArticle> articles, Changes changes) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        linkDuplicates(c, articles);
        Map<String, Map<String, String>> actorKeys = linkActors(c, articles);
        linkEvents(c, articles, actorKeys, changes);
    }

    /** Recomputes the merged events of the touched keys and drops registry actors nothing links to any more. */
    void finish(Connection c, Changes changes) throws SQLException {
        List<String> keys = new ArrayList<>(changes.mergeKeys);
        for (List<String> chunk : chunks(keys)) {
            String in = placeholders(chunk.size());
            execute(c, "DELETE FROM merged_events WHERE merge_key IN " + in, chunk);
            execute(c, "INSERT INTO merged_events " + MERGE_SELECT + " WHERE l.merge_key IN " + in
                    + " GROUP BY l.merge_key", chunk);
        }
        List<String> freed = new ArrayList<>(changes.freedActorKeys);
        for (List<String> chunk : chunks(freed)) {
            execute(c, "DELETE FROM registry_actors WHERE actor_key IN " + placeholders(chunk.size())
                    + " AND actor_key NOT IN (SELECT actor_key FROM actor_links)", chunk);
        }
    }

    /** Empties every cross-article table: the first step of a full rebuild. */
    void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("registry_actors", "actor_links", "article_signatures", "minhash_buckets",
                    "event_links", "merged_events")) {
                s.execute("DELETE FROM " + table);
            }
        }
    }

    // ---- near-duplicates

    private void linkDuplicates(DuckDBConnection c, List<ExtractedArticle> articles) throws SQLException {
        int n = articles.size();
        long[][] sigs = new long[n][];
        long[][] buckets = new long[n][];
        Set<Long> allBuckets = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            sigs[i] = MinHash.signature(articles.get(i).article().text());
            buckets[i] = MinHash.buckets(sigs[i]);
            for (long b : buckets[i]) {
                allBuckets.add(b);
            }
        }
        // stored articles sharing a bucket with any new one
        Map<Long, List<String>> storedByBucket = new HashMap<>();
        Map<String, long[]> storedSig = new HashMap<>();
        Map<String, String> storedRoot = new HashMap<>();
        List<Long> bucketList = new ArrayList<>(allBuckets);
        for (List<Long> chunk : chunks(bucketList)) {
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT b.bucket, s.article_id, s.minhash, s.dup_root
                    FROM minhash_buckets b JOIN article_signatures s ON s.article_id = b.article_id
                    WHERE b.bucket IN """ + placeholders(chunk.size()))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String id = r.getString(2);
                        storedByBucket.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(id);
                        storedSig.computeIfAbsent(id, k -> decode(r));
                        storedRoot.put(id, r.getString(4));
                    }
                }
            }
        }
        Map<Long, List<Integer>> batchByBucket = new HashMap<>();
        try (DuckDBAppender sigAp = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "article_signatures");
             DuckDBAppender bucketAp = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "minhash_buckets")) {
            String[] roots = new String[n];
            for (int i = 0; i < n; i++) {
                String id = articles.get(i).id();
                String bestRoot = id;
                double best = -1;
                Set<String> seenStored = new HashSet<>();
                Set<Integer> seenBatch = new HashSet<>();
                for (long b : buckets[i]) {
                    for (String other : storedByBucket.getOrDefault(b, List.of())) {
                        if (seenStored.add(other)) {
                            double sim = MinHash.similarity(sigs[i], storedSig.get(other));
                            if (sim >= MinHash.DUPLICATE_THRESHOLD && sim > best) {
                                best = sim;
                                bestRoot = storedRoot.get(other);
                            }
                        }
                    }
                    for (int j : batchByBucket.getOrDefault(b, List.of())) {
                        if (seenBatch.add(j)) {
                            double sim = MinHash.similarity(sigs[i], sigs[j]);
                            if (sim >= MinHash.DUPLICATE_THRESHOLD && sim > best) {
                                best = sim;
                                bestRoot = roots[j];
                            }
                        }
                    }
                }
                roots[i] = bestRoot;
                for (long b : buckets[i]) {
                    batchByBucket.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
                    bucketAp.beginRow().append(b).append(id).endRow();
                }
                sigAp.beginRow().append(id).append(MinHash.encode(sigs[i])).append(bestRoot);
                if (best < 0) {
                    sigAp.appendNull();
                } else {
                    sigAp.append(best);
                }
                sigAp.endRow();
            }
            sigAp.flush();
            bucketAp.flush();
        }
    }

    private static long[] decode(ResultSet r) {
        try {
            return MinHash.decode(r.getString(3));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a stored signature", e);
        }
    }

    // ---- actors

    /** Links every actor of the articles to the registry; returns article id -> actor id -> registry key. */
    private Map<String, Map<String, String>> linkActors(DuckDBConnection c, List<ExtractedArticle> articles)
            throws SQLException {
        Map<String, Map<String, String>> keys = new HashMap<>();
        Map<String, Actor> newEntries = new LinkedHashMap<>(); // key -> the actor first seen with it
        // full keys first, so that a surname can find a person registered by the same batch
        for (ExtractedArticle a : articles) {
            Map<String, String> byId = keys.computeIfAbsent(a.id(), k -> new HashMap<>());
            for (Actor x : a.extraction().actors()) {
                String key = ActorKeys.key(x);
                if (key != null) {
                    byId.put(x.id(), key);
                    newEntries.putIfAbsent(key, x);
                }
            }
        }
        Set<String> pendingPeople = new HashSet<>();
        newEntries.keySet().stream().filter(k -> k.startsWith("person:")).forEach(pendingPeople::add);
        for (ExtractedArticle a : articles) {
            Map<String, String> byId = keys.get(a.id());
            for (Actor x : a.extraction().actors()) {
                if (byId.containsKey(x.id())) {
                    continue;
                }
                String key = resolveSurname(c, x, pendingPeople);
                if (key == null) {
                    key = ActorKeys.articleScoped(x, a.id());
                    newEntries.putIfAbsent(key, x);
                }
                byId.put(x.id(), key);
            }
        }
        Set<String> stored = new HashSet<>();
        for (List<String> chunk : chunks(new ArrayList<>(newEntries.keySet()))) {
            stored.addAll(strings(c, "SELECT actor_key FROM registry_actors WHERE actor_key IN "
                    + placeholders(chunk.size()), chunk));
        }
        try (DuckDBAppender reg = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "registry_actors");
             DuckDBAppender links = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "actor_links")) {
            for (Map.Entry<String, Actor> e : newEntries.entrySet()) {
                if (stored.contains(e.getKey())) {
                    continue;
                }
                Actor x = e.getValue();
                reg.beginRow().append(e.getKey()).append(x.kind().json()).append(x.name());
                string(reg, x.country());
                string(reg, x.sector());
                string(reg, x.code());
                reg.endRow();
            }
            for (ExtractedArticle a : articles) {
                for (Map.Entry<String, String> e : keys.get(a.id()).entrySet()) {
                    links.beginRow().append(a.id()).append(e.getKey()).append(e.getValue()).endRow();
                }
            }
            reg.flush();
            links.flush();
        }
        return keys;
    }

    /** The one registered (or batch-pending) person of the actor's country with this last name, or null. */
    private static String resolveSurname(Connection c, Actor x, Set<String> pendingPeople) throws SQLException {
        String surname = ActorKeys.surname(x);
        String country = x.country() == null ? "" : x.country().toUpperCase(java.util.Locale.ROOT);
        String suffix = " " + surname + "|" + country;
        Set<String> matches = new HashSet<>();
        for (String k : pendingPeople) {
            if (k.endsWith(suffix)) {
                matches.add(k);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT actor_key FROM registry_actors "
                + "WHERE starts_with(actor_key, 'person:') AND ends_with(actor_key, ?) LIMIT 3")) {
            ps.setString(1, suffix);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    matches.add(r.getString(1));
                }
            }
        }
        return matches.size() == 1 ? matches.iterator().next() : null;
    }

    // ---- events

    private void linkEvents(DuckDBConnection c, List<ExtractedArticle> articles,
                            Map<String, Map<String, String>> actorKeys, Changes changes) throws SQLException {
        try (DuckDBAppender ap = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "event_links")) {
            for (ExtractedArticle a : articles) {
                Article article = a.article();
                Extraction x = a.extraction();
                Map<String, String> keys = actorKeys.get(a.id());
                Map<String, Place> places = new HashMap<>();
                x.places().forEach(p -> places.put(p.id(), p));
                String published = article.publicationDate().map(Object::toString).orElse(null);
                for (Event e : x.events()) {
                    String source = keys.getOrDefault(e.source(), ActorKeys.unknown(a.id(), e.source()));
                    String target = e.target() == null ? null
                            : keys.getOrDefault(e.target(), ActorKeys.unknown(a.id(), e.target()));
                    String day = e.date() != null && !e.date().isBlank() ? e.date().trim() : published;
                    String place = e.place() == null ? null : MergeKey.placeKey(places.get(e.place()));
                    String key = new MergeKey(day, source, target, e.cameo(), place, e.modality().json()).value();
                    changes.mergeKeys.add(key);
                    ap.beginRow().append(a.id()).append(e.id()).append(key).append(ActorKeys.uid(key));
                    string(ap, day);
                    ap.append(source);
                    string(ap, target);
                    string(ap, place);
                    ap.append(1 + e.also().size()).endRow();
                }
            }
            ap.flush();
        }
    }

    // ---- SQL plumbing

    private static <T> List<List<T>> chunks(List<T> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT)));
        }
        return chunks;
    }

    static String placeholders(int n) {
        return "(" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private static void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    private static void execute(Connection c, String sql, List<?> values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            ps.execute();
        }
    }

    private static List<String> strings(Connection c, String sql, List<?> values) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, values);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static void string(DuckDBAppender ap, String value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }
}
