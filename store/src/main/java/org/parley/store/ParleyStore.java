package org.parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.duckdb.DuckDBConnection;
import org.parley.article.Article;
import org.parley.extract.Extraction;
import org.parley.ingest.ProcessingIssue;
import org.parley.export.EventExporter;
import org.parley.export.ExportFormat;
import org.parley.export.ExportSummary;
import org.parley.query.ActorProfile;
import org.parley.query.ActorQuery;
import org.parley.query.ActorSearch;
import org.parley.query.DyadPoint;
import org.parley.query.DyadSeries;
import org.parley.query.DyadSeriesQuery;
import org.parley.query.EventQuery;
import org.parley.query.MergedEventRow;
import org.parley.query.MergedEventSearch;
import org.parley.query.EventRow;
import org.parley.query.EventSearch;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;
import org.parley.query.QuoteSearch;

/**
 * The embedded DuckDB store: one file holding articles, what was extracted from them (actors, mentions, quotes,
 * events, times, places) and the issues met on the way. Opening creates the file and brings its schema up to date
 * ({@link SchemaMigrations}).
 *
 * <p>Writing is idempotent per article: an article whose id is stored with the same text hash is left alone,
 * one whose text changed has all its rows replaced in one transaction, so a reader never sees half an article and
 * a failure leaves the old rows.
 *
 * <p><b>Thread safety.</b> One instance may be shared by any number of threads. Writes ({@code ingest},
 * {@code ingestBatch}, {@code recordIssue}) go through one writer connection and are serialized on a lock, so
 * there is exactly one writer. Each read ({@code contains}, {@code events}, {@code quotes}, ...) runs on a
 * connection of its own, duplicated from the same database, so reads run concurrently with each other and with a
 * write in progress, and see only committed data (DuckDB's MVCC snapshot as of the read's start). Do not close the
 * store while calls are in flight. Another process cannot open the file while a process has it open for writing
 * (DuckDB locks it); several processes may open it with {@link #openReadOnly} while no writer holds it.
 *
 * <p>DuckDB unpacks its native library into {@code java.io.tmpdir} the first time a store is opened.
 */
public final class ParleyStore implements AutoCloseable {

    private static final int IDS_PER_STATEMENT = 500;
    private static final List<String> ARTICLE_TABLES =
            List.of("actors", "mentions", "quotes", "events", "times", "places");

    private final Path file;
    private final DuckDBConnection root;
    private final DuckDBConnection writer;
    private final Object writeLock = new Object();
    private final Clock clock;
    private final ArticleRowWriter rowWriter;
    private final ExtractionReader reader;
    private final CrossArticleLinker linker = new CrossArticleLinker();
    private final WordIndexWriter words = new WordIndexWriter();
    private volatile boolean closed;

    private ParleyStore(Path file, DuckDBConnection root, boolean readOnly, Clock clock) throws SQLException {
        this.file = file;
        this.root = root;
        // the root connection only hands out others: a duplicate copies its auto-commit state, which must never
        // be the writer's mid-transaction state
        this.writer = readOnly ? null : root.duplicate();
        this.clock = clock;
        ObjectMapper json = new ObjectMapper();
        this.rowWriter = new ArticleRowWriter(json, parleyVersion());
        this.reader = new ExtractionReader(json);
    }

    /**
     * Opens (creating it and its parent folders when missing) the store at {@code dbFile} for reading and writing,
     * and migrates its schema to the current version.
     *
     * @throws StoreException when the file cannot be opened (another process writing it, not a DuckDB file), was
     *                        written by a newer Parley, or cannot be migrated
     */
    public static ParleyStore open(Path dbFile) {
        return open(dbFile, SchemaMigrations.ALL, Clock.systemUTC());
    }

    /**
     * Opens an existing store for reading only; every write method then throws {@link StoreException}.
     *
     * @throws StoreException when the file does not exist, cannot be opened, or its schema is not this Parley's
     */
    public static ParleyStore openReadOnly(Path dbFile) {
        if (!Files.isRegularFile(dbFile)) {
            throw new StoreException(dbFile + ": no such store");
        }
        Properties props = new Properties();
        props.setProperty("duckdb.read_only", "true");
        DuckDBConnection root = connect(dbFile, props);
        try {
            int version = SchemaMigrations.currentVersion(root);
            SchemaMigrations.checkNotNewer(version, SchemaMigrations.ALL, dbFile.toString());
            if (version < SchemaMigrations.ALL.size()) {
                throw new StoreException(dbFile + " has schema version " + version + ", this Parley needs "
                        + SchemaMigrations.ALL.size() + ": open it for writing once to migrate it");
            }
            return new ParleyStore(dbFile, root, true, Clock.systemUTC());
        } catch (SQLException | RuntimeException e) {
            closeQuietly(root, e);
            throw e instanceof StoreException se ? se : new StoreException(dbFile + ": cannot open: " + e.getMessage(), e);
        }
    }

