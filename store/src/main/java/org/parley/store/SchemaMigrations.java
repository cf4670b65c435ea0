package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The store's schema as a list of forward migrations, and the code that brings a database up to date.
 *
 * <p>The {@code schema_version} table holds one row per applied step. Opening a database applies every
 * step above its highest version, each in its own transaction, so a crash leaves the file at a whole version.
 * A file written by a newer Parley (a version above the last known step) is refused rather than misread.
 *
 * <p>Column names avoid SQL keywords ({@code end}, {@code at}) so that ad-hoc SQL over the file needs no quoting:
 * spans are {@code start_offset}/{@code end_offset}, prefixed by what they belong to where a row has several.
 *
 * <p>There are no foreign keys: DuckDB checks them eagerly within a transaction, which would forbid replacing an
 * article (delete children, delete parent, insert again) atomically. Primary keys guard what extractors must keep
 * unique (actor, quote, event and place ids within an article). Immutable and stateless: thread-safe.
 */
final class SchemaMigrations {

    static final String VERSION_TABLE = "schema_version";

    /** Every table a migration creates, in the order rows are written; the only names {@code count} accepts. */
    static final List<String> TABLES =
            List.of("articles", "actors", "mentions", "quotes", "events", "times", "places", "issues",
                    "registry_actors", "actor_links", "article_signatures", "minhash_buckets", "event_links",
                    "merged_events", "registry_aliases", "search_articles", "search_words", "search_postings",
                    "registry_titles");

    private static final Migration V1 = new Migration(1, "articles, actors, mentions, quotes, events, times, "
            + "places and issues", List.of("""
            CREATE TABLE articles (
                id             VARCHAR PRIMARY KEY,
                published      VARCHAR,
                published_date DATE,
                title          VARCHAR,
                source         VARCHAR,
                url            VARCHAR,
                text           VARCHAR NOT NULL,
                text_sha256    VARCHAR NOT NULL,
                token_count    INTEGER,
                ingested_at    TIMESTAMP NOT NULL,
                parley_version VARCHAR NOT NULL
            )""", """
            CREATE TABLE actors (
                article_id VARCHAR NOT NULL,
                actor_id   VARCHAR NOT NULL,
                seq        INTEGER NOT NULL,
                name       VARCHAR NOT NULL,
                kind       VARCHAR NOT NULL,
                country    VARCHAR,
                sector     VARCHAR,
                code       VARCHAR,
                title      VARCHAR,
                PRIMARY KEY (article_id, actor_id)
            )""", """
            CREATE TABLE mentions (
                article_id   VARCHAR NOT NULL,
                actor_id     VARCHAR NOT NULL,
                seq          INTEGER NOT NULL,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                text         VARCHAR NOT NULL
            )""", """
            CREATE TABLE quotes (
                article_id   VARCHAR NOT NULL,
                quote_id     VARCHAR NOT NULL,
                seq          INTEGER NOT NULL,
                text         VARCHAR,
                kind         VARCHAR NOT NULL,
                act          VARCHAR NOT NULL,
                speaker      VARCHAR,
                source_start INTEGER,
                source_end   INTEGER,
                source_text  VARCHAR,
                cue_start    INTEGER,
                cue_end      INTEGER,
                cue_text     VARCHAR,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL,
                channel      VARCHAR,
                PRIMARY KEY (article_id, quote_id)
            )""", """
            CREATE TABLE events (
                article_id     VARCHAR NOT NULL,
                event_id       VARCHAR NOT NULL,
                seq            INTEGER NOT NULL,
                source_actor   VARCHAR NOT NULL,
                target_actor   VARCHAR,
                cameo          VARCHAR NOT NULL,
                plover         VARCHAR,
                quad           INTEGER NOT NULL CHECK (quad BETWEEN 1 AND 4),
                goldstein      DOUBLE NOT NULL,
                event_date     VARCHAR,
                date_first     DATE,
                date_last      DATE,
                place_id       VARCHAR,
                modality       VARCHAR NOT NULL,
                confidence     DOUBLE NOT NULL,
                evidence_start INTEGER NOT NULL,
                evidence_end   INTEGER NOT NULL,
                evidence_text  VARCHAR NOT NULL,
                also_json      VARCHAR NOT NULL,
                PRIMARY KEY (article_id, event_id)
            )""", """
            CREATE TABLE times (
                article_id   VARCHAR NOT NULL,
                seq          INTEGER NOT NULL,
                text         VARCHAR,
                value        VARCHAR,
                start_offset INTEGER NOT NULL,
                end_offset   INTEGER NOT NULL
            )""", """
            CREATE TABLE places (
                article_id    VARCHAR NOT NULL,
                place_id      VARCHAR NOT NULL,
                seq           INTEGER NOT NULL,
                name          VARCHAR,
                country       VARCHAR,
                lat           DOUBLE NOT NULL,
                lon           DOUBLE NOT NULL,
                geonameid     BIGINT,
                precision     VARCHAR,
                mentions_json VARCHAR NOT NULL,
                PRIMARY KEY (article_id, place_id)
            )""",
            "CREATE SEQUENCE issue_ids START 1", """
            CREATE TABLE issues (
                id          BIGINT PRIMARY KEY DEFAULT nextval('issue_ids'),
                file        VARCHAR,
                line        BIGINT NOT NULL,
                record_id   VARCHAR,
                stage       VARCHAR NOT NULL,
                reason      VARCHAR NOT NULL,
                recorded_at TIMESTAMP NOT NULL
            )"""));

