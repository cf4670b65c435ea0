package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.store.ParleyStore;

/**
 * The API's search and places on a benchmark-shaped store (600 articles filled as {@link ExploreBenchmark} fills
 * them) give what the plain queries they replaced give: search through the word index, through windows of the
 * newest articles and through the full scan; places through one grouped pass with the newest events kept per place
 * instead of numbering every located event.
 */
class StoreExploreQueriesTest {

    @TempDir
    Path dir;

    @Test
    void searchAndPlacesEqualThePlainQueries() throws SQLException {
        Path db = dir.resolve("e.duckdb");
        try (ParleyStore store = ParleyStore.open(db)) {
            ExploreBenchmark.bulkFill(store, 600);
            try (StoreExploreQueries q = new StoreExploreQueries(store, false);
                 Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath())) {
                // words (narrowed by the index), partial words, a title number, punctuation only (newest windows:
                // every article has a full stop), and text no article has, without letters (windows, then a scan)
                for (String text : List.of("ceasefire", "CEASEFIRE and", "article 42", "Article 4", "putin met",
                        "ade. Vlad", ".", " ", "!!", "zzz", "e")) {
                    for (int limit : new int[] {1, 20, 500}) {
                        List<String> got = q.search(text, limit).articles().stream().map(ArticleHit::id).toList();
                        assertThat(got).as("search '%s' limit %d", text, limit).isEqualTo(plainSearch(c, text, limit));
                    }
                }
                List<PlaceSummary> places = q.places(EventFilter.any(), 200, 5);
                assertThat(places).extracting(PlaceSummary::name, PlaceSummary::events)
                        .isEqualTo(plainPlaces(c));
                for (PlaceSummary p : places) {
                    assertThat(p.sample()).hasSize(5);
                    List<String> days = p.sample().stream().map(e -> e.date()).toList();
                    assertThat(days).as("newest first at %s", p.name()).isEqualTo(plainNewest(c, p.name()));
                }
                assertThat(q.places(EventFilter.any(), 3, 0)).hasSize(3)
                        .allSatisfy(p -> assertThat(p.sample()).isEmpty());
            }
        }
    }

    /** The article search as it was: every text lower-cased and tested, newest first. */
    private static List<String> plainSearch(Connection c, String text, int limit) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM articles WHERE contains(lower(title), lower(?))"
                + " OR contains(lower(text), lower(?)) ORDER BY published_date DESC NULLS LAST, id LIMIT ?")) {
            ps.setString(1, text);
            ps.setString(2, text);
            ps.setInt(3, limit);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private static List<org.assertj.core.groups.Tuple> plainPlaces(Connection c) throws SQLException {
        List<org.assertj.core.groups.Tuple> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT place_name, count(*) AS n FROM merged_events"
                + " WHERE lat IS NOT NULL GROUP BY place_name, place_country, round(lat, 2), round(lon, 2)"
                + " ORDER BY n DESC, place_name");
             ResultSet r = ps.executeQuery()) {
            while (r.next()) {
                out.add(org.assertj.core.groups.Tuple.tuple(r.getString(1), r.getLong(2)));
            }
        }
        return out;
    }

    /** The dates of a place's five newest merged events, numbered by a window as the old query did. */
    private static List<String> plainNewest(Connection c, String place) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_date FROM (SELECT event_date, row_number()"
                + " OVER (ORDER BY date_first DESC NULLS LAST, event_uid) AS rn FROM merged_events"
                + " WHERE lat IS NOT NULL AND place_name = ?) WHERE rn <= 5 ORDER BY rn")) {
            ps.setString(1, place);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    @Test
    void searchSnippetsKeepWholeWordsAndMarkWhereTheyWereCut() {
        assertThat(StoreExploreQueries.wholeWords("ursday called on Russia to end the w", true, true))
                .isEqualTo("\u2026called on Russia to end the\u2026");
        assertThat(StoreExploreQueries.wholeWords("Trump on Thursday called", false, false))
                .isEqualTo("Trump on Thursday called");
        assertThat(StoreExploreQueries.wholeWords("Trump on Thurs", false, true)).isEqualTo("Trump on\u2026");
    }
}
