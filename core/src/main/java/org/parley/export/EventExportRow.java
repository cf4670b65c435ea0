package org.parley.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Magnitude;
import org.parley.extract.Place;

/**
 * One coded event as a flat export row: the event with its actors' names, codes and countries, its date, place,
 * modality and evidence sentence, and the article it came from. The store's CSV and Parquet exports write these
 * rows (columns named as {@link #COLUMNS}, in that order) and {@code parley import} reads them back; a cluster
 * job writes the same rows from {@link #of(Article, Extraction)}. Column meanings and types:
 * {@code event-export-row.md} next to this class in the resources.
 *
 * <p>Nullable fields are boxed or strings; enum values are their lower-case JSON names, so that the row is plain
 * data any engine can hold. Immutable: thread-safe.
 *
 * @param articleId        the article's id
 * @param articleUrl       the article's address, or null
 * @param articleSource    the publisher or feed, or null
 * @param articlePublished the publication date or date-time as given, or null
 * @param eventId          the event's id within the article ("e1")
 * @param eventDate        ISO date, year-month or year, or null
 * @param sourceActorId    who acted: actor id within the article
 * @param sourceName       its canonical name, or null when the id names no actor
 * @param sourceKind       person, organization, country or group, or null
 * @param sourceCountry    ISO 3166-1 alpha-3, or null
 * @param sourceSector     CAMEO-style role (GOV, MIL, ...), or null
 * @param sourceCode       CAMEO actor code, or null
 * @param sourceTitle      the role words the article gives, or null
 * @param targetActorId    to whom, or null
 * @param targetName       the target's canonical name, or null
 * @param targetKind       the target's kind, or null
 * @param targetCountry    the target's ISO alpha-3, or null
 * @param targetSector     the target's role, or null
 * @param targetCode       the target's CAMEO actor code, or null
 * @param targetTitle      the target's role words, or null
 * @param cameo            CAMEO event code
 * @param plover           PLOVER event type, or null
 * @param quad             quad class 1-4
 * @param goldstein        Goldstein value
 * @param modality         asserted, reported, alleged, hypothetical, negated, planned or historical
 * @param confidence       extractor confidence 0..1
 * @param placeId          place id within the article, or null
 * @param placeName        the place's name, or null
 * @param placeCountry     the place's ISO 3166-1 alpha-2, or null
 * @param placeLat         latitude, or null
 * @param placeLon         longitude, or null
 * @param placeGeonameid   GeoNames id, or null
 * @param placePrecision   country, region, city or landmark, or null
 * @param evidenceStart    evidence start offset in the article text
 * @param evidenceEnd      evidence end offset
 * @param evidenceText     the sentence that tells the event
 * @param dead             people killed, as the sentence states it (the largest such figure), or null
 * @param injured          people wounded, or null
 * @param size             people taking part (protesters, troops), or null
 * @param arrested         people arrested or detained, or null
 */
public record EventExportRow(String articleId, String articleUrl, String articleSource, String articlePublished,
                             String eventId, String eventDate,
                             String sourceActorId, String sourceName, String sourceKind, String sourceCountry,
                             String sourceSector, String sourceCode, String sourceTitle,
                             String targetActorId, String targetName, String targetKind, String targetCountry,
                             String targetSector, String targetCode, String targetTitle,
                             String cameo, String plover, int quad, double goldstein, String modality,
                             double confidence,
                             String placeId, String placeName, String placeCountry, Double placeLat, Double placeLon,
                             Long placeGeonameid, String placePrecision,
                             int evidenceStart, int evidenceEnd, String evidenceText,
                             Long dead, Long injured, Long size, Long arrested) {

    /** Column names of the exported files, in record-component order. */
    public static final List<String> COLUMNS = List.of("article_id", "article_url", "article_source",
            "article_published", "event_id", "event_date",
            "source_actor_id", "source_name", "source_kind", "source_country", "source_sector", "source_code",
            "source_title",
            "target_actor_id", "target_name", "target_kind", "target_country", "target_sector", "target_code",
            "target_title",
            "cameo", "plover", "quad", "goldstein", "modality", "confidence",
            "place_id", "place_name", "place_country", "place_lat", "place_lon", "place_geonameid",
            "place_precision",
            "evidence_start", "evidence_end", "evidence_text",
            "dead", "injured", "size", "arrested");

    /**
     * The magnitude columns, added after the first release of this row: readers of older files (such as
     * {@code parley import}) take them as absent, that is null.
     */
    public static final List<String> MAGNITUDE_COLUMNS = List.of("dead", "injured", "size", "arrested");

    public EventExportRow {
        if (articleId == null || eventId == null || sourceActorId == null || cameo == null || modality == null
                || evidenceText == null) {
            throw new IllegalArgumentException("export row " + articleId + "/" + eventId
                    + " needs an article id, event id, source actor, CAMEO code, modality and evidence");
        }
        if (quad < 1 || quad > 4) {
            throw new IllegalArgumentException("export row " + articleId + "/" + eventId + " quad " + quad);
        }
        if (evidenceStart < 0 || evidenceEnd < evidenceStart) {
            throw new IllegalArgumentException("export row " + articleId + "/" + eventId + " evidence ["
                    + evidenceStart + ", " + evidenceEnd + ") is not a span");
        }
    }

    /** One row per event of {@code extraction}, in the extractor's order. */
    public static List<EventExportRow> of(Article article, Extraction extraction) {
        Map<String, Actor> actors = new HashMap<>();
        extraction.actors().forEach(a -> actors.put(a.id(), a));
        Map<String, Place> places = new HashMap<>();
        extraction.places().forEach(p -> places.put(p.id(), p));
        List<EventExportRow> rows = new ArrayList<>();
        for (Event e : extraction.events()) {
            Actor s = actors.get(e.source());
            Actor t = e.target() == null ? null : actors.get(e.target());
            Place p = e.place() == null ? null : places.get(e.place());
            rows.add(new EventExportRow(article.id(), article.url(), article.source(), article.published(),
                    e.id(), e.date(),
                    e.source(), s == null ? null : s.name(), s == null ? null : s.kind().json(),
                    s == null ? null : s.country(), s == null ? null : s.sector(), s == null ? null : s.code(),
                    s == null ? null : s.title(),
                    e.target(), t == null ? null : t.name(), t == null ? null : t.kind().json(),
                    t == null ? null : t.country(), t == null ? null : t.sector(), t == null ? null : t.code(),
                    t == null ? null : t.title(),
                    e.cameo(), e.plover(), e.quad(), e.goldstein(), e.modality().json(), e.confidence(),
                    e.place(), p == null ? null : p.name(), p == null ? null : p.country(),
                    p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geonameid(),
                    p == null ? null : p.precision(),
                    e.evidence().start(), e.evidence().end(), e.evidence().text(),
                    largest(e, Magnitude.Kind.DEAD), largest(e, Magnitude.Kind.INJURED),
                    largest(e, Magnitude.Kind.SIZE), largest(e, Magnitude.Kind.ARRESTED)));
        }
        return rows;
    }

    /** The largest count of {@code kind} the event states, or null: one sentence seldom states two. */
    public static Long largest(Event e, Magnitude.Kind kind) {
        Long best = null;
        for (Magnitude m : e.magnitudes()) {
            if (m.kind() == kind && (best == null || m.count() > best)) {
                best = m.count();
            }
        }
        return best;
    }
}
