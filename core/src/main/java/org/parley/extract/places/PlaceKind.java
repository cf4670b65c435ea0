package org.parley.extract.places;

/**
 * What sort of place a gazetteer entry is, which is also how precise its point is.
 * Immutable.
 */
public enum PlaceKind {
    /** A sovereign country or territory with an ISO 3166-1 code; its point is the mainland's centre. */
    COUNTRY("country"),
    /** A first-level administrative unit, continent or informal region; its point is a label point. */
    REGION("region"),
    /** A populated place (city, town, village, district of a city). */
    CITY("city"),
    /** Anything else named on a map: a sea, a strait, a mountain range. */
    LANDMARK("landmark");

    private final String precision;

    PlaceKind(String precision) {
        this.precision = precision;
    }

    /** The word {@link org.parley.extract.Place#precision()} carries: country, region, city or landmark. */
    public String precision() {
        return precision;
    }
}
