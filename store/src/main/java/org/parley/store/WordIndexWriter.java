package org.parley.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Quote;
import org.parley.query.WordIndex;

/**
 * Keeps the word index ({@link WordIndex}, schema version 8) in step with the article rows, inside the writer's
 * transaction: {@link #add} indexes the words of newly appended articles (title, text, quotes, evidence),
 * {@link #remove} drops the postings of articles whose rows are being deleted (removal, re-ingest, recode: a
 * re-extracted article is removed and added again, so its quotes and evidence are indexed anew).
 *
 * <p>Each article gets a number of its own ({@code search_articles}: the next after the highest), the postings are
 * (word hash, article number), one per distinct word of the article. The vocabulary ({@code search_words}) only
 * grows: a word no article uses any more costs one empty posting lookup, never a wrong answer.
 *
 * <p>Not thread-safe: used by the store's single writer under its lock.
 */
final class WordIndexWriter {

    /** Indexes {@code articles}, whose rows the caller has just appended. */
    void add(DuckDBConnection c, List<ExtractedArticle> articles) throws SQLException {
        if (articles.isEmpty()) {
            return;
        }
        long next;
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT coalesce(max(article_num), 0) FROM search_articles")) {
            r.next();
            next = r.getLong(1) + 1;
        }
        Map<String, Long> vocabulary = new HashMap<>();
        try (DuckDBAppender docs = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "search_articles");
             DuckDBAppender postings = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "search_postings")) {
            for (ExtractedArticle a : articles) {
                long num = next++;
                docs.beginRow().append(a.id()).append(num).endRow();
                for (String word : words(a)) {
                    long h = vocabulary.computeIfAbsent(word, WordIndex::hash);
                    postings.beginRow().append(h).append(num).endRow();
                }
            }
            docs.flush();
            postings.flush();
        }
        addWords(c, vocabulary);
    }

    /** The distinct words an article is found by. */
    static Set<String> words(ExtractedArticle a) {
        StringBuilder all = new StringBuilder();
        append(all, a.article().title());
        append(all, a.article().text());
        Extraction x = a.extraction();
        for (Quote q : x.quotes()) {
            append(all, q.text());
        }
        for (Event e : x.events()) {
            append(all, e.evidence() == null ? null : e.evidence().text());
        }
        return WordIndex.words(all.toString());
    }

    private static void append(StringBuilder all, String text) {
        if (text != null) {
            all.append(text).append('\n');
        }
    }

    /** Adds the words of {@code vocabulary} the store does not know yet, through the staging table. */
    private static void addWords(DuckDBConnection c, Map<String, Long> vocabulary) throws SQLException {
        if (vocabulary.isEmpty()) {
            return;
        }
        try (DuckDBAppender ap = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "search_word_staging")) {
            for (Map.Entry<String, Long> e : vocabulary.entrySet()) {
                ap.beginRow().append(e.getKey()).append(e.getValue()).endRow();
            }
            ap.flush();
        }
        try (Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO search_words SELECT s.word, s.word_hash FROM search_word_staging s
                    WHERE NOT EXISTS (SELECT 1 FROM search_words w WHERE w.word = s.word)""");
            s.execute("DELETE FROM search_word_staging");
        }
    }

    /** Drops the postings and numbers of {@code ids} (called before their rows are deleted). */
    void remove(Connection c, List<String> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> nums = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_num FROM search_articles WHERE article_id IN (SELECT unnest(?))")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray(new String[0])));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    nums.add(r.getLong(1));
                }
            }
        }
        if (nums.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM search_postings WHERE article_num IN (SELECT unnest(?))")) {
            ps.setArray(1, c.createArrayOf("BIGINT", nums.toArray(new Long[0])));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM search_articles WHERE article_id IN (SELECT unnest(?))")) {
            ps.setArray(1, c.createArrayOf("VARCHAR", ids.toArray(new String[0])));
            ps.executeUpdate();
        }
    }

    /**
     * Indexes every stored article from its stored rows (the schema 8 migration, and repair): clears the index, then
     * reads the articles in pages of {@code pageSize} with their quotes and evidence and indexes them.
     */
    void rebuild(DuckDBConnection c, int pageSize) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM search_postings");
            s.execute("DELETE FROM search_articles");
            s.execute("DELETE FROM search_words");
        }
        long next = 1;
        String after = "";
        Map<String, Long> vocabulary = new HashMap<>();
        while (true) {
            Map<String, StringBuilder> texts = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, title, text FROM articles WHERE id > ? ORDER BY id LIMIT ?")) {
                ps.setString(1, after);
                ps.setInt(2, pageSize);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        StringBuilder all = new StringBuilder();
                        append(all, r.getString(2));
                        append(all, r.getString(3));
                        texts.put(r.getString(1), all);
                    }
                }
            }
            if (texts.isEmpty()) {
                break;
            }
            String last = null;
            for (String id : texts.keySet()) {
                last = id;
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT article_id, text FROM quotes WHERE article_id > ? AND article_id <= ?
                    UNION ALL
                    SELECT article_id, evidence_text FROM events WHERE article_id > ? AND article_id <= ?""")) {
                ps.setString(1, after);
                ps.setString(2, last);
                ps.setString(3, after);
                ps.setString(4, last);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        StringBuilder all = texts.get(r.getString(1));
                        if (all != null) {
                            append(all, r.getString(2));
                        }
                    }
                }
            }
            try (DuckDBAppender docs = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "search_articles");
                 DuckDBAppender postings = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "search_postings")) {
                for (Map.Entry<String, StringBuilder> e : texts.entrySet()) {
                    long num = next++;
                    docs.beginRow().append(e.getKey()).append(num).endRow();
                    for (String word : WordIndex.words(e.getValue().toString())) {
                        long h = vocabulary.computeIfAbsent(word, WordIndex::hash);
                        postings.beginRow().append(h).append(num).endRow();
                    }
                }
                docs.flush();
                postings.flush();
            }
            after = last;
        }
        addWords(c, vocabulary);
    }
}
