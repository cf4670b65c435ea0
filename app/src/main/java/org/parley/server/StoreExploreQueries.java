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
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;
import org.parley.store.ParleyStore;
import org.parley.store.StoreException;

/**
 * {@link ExploreQueries} over a Parley DuckDB store. Single events, quotes and articles come from the store's own
 * queries; the aggregates (merged events, dyads, timeline, network, places, actors, search) are plain, fully
 * parameterized SQL over the store's tables, until the store grows its own merged-event and dyad queries.
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
        SqlWhere where = eventConditions(filter);
        // two steps: the page of groups first (cheap counts), then the evidence of those groups only; ordered
        // lists over every group of a large store cost seconds
        String keys = "d, sn, sc, tn, tc, cameo, pn, pc, m";
        String order = "first_day DESC NULLS LAST, mentions DESC, sn, sc, tn, tc, cameo, pn, pc, m, d";
        StringBuilder sameGroup = new StringBuilder();
        for (String k : keys.split(", ")) {
            sameGroup.append(sameGroup.length() == 0 ? "" : " AND ").append("ev.").append(k)
                    .append(" IS NOT DISTINCT FROM pg.").append(k);
        }
        String sql = "WITH ev AS (SELECT e.event_date AS d, s.name AS sn, s.code AS sc, t.name AS tn, t.code AS tc,"
                + " e.cameo AS cameo, p.name AS pn, p.country AS pc, e.modality AS m, e.source_actor AS sa,"
                + " s.country AS scountry, e.target_actor AS ta, t.country AS tcountry, e.plover AS plover,"
                + " e.quad AS quad, e.goldstein AS goldstein, e.article_id AS article_id, e.seq AS seq,"
                + " e.event_id AS event_id, a.source AS publisher, " + DAY + " AS day,"
                // a hash of the group lets the evidence step find a group's rows with a hash join
                + " hash(e.event_date, s.name, s.code, t.name, t.code, e.cameo, p.name, p.country, e.modality) AS gk"
                + FROM + " WHERE " + where.sql() + "),"
                + " pg AS (SELECT gk, " + keys + ", min(sa) AS sa, min(scountry) AS scountry, min(ta) AS ta,"
                + " min(tcountry) AS tcountry, any_value(plover) AS plover, any_value(quad) AS quad,"
                + " any_value(goldstein) AS goldstein, count(*) AS mentions, count(DISTINCT article_id) AS arts,"
                + " count(DISTINCT publisher) AS pubs, min(day) AS first_day FROM ev GROUP BY gk, " + keys
                + " ORDER BY " + order + " LIMIT ? OFFSET ?),"
                + " links AS (SELECT pg.*, ev.article_id AS link_article, ev.event_id AS link_event,"
                + " row_number() OVER (PARTITION BY " + prefixed("pg.", keys)
                + " ORDER BY ev.article_id, ev.seq) AS rn FROM pg JOIN ev ON ev.gk = pg.gk AND " + sameGroup + ")"
                + " SELECT * FROM (SELECT links.*, x.evidence_text AS link_text FROM links JOIN events x"
                + " ON x.article_id = links.link_article AND x.event_id = links.link_event"
                + " WHERE links.rn <= " + MergedEvent.MAX_EVIDENCE + ") ORDER BY " + order + ", rn";
        List<MergedEvent> rows = read(c -> {
            List<MergedEvent> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int next = where.bind(ps, 1);
                ps.setInt(next, page.overfetch());
                ps.setInt(next + 1, page.offset());
                try (ResultSet r = ps.executeQuery()) {
                    MergedEvent.EvidenceLink link;
                    List<MergedEvent.EvidenceLink> links = null;
                    ResultRow group = null;
                    while (r.next()) {
                        link = new MergedEvent.EvidenceLink(r.getString("link_article"), r.getString("link_event"),
                                r.getString("link_text"));
                        if (r.getLong("rn") == 1) {
                            if (group != null) {
                                out.add(group.merged(links));
                            }
                            group = ResultRow.of(r);
                            links = new ArrayList<>();
                        }
                        links.add(link);
                    }
                    if (group != null) {
                        out.add(group.merged(links));
                    }
                }
            }
            return out;
        });
        return Page.fromOverfetch(rows, page);
    }

    private static String prefixed(String prefix, String columns) {
        return prefix + String.join(", " + prefix, columns.split(", "));
    }

    /** The group columns of one merged-event row, read before its evidence rows. */
    private record ResultRow(String date, ActorRef source, ActorRef target, String cameo, String plover, int quad,
                             double goldstein, String place, String country, String modality, long mentions,
                             long articles, long sources) {

        static ResultRow of(ResultSet r) throws SQLException {
            ActorRef source = new ActorRef(r.getString("sa"), r.getString("sn"), r.getString("sc"),
                    r.getString("scountry"));
            String targetId = r.getString("ta");
            ActorRef target = targetId == null ? null
                    : new ActorRef(targetId, r.getString("tn"), r.getString("tc"), r.getString("tcountry"));
            return new ResultRow(r.getString("d"), source, target, r.getString("cameo"), r.getString("plover"),
                    r.getInt("quad"), r.getDouble("goldstein"), r.getString("pn"), r.getString("pc"),
                    r.getString("m"), r.getLong("mentions"), r.getLong("arts"), r.getLong("pubs"));
        }

        MergedEvent merged(List<MergedEvent.EvidenceLink> evidence) {
            return new MergedEvent(date, source, target, cameo, plover, quad, goldstein, place, country, modality,
                    mentions, articles, sources, evidence);
        }
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
        SqlWhere where = eventConditions(filter);
        String aToB = "(" + SOURCE_IS + " AND " + TARGET_IS + ")";
        String bToA = aToB; // the same shape, bound the other way round
        String seriesSql = "SELECT CAST(date_trunc(?, " + DAY + ") AS DATE) AS period, " + aToB + " AS ab,"
                + " e.quad, count(*), sum(e.goldstein)" + FROM
                + " WHERE " + DAY + " IS NOT NULL AND (" + aToB + " OR " + bToA + ") AND " + where.sql()
                + " GROUP BY 1, 2, 3 ORDER BY 1";
        String eventsSql = "SELECT " + EVENT_COLUMNS + FROM + " WHERE (" + aToB + " OR " + bToA + ") AND "
                + where.sql() + " ORDER BY " + DAY + " DESC NULLS LAST, e.article_id, e.seq LIMIT ?";
        return read(c -> {
            Map<String, long[]> counts = new LinkedHashMap<>(); // ab, ba, quad 1-4
            Map<String, Double> goldstein = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(seriesSql)) {
                ps.setString(1, bucket.datePart());
                int next = bindDyad(ps, 2, a, b);
                next = bindDyad(ps, next, a, b);
                next = bindDyad(ps, next, b, a);
                where.bind(ps, next);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        String period = r.getString(1);
                        long[] n = counts.computeIfAbsent(period, k -> new long[6]);
                        long events = r.getLong(4);
                        n[r.getBoolean(2) ? 0 : 1] += events;
                        n[1 + r.getInt(3)] += events;
                        goldstein.merge(period, r.getDouble(5), Double::sum);
                    }
                }
            }
            List<DyadPoint> points = new ArrayList<>();
            counts.forEach((period, n) -> {
                double sum = goldstein.get(period);
                long total = n[0] + n[1];
                points.add(new DyadPoint(period, n[0], n[1], n[2], n[3], n[4], n[5], sum, sum / total));
            });
            List<EventRow> events = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(eventsSql)) {
                int next = bindDyad(ps, 1, a, b);
                next = bindDyad(ps, next, b, a);
                next = where.bind(ps, next);
                ps.setInt(next, eventLimit);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        events.add(eventRow(r));
                    }
                }
            }
            return new DyadSeries(a, b, bucket, points, events);
        });
    }

    /** Binds one {@code (SOURCE_IS AND TARGET_IS)} with {@code source} and {@code target}. */
    private static int bindDyad(PreparedStatement ps, int first, String source, String target) throws SQLException {
        ps.setString(first, source);
        ps.setString(first + 1, source);
        ps.setString(first + 2, target);
        ps.setString(first + 3, target);
        return first + 4;
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
