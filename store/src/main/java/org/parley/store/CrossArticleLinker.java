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
import java.util.Objects;
import java.util.Set;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
    /** Where recomputed merged events wait to be merged into merged_events (schema 6); empty between writes. */
    static final String STAGING = "merged_events_staging";

    /** The UPDATE assignments for merged_events, built from the table's columns on first use. */
    private String mergedAssignments;

    /** What recomputing a merged event reads of each of its links. */
    private static final String LINK_SELECT = """
            SELECT merge_key, event_uid, day_key, date_first, date_last, published, source_key, target_key, cameo,
                   plover, quad, goldstein, place_key, place_name, place_country, lat, lon, geonameid,
                   place_precision, modality, confidence, mentions, dup_root, article_id, outlet, evidence_start,
                   ingested_at, url
            FROM event_links WHERE merge_key IN """;

    /**
     * What a write touched: merged events to recompute, registry actors that may now be unused, and the changes to
     * the registry's counts and aliases (schema 7) that its links add and remove, applied together by
     * {@link #finish}.
     */
    static final class Changes {
        final Set<String> mergeKeys = new HashSet<>();
        final Set<String> freedActorKeys = new HashSet<>();
        final Map<String, ActorTally> actorCounts = new HashMap<>();
        /** (actor key, alias) -> {as name, as mention}. */
        final Map<List<String>, int[]> aliasCounts = new HashMap<>();
        /** Actors that lost an article published on their first or last day: their bounds are read again. */
        final Set<String> boundsToRescan = new HashSet<>();
        /** (actor key, title as written) -> articles and days the title adds (schema 9); negative: takes away. */
        final Map<List<String>, ActorTally> titleCounts = new HashMap<>();
        /** Actors that lost an article of a title's first or last day: that title's days are read again. */
        final Set<String> titleBoundsToRescan = new HashSet<>();

        ActorTally tally(String actorKey) {
            return actorCounts.computeIfAbsent(actorKey, k -> new ActorTally());
        }

        void alias(String actorKey, String alias, int asName, int asMention) {
            int[] n = aliasCounts.computeIfAbsent(List.of(actorKey, alias), k -> new int[2]);
            n[0] += asName;
            n[1] += asMention;
        }
    }

    /** Changes to one registry actor's counts; the days only widen (a removal rescans them instead). */
    static final class ActorTally {
        int articles;
        int eventsAsSource;
        int eventsAsTarget;
        int quotes;
        LocalDate firstSeen;
        LocalDate lastSeen;

        void seen(LocalDate day) {
            if (day != null) {
                firstSeen = firstSeen == null || day.isBefore(firstSeen) ? day : firstSeen;
                lastSeen = lastSeen == null || day.isAfter(lastSeen) ? day : lastSeen;
            }
        }

        boolean isEmpty() {
            return articles == 0 && eventsAsSource == 0 && eventsAsTarget == 0 && quotes == 0 && firstSeen == null;
        }
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
        dropLinks(c, all, List.of("actor_links", "event_links", "minhash_buckets"), changes);
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
                execute(c, "UPDATE event_links SET dup_root = ? WHERE article_id IN "
                        + placeholders(chunk.size()), values);
                changes.mergeKeys.addAll(strings(c, "SELECT DISTINCT merge_key FROM event_links WHERE article_id IN "
                        + placeholders(chunk.size()), chunk));
            }
        }
        return changes;
    }

    /**
     * Drops the actor and event links of {@code ids}, whose extraction is about to be replaced while their text
     * stays the same (a recode): their MinHash signatures, buckets and near-duplicate clusters are kept as they are,
     * so re-extracting an article never moves it to another cluster or makes another article lead its cluster.
     */
    Changes unlinkExtractions(Connection c, Collection<String> ids) throws SQLException {
        Changes changes = new Changes();
        dropLinks(c, List.copyOf(ids), List.of("actor_links", "event_links"), changes);
        return changes;
    }

    /**
     * Notes the merge keys and registry actors {@code ids} contribute to and takes their share out of the registry's
     * counts and aliases (read from their rows, which are still stored), then deletes their rows of {@code tables}.
     */
    private static void dropLinks(Connection c, List<String> ids, List<String> tables, Changes changes)
            throws SQLException {
        for (List<String> chunk : chunks(ids)) {
            changes.mergeKeys.addAll(strings(c, "SELECT DISTINCT merge_key FROM event_links WHERE article_id IN "
                    + placeholders(chunk.size()), chunk));
            untally(c, chunk, changes);
            for (String table : tables) {
                execute(c, "DELETE FROM " + table + " WHERE article_id IN " + placeholders(chunk.size()), chunk);
            }
        }
    }

    /**
     * Links re-extracted articles (their new rows already written) after {@link #unlinkExtractions}: actors and
     * events as for new articles, each article staying in the near-duplicate cluster stored for it. An article
     * without a stored signature (not expected: every stored article is linked) is placed as a new one.
     */
    void relink(DuckDBConnection c, List<ExtractedArticle> articles, Changes changes, LocalDateTime ingestedAt)
            throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        Map<String, String> roots = new HashMap<>();
        List<String> ids = articles.stream().map(ExtractedArticle::id).toList();
        for (List<String> chunk : chunks(ids)) {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, dup_root FROM article_signatures "
                    + "WHERE article_id IN " + placeholders(chunk.size()))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        roots.put(r.getString(1), r.getString(2));
                    }
                }
            }
        }
        List<ExtractedArticle> unsigned = articles.stream().filter(a -> !roots.containsKey(a.id())).toList();
        if (!unsigned.isEmpty()) {
            roots.putAll(linkDuplicates(c, unsigned));
        }
        Map<String, Map<String, String>> actorKeys = linkActors(c, articles, changes);
        recodeRegistry(c, articles, changes);
        linkEvents(c, articles, actorKeys, roots, ingestedAt, changes);
    }

    /**
     * Gives registry actors the coding (kind, country, sector, code) the re-extracted articles now give them, and
     * marks every merged event that names a changed actor for recomputation, whichever article it came from. Ingest
     * keeps the coding of the first article that registered an actor; a recode runs because the knowledge changed,
     * so its coding wins. Only actors keyed by their own full key count: a surname linked to a registered person
     * says nothing about that person's code. The name is kept: it is the registered spelling.
     */
    private static void recodeRegistry(Connection c, List<ExtractedArticle> articles, Changes changes)
            throws SQLException {
        Map<String, Actor> coding = new LinkedHashMap<>();
        for (ExtractedArticle a : articles) {
            for (Actor x : a.extraction().actors()) {
                String key = ActorKeys.key(x);
                if (key != null) {
                    coding.putIfAbsent(key, x);
                }
            }
        }
        List<String> changed = new ArrayList<>();
        for (List<String> chunk : chunks(new ArrayList<>(coding.keySet()))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_key, kind, country, sector, code "
                    + "FROM registry_actors WHERE actor_key IN " + placeholders(chunk.size()))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        Actor x = coding.get(r.getString(1));
                        if (!x.kind().json().equals(r.getString(2))
                                || !Objects.equals(ArticleRowWriter.countryCode(x.country()), r.getString(3))
                                || !Objects.equals(x.sector(), r.getString(4))
                                || !Objects.equals(x.code(), r.getString(5))) {
                            changed.add(r.getString(1));
                        }
                    }
                }
            }
        }
        for (String key : changed) {
            Actor x = coding.get(key);
            List<Object> values = new ArrayList<>();
            values.add(x.kind().json());
            values.add(ArticleRowWriter.countryCode(x.country()));
            values.add(x.sector());
            values.add(x.code());
            values.add(key);
            execute(c, "UPDATE registry_actors SET kind = ?, country = ?, sector = ?, code = ? WHERE actor_key = ?",
                    values);
        }
        for (List<String> chunk : chunks(changed)) {
            String in = placeholders(chunk.size());
            List<Object> twice = new ArrayList<>(chunk);
            twice.addAll(chunk);
            changes.mergeKeys.addAll(strings(c, "SELECT DISTINCT merge_key FROM event_links WHERE source_key IN " + in
                    + " OR target_key IN " + in, twice));
        }
    }

    /**
     * Subtracts what the stored rows of {@code ids} add to the registry's counts and aliases, and notes their actors
     * as possibly freed. Raw rows are read and counted here (grouped DISTINCT aggregates are slow in DuckDB, see
     * {@link #finish}); an actor that loses an article of its first or last day has its days read again.
     */
    private static void untally(Connection c, List<String> ids, Changes changes) throws SQLException {
        String in = placeholders(ids.size());
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT DISTINCT l.actor_key, l.article_id,
                       coalesce(a.published_date = r.first_seen OR a.published_date = r.last_seen, false)
                FROM actor_links l
                JOIN articles a ON a.id = l.article_id
                LEFT JOIN registry_actors r ON r.actor_key = l.actor_key
                WHERE l.article_id IN """ + in)) {
            bind(ps, ids);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1);
                    changes.freedActorKeys.add(key);
                    changes.tally(key).articles--;
                    if (r.getBoolean(3)) {
                        changes.boundsToRescan.add(key);
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.actor_key, 's' FROM events e
                JOIN actor_links l ON l.article_id = e.article_id AND l.actor_id = e.source_actor
                WHERE e.article_id IN %1$s
                UNION ALL
                SELECT l.actor_key, 't' FROM events e
                JOIN actor_links l ON l.article_id = e.article_id AND l.actor_id = e.target_actor
                WHERE e.article_id IN %1$s
                UNION ALL
                SELECT l.actor_key, 'q' FROM quotes q
                JOIN actor_links l ON l.article_id = q.article_id AND l.actor_id = q.speaker
                WHERE q.article_id IN %1$s""".formatted(in))) {
            bindRepeated(ps, ids, 3);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    ActorTally t = changes.tally(r.getString(1));
                    switch (r.getString(2)) {
                        case "s" -> t.eventsAsSource--;
                        case "t" -> t.eventsAsTarget--;
                        default -> t.quotes--;
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT DISTINCT l.article_id, l.actor_key, lower(x.title),
                       coalesce(a.published_date = t.first_seen OR a.published_date = t.last_seen, false)
                FROM actor_links l
                JOIN actors x ON x.article_id = l.article_id AND x.actor_id = l.actor_id
                JOIN articles a ON a.id = l.article_id
                LEFT JOIN registry_titles t ON t.actor_key = l.actor_key AND t.title_lower = lower(x.title)
                WHERE x.title IS NOT NULL AND l.article_id IN """ + in)) {
            bind(ps, ids);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    // staged with the lower-cased title: the delta is grouped by lower(title) when applied
                    changes.titleCounts.computeIfAbsent(List.of(r.getString(2), r.getString(3)),
                            k -> new ActorTally()).articles--;
                    if (r.getBoolean(4)) {
                        changes.titleBoundsToRescan.add(r.getString(2));
                    }
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT l.actor_key, x.name, true FROM actors x
                JOIN actor_links l ON l.article_id = x.article_id AND l.actor_id = x.actor_id
                WHERE x.article_id IN %1$s
                UNION ALL
                SELECT l.actor_key, m.text, false FROM mentions m
                JOIN actor_links l ON l.article_id = m.article_id AND l.actor_id = m.actor_id
                WHERE m.article_id IN %1$s""".formatted(in))) {
            bindRepeated(ps, ids, 2);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    boolean name = r.getBoolean(3);
                    changes.alias(r.getString(1), r.getString(2), name ? -1 : 0, name ? 0 : -1);
                }
            }
        }
    }

    /**
     * Adds what newly linked articles give the registry's counts and aliases: each article once to every actor it
     * links, each event to its source's and target's actor, each quote to its speaker's, each actor row's name and
     * each mention's text to the actor's aliases.
     */
    private static void tally(List<ExtractedArticle> articles, Map<String, Map<String, String>> keys,
                              Changes changes) {
        for (ExtractedArticle a : articles) {
            Map<String, String> byId = keys.get(a.id());
            LocalDate day = a.article().publicationDate().orElse(null);
            for (String key : new HashSet<>(byId.values())) {
                ActorTally t = changes.tally(key);
                t.articles++;
                t.seen(day);
            }
            Extraction x = a.extraction();
            // each title once per article and actor, however many of its rows carry it (the SQL applying the deltas
            // groups by DuckDB's lower(); this only folds an article's own repeats)
            Set<List<String>> titled = new HashSet<>();
            for (Actor actor : x.actors()) {
                String key = byId.get(actor.id());
                if (actor.title() != null
                        && titled.add(List.of(key, actor.title().toLowerCase(java.util.Locale.ROOT)))) {
                    ActorTally t = changes.titleCounts.computeIfAbsent(List.of(key, actor.title()),
                            k -> new ActorTally());
                    t.articles++;
                    t.seen(day);
                }
            }
            for (Actor actor : x.actors()) {
                String key = byId.get(actor.id());
                changes.alias(key, actor.name(), 1, 0);
                for (org.parley.extract.TextSpan m : actor.mentions()) {
                    changes.alias(key, m.text(), 0, 1);
                }
            }
            for (Event e : x.events()) {
                String source = byId.get(e.source());
                if (source != null) {
                    changes.tally(source).eventsAsSource++;
                }
                String target = e.target() == null ? null : byId.get(e.target());
                if (target != null) {
                    changes.tally(target).eventsAsTarget++;
                }
            }
            for (org.parley.extract.Quote q : x.quotes()) {
                String speaker = q.speaker() == null ? null : byId.get(q.speaker());
                if (speaker != null) {
                    changes.tally(speaker).quotes++;
                }
            }
        }
    }

    /**
     * Applies the count and alias changes of a write to the registry (schema 7) through the staging tables: one
     * UPDATE per table, new aliases inserted, aliases no row gives any more deleted, and the first and last days of
     * actors that lost an article on one of them read again from their remaining links.
     */
    private static void applyTallies(DuckDBConnection c, Changes changes) throws SQLException {
        try (DuckDBAppender ap = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "registry_count_deltas")) {
            for (Map.Entry<String, ActorTally> e : changes.actorCounts.entrySet()) {
                ActorTally t = e.getValue();
                if (t.isEmpty()) {
                    continue;
                }
                ap.beginRow().append(e.getKey()).append(t.articles).append(t.eventsAsSource)
                        .append(t.eventsAsTarget).append(t.quotes);
                date(ap, t.firstSeen);
                date(ap, t.lastSeen);
                ap.endRow();
            }
            ap.flush();
        }
        try (DuckDBAppender ap = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "registry_alias_deltas")) {
            for (Map.Entry<List<String>, int[]> e : changes.aliasCounts.entrySet()) {
                int[] n = e.getValue();
                if (n[0] != 0 || n[1] != 0) {
                    ap.beginRow().append(e.getKey().get(0)).append(e.getKey().get(1)).append(n[0]).append(n[1])
                            .endRow();
                }
            }
            ap.flush();
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    UPDATE registry_actors SET articles = registry_actors.articles + d.articles,
                           events_as_source = registry_actors.events_as_source + d.events_as_source,
                           events_as_target = registry_actors.events_as_target + d.events_as_target,
                           quotes = registry_actors.quotes + d.quotes,
                           first_seen = least(registry_actors.first_seen, d.first_seen),
                           last_seen = greatest(registry_actors.last_seen, d.last_seen)
                    FROM registry_count_deltas d WHERE registry_actors.actor_key = d.actor_key""");
            s.execute("""
                    UPDATE registry_aliases SET as_name = registry_aliases.as_name + d.as_name,
                           as_mention = registry_aliases.as_mention + d.as_mention
                    FROM registry_alias_deltas d
                    WHERE registry_aliases.actor_key = d.actor_key AND registry_aliases.alias = d.alias""");
            s.execute("""
                    INSERT INTO registry_aliases
                    SELECT d.actor_key, d.alias, lower(d.alias), d.as_name, d.as_mention FROM registry_alias_deltas d
                    WHERE d.as_name + d.as_mention > 0 AND NOT EXISTS (SELECT 1 FROM registry_aliases x
                          WHERE x.actor_key = d.actor_key AND x.alias = d.alias)""");
            s.execute("""
                    DELETE FROM registry_aliases WHERE as_name <= 0 AND as_mention <= 0
                    AND actor_key IN (SELECT actor_key FROM registry_alias_deltas)""");
            s.execute("DELETE FROM registry_count_deltas");
            s.execute("DELETE FROM registry_alias_deltas");
        }
        applyTitles(c, changes);
        for (List<String> chunk : chunks(new ArrayList<>(changes.boundsToRescan))) {
            execute(c, """
                    UPDATE registry_actors SET first_seen = b.f, last_seen = b.l
                    FROM (SELECT l.actor_key, min(a.published_date) AS f, max(a.published_date) AS l
                          FROM actor_links l JOIN articles a ON a.id = l.article_id
                          WHERE l.actor_key IN %s GROUP BY l.actor_key) b
                    WHERE registry_actors.actor_key = b.actor_key""".formatted(placeholders(chunk.size())), chunk);
        }
    }

    /**
     * Applies the title changes of a write (schema 9) through {@code registry_title_deltas}, grouped by actor and
     * lower-cased title: counts added, new titles inserted (written as the first article to give them wrote them),
     * titles no article gives any more deleted, and the days of titles of actors that lost an article on one of
     * them read again from the remaining links.
     */
    private static void applyTitles(DuckDBConnection c, Changes changes) throws SQLException {
        if (changes.titleCounts.isEmpty()) {
            return;
        }
        try (DuckDBAppender ap = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "registry_title_deltas")) {
            for (Map.Entry<List<String>, ActorTally> e : changes.titleCounts.entrySet()) {
                ActorTally t = e.getValue();
                ap.beginRow().append(e.getKey().get(0)).append(e.getKey().get(1)).append(t.articles);
                date(ap, t.firstSeen);
                date(ap, t.lastSeen);
                ap.endRow();
            }
            ap.flush();
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    UPDATE registry_titles SET articles = registry_titles.articles + d.n,
                           first_seen = least(registry_titles.first_seen, d.f),
                           last_seen = greatest(registry_titles.last_seen, d.l)
                    FROM (SELECT actor_key, lower(title) AS tl, sum(articles) AS n, min(first_seen) AS f,
                                 max(last_seen) AS l
                          FROM registry_title_deltas GROUP BY actor_key, lower(title)) d
                    WHERE registry_titles.actor_key = d.actor_key AND registry_titles.title_lower = d.tl""");
            s.execute("""
                    INSERT INTO registry_titles
                    SELECT d.actor_key, d.tl, d.title, d.n, d.f, d.l
                    FROM (SELECT actor_key, lower(title) AS tl, arg_max(title, articles) AS title,
                                 sum(articles) AS n, min(first_seen) AS f, max(last_seen) AS l
                          FROM registry_title_deltas GROUP BY actor_key, lower(title)) d
                    WHERE d.n > 0 AND NOT EXISTS (SELECT 1 FROM registry_titles x
                          WHERE x.actor_key = d.actor_key AND x.title_lower = d.tl)""");
            s.execute("""
                    DELETE FROM registry_titles WHERE articles <= 0
                    AND actor_key IN (SELECT actor_key FROM registry_title_deltas)""");
            s.execute("DELETE FROM registry_title_deltas");
        }
        for (List<String> chunk : chunks(new ArrayList<>(changes.titleBoundsToRescan))) {
            execute(c, """
                    UPDATE registry_titles SET first_seen = b.f, last_seen = b.l
                    FROM (SELECT l.actor_key, lower(x.title) AS tl, min(a.published_date) AS f,
                                 max(a.published_date) AS l
                          FROM actor_links l
                          JOIN actors x ON x.article_id = l.article_id AND x.actor_id = l.actor_id
                          JOIN articles a ON a.id = l.article_id
                          WHERE x.title IS NOT NULL AND l.actor_key IN %s GROUP BY l.actor_key, lower(x.title)) b
                    WHERE registry_titles.actor_key = b.actor_key AND registry_titles.title_lower = b.tl"""
                    .formatted(placeholders(chunk.size())), chunk);
        }
    }

    /** Links newly appended articles (their rows are already written) and adds their merge keys to {@code changes}. */
    void link(DuckDBConnection c, List<ExtractedArticle> articles, Changes changes, LocalDateTime ingestedAt)
            throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        Map<String, String> roots = linkDuplicates(c, articles);
        Map<String, Map<String, String>> actorKeys = linkActors(c, articles, changes);
        linkEvents(c, articles, actorKeys, roots, ingestedAt, changes);
    }

    /**
     * Recomputes the merged events of the touched keys and drops registry actors nothing links to any more. The
     * links of the touched keys are read with one plain query and aggregated here: measured, DuckDB's grouped
     * DISTINCT and ordered aggregates cost ~65 ms per statement even over a handful of rows, which made a
     * one-article ingest six times slower.
     */
    void finish(DuckDBConnection c, Changes changes) throws SQLException {
        List<String> keys = new ArrayList<>(changes.mergeKeys);
        for (List<String> chunk : chunks(keys)) {
            String in = placeholders(chunk.size());
            Map<String, MergedEventBuilder> merged = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(LINK_SELECT + in)) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        merged.computeIfAbsent(r.getString(1), k -> new MergedEventBuilder()).add(r);
                    }
                }
            }
            Map<String, String[]> registry = registry(c, merged.values());
            replaceMerged(c, chunk, merged, registry);
        }
        applyTallies(c, changes);
        List<String> freed = new ArrayList<>(changes.freedActorKeys);
        for (List<String> chunk : chunks(freed)) {
            execute(c, "DELETE FROM registry_actors WHERE actor_key IN " + placeholders(chunk.size())
                    + " AND actor_key NOT IN (SELECT actor_key FROM actor_links)", chunk);
        }
    }

    /**
     * Writes the recomputed merged events of {@code keys}: rows whose key survives are updated in place, vanished
     * keys deleted, new keys inserted. Deleting and re-inserting a surviving key instead made DuckDB refuse the
     * batch ("duplicate key") whenever a concurrent reader could still see the deleted row, and the batch then
     * fell back to one article per transaction, so readers saw half-written batches. The rows go through a
     * staging table first: the appender is the fast way in, and UPDATE ... FROM reads them from there.
     */
    private void replaceMerged(DuckDBConnection c, List<String> keys, Map<String, MergedEventBuilder> merged,
                               Map<String, String[]> registry) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + STAGING);
        }
        try (DuckDBAppender ap = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, STAGING)) {
            for (Map.Entry<String, MergedEventBuilder> e : merged.entrySet()) {
                e.getValue().append(ap, e.getKey(), registry);
            }
            ap.flush();
        }
        execute(c, "DELETE FROM merged_events WHERE merge_key IN " + placeholders(keys.size())
                + " AND merge_key NOT IN (SELECT merge_key FROM " + STAGING + ")", keys);
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE merged_events SET " + updateAssignments(c) + " FROM " + STAGING
                    + " s WHERE merged_events.merge_key = s.merge_key");
            s.execute("INSERT INTO merged_events SELECT * FROM " + STAGING + " s WHERE NOT EXISTS "
                    + "(SELECT 1 FROM merged_events m WHERE m.merge_key = s.merge_key)");
            s.execute("DELETE FROM " + STAGING);
        }
    }

    /** "col = s.col, ..." for every merged_events column but the key, read from the table itself once. */
    private String updateAssignments(Connection c) throws SQLException {
        if (mergedAssignments == null) {
            List<String> sets = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM merged_events LIMIT 0")) {
                java.sql.ResultSetMetaData md = r.getMetaData();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String col = md.getColumnName(i);
                    if (!"merge_key".equals(col)) {
                        sets.add(col + " = s." + col);
                    }
                }
            }
            mergedAssignments = String.join(", ", sets);
        }
        return mergedAssignments;
    }

    /** Name, code, country and sector of the registry actors the merged events name. */
    private static Map<String, String[]> registry(Connection c, Collection<MergedEventBuilder> merged)
            throws SQLException {
        Set<String> keys = new LinkedHashSet<>();
        for (MergedEventBuilder m : merged) {
            keys.add(m.sourceKey);
            if (m.targetKey != null) {
                keys.add(m.targetKey);
            }
        }
        Map<String, String[]> out = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(keys))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT actor_key, name, code, country, sector "
                    + "FROM registry_actors WHERE actor_key IN " + placeholders(chunk.size()))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), new String[] {r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5)});
                    }
                }
            }
        }
        return out;
    }

    /** The links of one merge key folded into its merged row. Not thread-safe. */
    private static final class MergedEventBuilder {
        private long uid;
        private String day;
        private LocalDate first;
        private LocalDate last;
        private String sourceKey;
        private String targetKey;
        private String cameo;
        private String plover;
        private int quad;
        private double goldsteinSum;
        private int links;
        private String placeKey;
        private String placeName;
        private String placeCountry;
        private Double lat;
        private Double lon;
        private Long geonameid;
        private String placePrecision;
        private String modality;
        private double confidence;
        private int mentions;
        private final Set<String> roots = new HashSet<>();
        private final Set<String> reports = new HashSet<>();
        private final Set<String> sources = new HashSet<>();
        private final java.util.TreeSet<String> outlets = new java.util.TreeSet<>();
        private boolean rootEvent;
        private String firstOrder;
        private String firstArticle;
        private String firstUrl;
        private LocalDateTime firstAdded;

        void add(ResultSet r) throws SQLException {
            if (links == 0) {
                uid = r.getLong(2);
                day = r.getString(3);
                sourceKey = r.getString(7);
                targetKey = r.getString(8);
                cameo = r.getString(9);
                plover = r.getString(10);
                quad = r.getInt(11);
                placeKey = r.getString(13);
                modality = r.getString(20);
            }
            LocalDate published = parseDay(r.getString(6));
            LocalDate f = r.getObject(4, LocalDate.class);
            LocalDate l = r.getObject(5, LocalDate.class);
            f = f == null ? published : f;
            l = l == null ? published : l;
            first = f != null && (first == null || f.isBefore(first)) ? f : first;
            last = l != null && (last == null || l.isAfter(last)) ? l : last;
            goldsteinSum += r.getDouble(12);
            if (placeName == null && r.getString(14) != null) {
                placeName = r.getString(14);
                placeCountry = r.getString(15);
                placePrecision = r.getString(19);
            }
            if (lat == null) {
                double v = r.getDouble(16);
                if (!r.wasNull()) {
                    lat = v;
                    lon = r.getDouble(17);
                    long g = r.getLong(18);
                    geonameid = r.wasNull() ? null : g;
                }
            }
            confidence = links == 0 ? r.getDouble(21) : Math.max(confidence, r.getDouble(21));
            mentions += r.getInt(22);
            roots.add(r.getString(23));
            String article = r.getString(24);
            reports.add(article);
            String outlet = r.getString(25);
            sources.add(outlet == null ? "article:" + article : outlet);
            if (outlet != null) {
                outlets.add(outlet);
            }
            rootEvent |= r.getInt(26) == 0;
            LocalDateTime added = r.getObject(27, LocalDateTime.class);
            String order = added + "|" + article;
            if (firstOrder == null || order.compareTo(firstOrder) < 0) {
                firstOrder = order;
                firstArticle = article;
                firstUrl = r.getString(28);
                firstAdded = added;
            }
            links++;
        }

        void append(DuckDBAppender ap, String key, Map<String, String[]> registry) throws SQLException {
            ap.beginRow().append(key).append(uid);
            string(ap, day);
            date(ap, first);
            date(ap, last);
            actor(ap, sourceKey, registry);
            if (targetKey == null) {
                for (int i = 0; i < 5; i++) {
                    ap.appendNull();
                }
            } else {
                actor(ap, targetKey, registry);
            }
            ap.append(cameo);
            string(ap, plover);
            ap.append(quad).append(goldsteinSum / links);
            string(ap, placeKey);
            string(ap, placeName);
            string(ap, placeCountry);
            if (lat == null) {
                ap.appendNull().appendNull();
            } else {
                ap.append(lat.doubleValue()).append(lon.doubleValue());
            }
            if (geonameid == null) {
                ap.appendNull();
            } else {
                ap.append(geonameid.longValue());
            }
            string(ap, placePrecision);
            ap.append(modality).append(confidence).append(mentions).append(roots.size()).append(reports.size())
                    .append(sources.size());
            string(ap, outlets.isEmpty() ? null : String.join("; ", outlets));
            ap.append(rootEvent).append(firstArticle);
            string(ap, firstUrl);
            ap.append(firstAdded).endRow();
        }

        private static void actor(DuckDBAppender ap, String key, Map<String, String[]> registry)
                throws SQLException {
            ap.append(key);
            String[] r = registry.get(key);
            for (int i = 0; i < 4; i++) {
                string(ap, r == null ? null : r[i]);
            }
        }

        private static LocalDate parseDay(String published) {
            if (published == null || published.length() < 10) {
                return null;
            }
            try {
                return LocalDate.parse(published.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
    }

    /** Empties every cross-article table: the first step of a full rebuild. */
    void clear(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : List.of("registry_actors", "registry_aliases", "registry_titles", "actor_links",
                    "article_signatures",
                    "minhash_buckets", "event_links", "merged_events")) {
                s.execute("DELETE FROM " + table);
            }
        }
    }

    // ---- near-duplicates

    /** Places each article in a near-duplicate cluster; returns article id -> cluster root. */
    private Map<String, String> linkDuplicates(DuckDBConnection c, List<ExtractedArticle> articles)
            throws SQLException {
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
        // cluster roots sharing a bucket with any new one: a new near-duplicate joins a cluster through its root
        // (members are within the threshold of it), and comparing with roots only keeps the work per article
        // bounded by the number of clusters, not by how often a story was republished
        Map<Long, List<String>> storedByBucket = new HashMap<>();
        Set<String> candidates = new LinkedHashSet<>();
        List<Long> bucketList = new ArrayList<>(allBuckets);
        for (List<Long> chunk : chunks(bucketList)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT bucket, article_id FROM minhash_buckets WHERE bucket IN " + placeholders(chunk.size()))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        storedByBucket.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getString(2));
                        candidates.add(r.getString(2));
                    }
                }
            }
        }
        // signatures of the candidates that lead their cluster (read apart: the signature column is wide)
        Map<String, long[]> storedSig = new HashMap<>();
        for (List<String> chunk : chunks(new ArrayList<>(candidates))) {
            try (PreparedStatement ps = c.prepareStatement("SELECT article_id, minhash FROM article_signatures "
                    + "WHERE dup_root = article_id AND article_id IN " + placeholders(chunk.size()))) {
                bind(ps, chunk);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        storedSig.put(r.getString(1), MinHash.decode(r.getString(2)));
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
                        long[] otherSig = storedSig.get(other);
                        if (otherSig != null && seenStored.add(other)) {
                            double sim = MinHash.similarity(sigs[i], otherSig);
                            if (sim >= MinHash.DUPLICATE_THRESHOLD && sim > best) {
                                best = sim;
                                bestRoot = other;
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
                    if (bestRoot.equals(id)) {
                        batchByBucket.computeIfAbsent(b, k -> new ArrayList<>()).add(i);
                    }
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
            Map<String, String> byId = new HashMap<>();
            for (int i = 0; i < n; i++) {
                byId.put(articles.get(i).id(), roots[i]);
            }
            return byId;
        }
    }

    // ---- actors

    /** Links every actor of the articles to the registry; returns article id -> actor id -> registry key. */
    private Map<String, Map<String, String>> linkActors(DuckDBConnection c, List<ExtractedArticle> articles,
                                                        Changes changes) throws SQLException {
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
                string(reg, ArticleRowWriter.countryCode(x.country()));
                string(reg, x.sector());
                string(reg, x.code());
                // counts start at nothing: this write's tally adds them in finish
                reg.append(0).append(0).append(0).append(0).appendNull().appendNull();
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
        tally(articles, keys, changes);
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
                            Map<String, Map<String, String>> actorKeys, Map<String, String> roots,
                            LocalDateTime ingestedAt, Changes changes) throws SQLException {
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
                    Place place = e.place() == null ? null : places.get(e.place());
                    String placeKey = MergeKey.placeKey(place);
                    String key = new MergeKey(day, source, target, e.cameo(), placeKey, e.modality().json()).value();
                    changes.mergeKeys.add(key);
                    IsoDateRange range = IsoDateRange.parse(e.date());
                    ap.beginRow().append(a.id()).append(e.id()).append(key).append(ActorKeys.uid(key));
                    string(ap, day);
                    ap.append(source);
                    string(ap, target);
                    string(ap, placeKey);
                    ap.append(1 + e.also().size());
                    date(ap, range == null ? null : range.first());
                    date(ap, range == null ? null : range.last());
                    ap.append(e.cameo());
                    string(ap, e.plover());
                    ap.append(e.quad()).append(e.goldstein()).append(e.modality().json()).append(e.confidence())
                            .append(e.evidence().start()).append(e.evidence().end()).append(e.evidence().text());
                    string(ap, article.source());
                    string(ap, article.url());
                    string(ap, article.published());
                    ap.append(ingestedAt).append(roots.get(a.id()));
                    string(ap, place == null ? null : place.name());
                    string(ap, place == null ? null : ArticleRowWriter.countryCode(place.country()));
                    if (place == null) {
                        ap.appendNull().appendNull().appendNull();
                    } else {
                        ap.append(place.lat()).append(place.lon());
                        if (place.geonameid() == null) {
                            ap.appendNull();
                        } else {
                            ap.append(place.geonameid().longValue());
                        }
                    }
                    string(ap, place == null ? null : place.precision());
                    ap.endRow();
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

    /** Binds {@code values} {@code times} over, for SQL that repeats one IN list. */
    private static void bindRepeated(PreparedStatement ps, List<?> values, int times) throws SQLException {
        for (int t = 0; t < times; t++) {
            for (int i = 0; i < values.size(); i++) {
                ps.setObject(t * values.size() + i + 1, values.get(i));
            }
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

    private static void date(DuckDBAppender ap, java.time.LocalDate value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }

    private static void string(DuckDBAppender ap, String value) throws SQLException {
        if (value == null) {
            ap.appendNull();
        } else {
            ap.append(value);
        }
    }
}