    /** Opens with the given migrations and clock: lets tests exercise migrations and pin timestamps. */
    static ParleyStore open(Path dbFile, List<Migration> migrations, Clock clock) {
        try {
            Path parent = dbFile.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(dbFile + ": cannot create its folder: " + e.getMessage(), e);
        }
        DuckDBConnection root = connect(dbFile, new Properties());
        try {
            int before = SchemaMigrations.currentVersion(root);
            int after = SchemaMigrations.migrate(root, migrations, clock, dbFile.toString());
            ParleyStore store = new ParleyStore(dbFile, root, false, clock);
            int crossArticle = SchemaMigrations.CROSS_ARTICLE.version();
            if (before >= 1 && before < crossArticle && after >= crossArticle
                    && migrations.contains(SchemaMigrations.CROSS_ARTICLE)) {
                // articles stored before the cross-article tables existed get linked and merged once
                store.rebuildMerged();
            }
            int wordIndex = SchemaMigrations.WORD_INDEX.version();
            if (before >= 1 && before < wordIndex && after >= wordIndex
                    && migrations.contains(SchemaMigrations.WORD_INDEX)) {
                // articles stored before the word index existed are indexed once
                store.rebuildWordIndex();
            }
            return store;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(root, e);
            throw e instanceof StoreException se ? se : new StoreException(dbFile + ": cannot open: " + e.getMessage(), e);
        }
    }

