package org.parley.merge;

import org.parley.extract.Place;

/**
 * What makes two reported events one merged event: the same day key, source and target actor (registry keys),
 * CAMEO code, place and modality. Modality is part of the key, so a negated, alleged or planned report never
 * merges into an asserted event.
 *
 * @param day       the event's date as given (ISO day, month or year) or, when the article gives none, the
 *                  article's publication day; null when neither is known
 * @param sourceKey registry key of who acted
 * @param targetKey registry key of the target, or null
 * @param cameo     CAMEO event code
 * @param placeKey  {@link #placeKey(Place)} of the event's place, or null
 * @param modality  the modality's JSON name
 */
public record MergeKey(String day, String sourceKey, String targetKey, String cameo, String placeKey,
                       String modality) {

    private static final char SEPARATOR = '\u001f'; // ASCII unit separator: never in names or codes

    public MergeKey {
        if (sourceKey == null || cameo == null || modality == null) {
            throw new IllegalArgumentException("a merge key needs a source, a CAMEO code and a modality");
        }
    }

    /** The key as one string, the stored {@code merge_key}. */
    public String value() {
        return nz(day) + SEPARATOR + sourceKey + SEPARATOR + nz(targetKey) + SEPARATOR + cameo + SEPARATOR
                + nz(placeKey) + SEPARATOR + modality;
    }

    /** A place is the same place by GeoNames id, else by name and country. */
    public static String placeKey(Place place) {
        if (place == null) {
            return null;
        }
        if (place.geonameid() != null) {
            return "geo:" + place.geonameid();
        }
        return "place:" + (place.name() == null ? "" : ActorKeys.normalize(place.name())) + "|"
                + (place.country() == null ? "" : place.country());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