    /**
     * Cross-article tables, all derived from the article rows and kept up to date in the ingest transaction
     * ({@code org.parley.merge}): the actor registry and each article actor's link to it, MinHash signatures and
     * LSH buckets of the article texts with the near-duplicate cluster each article belongs to ({@code dup_root}:
     * the earliest stored article of its cluster), each event's merge key, and the merged events themselves.
     * Existing articles are linked when the store is next opened for writing ({@code MergedEvents.rebuild}).
     */
    static final Migration CROSS_ARTICLE = new Migration(2, "actor registry, near-duplicate signatures, merged events",
            List.of("""
            CREATE TABLE registry_actors (
                actor_key VARCHAR PRIMARY KEY,
                kind      VARCHAR NOT NULL,
                name      VARCHAR NOT NULL,
                country   VARCHAR,
                sector    VARCHAR,
                code      VARCHAR
            )""", """
            CREATE TABLE actor_links (
                article_id VARCHAR NOT NULL,
                actor_id   VARCHAR NOT NULL,
                actor_key  VARCHAR NOT NULL,
                PRIMARY KEY (article_id, actor_id)
            )""", """
            CREATE TABLE article_signatures (
                article_id VARCHAR PRIMARY KEY,
                minhash    VARCHAR NOT NULL,
                dup_root   VARCHAR NOT NULL,
                similarity DOUBLE
            )""", """
            CREATE TABLE minhash_buckets (
                bucket     BIGINT NOT NULL,
                article_id VARCHAR NOT NULL
            )""", """
            CREATE TABLE event_links (
                article_id     VARCHAR NOT NULL,
                event_id       VARCHAR NOT NULL,
                merge_key      VARCHAR NOT NULL,
                event_uid      BIGINT NOT NULL,
                day_key        VARCHAR,
                source_key     VARCHAR NOT NULL,
                target_key     VARCHAR,
                place_key      VARCHAR,
                mentions       INTEGER NOT NULL,
                date_first     DATE,
                date_last      DATE,
                cameo          VARCHAR NOT NULL,
                plover         VARCHAR,
                quad           INTEGER NOT NULL,
                goldstein      DOUBLE NOT NULL,
                modality       VARCHAR NOT NULL,
                confidence     DOUBLE NOT NULL,
                evidence_start INTEGER NOT NULL,
                evidence_end   INTEGER NOT NULL,
                evidence_text  VARCHAR NOT NULL,
                outlet         VARCHAR,
                url            VARCHAR,
                published      VARCHAR,
                ingested_at    TIMESTAMP NOT NULL,
                dup_root       VARCHAR NOT NULL,
                place_name     VARCHAR,
                place_country  VARCHAR,
                lat            DOUBLE,
                lon            DOUBLE,
                geonameid      BIGINT,
                place_precision VARCHAR,
                PRIMARY KEY (article_id, event_id)
            )""", """
            CREATE TABLE merged_events (
                merge_key       VARCHAR PRIMARY KEY,
                event_uid       BIGINT NOT NULL,
                event_date      VARCHAR,
                date_first      DATE,
                date_last       DATE,
                source_key      VARCHAR NOT NULL,
                source_name     VARCHAR,
                source_code     VARCHAR,
                source_country  VARCHAR,
                source_sector   VARCHAR,
                target_key      VARCHAR,
                target_name     VARCHAR,
                target_code     VARCHAR,
                target_country  VARCHAR,
                target_sector   VARCHAR,
                cameo           VARCHAR NOT NULL,
                plover          VARCHAR,
                quad            INTEGER NOT NULL,
                goldstein       DOUBLE NOT NULL,
                place_key       VARCHAR,
                place_name      VARCHAR,
                place_country   VARCHAR,
                lat             DOUBLE,
                lon             DOUBLE,
                geonameid       BIGINT,
                place_precision VARCHAR,
                modality        VARCHAR NOT NULL,
                confidence      DOUBLE NOT NULL,
                num_mentions    INTEGER NOT NULL,
                num_articles    INTEGER NOT NULL,
                num_reports     INTEGER NOT NULL,
                num_sources     INTEGER NOT NULL,
                outlets         VARCHAR,
                root_event      BOOLEAN NOT NULL,
                first_article   VARCHAR NOT NULL,
                first_url       VARCHAR,
                first_added     TIMESTAMP NOT NULL
            )"""));