    private static DuckDBConnection connect(Path dbFile, Properties props) {
        try {
            return (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dbFile.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw new StoreException(dbFile + ": cannot open: " + e.getMessage(), e);
        }
    }

    /** The SHA-256 of {@code text} in UTF-8, as lower-case hex: the hash {@link #contains} compares. */
    public static String textSha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The schema version of the file (the highest applied migration). */
    public int schemaVersion() {
        return read(SchemaMigrations::currentVersion);
    }

    /** Stores one article; see {@link #ingest(ExtractedArticle)}. */
    public IngestResult ingest(Article article, Extraction extraction) {
        return ingest(new ExtractedArticle(article, extraction));
    }

    /**
     * Stores one article and its extraction in one transaction: UNCHANGED (nothing written) when its id is stored
     * with the same text hash, REPLACED (every old row deleted, the new ones written) when stored with another
     * hash, INSERTED otherwise.
     *
     * @throws StoreException when writing fails; the transaction is rolled back, so the article's previous rows
     *                        (if any) are still there
     */
    public IngestResult ingest(ExtractedArticle article) {
        synchronized (writeLock) {
            checkWritable();
            try {
                String stored = storedHashes(List.of(article.id())).get(article.id());
                if (textSha256(article.article().text()).equals(stored)) {
                    return IngestResult.UNCHANGED;
                }
                writeInTransaction(List.of(article), stored == null ? List.of() : List.of(article.id()));
                return stored == null ? IngestResult.INSERTED : IngestResult.REPLACED;
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(file + ": cannot store article " + article.id() + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Stores many articles in one transaction, writing child rows through DuckDB's Appender. Each article gets
     * the result {@link #ingest(ExtractedArticle)} would give it when the list is stored in order (an id given
     * twice: the later version wins, judged against the earlier). If the batch fails as a whole, it is rolled back
     * and stored article by article; an article that still fails is recorded in the issues table (stage
     * {@code store}) and reported FAILED, and the others are kept.
     *
     * @return one result per input, in input order
     * @throws StoreException when the store is read-only or the database itself fails
     */
    public List<IngestResult> ingestBatch(List<ExtractedArticle> articles) {
        synchronized (writeLock) {
            checkWritable();
            try {
                return ingestBatchLocked(articles);
            } catch (SQLException e) {
                throw new StoreException(file + ": cannot store a batch of " + articles.size() + " articles: "
                        + e.getMessage(), e);
            }
        }
    }

    private List<IngestResult> ingestBatchLocked(List<ExtractedArticle> articles) throws SQLException {
        List<String> ids = articles.stream().map(ExtractedArticle::id).distinct().toList();
        Map<String, String> stored = storedHashes(ids);
        Map<String, String> hashSoFar = new HashMap<>(stored);
        Map<String, ExtractedArticle> toWrite = new LinkedHashMap<>();
        IngestResult[] results = new IngestResult[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            ExtractedArticle a = articles.get(i);
            String hash = textSha256(a.article().text());
            String before = hashSoFar.put(a.id(), hash);
            if (hash.equals(before)) {
                results[i] = IngestResult.UNCHANGED;
            } else {
                results[i] = before == null ? IngestResult.INSERTED : IngestResult.REPLACED;
                toWrite.remove(a.id()); // keeps the write order that of the last version
                toWrite.put(a.id(), a);
            }
        }
        if (toWrite.isEmpty()) {
            return List.of(results);
        }
        List<String> replaced = toWrite.keySet().stream().filter(stored::containsKey).toList();
        try {
            writeInTransaction(new ArrayList<>(toWrite.values()), replaced);
        } catch (SQLException | RuntimeException batchFailure) {
            // one bad article must not cost the batch: store them one by one and record the ones that fail
            for (ExtractedArticle a : toWrite.values()) {
                try {
                    writeInTransaction(List.of(a), stored.containsKey(a.id()) ? List.of(a.id()) : List.of());
                } catch (SQLException | RuntimeException e) {
                    recordIssue(new ProcessingIssue(null, 0, a.id(), "store", oneLine(e.getMessage())));
                    for (int i = 0; i < articles.size(); i++) {
                        if (articles.get(i).id().equals(a.id()) && results[i] != IngestResult.UNCHANGED) {
                            results[i] = IngestResult.FAILED;
                        }
                    }
                }
            }
        }
        return List.of(results);
    }

    /**
     * Replaces what was extracted from articles stored with the same text, after the knowledge changed (a recode):
     * unlike {@link #ingest}, which skips an unchanged text, every given article's rows are deleted and rewritten,
     * all in one transaction, and the merged events and actor registry entries they touch are recomputed (a
     * registry actor takes the coding the new extraction gives it). Each article keeps its ingest time and its
     * near-duplicate cluster: its text did not change; the Parley version and knowledge hash become the new ones.
     *
     * <p>An article not stored with this text (removed, or re-ingested with another text since it was read) is not
     * written: it is recorded as an issue (stage {@code recode}) and reported FAILED. If the batch fails as a whole
     * it is retried article by article, as {@link #ingestBatch} does, and an article that still fails keeps its old
     * rows and becomes an issue (stage {@code store}) and FAILED.
     *
     * @return one result per input, in input order: REPLACED or FAILED
     * @throws IllegalArgumentException when an id is given twice
     * @throws StoreException           when the store is read-only or the database itself fails
     */
    public List<IngestResult> reextract(List<ExtractedArticle> articles) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
            if (position.put(articles.get(i).id(), i) != null) {
                throw new IllegalArgumentException("article " + articles.get(i).id() + " is given twice");
            }
        }
        synchronized (writeLock) {
            checkWritable();
            try {
                IngestResult[] results = new IngestResult[articles.size()];
                Map<String, String> stored = storedHashes(List.copyOf(position.keySet()));
                List<ExtractedArticle> toWrite = new ArrayList<>();
                for (int i = 0; i < articles.size(); i++) {
                    ExtractedArticle a = articles.get(i);
                    if (textSha256(a.article().text()).equals(stored.get(a.id()))) {
                        toWrite.add(a);
                        results[i] = IngestResult.REPLACED;
                    } else {
                        recordIssue(new ProcessingIssue(null, 0, a.id(), "recode", stored.containsKey(a.id())
                                ? "stored with another text since it was read: not recoded"
                                : "no longer stored: not recoded"));
                        results[i] = IngestResult.FAILED;
                    }
                }
                if (toWrite.isEmpty()) {
                    return List.of(results);
                }
                try {
                    inTransaction(() -> reextractLocked(toWrite));
                } catch (SQLException | RuntimeException batchFailure) {
                    for (ExtractedArticle a : toWrite) {
                        try {
                            inTransaction(() -> reextractLocked(List.of(a)));
                        } catch (SQLException | RuntimeException e) {
                            recordIssue(new ProcessingIssue(null, 0, a.id(), "store", oneLine(e.getMessage())));
                            results[position.get(a.id())] = IngestResult.FAILED;
                        }
                    }
                }
                return List.of(results);
            } catch (SQLException e) {
                throw new StoreException(file + ": cannot re-extract a batch of " + articles.size() + " articles: "
                        + e.getMessage(), e);
            }
        }
    }

    /** The writes of a re-extraction, inside the caller's transaction. */
    private void reextractLocked(List<ExtractedArticle> articles) throws SQLException {
        List<String> ids = articles.stream().map(ExtractedArticle::id).toList();
        // articles ingested together are appended and linked together, each group with its stored ingest time,
        // oldest first, as rebuildMerged does: first-report order of merged events stays as it was
        Map<String, LocalDateTime> ingested = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            try (PreparedStatement ps = writer.prepareStatement(
                    "SELECT id, ingested_at FROM articles WHERE id IN " + placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        ingested.put(r.getString(1), r.getObject(2, LocalDateTime.class));
                    }
                }
            }
        }
        TreeMap<LocalDateTime, List<ExtractedArticle>> byTime = new TreeMap<>();
        for (ExtractedArticle a : articles) {
            byTime.computeIfAbsent(ingested.get(a.id()), k -> new ArrayList<>()).add(a);
        }
        CrossArticleLinker.Changes changes = linker.unlinkExtractions(writer, ids);
        deleteArticles(ids);
        for (Map.Entry<LocalDateTime, List<ExtractedArticle>> group : byTime.entrySet()) {
            rowWriter.append(writer, group.getValue(), group.getKey());
            words.add(writer, group.getValue());
            linker.relink(writer, group.getValue(), changes, group.getKey());
        }
        linker.finish(writer, changes);
    }

    /** Work done inside the writer's transaction. */
    @FunctionalInterface
    private interface WriteAction {
        void run() throws SQLException;
    }

    /** Runs {@code action} in one transaction on the writer (called under the lock): all of it or nothing. */
    private void inTransaction(WriteAction action) throws SQLException {
        writer.setAutoCommit(false);
        try {
            // DuckDB opens the transaction lazily, at the next statement; an Appender alone does not open it and
            // its flushes would each commit on their own (measured: a failed new article left half its rows)
            try (Statement begin = writer.createStatement()) {
                begin.execute("SELECT 1");
            }
            action.run();
            writer.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    /**
     * Rolls the writer's transaction back after {@code failure}. A failed COMMIT has already ended the transaction
     * in DuckDB while the driver still believes one runs: its ROLLBACK then fails, and the driver would neither
     * begin the next transaction (its statements would each commit on their own) nor let auto-commit be turned
     * back on. An explicit BEGIN gives the driver's ROLLBACK a transaction to end, which clears that belief.
     */
    private void rollback(Exception failure) {
        try {
            writer.rollback();
        } catch (SQLException noTransaction) {
            try (Statement begin = writer.createStatement()) {
                begin.execute("BEGIN TRANSACTION");
                writer.rollback();
            } catch (SQLException stillFailing) {
                failure.addSuppressed(noTransaction);
                failure.addSuppressed(stillFailing);
            }
        }
    }

    /** Deletes every row of {@code replacedIds} and appends {@code articles}, all in one transaction. */
    private void writeInTransaction(List<ExtractedArticle> articles, Collection<String> replacedIds)
            throws SQLException {
        LocalDateTime now = LocalDateTime.now(clock);
        inTransaction(() -> {
            CrossArticleLinker.Changes changes = linker.unlink(writer, replacedIds);
            deleteArticles(replacedIds);
            rowWriter.append(writer, articles, now);
            words.add(writer, articles);
            linker.link(writer, articles, changes, now);
            linker.finish(writer, changes);
        });
    }

    /**
     * Removes article {@code id} and everything stored for it, and updates the merged events, near-duplicate
     * clusters and actor registry it contributed to, in one transaction.
     *
     * @return whether the article was stored
     * @throws StoreException when the store is read-only or writing fails (nothing is then removed)
     */
    public boolean remove(String id) {
        synchronized (writeLock) {
            checkWritable();
            try {
                if (!storedHashes(List.of(id)).containsKey(id)) {
                    return false;
                }
                writeInTransaction(List.of(), List.of(id));
                return true;
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(file + ": cannot remove article " + id + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Recomputes every cross-article table (actor registry, near-duplicate clusters, merged events) from the
     * stored articles, in one transaction. Ingest keeps them current; this is for stores written before they
     * existed (run on migration) and for repair.
     *
     * @throws StoreException when the store is read-only or writing fails (the old tables are then kept)
     */
    public void rebuildMerged() {
        synchronized (writeLock) {
            checkWritable();
            try {
                writer.setAutoCommit(false);
                try {
                    linker.clear(writer);
                    List<String> ids = new ArrayList<>();
                    try (Statement s = writer.createStatement();
                         ResultSet r = s.executeQuery("SELECT id FROM articles ORDER BY ingested_at, id")) {
                        while (r.next()) {
                            ids.add(r.getString(1));
                        }
                    }
                    CrossArticleLinker.Changes changes = new CrossArticleLinker.Changes();
                    Map<String, LocalDateTime> ingested = new HashMap<>();
                    try (Statement s = writer.createStatement();
                         ResultSet r = s.executeQuery("SELECT id, ingested_at FROM articles")) {
                        while (r.next()) {
                            ingested.put(r.getString(1), r.getObject(2, LocalDateTime.class));
                        }
                    }
                    for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
                        // articles ingested together are linked together, keeping their stored ingest time
                        for (String id : ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT))) {
                            Article a = reader.article(writer, id).orElseThrow();
                            linker.link(writer, List.of(new ExtractedArticle(a,
                                    reader.extraction(writer, id).orElseThrow())), changes, ingested.get(id));
                        }
                    }
                    linker.finish(writer, changes);
                    writer.commit();
                } catch (SQLException | RuntimeException e) {
                    writer.rollback();
                    throw e;
                } finally {
                    writer.setAutoCommit(true);
                }
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(file + ": cannot rebuild merged events: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Recounts the actor registry's counts and aliases (schema 7) and titles (schema 9) from the actor links and per-article rows, in one
     * transaction. Writes keep them current; this is for repair and for stores filled by plain SQL (benchmarks).
     *
     * @throws StoreException when the store is read-only or writing fails (the old counts are then kept)
     */
    public void recountActors() {
        synchronized (writeLock) {
            checkWritable();
            try {
                inTransaction(() -> {
                    try (Statement s = writer.createStatement()) {
                        s.execute("UPDATE registry_actors SET articles = 0, events_as_source = 0, "
                                + "events_as_target = 0, quotes = 0, first_seen = NULL, last_seen = NULL");
                        s.execute("DELETE FROM registry_aliases");
                        s.execute("DELETE FROM registry_titles");
                        for (String sql : SchemaMigrations.ACTOR_COUNTS_BACKFILL) {
                            s.execute(sql);
                        }
                        s.execute(SchemaMigrations.ACTOR_TITLES_BACKFILL);
                    }
                });
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(file + ": cannot recount actors: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Rebuilds the word index of free-text search (schema 8) from the stored articles, in one transaction. Writes
     * keep it current; this fills it for stores written before it existed (run on migration), for stores filled by
     * plain SQL (benchmarks) and for repair.
     *
     * @throws StoreException when the store is read-only or writing fails (the old index is then kept)
     */
    public void rebuildWordIndex() {
        synchronized (writeLock) {
            checkWritable();
            try {
                inTransaction(() -> words.rebuild(writer, 2_000));
            } catch (SQLException | RuntimeException e) {
                throw new StoreException(file + ": cannot rebuild the word index: " + e.getMessage(), e);
            }
        }
    }

    private void deleteArticles(Collection<String> ids) throws SQLException {
        List<String> all = List.copyOf(ids);
        words.remove(writer, all);
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT));
            for (String table : ARTICLE_TABLES) {
                executeWithIds("DELETE FROM " + table + " WHERE article_id IN ", chunk);
            }
            executeWithIds("DELETE FROM articles WHERE id IN ", chunk);
        }
    }

    private void executeWithIds(String sqlPrefix, List<String> ids) throws SQLException {
        try (PreparedStatement ps = writer.prepareStatement(sqlPrefix + placeholders(ids.size()))) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setString(i + 1, ids.get(i));
            }
            ps.executeUpdate();
        }
    }

    /** The stored text hash of each of {@code ids} that is stored (read on the writer: called under the lock). */
    private Map<String, String> storedHashes(List<String> ids) throws SQLException {
        Map<String, String> hashes = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_STATEMENT) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_STATEMENT));
            try (PreparedStatement ps = writer.prepareStatement(
                    "SELECT id, text_sha256 FROM articles WHERE id IN " + placeholders(chunk.size()))) {
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 1, chunk.get(i));
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        hashes.put(r.getString(1), r.getString(2));
                    }
                }
            }
        }
        return hashes;
    }

