package org.parley.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    private static final String SELECT = """
            SELECT q.article_id, q.quote_id, a.published, q.text, q.kind, q.act,
                   q.speaker, sp.name, sp.code, sp.country,
                   q.source_start, q.source_end, q.source_text, q.cue_start, q.cue_end, q.cue_text,
                   q.start_offset, q.end_offset, q.channel
            FROM quotes q
            JOIN articles a ON a.id = q.article_id
            LEFT JOIN actors sp ON sp.article_id = q.article_id AND sp.actor_id = q.speaker""";

    private QuoteSearch() {
    }

    /**
     * The quotes matching {@code q}. A text filter is first narrowed by the word index ({@link WordIndex}) to the
     * articles whose quotes can contain the text, when it narrows them: the same rows, fewer quotes joined to their
     * articles and speakers. (Reading the page's keys first and then its rows was tried: the speakers' lookup then
     * scanned the actor table once more, and a common word's page took longer.)
     */
    public static List<QuoteRow> find(Connection c, QuoteQuery q) throws SQLException {
        List<String> candidates = q.text() == null ? null : WordIndex.candidateArticles(c, q.text()).orElse(null);
        if (candidates != null && candidates.isEmpty()) {
            return List.of(); // no article has the words of the text
        }
        SqlConditions where = new SqlConditions()
                .addIf(q.speaker(), "contains(lower(sp.name), lower(?))", q.speaker())
                .addIf(candidates == null ? q.text() : null, "contains(lower(q.text), lower(?))", q.text())
                .addIf(candidates, "q.article_id IN (SELECT unnest(?)) AND contains(lower(q.text), lower(?))",
                        candidates == null ? null : candidates.toArray(new String[0]), q.text())
                .addIf(q.from(), "a.published_date >= ?", q.from())
                .addIf(q.to(), "a.published_date <= ?", q.to())
                .addIf(q.articleId(), "q.article_id = ?", q.articleId());
        String sql = SELECT + where.where()
                + " ORDER BY a.published_date NULLS LAST, q.article_id, q.seq LIMIT ? OFFSET ?";
        List<QuoteRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int next = where.bind(ps);
            ps.setInt(next, q.limit());
            ps.setInt(next + 1, q.offset());
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    rows.add(row(r));
                }
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