    /**
     * The knowledge each article was extracted with: the SHA-256 of the lexicon, codebooks, gazetteer and user
     * dictionaries ({@code ExtractorProvenance}), beside the Parley version already stored. NULL for articles
     * stored before (and for extractions of unknown knowledge): {@code parley recode --only-stale} recodes them.
     */
    static final Migration PROVENANCE = new Migration(3, "knowledge hash per article",
            List.of("ALTER TABLE articles ADD COLUMN knowledge_sha256 VARCHAR"));

    /**
     * An index on each link's merge key: reading a merged event's evidence (every query page with evidence, every
     * export page) and recomputing merged events on ingest look links up by merge key, which without it scanned
     * every link (90-300 ms per lookup at a million links; under 2 ms with it). Built in ~2 s per million links.
     */
    static final Migration LINK_INDEX = new Migration(4, "index on event_links.merge_key",
            List.of("CREATE INDEX event_links_merge_key ON event_links (merge_key)"));

    /**
     * Stored events carry what the event filters test and what a page of events shows: their actors' names, codes
     * and countries and their place's name and country (copies of the article's own {@code actors} and
     * {@code places} rows, written from the same extraction in the same transaction). The filter then reads one
     * table instead of joining the two-million-row {@code actors} table twice (0.7-3 s at a million events).
     * Countries are stored upper-case everywhere, so filters compare columns to an upper-cased value instead of
     * upper-casing every row. An index on {@code events(article_id)} serves a page's lookup of its rows and the
     * article view. The index is created last: DuckDB refuses {@code ALTER TABLE} on an indexed table.
     */
    static final Migration EVENT_COLUMNS = new Migration(5, "actor and place columns on events, upper-case "
            + "countries, index on events.article_id", List.of(
            "UPDATE actors SET country = upper(country) WHERE country <> upper(country)",
            "UPDATE places SET country = upper(country) WHERE country <> upper(country)",
            "UPDATE registry_actors SET country = upper(country) WHERE country <> upper(country)",
            "UPDATE event_links SET place_country = upper(place_country) WHERE place_country <> upper(place_country)",
            "UPDATE merged_events SET source_country = upper(source_country), target_country = upper(target_country), "
                    + "place_country = upper(place_country) WHERE source_country <> upper(source_country) "
                    + "OR target_country <> upper(target_country) OR place_country <> upper(place_country)",
            "ALTER TABLE events ADD COLUMN source_name VARCHAR",
            "ALTER TABLE events ADD COLUMN source_code VARCHAR",
            "ALTER TABLE events ADD COLUMN source_country VARCHAR",
            "ALTER TABLE events ADD COLUMN target_name VARCHAR",
            "ALTER TABLE events ADD COLUMN target_code VARCHAR",
            "ALTER TABLE events ADD COLUMN target_country VARCHAR",
            "ALTER TABLE events ADD COLUMN place_name VARCHAR",
            "ALTER TABLE events ADD COLUMN place_country VARCHAR",
            """
            UPDATE events SET source_name = s.name, source_code = s.code, source_country = s.country
            FROM actors s WHERE s.article_id = events.article_id AND s.actor_id = events.source_actor""",
            """
            UPDATE events SET target_name = t.name, target_code = t.code, target_country = t.country
            FROM actors t WHERE t.article_id = events.article_id AND t.actor_id = events.target_actor""",
            """
            UPDATE events SET place_name = p.name, place_country = p.country
            FROM places p WHERE p.article_id = events.article_id AND p.place_id = events.place_id""",
            "CREATE INDEX events_article ON events (article_id)"));