    private static String placeholders(int n) {
        return "(" + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
    }

    /** Whether the article {@code id} is stored with text hash {@code sha256}: if so, annotating it again is waste. */
    public boolean contains(String id, String sha256) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM articles WHERE id = ? AND text_sha256 = ?")) {
                ps.setString(1, id);
                ps.setString(2, sha256);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                }
            }
        });
    }

    /** The stored article {@code id}, if any. */
    public Optional<Article> article(String id) {
        return read(c -> reader.article(c, id));
    }

    /** What is stored for article {@code id}, in the order it was extracted, if the article is stored. */
    public Optional<Extraction> extraction(String id) {
        return read(c -> reader.extraction(c, id));
    }

    /**
     * Hands the stored articles to {@code pages} in id order, {@code pageSize} at a time; with {@code staleAgainst}
     * given, only those whose knowledge hash is not it (or is unknown). Each page is read on a connection of its
     * own and no read stays open while {@code pages} runs, so it may write to this store (recode what it was
     * handed) and memory holds one page of texts, whatever the store's size. Articles stored or changed during the
     * walk are seen when their id comes after the page being read.
     *
     * @param staleAgainst the current knowledge hash, or null for every article
     */
    public void forEachArticlePage(String staleAgainst, int pageSize, Consumer<List<StoredArticle>> pages) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be at least 1, not " + pageSize);
        }
        String after = null;
        while (true) {
            String from = after;
            List<StoredArticle> page = read(c -> articlePage(c, from, staleAgainst, pageSize));
            if (page.isEmpty()) {
                return;
            }
            pages.accept(page);
            if (page.size() < pageSize) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** How many articles {@link #forEachArticlePage} would hand out for {@code staleAgainst} (null: all). */
    public long countArticles(String staleAgainst) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM articles"
                    + (staleAgainst == null ? "" : " WHERE knowledge_sha256 IS DISTINCT FROM ?"))) {
                if (staleAgainst != null) {
                    ps.setString(1, staleAgainst);
                }
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    /** The stored article {@code id} with its Parley version and knowledge hash, if stored. */
    public Optional<StoredArticle> storedArticle(String id) {
        return read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ARTICLE_COLUMNS + " WHERE id = ?")) {
                ps.setString(1, id);
                List<StoredArticle> found = storedArticles(ps);
                return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
            }
        });
    }

    private static final String ARTICLE_COLUMNS =
            "SELECT id, published, title, source, url, text, parley_version, knowledge_sha256 FROM articles";

    private static List<StoredArticle> articlePage(DuckDBConnection c, String after, String staleAgainst, int limit)
            throws SQLException {
        List<String> where = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (after != null) {
            where.add("id > ?");
            values.add(after);
        }
        if (staleAgainst != null) {
            where.add("knowledge_sha256 IS DISTINCT FROM ?");
            values.add(staleAgainst);
        }
        String sql = ARTICLE_COLUMNS + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY id LIMIT " + limit;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.size(); i++) {
                ps.setString(i + 1, values.get(i));
            }
            return storedArticles(ps);
        }
    }

    private static List<StoredArticle> storedArticles(PreparedStatement ps) throws SQLException {
        List<StoredArticle> out = new ArrayList<>();
        try (ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(new StoredArticle(new Article(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6)), r.getString(7), r.getString(8)));
            }
        }
        return out;
    }

    /**
     * Records a problem met while processing, with the current time. A null stage or reason is stored as
     * "unknown" / "no reason given" rather than refused: losing the issue would be worse than an imprecise one.
     */
    public void recordIssue(ProcessingIssue issue) {
        synchronized (writeLock) {
            checkWritable();
            try (PreparedStatement ps = writer.prepareStatement("INSERT INTO issues "
                    + "(file, line, record_id, stage, reason, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, issue.file());
                ps.setLong(2, issue.line());
                ps.setString(3, issue.recordId());
                ps.setString(4, issue.stage() == null ? "unknown" : issue.stage());
                ps.setString(5, issue.reason() == null ? "no reason given" : issue.reason());
                ps.setObject(6, LocalDateTime.now(clock));
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new StoreException(file + ": cannot record issue " + issue.describe() + ": " + e.getMessage(), e);
            }
        }
    }

    /** Every recorded issue, oldest first. */
    public List<ProcessingIssue> issues() {
        return read(c -> {
            List<ProcessingIssue> issues = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT file, line, record_id, stage, reason FROM issues ORDER BY id")) {
                while (r.next()) {
                    issues.add(new ProcessingIssue(r.getString(1), r.getLong(2), r.getString(3), r.getString(4),
                            r.getString(5)));
                }
            }
            return issues;
        });
    }

    /** Events matching {@code query}, with actor names, codes, countries and evidence. */
    public List<EventRow> events(EventQuery query) {
        return read(c -> EventSearch.find(c, query));
    }

    /**
     * Merged events matching {@code query} (one row per date, source, target, CAMEO code, place and modality
     * across all articles), with their evidence sentences when {@code withEvidence}.
     */
    public List<MergedEventRow> mergedEvents(EventQuery query, boolean withEvidence) {
        return read(c -> MergedEventSearch.find(c, query, withEvidence));
    }

    /** Registry actors matching {@code query}, with aliases and titles over time. */
    public List<ActorProfile> actors(ActorQuery query) {
        return read(c -> ActorSearch.find(c, query));
    }

    /** A dyad's merged events per period, with the articles stored per period for normalization. */
    public List<DyadPoint> dyadSeries(DyadSeriesQuery query) {
        return read(c -> DyadSeries.compute(c, query));
    }

    /**
     * Writes the events matching {@code filter} to {@code out} in {@code format} (see {@link EventExporter}),
     * streaming: the result is never held whole in memory.
     *
     * @throws StoreException when reading the store or writing the file fails
     */
    public ExportSummary export(EventQuery filter, ExportFormat format, boolean allModalities, Path out) {
        try {
            return read(c -> new EventExporter(c, reader::extraction).export(filter, format, allModalities, out));
        } catch (UncheckedIOException e) {
            throw new StoreException(e.getMessage(), e);
        }
    }

    /** Quotes matching {@code query}, with the speaker's name. */
    public List<QuoteRow> quotes(QuoteQuery query) {
        return read(c -> QuoteSearch.find(c, query));
    }

    /**
     * The number of rows in {@code table}, one of articles, actors, mentions, quotes, events, times, places,
     * issues.
     *
     * @throws IllegalArgumentException for any other name (names cannot be SQL parameters, so only known ones
     *                                  reach the SQL)
     */
    public long count(String table) {
        if (!SchemaMigrations.TABLES.contains(table)) {
            throw new IllegalArgumentException("unknown table '" + table + "'; known: " + SchemaMigrations.TABLES);
        }
        return read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    /** Closes the database; waits for a write in progress. Closing twice is harmless. */
    @Override
    public void close() {
        synchronized (writeLock) {
            if (closed) {
                return;
            }
            closed = true;
            SQLException failure = null;
            for (DuckDBConnection c : writer == null ? List.of(root) : List.of(writer, root)) {
                try {
                    c.close();
                } catch (SQLException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw new StoreException(file + ": cannot close: " + failure.getMessage(), failure);
            }
        }
    }

    /** Work done on a read connection of its own. */
    @FunctionalInterface
    interface ReadAction<T> {
        T apply(DuckDBConnection c) throws SQLException;
    }

    /** Runs {@code action} on a fresh read connection (package-private so tests can look at raw columns). */
    <T> T read(ReadAction<T> action) {
        if (closed) {
            throw new StoreException(file + ": store is closed");
        }
        try (DuckDBConnection c = root.duplicate()) {
            return action.apply(c);
        } catch (SQLException e) {
            throw new StoreException(file + ": read failed: " + e.getMessage(), e);
        }
    }

    private void checkWritable() {
        if (closed) {
            throw new StoreException(file + ": store is closed");
        }
        if (writer == null) {
            throw new StoreException(file + ": store is open read-only");
        }
    }

    private static String oneLine(String message) {
        return message == null ? "unknown failure" : message.replaceAll("\\s+", " ").trim();
    }

    private static void closeQuietly(DuckDBConnection c, Exception cause) {
        try {
            c.close();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** The Parley version recorded with each article, from the build; "dev" when run from unpackaged classes. */
    private static String parleyVersion() {
        try (InputStream in = ParleyStore.class.getResourceAsStream("parley-version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version");
            return v == null || v.startsWith("${") ? "dev" : v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parley-version.properties", e);
        }
    }
}
