package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Magnitude;
import org.parley.extract.Modality;
import org.parley.extract.Place;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;
import org.parley.extract.TimeRef;

/**
 * Reads one stored article and its extraction back into the core records, in the order they were written.
 * Stateless apart from its JSON mapper (thread-safe once configured): safe to share between threads, each call
 * on its own connection.
 */
final class ExtractionReader {

    private static final TypeReference<List<TextSpan>> SPANS = new TypeReference<>() {
    };
    private static final TypeReference<List<Magnitude>> MAGNITUDES = new TypeReference<>() {
    };

    private final ObjectMapper json;

    ExtractionReader(ObjectMapper json) {
        this.json = json;
    }

    Optional<Article> article(Connection c, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, published, title, source, url, text FROM articles WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Article(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6)));
            }
        }
    }

    Optional<Extraction> extraction(Connection c, String id) throws SQLException {
        Optional<Article> article = article(c, id);
        if (article.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Extraction(id, article.get().published(), actors(c, id), quotes(c, id),
                events(c, id), times(c, id), places(c, id)));
    }

    private static List<Actor> actors(Connection c, String id) throws SQLException {
        Map<String, List<TextSpan>> mentions = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, start_offset, end_offset, text "
                + "FROM mentions WHERE article_id = ? ORDER BY actor_id, seq")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    mentions.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(new TextSpan(r.getInt(2), r.getInt(3), r.getString(4)));
                }
            }
        }
        List<Actor> actors = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT actor_id, name, kind, country, sector, code, title "
                + "FROM actors WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    String actorId = r.getString(1);
                    actors.add(new Actor(actorId, r.getString(2), enumValue(ActorKind.class, r.getString(3)),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7),
                            mentions.getOrDefault(actorId, List.of())));
                }
            }
        }
        return actors;
    }

    private static List<Quote> quotes(Connection c, String id) throws SQLException {
        List<Quote> quotes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_id, text, kind, act, speaker, source_start, "
                + "source_end, source_text, cue_start, cue_end, cue_text, start_offset, end_offset, channel "
                + "FROM quotes WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    quotes.add(new Quote(r.getString(1), r.getString(2), enumValue(QuoteKind.class, r.getString(3)),
                            enumValue(SpeechAct.class, r.getString(4)), r.getString(5), span(r, 6), span(r, 9),
                            r.getInt(12), r.getInt(13), r.getString(14)));
                }
            }
        }
        return quotes;
    }

    private List<Event> events(Connection c, String id) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT event_id, source_actor, target_actor, cameo, plover, "
                + "quad, goldstein, event_date, place_id, modality, confidence, evidence_start, evidence_end, "
                + "evidence_text, also_json, magnitudes_json FROM events WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    events.add(new Event(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getInt(6), r.getDouble(7), r.getString(8), r.getString(9),
                            Modality.parse(r.getString(10)), r.getDouble(11), span(r, 12), spans(r.getString(15)))
                            .withMagnitudes(magnitudes(r.getString(16))));
                }
            }
        }
        return events;
    }

    private static List<TimeRef> times(Connection c, String id) throws SQLException {
        List<TimeRef> times = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT text, value, start_offset, end_offset FROM times WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    times.add(new TimeRef(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4)));
                }
            }
        }
        return times;
    }

    private List<Place> places(Connection c, String id) throws SQLException {
        List<Place> places = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT place_id, name, country, lat, lon, geonameid, "
                + "precision, mentions_json FROM places WHERE article_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    long geonameid = r.getLong(6);
                    Long gid = r.wasNull() ? null : geonameid;
                    places.add(new Place(r.getString(1), r.getString(2), r.getString(3), r.getDouble(4),
                            r.getDouble(5), gid, r.getString(7), spans(r.getString(8))));
                }
            }
        }
        return places;
    }

    /** The span in columns {@code first} (start), {@code first + 1} (end), {@code first + 2} (text), or null. */
    private static TextSpan span(ResultSet r, int first) throws SQLException {
        int start = r.getInt(first);
        if (r.wasNull()) {
            return null;
        }
        return new TextSpan(start, r.getInt(first + 1), r.getString(first + 2));
    }

    private List<TextSpan> spans(String text) {
        try {
            return json.readValue(text, SPANS);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored spans are not JSON: " + text, e);
        }
    }

    /** Magnitudes stored as JSON; none for events stored before schema 6 kept them. */
    private List<Magnitude> magnitudes(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, MAGNITUDES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("stored magnitudes are not JSON: " + text, e);
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String stored) {
        return Enum.valueOf(type, stored.toUpperCase(Locale.ROOT));
    }
}