    /**
     * Stored events keep their magnitudes (dead, injured, size, arrested as the sentence states them) as a JSON
     * list, like their further evidence spans; NULL for events stored before. The article index is dropped and
     * rebuilt around the change because DuckDB refuses {@code ALTER TABLE} on an indexed table. And a staging
     * table with merged_events' columns and no key, through which recomputed merged events are updated in place
     * instead of deleted and re-inserted (see {@code CrossArticleLinker}). A later migration that adds a column to
     * merged_events must add it to merged_events_staging as well, in the same position.
     */
    static final Migration EVENT_MAGNITUDES = new Migration(6, "event magnitudes, merged-event staging", List.of(
            "DROP INDEX events_article",
            "ALTER TABLE events ADD COLUMN magnitudes_json VARCHAR",
            "CREATE INDEX events_article ON events (article_id)",
            "CREATE TABLE merged_events_staging AS SELECT * FROM merged_events LIMIT 0"));

    /**
     * Fills the registry's counts and the alias table from the links and per-article rows: what {@link #ACTOR_COUNTS}
     * runs on a store written before it, and what a store filled by plain SQL (the query benchmark) runs after its
     * fill. Counts follow {@code CrossArticleLinker}'s rules: articles are distinct articles linking the actor, events
     * and quotes count per-article rows whose source, target or speaker links to it, and an alias is counted once
     * per actor row (its name) and once per mention (its text).
     */
    static final List<String> ACTOR_COUNTS_BACKFILL = List.of("""
            UPDATE registry_actors SET articles = s.n, first_seen = s.f, last_seen = s.l
            FROM (SELECT l.actor_key, count(DISTINCT l.article_id) AS n, min(a.published_date) AS f,
                         max(a.published_date) AS l
                  FROM actor_links l JOIN articles a ON a.id = l.article_id GROUP BY l.actor_key) s
            WHERE registry_actors.actor_key = s.actor_key""", """
            UPDATE registry_actors SET events_as_source = s.n
            FROM (SELECT l.actor_key, count(*) AS n FROM events e
                  JOIN actor_links l ON l.article_id = e.article_id AND l.actor_id = e.source_actor
                  GROUP BY l.actor_key) s
            WHERE registry_actors.actor_key = s.actor_key""", """
            UPDATE registry_actors SET events_as_target = s.n
            FROM (SELECT l.actor_key, count(*) AS n FROM events e
                  JOIN actor_links l ON l.article_id = e.article_id AND l.actor_id = e.target_actor
                  GROUP BY l.actor_key) s
            WHERE registry_actors.actor_key = s.actor_key""", """
            UPDATE registry_actors SET quotes = s.n
            FROM (SELECT l.actor_key, count(*) AS n FROM quotes q
                  JOIN actor_links l ON l.article_id = q.article_id AND l.actor_id = q.speaker
                  GROUP BY l.actor_key) s
            WHERE registry_actors.actor_key = s.actor_key""", """
            INSERT INTO registry_aliases
            SELECT actor_key, alias, lower(alias), sum(as_name), sum(as_mention) FROM (
                SELECT l.actor_key, x.name AS alias, 1 AS as_name, 0 AS as_mention FROM actor_links l
                JOIN actors x ON x.article_id = l.article_id AND x.actor_id = l.actor_id
                UNION ALL
                SELECT l.actor_key, m.text, 0, 1 FROM actor_links l
                JOIN mentions m ON m.article_id = l.article_id AND m.actor_id = l.actor_id)
            GROUP BY actor_key, alias""");

