package org.parley.server;

import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.duckdb.DuckDBConnection;
import org.parley.extract.Modality;
import org.parley.extract.TextSpan;
import org.parley.query.ActorRef;
import org.parley.query.ActorSearch;
import org.parley.query.EventFilterSql;
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.query.EvidenceRef;
import org.parley.query.MergedEventSearch;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;
import org.parley.query.WordIndex;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * {@link ExploreQueries} over a Parley DuckDB store. Single events, quotes and articles come from the store's own
 * queries. Merged events and dyads read the store's cross-article {@code merged_events} table (schema v2: actor
 * registry, near-duplicates counted once, modality in the key) with the store's own filter fragments
 * ({@link EventFilterSql#MERGED}) and evidence reader ({@link MergedEventSearch#evidence}); so do the timeline,
 * the actor network and the places map, which read only that table (kept up to date on ingest) so they stay fast
 * on a large store. Actors read the registry and the counts the store keeps on it; search is fully parameterized
 * SQL over the per-article tables, narrowed by the store's word index (schema 8) where it can be.
 *
 * <p>Why not {@code ParleyStore.mergedEvents} and {@code dyadSeries} themselves: the API filters on the source or
 * the target alone and on several modalities at once, lists newest first, and splits a dyad's steps by direction
 * and quad class and by year; the store's {@code EventQuery} and {@code DyadSeriesQuery} express none of these.
 * Reading the same table through the same fragments keeps both answers equal where both can be asked.
 *
 * <p>The aggregates read through a connection of this class's own, opened on the same file with the same
 * configuration as the store: DuckDB's JDBC driver then hands back the database instance the store already has
 * open (its instance cache), so both see the same committed data and no second file lock is taken.
 *
 * <p><b>Thread safety.</b> Safe for any number of threads: like the store, every read runs on a connection
 * duplicated for it and sees a consistent snapshot. Closing does not close the store; close this first.
 */
public final class StoreExploreQueries implements ExploreQueries, AutoCloseable {

    private static final String MERGED_SELECT = """
            SELECT m.merge_key, m.event_uid, m.event_date, m.source_key, m.source_name, m.source_code,
                   m.source_country, m.target_key, m.target_name, m.target_code, m.target_country, m.cameo, m.plover,
                   m.quad, m.goldstein, m.place_name, m.place_country, m.lat, m.lon, m.modality, m.num_mentions,
                   m.num_articles, m.num_reports, m.num_sources
            FROM merged_events m""";
    /** Newest first, then the most widely reported; the uid makes the order total, so paging is stable. */
    private static final String MERGED_ORDER = "m.date_first DESC NULLS LAST, m.num_articles DESC, m.event_uid";

    /** Characters of article text shown around a search match. */
    private static final int SNIPPET = 240;

    private final ParleyStore store;
    private final DuckDBConnection root;

    /**
     * Reads {@code store}, which must stay open while this is used.
     *
     * @param readOnly whether the store was opened with {@link ParleyStore#openReadOnly}: DuckDB refuses a second
     *                 connection to an open file with another configuration
     * @throws StoreException when the file cannot be opened
     */
    public StoreExploreQueries(ParleyStore store, boolean readOnly) {
        this.store = Objects.requireNonNull(store, "store");
        Properties props = new Properties();
        if (readOnly) {
            props.setProperty("duckdb.read_only", "true");
        }
        try {
            this.root = (DuckDBConnection) DriverManager.getConnection(
                    "jdbc:duckdb:" + store.file().toAbsolutePath(), props);
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": cannot open for queries: " + e.getMessage(), e);
        }
    }

    @Override
    public Page<EventRow> events(EventQuery query) {
        PageRequest page = new PageRequest(query.limit(), query.offset());
        return Page.fromOverfetch(store.events(query.withPage(page.overfetch(), page.offset())), page);
    }

    @Override
    public Page<QuoteRow> quotes(QuoteQuery query) {
        PageRequest page = new PageRequest(query.limit(), query.offset());
        return Page.fromOverfetch(store.quotes(query.withPage(page.overfetch(), page.offset())), page);
    }

    @Override
    public Page<MergedEvent> mergedEvents(EventFilter filter, PageRequest page) {
        SqlWhere where = mergedConditions(filter);
        List<MergedEvent> rows = read(c -> mergedPage(c, where, page.overfetch(), page.offset()));
        return Page.fromOverfetch(rows, page);
    }

    /**
     * A page of merged events matching {@code where} (over {@code merged_events m}), newest first, each with its
     * first {@value MergedEvent#MAX_EVIDENCE} evidence links. The page's keys, then its rows by primary key (one
     * statement for pages of more than {@value #KEYS_PER_LOOKUP} rows), then the evidence of those rows only, read
     * by the store's own evidence reader.
     */
    private static List<MergedEvent> mergedPage(DuckDBConnection c, SqlWhere where, int limit, int offset)
            throws SQLException {
        if (limit > KEYS_PER_LOOKUP) {
            return mergedRowsPage(c, where, limit, offset);
        }
        // keys first (filter, sort and limit over the narrow columns), then the page's whole rows by key: a top-N
        // over whole rows carried every column of every match (the store's MergedEventSearch does the same). A
        // page of more rows than one key lookup takes is read in one statement: ten lookups cost more than the
        // wider top-N (measured 287 against 163 ms for 1,000 rows)
        String sql = "SELECT m.merge_key FROM merged_events m WHERE " + where.sql() + " ORDER BY " + MERGED_ORDER
                + " LIMIT ? OFFSET ?";
        List<String> keys = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps, 1);
            ps.setInt(next, limit);
            ps.setInt(next + 1, offset);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
        }
        List<MergedEvent> rows = new ArrayList<>();
        if (keys.isEmpty()) {
            return rows;
        }
        Map<String, MergedEvent> byKey = new java.util.HashMap<>();
        forEachByKey(c, MERGED_SELECT, keys, r -> byKey.put(r.getString("merge_key"), merged(r, List.of())));
        List<String> found = new ArrayList<>();
        for (String key : keys) {
            MergedEvent m = byKey.get(key);
            if (m != null) { // null: removed between the two reads
                found.add(key);
                rows.add(m);
            }
        }
        return withEvidence(c, found, rows);
    }

    /** {@code rows} (of merge keys {@code keys}), each with its first evidence links. */
    private static List<MergedEvent> withEvidence(DuckDBConnection c, List<String> keys, List<MergedEvent> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<String, List<EvidenceRef>> evidence = MergedEventSearch.evidence(c, keys);
        List<MergedEvent> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<MergedEvent.EvidenceLink> links = new ArrayList<>();
            for (EvidenceRef ref : evidence.getOrDefault(keys.get(i), List.of())) {
                if (links.size() == MergedEvent.MAX_EVIDENCE) {
                    break;
                }
                links.add(new MergedEvent.EvidenceLink(ref.articleId(), ref.eventId(), ref.outlet(), ref.url(),
                        ref.published(), ref.evidence().text()));
            }
            MergedEvent m = rows.get(i);
            out.add(new MergedEvent(m.uid(), m.date(), m.source(), m.target(), m.cameo(), m.plover(), m.quad(),
                    m.goldstein(), m.place(), m.country(), m.lat(), m.lon(), m.modality(), m.mentions(),
                    m.articles(), m.reports(), m.sources(), links));
        }
        return out;
    }

    /** A page of merged events read in one statement (whole rows through the top-N), with their evidence. */
    private static List<MergedEvent> mergedRowsPage(DuckDBConnection c, SqlWhere where, int limit, int offset)
            throws SQLException {
        String sql = MERGED_SELECT + " WHERE " + where.sql() + " ORDER BY " + MERGED_ORDER + " LIMIT ? OFFSET ?";
        List<String> keys = new ArrayList<>();
        List<MergedEvent> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps, 1);
            ps.setInt(next, limit);
            ps.setInt(next + 1, offset);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString("merge_key"));
                    rows.add(merged(r, List.of()));
                }
            }
        }
        return withEvidence(c, keys, rows);
    }

    /** Merge keys per primary-key lookup: a short list of constants is read through the key's index. */
    private static final int KEYS_PER_LOOKUP = 100;

    /** Reads one row of a keyed lookup. */
    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    /**
     * Runs {@code select} (over {@code merged_events m}) for the rows of {@code keys}, a short parameterized
     * {@code IN} list at a time: DuckDB reads such a list through the primary key's index (~2 ms for 50 keys),
     * while a semi-join with a list parameter scanned every row of the table (~30 ms).
     */
    private static void forEachByKey(DuckDBConnection c, String select, List<String> keys, RowReader reader)
            throws SQLException {
        forEachByKey(c, select, "m.merge_key", List.of(), keys, reader);
    }

    /**
     * Runs {@code select} for the rows whose primary key {@code keyColumn} is one of {@code keys}, a short list at a
     * time, {@code leading} bound to the placeholders {@code select} itself has.
     */
    private static void forEachByKey(DuckDBConnection c, String select, String keyColumn, List<String> leading,
                                     List<String> keys, RowReader reader) throws SQLException {
        for (int from = 0; from < keys.size(); from += KEYS_PER_LOOKUP) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + KEYS_PER_LOOKUP));
            try (PreparedStatement ps = c.prepareStatement(select + " WHERE " + keyColumn + " IN ("
                    + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ")")) {
                for (int i = 0; i < leading.size(); i++) {
                    ps.setString(i + 1, leading.get(i));
                }
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(leading.size() + i + 1, chunk.get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        reader.read(r);
                    }
                }
            }
        }
    }

    private static MergedEvent merged(ResultSet r, List<MergedEvent.EvidenceLink> evidence) throws SQLException {
        ActorRef source = new ActorRef(r.getString("source_key"), r.getString("source_name"),
                r.getString("source_code"), r.getString("source_country"));
        String targetKey = r.getString("target_key");
        ActorRef target = targetKey == null ? null : new ActorRef(targetKey, r.getString("target_name"),
                r.getString("target_code"), r.getString("target_country"));
        return new MergedEvent(r.getLong("event_uid"), r.getString("event_date"), source, target,
                r.getString("cameo"), r.getString("plover"), r.getInt("quad"), r.getDouble("goldstein"),
                r.getString("place_name"), r.getString("place_country"), nullableDouble(r, "lat"),
                nullableDouble(r, "lon"), Modality.parse(r.getString("modality")), r.getLong("num_mentions"),
                r.getLong("num_articles"), r.getLong("num_reports"), r.getLong("num_sources"), evidence);
    }

    private static Double nullableDouble(ResultSet r, String column) throws SQLException {
        double v = r.getDouble(column);
        return r.wasNull() ? null : v;
    }

    /**
     * The conditions of {@code f} over {@code merged_events m}. Actors are matched the store's way (its
     * {@link EventFilterSql#MERGED} fragments: the registry's names and codes, merged rows joined by key), so the
     * API and the store's own queries and exports agree on what "Putin" or "USA" selects. Several modalities are
     * one {@code IN} list: the store's {@code EventQuery} takes one modality, and querying once per modality would
     * make paging a merge of several sorted lists.
     */
    private static SqlWhere mergedConditions(EventFilter f) {
        EventFilterSql m = EventFilterSql.MERGED;
        SqlWhere where = new SqlWhere()
                .addIf(f.actor(), "(" + m.sourceMatch() + " OR " + m.targetMatch() + ")", f.actor(), f.actor(),
                        f.actor(), f.actor())
                .addIf(f.source(), m.sourceMatch(), f.source(), f.source())
                .addIf(f.target(), m.targetMatch(), f.target(), f.target())
                .addIf(f.cameo(), "starts_with(" + m.cameo() + ", ?)", f.cameo())
                .addIf(f.since(), m.dateFirst() + " >= ?", f.since())
                .addIf(f.until(), m.dateLast() + " <= ?", f.until());
        if (!f.modalities().isEmpty()) {
            List<String> names = f.modalities().stream().map(Modality::json).sorted().toList();
            where.add(m.modality() + " IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")",
                    names.toArray());
        }
        return where;
    }

    /**
     * Registry actors, most-named first. Without a date range this reads the registry alone: the counts are kept on
     * each registry actor by the store (schema 7), so the list costs a scan of the registry, not an aggregate over
     * every per-article actor row (~1 s at 2M rows). With a date range the counts must cover only the articles of
     * that range, so the links of those articles are aggregated.
     */
    @Override
    public Page<ActorSummary> actors(ActorFilter filter, PageRequest page) {
        SqlWhere where = new SqlWhere()
                .addIf(filter.text(), ActorSearch.TEXT, filter.text(), filter.text(), filter.text(), filter.text())
                // countries are stored upper-case (schema version 5): the value is upper-cased, not every row
                .addIf(filter.country(), "r.country = ?",
                        filter.country() == null ? null : filter.country().toUpperCase(java.util.Locale.ROOT))
                .addIf(filter.kind(), "r.kind = ?", filter.kind() == null ? null : filter.kind().json());
        boolean dated = filter.since() != null || filter.until() != null;
        String sql = (dated ? datedActorSql(filter, where) : """
                SELECT r.actor_key, r.name, r.code, r.country, r.kind, r.sector, r.articles, r.events_as_source,
                       r.events_as_target, r.quotes
                FROM registry_actors r""" + " WHERE " + where.sql())
                + " ORDER BY 7 DESC, r.name, r.actor_key LIMIT ? OFFSET ?";
        List<ActorSummary> rows = read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = 1;
                if (dated) {
                    for (java.time.LocalDate day : new java.time.LocalDate[] {filter.since(), filter.until()}) {
                        if (day != null) {
                            ps.setObject(next++, day);
                        }
                    }
                }
                next = where.bind(ps, next);
                ps.setInt(next, page.overfetch());
                ps.setInt(next + 1, page.offset());
                return actorSummaries(ps);
            }
        });
        return Page.fromOverfetch(rows, page);
    }

    /**
     * The actor list counted over the articles of a date range: the range's links (the date placeholders first,
     * since then until, each only when set) with their events and quotes, grouped by registry actor.
     */
    private static String datedActorSql(ActorFilter filter, SqlWhere where) {
        List<String> range = new ArrayList<>();
        if (filter.since() != null) {
            range.add("a.published_date >= ?");
        }
        if (filter.until() != null) {
            range.add("a.published_date <= ?");
        }
        return """
                WITH la AS (SELECT l.actor_key, l.article_id, l.actor_id FROM actor_links l
                            JOIN articles a ON a.id = l.article_id WHERE %s)
                SELECT r.actor_key, r.name, r.code, r.country, r.kind, r.sector,
                       count(DISTINCT la.article_id) AS articles,
                       coalesce(sum(es.n), 0), coalesce(sum(et.n), 0), coalesce(sum(qs.n), 0)
                FROM la
                JOIN registry_actors r ON r.actor_key = la.actor_key
                LEFT JOIN (SELECT article_id, source_actor AS actor_id, count(*) AS n FROM events GROUP BY ALL) es
                       ON es.article_id = la.article_id AND es.actor_id = la.actor_id
                LEFT JOIN (SELECT article_id, target_actor AS actor_id, count(*) AS n FROM events
                           WHERE target_actor IS NOT NULL GROUP BY ALL) et
                       ON et.article_id = la.article_id AND et.actor_id = la.actor_id
                LEFT JOIN (SELECT article_id, speaker AS actor_id, count(*) AS n FROM quotes
                           WHERE speaker IS NOT NULL GROUP BY ALL) qs
                       ON qs.article_id = la.article_id AND qs.actor_id = la.actor_id
                WHERE %s
                GROUP BY r.actor_key, r.name, r.code, r.country, r.kind, r.sector""".formatted(
                String.join(" AND ", range), where.sql());
    }

    private static List<ActorSummary> actorSummaries(PreparedStatement ps) throws SQLException {
        List<ActorSummary> out = new ArrayList<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(new ActorSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getLong(7), r.getLong(8), r.getLong(9), r.getLong(10)));
            }
        }
        return out;
    }

    @Override
    public DyadSeries dyad(String a, String b, EventFilter filter, Bucket bucket, int eventLimit) {
        EventFilterSql m = EventFilterSql.MERGED;
        String part = bucket.datePart();
        return read(c -> {
            // the registry actors each side names, read once (the registry is small): the rows are then tested
            // against two short lists, instead of four semi-joins with the registry under an OR, which DuckDB runs
            // as mark joins over every merged event; a side naming very many actors keeps the semi-joins
            String[] aKeys = registryKeys(c, a);
            String[] bKeys = registryKeys(c, b);
            String aToB;
            Object[] aToBValues;
            if (aKeys.length <= MAX_LISTED_KEYS && bKeys.length <= MAX_LISTED_KEYS) {
                aToB = "(list_contains(?, m.source_key) AND list_contains(?, m.target_key))";
                aToBValues = new Object[] {aKeys, bKeys};
            } else {
                aToB = "(" + m.sourceMatch() + " AND " + m.targetMatch() + ")";
                aToBValues = new Object[] {a, a, b, b};
            }
            Object[] bothWays = new Object[aToBValues.length * 2];
            System.arraycopy(aToBValues, 0, bothWays, 0, aToBValues.length);
            for (int i = 0; i < aToBValues.length; i++) {
                // the same condition bound the other way round: a's values swapped with b's
                int half = aToBValues.length / 2;
                bothWays[aToBValues.length + i] = aToBValues[i < half ? i + half : i - half];
            }
            // the filter's own actor fields are not used by the dyad
            SqlWhere where = mergedConditions(filter).add("(" + aToB + " OR " + aToB + ")", bothWays);
            // an event counts in a step only when its whole date lies in it (the store's dyad series rule): a
            // month-dated event is in a monthly series, not on the first day of a daily one. The date part is a
            // fixed word of the enum, written into the SQL: bound as a parameter, date_trunc parsed it on every row
            String seriesSql = "SELECT CAST(date_trunc('" + part + "', m.date_first) AS DATE) AS period, " + aToB
                    + " AS ab, m.quad, count(*), sum(m.goldstein), sum(m.num_articles) FROM merged_events m"
                    + " WHERE m.date_first IS NOT NULL AND date_trunc('" + part + "', m.date_first)"
                    + " = date_trunc('" + part + "', m.date_last) AND " + where.sql() + " GROUP BY 1, 2, 3 ORDER BY 1";
            Map<String, long[]> counts = new LinkedHashMap<>(); // ab, ba, quad 1-4, articles
            Map<String, Double> goldstein = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(seriesSql)) {
                int next = 1;
                for (Object v : aToBValues) {
                    next = SqlWhere.bindValue(ps, next, v);
                }
                where.bind(ps, next);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String period = r.getString(1);
                        long[] n = counts.computeIfAbsent(period, k -> new long[7]);
                        long events = r.getLong(4);
                        n[r.getBoolean(2) ? 0 : 1] += events;
                        n[1 + r.getInt(3)] += events;
                        n[6] += r.getLong(6);
                        goldstein.merge(period, r.getDouble(5), Double::sum);
                    }
                }
            }
            List<DyadPoint> points = new ArrayList<>();
            counts.forEach((period, n) -> {
                double sum = goldstein.get(period);
                long total = n[0] + n[1];
                points.add(new DyadPoint(period, n[0], n[1], n[2], n[3], n[4], n[5], n[6], sum, sum / total));
            });
            return new DyadSeries(a, b, bucket, points, mergedPage(c, where, eventLimit, 0));
        });
    }

    /** The most registry actors a dyad side is matched by as a list of keys. */
    private static final int MAX_LISTED_KEYS = 500;

    /** The keys of the registry actors {@code text} selects, as the store's actor filter selects them. */
    private static String[] registryKeys(DuckDBConnection c, String text) throws SQLException {
        List<String> keys = new ArrayList<>();
        // the store's own fragment over a relation named as it expects, so "Putin" or "USA" selects the same actors
        try (PreparedStatement ps = c.prepareStatement("SELECT m.source_key FROM (SELECT actor_key AS source_key"
                + " FROM registry_actors) m WHERE " + EventFilterSql.MERGED.sourceMatch())) {
            ps.setString(1, text);
            ps.setString(2, text);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
        }
        return keys.toArray(new String[0]);
    }

    /**
     * Merged events per step: a story many outlets told counts once, as in the dyad view. Read from
     * {@code merged_events} alone (one scan of a table kept up to date on ingest) instead of grouping every
     * per-article event joined to its article and actors (0.4-2.4 s at 100k articles).
     */
    @Override
    public List<TimelinePoint> timeline(EventFilter filter, Bucket bucket) {
        SqlWhere where = mergedConditions(filter);
        String sql = "SELECT CAST(date_trunc('" + bucket.datePart() + "', m.date_first) AS DATE) AS period, m.quad,"
                + " count(*), sum(m.goldstein)"
                + " FROM merged_events m WHERE m.date_first IS NOT NULL AND " + where.sql()
                + " GROUP BY 1, 2 ORDER BY 1";
        return read(c -> {
            Map<String, long[]> counts = new LinkedHashMap<>();
            Map<String, Double> goldstein = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                where.bind(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        counts.computeIfAbsent(r.getString(1), k -> new long[4])[r.getInt(2) - 1] += r.getLong(3);
                        goldstein.merge(r.getString(1), r.getDouble(4), Double::sum);
                    }
                }
            }
            List<TimelinePoint> points = new ArrayList<>();
            counts.forEach((period, n) -> {
                long total = n[0] + n[1] + n[2] + n[3];
                points.add(new TimelinePoint(period, total, n[0], n[1], n[2], n[3], goldstein.get(period) / total));
            });
            return points;
        });
    }

    /**
     * Who acts on whom among the merged events, an edge per pair of registry actors (so "Kremlin" and "Russia",
     * one registry actor, are one node). Read from {@code merged_events} alone, like {@link #timeline}.
     */
    @Override
    public ActorNetwork network(EventFilter filter, int edgeLimit) {
        SqlWhere where = mergedConditions(filter);
        String sql = "SELECT any_value(m.source_name), any_value(m.source_code), any_value(m.target_name),"
                + " any_value(m.target_code), count(*) AS n, avg(m.goldstein), m.source_key, m.target_key"
                + " FROM merged_events m WHERE m.target_key IS NOT NULL AND " + where.sql()
                + " GROUP BY m.source_key, m.target_key ORDER BY n DESC, m.source_key, m.target_key LIMIT ?";
        return read(c -> {
            Map<String, Integer> ids = new LinkedHashMap<>();
            List<String[]> labels = new ArrayList<>();
            List<long[]> weights = new ArrayList<>();
            List<NetworkEdge> edges = new ArrayList<>();
            boolean truncated = false;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = where.bind(ps, 1);
                ps.setInt(next, edgeLimit + 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        if (edges.size() == edgeLimit) {
                            truncated = true;
                            break;
                        }
                        long n = r.getLong(5);
                        int source = node(ids, weights, labels, r.getString(7), r.getString(1), r.getString(2), n);
                        int target = node(ids, weights, labels, r.getString(8), r.getString(3), r.getString(4), n);
                        edges.add(new NetworkEdge(source, target, n, r.getDouble(6)));
                    }
                }
            }
            List<NetworkNode> nodes = new ArrayList<>();
            ids.forEach((key, id) -> nodes.add(new NetworkNode(id, labels.get(id)[0], labels.get(id)[1],
                    weights.get(id)[0])));
            return new ActorNetwork(nodes, edges, truncated);
        });
    }

    /** The node of registry actor {@code key}, added with its name and code on first sight; adds {@code n}. */
    private static int node(Map<String, Integer> ids, List<long[]> weights, List<String[]> labels, String key,
                            String name, String code, long n) {
        Integer id = ids.computeIfAbsent(key, k -> {
            weights.add(new long[1]);
            labels.add(new String[] {name, code});
            return weights.size() - 1;
        });
        weights.get(id)[0] += n;
        return id;
    }

    /**
     * The places of the merged events, most events first, each with its newest {@code samplePerPlace} events.
     * Read from {@code merged_events} (places and coordinates are copied there on ingest) instead of joining every
     * per-article event to its place, article and actors; a sampled event is shown through its first evidence
     * link (article, event id, sentence), its actors as the registry names them. {@code articles} counts reports:
     * an article telling two events at one place counts twice.
     */
    @Override
    public List<PlaceSummary> places(EventFilter filter, int limit, int samplePerPlace) {
        SqlWhere where = mergedConditions(filter);
        String place = "coalesce(m.place_name, '') AS pname, coalesce(m.place_country, '') AS pcountry,"
                + " round(m.lat, 2) AS plat, round(m.lon, 2) AS plon";
        // one pass: the places and, per place, the keys of its newest events (max_by with a count keeps the top
        // few per group; newest = latest first day, undated last as the smallest day, then the lowest uid). A
        // window numbering every located event per place cost ~0.3 s of sorting at 375k merged events.
        String sql = "SELECT " + place + ", count(*) AS n, sum(m.num_reports) AS arts,"
                + " max_by(m.merge_key, {'d': coalesce(m.date_first, DATE '-infinity'), 'u': -m.event_uid}, ?)"
                + " AS sample FROM merged_events m WHERE m.lat IS NOT NULL AND " + where.sql()
                + " GROUP BY ALL ORDER BY n DESC, pname, pcountry, plat, plon LIMIT ?";
        return read(c -> {
            record Place(List<Object> place, long events, long articles, List<String> keys) {
            }
            List<Place> places = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, Math.max(1, samplePerPlace)); // a place is listed even with no sample asked for
                int next = where.bind(ps, 2);
                ps.setInt(next, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        List<String> keys = new ArrayList<>();
                        for (Object key : (Object[]) r.getArray("sample").getArray()) {
                            keys.add((String) key);
                        }
                        places.add(new Place(List.of(r.getString("pname"), r.getString("pcountry"),
                                r.getDouble("plat"), r.getDouble("plon")), r.getLong("n"), r.getLong("arts"), keys));
                    }
                }
            }
            Map<String, ResultRow> sampled = new java.util.HashMap<>();
            List<String> allKeys = places.stream().flatMap(p -> p.keys().stream()).toList();
            if (!allKeys.isEmpty()) {
                forEachByKey(c, "SELECT m.* FROM merged_events m", allKeys, r -> sampled.put(r.getString("merge_key"),
                        new ResultRow(merged(r, List.of()), r.getDouble("confidence"))));
            }
            Map<String, List<EvidenceRef>> evidence = sampled.isEmpty() ? Map.of()
                    : MergedEventSearch.evidence(c, List.copyOf(sampled.keySet()));
            List<PlaceSummary> summaries = new ArrayList<>();
            for (Place p : places) {
                List<EventRow> sample = new ArrayList<>();
                for (String key : p.keys().subList(0, Math.min(samplePerPlace, p.keys().size()))) {
                    ResultRow row = sampled.get(key);
                    List<EvidenceRef> refs = evidence.getOrDefault(key, List.of());
                    if (row != null && !refs.isEmpty()) { // null: removed between the two reads
                        sample.add(sampleRow(row.event(), refs.get(0), row.confidence()));
                    }
                }
                summaries.add(new PlaceSummary(emptyToNull((String) p.place().get(0)),
                        emptyToNull((String) p.place().get(1)), (Double) p.place().get(2), (Double) p.place().get(3),
                        p.events(), p.articles(), sample));
            }
            return summaries;
        });
    }

    /** A sampled merged event and its confidence, as read by {@link #places}. */
    private record ResultRow(MergedEvent event, double confidence) {
    }

    /**
     * A merged event shown as the event of its first evidence link: that article's id, event id and sentence, the
     * merged event's coding; actor ids are registry keys and there is no per-article place id.
     */
    private static EventRow sampleRow(MergedEvent m, EvidenceRef ref, double confidence) {
        return new EventRow(ref.articleId(), ref.eventId(), ref.published(), m.source(), m.target(), m.cameo(),
                m.plover(), m.quad(), m.goldstein(), m.date(), null, m.place(), m.modality(), confidence,
                ref.evidence());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    @Override
    public Optional<ArticleView> article(String id) {
        return store.article(id).flatMap(a -> store.extraction(id).map(x -> new ArticleView(a, x)));
    }

    @Override
    public SearchResults search(String text, int limit) {
        List<ArticleHit> articles = read(c -> articleHits(c, text, limit));
        List<ActorSummary> actors = actors(new ActorFilter(text, null, null, null, null), new PageRequest(limit, 0))
                .items();
        List<QuoteRow> quotes = store.quotes(QuoteQuery.all().withText(text).withPage(limit, 0));
        return new SearchResults(text, articles, actors, quotes);
    }

    /** Article ids per confirming statement of {@link #articleHits}. */
    private static final int SEARCH_WINDOW = 200;

    /** Windows of newest articles tried before a search that the word index does not narrow scans every text. */
    private static final int SEARCH_WINDOWS = 2;

    private static final String ARTICLE_ORDER = "published_date DESC NULLS LAST, id";
    private static final String ARTICLE_MATCH = "(contains(lower(title), lower(?)) OR contains(lower(text), lower(?)))";

    /**
     * The newest {@code limit} articles whose title or text contains {@code text} (case-insensitive), found without
     * lower-casing every stored text where possible: the word index ({@link WordIndex}) gives the few articles that
     * can match, which are put in order and confirmed a window at a time; a text it cannot narrow (its words are in
     * many articles) is then common, so the newest articles are confirmed a window at a time, and only when those
     * windows do not fill the page is every text scanned. The snippets are cut from the page's articles only. All
     * three ways return the rows the plain scan returns.
     */
    private static List<ArticleHit> articleHits(DuckDBConnection c, String text, int limit) throws SQLException {
        Optional<List<String>> candidates = WordIndex.candidateArticles(c, text);
        List<String> ids;
        if (candidates.isPresent()) {
            List<String> ordered = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE id IN (SELECT unnest(?))"
                    + " ORDER BY " + ARTICLE_ORDER)) {
                ps.setArray(1, c.createArrayOf("VARCHAR", candidates.get().toArray(new String[0])));
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        ordered.add(r.getString(1));
                    }
                }
            }
            ids = new ArrayList<>();
            for (int from = 0; from < ordered.size() && ids.size() < limit; from += SEARCH_WINDOW) {
                ids.addAll(confirmed(c, ordered.subList(from, Math.min(ordered.size(), from + SEARCH_WINDOW)), text));
            }
        } else {
            ids = new ArrayList<>();
            boolean exhausted = false;
            for (int w = 0; w < SEARCH_WINDOWS && ids.size() < limit && !exhausted; w++) {
                List<String> window = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles ORDER BY " + ARTICLE_ORDER
                        + " LIMIT ? OFFSET ?")) {
                    ps.setInt(1, SEARCH_WINDOW);
                    ps.setInt(2, w * SEARCH_WINDOW);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            window.add(r.getString(1));
                        }
                    }
                }
                exhausted = window.size() < SEARCH_WINDOW;
                ids.addAll(confirmed(c, window, text));
            }
            if (ids.size() < limit && !exhausted) {
                ids = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE " + ARTICLE_MATCH
                        + " ORDER BY " + ARTICLE_ORDER + " LIMIT ?")) {
                    ps.setString(1, text);
                    ps.setString(2, text);
                    ps.setInt(3, limit);
                    try (ResultSet r = ps.executeQuery()) {
                        while (r.next()) {
                            ids.add(r.getString(1));
                        }
                    }
                }
            }
        }
        if (ids.size() > limit) {
            ids = ids.subList(0, limit);
        }
        return hits(c, ids, text);
    }

    /** Those of {@code ordered} (kept in order) whose title or text contains {@code text}. */
    private static List<String> confirmed(DuckDBConnection c, List<String> ordered, String text) throws SQLException {
        java.util.Set<String> matching = new java.util.HashSet<>();
        if (ordered.isEmpty()) {
            return List.of();
        }
        // the test is in the projection, not the WHERE clause: as a filter DuckDB would push it into the scan of
        // every article's text instead of testing the rows the primary key's index finds
        forEachByKey(c, "SELECT id, " + ARTICLE_MATCH + " FROM articles", "id", List.of(text, text), ordered, r -> {
            if (r.getBoolean(2)) {
                matching.add(r.getString(1));
            }
        });
        return ordered.stream().filter(matching::contains).toList();
    }

    /** The search hits of {@code ids}, in that order, each with a snippet around the first match in its text. */
    private static List<ArticleHit> hits(DuckDBConnection c, List<String> ids, String text) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, ArticleHit> byId = new java.util.HashMap<>();
        String from = "greatest(1, strpos(lower(text), lower(?)) - 80)";
        forEachByKey(c, "SELECT id, title, published, source, substring(text, " + from + ", " + SNIPPET + "), "
                + from + ", length(text) FROM articles", "id", List.of(text, text), ids, r -> {
                    long start = r.getLong(6);
                    byId.put(r.getString(1), new ArticleHit(r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), wholeWords(r.getString(5), start > 1, start + SNIPPET <= r.getLong(7))));
                });
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** A snippet cut from inside a text loses its broken first and last words and says so with an ellipsis. */
    static String wholeWords(String snippet, boolean cutBefore, boolean cutAfter) {
        if (snippet == null) {
            return null;
        }
        String s = snippet;
        if (cutBefore) {
            int space = s.indexOf(' ');
            s = "\u2026" + (space >= 0 ? s.substring(space + 1) : s);
        }
        if (cutAfter) {
            int space = s.lastIndexOf(' ');
            s = (space > 0 ? s.substring(0, space) : s) + "\u2026";
        }
        return s;
    }

    @Override
    public StoreStats stats() {
        return new StoreStats(store.count("articles"), store.count("actors"), store.count("quotes"),
                store.count("events"), store.count("places"), store.count("issues"));
    }

    /** Work done on a read connection of its own. */
    @FunctionalInterface
    private interface ReadAction<T> {
        T apply(DuckDBConnection c) throws SQLException;
    }

    private <T> T read(ReadAction<T> action) {
        try (DuckDBConnection c = root.duplicate()) {
            return action.apply(c);
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            throw new StoreException(store.file() + ": cannot close the query connection: " + e.getMessage(), e);
        }
    }
}
