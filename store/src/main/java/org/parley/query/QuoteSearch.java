package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;

/**
 * Runs a {@link QuoteQuery} against a Parley store connection. Callers normally use {@code ParleyStore.quotes},
 * which supplies a read connection. Stateless: thread-safe, given one connection per concurrent call.
 *
 * <p>Rows come in publication order (undated articles last), then by article and the quotes' order within it.
 */
public final class QuoteSearch {

    /** The rows of a page's quotes: every article's quotes whose keys the first step found. */
    private static final String ROWS = """
            WITH page AS (SELECT unnest(?) AS article_id, unnest(?) AS quote_id)
            SELECT q.article_id, q.quote_id, a.published, q.text, q.kind, q.act,
                   q.speaker, sp.name, sp.code, sp.country,
                   q.source_start, q.source_end, q.source_text, q.cue_start, q.cue_end, q.cue_text,
                   q.start_offset, q.end_offset, q.channel
            FROM page p
            JOIN quotes q ON q.article_id = p.article_id AND q.quote_id = p.quote_id
            JOIN articles a ON a.id = q.article_id
            LEFT JOIN (SELECT * FROM actors WHERE article_id IN (SELECT article_id FROM page)) sp
                   ON sp.article_id = q.article_id AND sp.actor_id = q.speaker""";

    private QuoteSearch() {
    }

    /**
     * The quotes matching {@code q}, in two steps: the keys of the page (filter, sort and limit over the quotes and
     * their articles' dates; the speaker filter as a semi-join on the actors whose name matches), then the page's
     * rows with their speakers. Joining every quote to its article and speaker before the top-N cost a hash table
     * over every actor row per query. A text filter is first narrowed by the word index ({@link WordIndex}) to the
     * articles whose quotes can contain the text, when it narrows them: the same rows, fewer quotes read.
     */
    public static List<QuoteRow> find(Connection c, QuoteQuery q) throws SQLException {
        List<String> candidates = q.text() == null ? null : WordIndex.candidateArticles(c, q.text()).orElse(null);
        if (candidates != null && candidates.isEmpty()) {
            return List.of(); // no article has the words of the text
        }
        SqlConditions where = new SqlConditions()
                .addIf(q.speaker(), "(q.article_id, q.speaker) IN (SELECT sp.article_id, sp.actor_id FROM actors sp"
                        + " WHERE contains(lower(sp.name), lower(?)))", q.speaker())
                .addIf(candidates == null ? q.text() : null, "contains(lower(q.text), lower(?))", q.text())
                .addIf(candidates, "q.article_id IN (SELECT unnest(?)) AND contains(lower(q.text), lower(?))",
                        candidates == null ? null : candidates.toArray(new String[0]), q.text())
                .addIf(q.from(), "a.published_date >= ?", q.from())
                .addIf(q.to(), "a.published_date <= ?", q.to())
                .addIf(q.articleId(), "q.article_id = ?", q.articleId());
        String sql = "SELECT q.article_id, q.quote_id FROM quotes q JOIN articles a ON a.id = q.article_id"
                + where.where() + " ORDER BY a.published_date NULLS LAST, q.article_id, q.seq LIMIT ? OFFSET ?";
        List<String> articleIds = new ArrayList<>();
        List<String> quoteIds = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    articleIds.add(r.getString(1));
                    quoteIds.add(r.getString(2));
                }
            }
        }
        if (articleIds.isEmpty()) {
            return List.of();
        }
        Map<String, QuoteRow> byKey = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(ROWS)) {
            ps.setArray(1, c.createArrayOf("VARCHAR", articleIds.toArray(new String[0])));
            ps.setArray(2, c.createArrayOf("VARCHAR", quoteIds.toArray(new String[0])));
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    QuoteRow row = row(r);
                    byKey.put(row.articleId() + "\u0000" + row.quoteId(), row);
                }
            }
        }
        List<QuoteRow> rows = new ArrayList<>(articleIds.size());
        for (int i = 0; i < articleIds.size(); i++) {
            QuoteRow row = byKey.get(articleIds.get(i) + "\u0000" + quoteIds.get(i));
            if (row != null) { // null: removed between the two steps
                rows.add(row);
            }
        }
        return rows;
    }

    private static QuoteRow row(ResultSet r) throws SQLException {
        String speakerId = r.getString(7);
        ActorRef speaker = speakerId == null ? null
                : new ActorRef(speakerId, r.getString(8), r.getString(9), r.getString(10));
        return new QuoteRow(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                QuoteKind.valueOf(r.getString(5).toUpperCase(Locale.ROOT)),
                SpeechAct.valueOf(r.getString(6).toUpperCase(Locale.ROOT)), speaker, span(r, 11), span(r, 14),
                r.getInt(17), r.getInt(18), r.getString(19));
    }

    private static TextSpan span(ResultSet r, int first) throws SQLException {
        int start = r.getInt(first);
        if (r.wasNull()) {
            return null;
        }
        return new TextSpan(start, r.getInt(first + 1), r.getString(first + 2));
    }
}