    /**
     * The actor list reads the registry instead of aggregating the per-article actor rows (~1 s at 2M of them): each
     * registry actor carries how many articles name it, the events it did and underwent, the quotes it is given and
     * the first and last publication day of its articles, and {@code registry_aliases} holds every name and mention
     * text its articles gave it with how often, so a search by alias reads that table instead of joining every link
     * to the actor and mention rows. {@code CrossArticleLinker} keeps both current on ingest, re-ingest, recode and
     * removal, through the two staging tables (empty between writes). The aliases have no key: an index entry
     * deleted and re-inserted while a reader's snapshot still sees it makes DuckDB refuse the write (see schema 6).
     */
    static final Migration ACTOR_COUNTS = new Migration(7, "actor counts and aliases on the registry",
            concat(List.of(
                    "ALTER TABLE registry_actors ADD COLUMN articles INTEGER DEFAULT 0",
                    "ALTER TABLE registry_actors ADD COLUMN events_as_source INTEGER DEFAULT 0",
                    "ALTER TABLE registry_actors ADD COLUMN events_as_target INTEGER DEFAULT 0",
                    "ALTER TABLE registry_actors ADD COLUMN quotes INTEGER DEFAULT 0",
                    "ALTER TABLE registry_actors ADD COLUMN first_seen DATE",
                    "ALTER TABLE registry_actors ADD COLUMN last_seen DATE", """
                    CREATE TABLE registry_aliases (
                        actor_key   VARCHAR NOT NULL,
                        alias       VARCHAR NOT NULL,
                        alias_lower VARCHAR NOT NULL,
                        as_name     INTEGER NOT NULL,
                        as_mention  INTEGER NOT NULL
                    )""", """
                    CREATE TABLE registry_count_deltas (
                        actor_key        VARCHAR NOT NULL,
                        articles         INTEGER NOT NULL,
                        events_as_source INTEGER NOT NULL,
                        events_as_target INTEGER NOT NULL,
                        quotes           INTEGER NOT NULL,
                        first_seen       DATE,
                        last_seen        DATE
                    )""", """
                    CREATE TABLE registry_alias_deltas (
                        actor_key  VARCHAR NOT NULL,
                        alias      VARCHAR NOT NULL,
                        as_name    INTEGER NOT NULL,
                        as_mention INTEGER NOT NULL
                    )"""), ACTOR_COUNTS_BACKFILL));

    /**
     * Version 8: the word index of free-text search ({@code org.parley.query.WordIndex}): a number per article, the
     * vocabulary (lower-cased words and their 64-bit hashes) and the postings (word hash, article number) with an
     * index on the hash. {@code WordIndexWriter} keeps them current on every write; the tables are filled for the
     * articles already stored by {@code ParleyStore.open} right after this step (the words are cut in Java, as at
     * ingest, so the index and the queries agree on what a word is). No keys: an index entry deleted and re-inserted
     * while a reader's snapshot still sees it makes DuckDB refuse the write (see schema 6); the postings' index is
     * not unique.
     */
    static final Migration WORD_INDEX = new Migration(8, "word index for free-text search", List.of("""
            CREATE TABLE search_articles (
                article_id  VARCHAR NOT NULL,
                article_num BIGINT NOT NULL
            )""", """
            CREATE TABLE search_words (
                word      VARCHAR NOT NULL,
                word_hash BIGINT NOT NULL
            )""", """
            CREATE TABLE search_word_staging (
                word      VARCHAR NOT NULL,
                word_hash BIGINT NOT NULL
            )""", """
            CREATE TABLE search_postings (
                word_hash   BIGINT NOT NULL,
                article_num BIGINT NOT NULL
            )""",
            "CREATE INDEX search_postings_word ON search_postings(word_hash)"));

