package org.parley.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Turns an {@link EventQuery} into SQL conditions over a given set of columns, so that stored events, merged
 * events and exports filter alike. The fragments are fixed SQL; every filter value is a bound parameter.
 * Immutable: thread-safe.
 *
 * @param sourceMatch   condition with two placeholders (both the actor text): the source's name contains it or
 *                      its CAMEO code starts with it
 * @param sourceCountry source actor country column (stored upper-case)
 * @param targetMatch   the same for the target
 * @param targetCountry target actor country column
 * @param cameo         CAMEO code column
 * @param plover        PLOVER type column
 * @param quad          quad class column
 * @param modality      modality column (JSON names)
 * @param dateFirst     first day the event's date covers
 * @param dateLast      last day it covers
 * @param placeName     place name column
 * @param placeCountry  place ISO alpha-2 column (stored upper-case)
 * @param articleMatch  condition with one placeholder: the row has evidence from that article
 * @param textMatch     condition with one placeholder: the row's evidence contains the lower-cased text
 * @param textInArticles {@code textMatch} restricted to evidence from some articles, with two placeholders: the
 *                      article ids (a {@code VARCHAR[]}), then the text; used when the word index
 *                      ({@link WordIndex}) narrows the articles whose evidence can contain the text
 */
public record EventFilterSql(String sourceMatch, String sourceCountry, String targetMatch, String targetCountry, String cameo, String plover, String quad,
                             String modality, String dateFirst, String dateLast, String placeName,
                             String placeCountry, String articleMatch, String textMatch,
                             String textInArticles) {

    /**
     * Stored events: {@code e}. The rows carry copies of their actors' and place's names, codes and countries
     * (schema version 5), so the filter needs no join.
     */
    public static final EventFilterSql EVENTS = new EventFilterSql(side("e.source_name", "e.source_code"),
            "e.source_country", side("e.target_name", "e.target_code"), "e.target_country", "e.cameo", "e.plover",
            "e.quad", "e.modality", "e.date_first", "e.date_last", "e.place_name", "e.place_country",
            "e.article_id = ?", "contains(lower(e.evidence_text), lower(?))",
            "e.article_id IN (SELECT unnest(?)) AND contains(lower(e.evidence_text), lower(?))");

    /**
     * Merged events: {@code m}. Actors are matched in the (small) registry and the merged rows joined by key: the
     * same test as on the names and codes the rows copy from the registry, without evaluating it on every row.
     */
    public static final EventFilterSql MERGED = new EventFilterSql(registryMatch("m.source_key"),
            "m.source_country", registryMatch("m.target_key"), "m.target_country", "m.cameo", "m.plover",
            "m.quad", "m.modality", "m.date_first", "m.date_last", "m.place_name", "m.place_country",
            "m.merge_key IN (SELECT x.merge_key FROM event_links x WHERE x.article_id = ?)",
            "m.merge_key IN (SELECT x.merge_key FROM event_links x "
                    + "WHERE contains(lower(x.evidence_text), lower(?)))",
            "m.merge_key IN (SELECT x.merge_key FROM event_links x WHERE x.article_id IN (SELECT unnest(?)) "
                    + "AND contains(lower(x.evidence_text), lower(?)))");

    /** The conditions {@code q} sets, and their values; a text filter tests every row's evidence. */
    public SqlConditions conditions(EventQuery q) {
        return conditions(q, null);
    }

    /**
     * The conditions {@code q} sets, and their values, a text filter first narrowed to the articles the word index
     * ({@link WordIndex}, read on {@code c}) finds for it, when it narrows them: the same rows, fewer texts read.
     */
    public SqlConditions conditions(Connection c, EventQuery q) throws SQLException {
        List<String> articles = q.text() == null ? null : WordIndex.candidateArticles(c, q.text()).orElse(null);
        return conditions(q, articles);
    }

    private SqlConditions conditions(EventQuery q, List<String> textArticles) {
        String modalityValue = q.modality() == null ? null : q.modality().json();
        // countries are stored upper-case (schema version 5): the value is upper-cased once, not every row
        String sourceCountryValue = upper(q.sourceCountry());
        String targetCountryValue = upper(q.targetCountry());
        String countryValue = upper(q.country());
        return new SqlConditions()
                .addIf(q.actor(), "(" + sourceMatch + " OR " + targetMatch + ")",
                        q.actor(), q.actor(), q.actor(), q.actor())
                .addIf(q.dyadSource(), sourceMatch + " AND " + targetMatch,
                        q.dyadSource(), q.dyadSource(), q.dyadTarget(), q.dyadTarget())
                .addIf(sourceCountryValue, sourceCountry + " = ?", sourceCountryValue)
                .addIf(targetCountryValue, targetCountry + " = ?", targetCountryValue)
                .addIf(countryValue, "(" + sourceCountry + " = ? OR " + targetCountry + " = ?)", countryValue,
                        countryValue)
                .addIf(q.cameoPrefix(), "starts_with(" + cameo + ", ?)", q.cameoPrefix())
                .addIf(q.plover(), plover + " = ?", q.plover())
                .addIf(q.quad(), quad + " = ?", q.quad())
                .addIf(modalityValue, modality + " = ?", modalityValue)
                .addIf(q.from(), dateFirst + " >= ?", q.from())
                .addIf(q.to(), dateLast + " <= ?", q.to())
                .addIf(q.place(), "(contains(lower(" + placeName + "), lower(?)) OR " + placeCountry + " = ?)",
                        q.place(), upper(q.place()))
                .addIf(textArticles == null ? q.text() : null, textMatch, q.text())
                .addIf(textArticles, textInArticles, textArticles == null ? null : textArticles.toArray(new String[0]),
                        q.text())
                .addIf(q.articleId(), articleMatch, q.articleId());
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String side(String name, String code) {
        return "(contains(lower(" + name + "), lower(?)) OR starts_with(lower(" + code + "), lower(?)))";
    }

    /** {@code keyColumn} is the key of a registry actor whose name contains the text or code starts with it. */
    static String registryMatch(String keyColumn) {
        return keyColumn + " IN (SELECT r.actor_key FROM registry_actors r WHERE " + side("r.name", "r.code") + ")";
    }
}
