package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The store's word index (schema version 8): which articles contain which words, so a free-text filter reads the
 * texts of a few candidate articles instead of scanning every article text, quote and evidence sentence.
 *
 * <p>The text filters keep their meaning: "the lower-cased text contains the lower-cased query" (DuckDB's
 * {@code contains(lower(x), lower(?))}), substrings included. The index only narrows the articles whose rows can
 * match and the filter itself still decides; so a candidate set must hold every article with a match. Words are the
 * maximal runs of letters and digits of the lower-cased text ({@link #words}); an occurrence of the query in a text
 * puts each run of letters and digits of the query inside a word of the text: a run bounded by other characters on
 * both sides of the query is a whole word, the first run (when the query starts with it) ends a word, the last run
 * (when the query ends with it) starts one, and a query that is a single run lies anywhere inside a word. The
 * vocabulary ({@code search_words}) gives the words each run may be; the postings ({@code search_postings},
 * indexed on the word hash) give their articles; the candidates are the articles every run can be found in.
 *
 * <p>An article's words are those of its title, text, quotes and events' evidence (the last two are mostly spans of
 * the text), so one candidate set serves the article search and the quote and event text filters.
 *
 * <p>Lower-casing is per code point ({@link Character#toLowerCase(int)}), Unicode's simple case mapping, which is
 * what DuckDB's {@code lower} applies too.
 *
 * <p>Stateless: thread-safe, given one connection per concurrent call.
 */
public final class WordIndex {

    /** Above this many articles for every run of the query the index does not narrow enough to be worth it. */
    public static final int MAX_CANDIDATES = 5_000;

    /** Above this many vocabulary words for one run (a very short run) that run is not used to narrow. */
    private static final int MAX_WORDS_PER_RUN = 64;

    private WordIndex() {
    }

    /** How a run of the query must sit in a word of the text. */
    enum Fit {
        /** bounded on both sides in the query: the whole word */
        WORD,
        /** the query starts with it and goes on after it: the word ends with it */
        ENDS_WORD,
        /** the query ends with it and has something before it: the word starts with it */
        STARTS_WORD,
        /** the query is this run alone: anywhere in a word */
        IN_WORD
    }

    /** One run of letters and digits of a lower-cased query and where it must sit in a word. */
    record Run(String text, Fit fit) {
    }

    /** The distinct words of {@code text}: maximal runs of letters and digits, lower-cased per code point. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null) {
            return words;
        }
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            int lower = Character.toLowerCase(cp);
            if (Character.isLetterOrDigit(lower)) {
                word.appendCodePoint(lower);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The 64-bit hash a word is stored under (FNV-1a over its UTF-16 code units): a collision only adds candidates. */
    public static long hash(String word) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < word.length(); i++) {
            h ^= word.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** The runs of letters and digits of {@code query} (lower-cased), each with where it must sit in a word. */
    static List<Run> runs(String query) {
        int[] cps = query.codePoints().map(Character::toLowerCase).toArray();
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < cps.length) {
            if (!Character.isLetterOrDigit(cps[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < cps.length && Character.isLetterOrDigit(cps[i])) {
                i++;
            }
            boolean openBefore = start == 0;
            boolean openAfter = i == cps.length;
            Fit fit = openBefore && openAfter ? Fit.IN_WORD
                    : openBefore ? Fit.ENDS_WORD : openAfter ? Fit.STARTS_WORD : Fit.WORD;
            runs.add(new Run(new String(cps, start, i - start), fit));
        }
        return runs;
    }

    /**
     * The ids of the articles whose title, text, quotes or evidence may contain {@code query} (case-insensitive),
     * a superset of those that do; empty when the index cannot narrow the search to at most
     * {@value #MAX_CANDIDATES} articles (the query has no letters or digits, or each of its runs is too common):
     * the caller then filters every row.
     */
    public static Optional<List<String>> candidateArticles(Connection c, String query) throws SQLException {
        List<Run> runs = runs(query);
        Set<Long> articles = null;
        for (Run run : runs) {
            List<Long> hashes = vocabulary(c, run);
            if (hashes == null) {
                continue; // too many words: this run does not narrow
            }
            Set<Long> found = new HashSet<>();
            boolean common = false;
            for (long h : hashes) {
                if (!postings(c, h, found)) {
                    common = true;
                    break;
                }
            }
            if (common) {
                continue;
            }
            if (articles == null) {
                articles = found;
            } else {
                articles.retainAll(found);
            }
            if (articles.isEmpty()) {
                break;
            }
        }
        if (articles == null) {
            return Optional.empty();
        }
        return Optional.of(articleIds(c, articles));
    }

    /** The hashes of the vocabulary words {@code run} fits, or null when there are more than a few. */
    private static List<Long> vocabulary(Connection c, Run run) throws SQLException {
        String condition = switch (run.fit()) {
            case WORD -> "word = ?";
            case ENDS_WORD -> "ends_with(word, ?)";
            case STARTS_WORD -> "starts_with(word, ?)";
            case IN_WORD -> "contains(word, ?)";
        };
        List<Long> hashes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT word_hash FROM search_words WHERE " + condition + " LIMIT ?")) {
            ps.setString(1, run.text());
            ps.setInt(2, MAX_WORDS_PER_RUN + 1);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    hashes.add(r.getLong(1));
                }
            }
        }
        return hashes.size() > MAX_WORDS_PER_RUN ? null : hashes;
    }

    /**
     * Adds the articles of word {@code hash} to {@code into} (one indexed lookup); false when they, with those
     * already there, pass {@value #MAX_CANDIDATES}.
     */
    private static boolean postings(Connection c, long hash, Set<Long> into) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_num FROM search_postings WHERE word_hash = ? LIMIT ?")) {
            ps.setLong(1, hash);
            ps.setInt(2, MAX_CANDIDATES + 1);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    into.add(r.getLong(1));
                    if (into.size() > MAX_CANDIDATES) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static List<String> articleIds(Connection c, Set<Long> nums) throws SQLException {
        List<String> ids = new ArrayList<>();
        if (nums.isEmpty()) {
            return ids;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT article_id FROM search_articles WHERE article_num IN (SELECT unnest(?))")) {
            ps.setArray(1, c.createArrayOf("BIGINT", nums.toArray(new Long[0])));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }
}