    /** Fills {@code registry_titles} from the links and actor rows (schema 9's migration, and a recount). */
    static final String ACTOR_TITLES_BACKFILL = """
            INSERT INTO registry_titles
            SELECT l.actor_key, lower(x.title), min(x.title), count(DISTINCT l.article_id), min(a.published_date),
                   max(a.published_date)
            FROM actor_links l
            JOIN actors x ON x.article_id = l.article_id AND x.actor_id = l.actor_id
            JOIN articles a ON a.id = l.article_id
            WHERE x.title IS NOT NULL
            GROUP BY l.actor_key, lower(x.title)""";

    /**
     * Version 9: the titles each registry actor was given over time ({@code registry_titles}: actor, lower-cased
     * title, the title as written, articles, first and last day), kept by {@code CrossArticleLinker} on every write
     * through {@code registry_title_deltas} like the aliases, so listing actors no longer joins every link of the
     * listed actors to their actor rows and articles. No key, for the reason given at schema 8.
     */
    static final Migration ACTOR_TITLES = new Migration(9, "actor titles over time on the registry", List.of("""
            CREATE TABLE registry_titles (
                actor_key   VARCHAR NOT NULL,
                title_lower VARCHAR NOT NULL,
                title       VARCHAR NOT NULL,
                articles    INTEGER NOT NULL,
                first_seen  DATE,
                last_seen   DATE
            )""", """
            CREATE TABLE registry_title_deltas (
                actor_key  VARCHAR NOT NULL,
                title      VARCHAR NOT NULL,
                articles   INTEGER NOT NULL,
                first_seen DATE,
                last_seen  DATE
            )""", ACTOR_TITLES_BACKFILL));

    /** The released schema, oldest step first. */
    static final List<Migration> ALL = List.of(V1, CROSS_ARTICLE, PROVENANCE, LINK_INDEX, EVENT_COLUMNS,
            EVENT_MAGNITUDES, ACTOR_COUNTS, WORD_INDEX, ACTOR_TITLES);

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private SchemaMigrations() {
    }

    /** Checks that {@code steps} are numbered 1, 2, 3, ... in order. */
    static void checkSequence(List<Migration> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).version() != i + 1) {
                throw new IllegalArgumentException(
                        "migration " + i + " has version " + steps.get(i).version() + ", expected " + (i + 1));
            }
        }
    }

    /** The highest applied version, or 0 for a database without the version table. */
    static int currentVersion(Connection c) throws SQLException {
        try (PreparedStatement exists = c.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = ?")) {
            exists.setString(1, VERSION_TABLE);
            try (ResultSet r = exists.executeQuery()) {
                r.next();
                if (r.getLong(1) == 0) {
                    return 0;
                }
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(version), 0) FROM " + VERSION_TABLE)) {
            r.next();
            return r.getInt(1);
        }
    }

    /**
     * Applies the steps above the database's version, each in one transaction.
     *
     * @return the version the database is at afterwards
     * @throws StoreException when the database is newer than {@code steps}, or a step fails
     */
    static int migrate(Connection c, List<Migration> steps, Clock clock, String where) throws SQLException {
        checkSequence(steps);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE
                    + " (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        int current = currentVersion(c);
        checkNotNewer(current, steps, where);
        for (Migration step : steps.subList(current, steps.size())) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (Statement s = c.createStatement();
                 PreparedStatement record = c.prepareStatement("INSERT INTO " + VERSION_TABLE + " VALUES (?, ?, ?)")) {
                for (String sql : step.statements()) {
                    s.execute(sql);
                }
                record.setInt(1, step.version());
                record.setString(2, step.description());
                record.setObject(3, LocalDateTime.now(clock));
                record.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw new StoreException(where + ": schema migration to version " + step.version() + " ("
                        + step.description() + ") failed: " + e.getMessage(), e);
            } finally {
                c.setAutoCommit(autoCommit);
            }
            current = step.version();
        }
        return current;
    }

    static void checkNotNewer(int current, List<Migration> steps, String where) {
        if (current > steps.size()) {
            throw new StoreException(where + " has schema version " + current + " but this Parley knows only up to "
                    + steps.size() + ": open it with a newer Parley");
        }
    }
}
