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
import org.parley.query.EventFilterSql;
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.query.EvidenceRef;
import org.parley.query.MergedEventSearch;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * {@link ExploreQueries} over a Parley DuckDB store. Single events, quotes and articles come from the store's own
 * queries. Merged events and dyads read the store's cross-article {@code merged_events} table (schema v2: actor
 * registry, near-duplicates counted once, modality in the key) with the store's own filter fragments
 * ({@link EventFilterSql#MERGED}) and evidence reader ({@link MergedEventSearch#evidence}); the other aggregates
 * (timeline, network, places, actors, search) are plain, fully parameterized SQL over the per-article tables.
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

    /** The day an aggregate places an event on: its own first day, else its article's publication day. */
    private static final String DAY = "coalesce(e.date_first, a.published_date)";
    private static final String LAST_DAY = "coalesce(e.date_last, a.published_date)";

    private static final String EVENTS_AND_ARTICLES = " FROM events e JOIN articles a ON a.id = e.article_id";
    /** Joining actors on (article, actor id) costs ~0.3 s per side per 400k events: joined only when needed. */
    private static final String ACTOR_JOINS =
            " LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source_actor"
            + " LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target_actor";
    private static final String PLACE_JOIN =
            " LEFT JOIN places p ON p.article_id = e.article_id AND p.place_id = e.place_id";
    private static final String FROM = EVENTS_AND_ARTICLES + ACTOR_JOINS + PLACE_JOIN + " ";

    /** One event row, every column named, so rows can be read by label from any query that selects these. */
    private static final String EVENT_COLUMNS = """
            e.article_id AS article_id, e.event_id AS event_id, a.published AS published,
            e.source_actor AS s_id, s.name AS s_name, s.code AS s_code, s.country AS s_country,
            e.target_actor AS t_id, t.name AS t_name, t.code AS t_code, t.country AS t_country,
            e.cameo AS cameo, e.plover AS plover, e.quad AS quad, e.goldstein AS goldstein,
            e.event_date AS event_date, e.place_id AS place_id, p.name AS place_name, e.modality AS modality,
            e.confidence AS confidence, e.evidence_start AS ev_start, e.evidence_end AS ev_end,
            e.evidence_text AS ev_text""";

    private static final String SOURCE_IS = "(contains(lower(s.name), lower(?)) OR starts_with(lower(s.code), lower(?)))";
    private static final String TARGET_IS = "(contains(lower(t.name), lower(?)) OR starts_with(lower(t.code), lower(?)))";

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
     * first {@value MergedEvent#MAX_EVIDENCE} evidence links. Two steps: the page of rows first, then the evidence
     * of those rows only, read by the store's own evidence reader.
     */
    private static List<MergedEvent> mergedPage(DuckDBConnection c, SqlWhere where, int limit, int offset)
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

    @Override
    public Page<ActorSummary> actors(ActorFilter filter, PageRequest page) {
        SqlWhere where = new SqlWhere()
                .addIf(filter.text(), "(contains(lower(ac.name), lower(?)) OR starts_with(lower(ac.code), lower(?)))",
                        filter.text(), filter.text())
                .addIf(filter.country(), "upper(ac.country) = upper(?)", filter.country())
                .addIf(filter.kind(), "ac.kind = ?", filter.kind() == null ? null : filter.kind().json())
                .addIf(filter.since(), "a.published_date >= ?", filter.since())
                .addIf(filter.until(), "a.published_date <= ?", filter.until());
        String sql = actorSummarySql(where) + " LIMIT ? OFFSET ?";
        List<ActorSummary> rows = read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = where.bind(ps, 1);
                ps.setInt(next, page.overfetch());
                ps.setInt(next + 1, page.offset());
                return actorSummaries(ps);
            }
        });
        return Page.fromOverfetch(rows, page);
    }

    private static String actorSummarySql(SqlWhere where) {
        return """
                SELECT ac.name, ac.code, min(ac.country), mode(ac.kind), min(ac.sector),
                       count(DISTINCT ac.article_id) AS articles,
                       coalesce(sum(es.n), 0), coalesce(sum(et.n), 0), coalesce(sum(qs.n), 0)
                FROM actors ac
                JOIN articles a ON a.id = ac.article_id
                LEFT JOIN (SELECT article_id, source_actor AS actor_id, count(*) AS n FROM events GROUP BY ALL) es
                       ON es.article_id = ac.article_id AND es.actor_id = ac.actor_id
                LEFT JOIN (SELECT article_id, target_actor AS actor_id, count(*) AS n FROM events
                           WHERE target_actor IS NOT NULL GROUP BY ALL) et
                       ON et.article_id = ac.article_id AND et.actor_id = ac.actor_id
                LEFT JOIN (SELECT article_id, speaker AS actor_id, count(*) AS n FROM quotes
                           WHERE speaker IS NOT NULL GROUP BY ALL) qs
                       ON qs.article_id = ac.article_id AND qs.actor_id = ac.actor_id
                """ + " WHERE " + where.sql()
                + " GROUP BY ac.name, ac.code ORDER BY articles DESC, ac.name, ac.code NULLS FIRST";
    }

    private static List<ActorSummary> actorSummaries(PreparedStatement ps) throws SQLException {
        List<ActorSummary> out = new ArrayList<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(new ActorSummary(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9)));
            }
        }
        return out;
    }

    @Override
    public DyadSeries dyad(String a, String b, EventFilter filter, Bucket bucket, int eventLimit) {
        EventFilterSql m = EventFilterSql.MERGED;
        String aToB = "(" + m.sourceMatch() + " AND " + m.targetMatch() + ")";
        // the same condition bound the other way round; the filter's own actor fields are not used by the dyad
        SqlWhere where = mergedConditions(filter)
                .add("(" + aToB + " OR " + aToB + ")", a, a, b, b, b, b, a, a);
        // an event counts in a step only when its whole date lies in it (the store's dyad series rule): a
        // month-dated event is in a monthly series, not on the first day of a daily one
        String seriesSql = "SELECT CAST(date_trunc(?, m.date_first) AS DATE) AS period, " + aToB + " AS ab,"
                + " m.quad, count(*), sum(m.goldstein), sum(m.num_articles) FROM merged_events m"
                + " WHERE m.date_first IS NOT NULL AND date_trunc(?, m.date_first) = date_trunc(?, m.date_last)"
                + " AND " + where.sql() + " GROUP BY 1, 2, 3 ORDER BY 1";
        return read(c -> {
            Map<String, long[]> counts = new LinkedHashMap<>(); // ab, ba, quad 1-4, articles
            Map<String, Double> goldstein = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(seriesSql)) {
                ps.setString(1, bucket.datePart());
                ps.setString(2, a);
                ps.setString(3, a);
                ps.setString(4, b);
                ps.setString(5, b);
                ps.setString(6, bucket.datePart());
                ps.setString(7, bucket.datePart());
                where.bind(ps, 8);
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

    @Override
    public List<TimelinePoint> timeline(EventFilter filter, Bucket bucket) {
        SqlWhere where = eventConditions(filter);
        String from = EVENTS_AND_ARTICLES + (namesActors(filter) ? ACTOR_JOINS : "");
        String sql = "SELECT CAST(date_trunc(?, " + DAY + ") AS DATE) AS period, e.quad, count(*), sum(e.goldstein)"
                + from + " WHERE " + DAY + " IS NOT NULL AND " + where.sql() + " GROUP BY 1, 2 ORDER BY 1";
        return read(c -> {
            Map<String, long[]> counts = new LinkedHashMap<>();
            Map<String, Double> goldstein = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, bucket.datePart());
                where.bind(ps, 2);
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

    @Override
    public ActorNetwork network(EventFilter filter, int edgeLimit) {
        SqlWhere where = eventConditions(filter);
        String sql = "SELECT s.name, s.code, t.name, t.code, count(*) AS n, avg(e.goldstein)" + FROM
                + " WHERE s.name IS NOT NULL AND t.name IS NOT NULL AND " + where.sql()
                + " GROUP BY s.name, s.code, t.name, t.code ORDER BY n DESC, s.name, s.code, t.name, t.code LIMIT ?";
        return read(c -> {
            Map<List<String>, Integer> ids = new LinkedHashMap<>();
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
                        int source = node(ids, weights, r.getString(1), r.getString(2), n);
                        int target = node(ids, weights, r.getString(3), r.getString(4), n);
                        edges.add(new NetworkEdge(source, target, n, r.getDouble(6)));
                    }
                }
            }
            List<NetworkNode> nodes = new ArrayList<>();
            ids.forEach((key, id) -> nodes.add(new NetworkNode(id, key.get(0), key.get(1), weights.get(id)[0])));
            return new ActorNetwork(nodes, edges, truncated);
        });
    }

    private static int node(Map<List<String>, Integer> ids, List<long[]> weights, String name, String code, long n) {
        // Arrays.asList keeps a null code, which List.of refuses
        Integer id = ids.computeIfAbsent(java.util.Arrays.asList(name, code), k -> {
            weights.add(new long[1]);
            return weights.size() - 1;
        });
        weights.get(id)[0] += n;
        return id;
    }

    @Override
    public List<PlaceSummary> places(EventFilter filter, int limit, int samplePerPlace) {
        SqlWhere where = eventConditions(filter);
        String from = EVENTS_AND_ARTICLES + (namesActors(filter) ? ACTOR_JOINS : "") + PLACE_JOIN;
        String sql = "WITH ev AS (SELECT coalesce(p.name, '') AS pname, coalesce(p.country, '') AS pcountry,"
                + " round(p.lat, 2) AS plat, round(p.lon, 2) AS plon, " + DAY + " AS day, e.article_id AS aid,"
                + " e.event_id AS eid, e.seq AS seq" + from + " WHERE p.place_id IS NOT NULL AND " + where.sql() + "),"
                + " top AS (SELECT pname, pcountry, plat, plon, count(*) AS n, count(DISTINCT aid) AS arts"
                + " FROM ev GROUP BY ALL ORDER BY n DESC, pname, pcountry, plat, plon LIMIT ?),"
                + " ranked AS (SELECT ev.*, top.n, top.arts, row_number() OVER (PARTITION BY ev.pname, ev.pcountry,"
                + " ev.plat, ev.plon ORDER BY ev.day DESC NULLS LAST, ev.aid, ev.seq) AS rn"
                + " FROM ev JOIN top USING (pname, pcountry, plat, plon)),"
                + " picked AS (SELECT * FROM ranked WHERE rn <= ?)"
                + " SELECT picked.pname, picked.pcountry, picked.plat, picked.plon, picked.n, picked.arts, picked.rn, "
                + EVENT_COLUMNS + " FROM picked JOIN events e ON e.article_id = picked.aid AND e.event_id = picked.eid"
                + " JOIN articles a ON a.id = e.article_id" + ACTOR_JOINS + PLACE_JOIN
                + " ORDER BY picked.n DESC, picked.pname, picked.pcountry, picked.plat, picked.plon, picked.rn";
        return read(c -> {
            List<PlaceSummary> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = where.bind(ps, 1);
                ps.setInt(next, limit);
                ps.setInt(next + 1, samplePerPlace);
                try (ResultSet r = ps.executeQuery()) {
                    List<Object> key = null;
                    String name = null;
                    String country = null;
                    double lat = 0;
                    double lon = 0;
                    long n = 0;
                    long arts = 0;
                    List<EventRow> sample = new ArrayList<>();
                    while (r.next()) {
                        List<Object> rowKey = List.of(r.getString("pname"), r.getString("pcountry"),
                                r.getDouble("plat"), r.getDouble("plon"));
                        if (!rowKey.equals(key)) {
                            if (key != null) {
                                out.add(new PlaceSummary(name, country, lat, lon, n, arts, sample));
                            }
                            key = rowKey;
                            name = emptyToNull(r.getString("pname"));
                            country = emptyToNull(r.getString("pcountry"));
                            lat = r.getDouble("plat");
                            lon = r.getDouble("plon");
                            n = r.getLong("n");
                            arts = r.getLong("arts");
                            sample = new ArrayList<>();
                        }
                        sample.add(eventRow(r));
                    }
                    if (key != null) {
                        out.add(new PlaceSummary(name, country, lat, lon, n, arts, sample));
                    }
                }
            }
            return out;
        });
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
        String articleSql = "SELECT id, title, published, source,"
                + " substring(text, greatest(1, strpos(lower(text), lower(?)) - 80), " + SNIPPET + ")"
                + " FROM articles WHERE contains(lower(title), lower(?)) OR contains(lower(text), lower(?))"
                + " ORDER BY published_date DESC NULLS LAST, id LIMIT ?";
        List<ArticleHit> articles = read(c -> {
            List<ArticleHit> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(articleSql)) {
                ps.setString(1, text);
                ps.setString(2, text);
                ps.setString(3, text);
                ps.setInt(4, limit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new ArticleHit(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                                r.getString(5)));
                    }
                }
            }
            return out;
        });
        List<ActorSummary> actors = actors(new ActorFilter(text, null, null, null, null), new PageRequest(limit, 0))
                .items();
        List<QuoteRow> quotes = store.quotes(QuoteQuery.all().withText(text).withPage(limit, 0));
        return new SearchResults(text, articles, actors, quotes);
    }

    @Override
    public StoreStats stats() {
        return new StoreStats(store.count("articles"), store.count("actors"), store.count("quotes"),
                store.count("events"), store.count("places"), store.count("issues"));
    }

    /** Whether {@code filter} needs the actors joined. */
    private static boolean namesActors(EventFilter f) {
        return f.actor() != null || f.source() != null || f.target() != null;
    }

    /** The conditions of {@code filter} over the aliases of {@link #FROM}. */
    private static SqlWhere eventConditions(EventFilter f) {
        SqlWhere where = new SqlWhere()
                .addIf(f.actor(), "(" + SOURCE_IS + " OR " + TARGET_IS + ")", f.actor(), f.actor(), f.actor(),
                        f.actor())
                .addIf(f.source(), SOURCE_IS, f.source(), f.source())
                .addIf(f.target(), TARGET_IS, f.target(), f.target())
                .addIf(f.cameo(), "starts_with(e.cameo, ?)", f.cameo())
                .addIf(f.since(), DAY + " >= ?", f.since())
                .addIf(f.until(), LAST_DAY + " <= ?", f.until());
        if (!f.modalities().isEmpty()) {
            List<String> names = f.modalities().stream().map(Modality::json).sorted().toList();
            where.add("e.modality IN (" + String.join(", ", Collections.nCopies(names.size(), "?")) + ")",
                    names.toArray());
        }
        return where;
    }

    private static EventRow eventRow(ResultSet r) throws SQLException {
        ActorRef source = new ActorRef(r.getString("s_id"), r.getString("s_name"), r.getString("s_code"),
                r.getString("s_country"));
        String targetId = r.getString("t_id");
        ActorRef target = targetId == null ? null
                : new ActorRef(targetId, r.getString("t_name"), r.getString("t_code"), r.getString("t_country"));
        TextSpan evidence = new TextSpan(r.getInt("ev_start"), r.getInt("ev_end"), r.getString("ev_text"));
        return new EventRow(r.getString("article_id"), r.getString("event_id"), r.getString("published"), source,
                target, r.getString("cameo"), r.getString("plover"), r.getInt("quad"), r.getDouble("goldstein"),
                r.getString("event_date"), r.getString("place_id"), r.getString("place_name"),
                Modality.parse(r.getString("modality")), r.getDouble("confidence"), evidence);
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
