package org.parley.extract.places;

/**
 * One place in the {@link Gazetteer}. Immutable.
 *
 * @param geonameid  GeoNames id, or null (countries, hand-made regions, ISO regions Natural Earth splits)
 * @param name       the name English text uses ("Kyiv", "Russia", "Bavaria")
 * @param asciiName  the name in ASCII letters ("Sao Paulo")
 * @param kind       country, region, city or landmark
 * @param capital    whether it is a national capital (GeoNames PPLC)
 * @param country    ISO 3166-1 alpha-2, or null for places beyond one country ("Middle East")
 * @param admin1     GeoNames first-level admin code ("TX", "08"), or null; a city and a region of the
 *                   same country and admin1 code are one inside the other
 * @param lat        latitude in degrees
 * @param lon        longitude in degrees
 * @param population people living there (for regions and countries: the sum over its places of
 *                   1000 or more), 0 when unknown
 */
public record GazetteerEntry(Long geonameid, String name, String asciiName, PlaceKind kind, boolean capital,
                             String country, String admin1, double lat, double lon, long population) {

    public GazetteerEntry {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("gazetteer entry " + geonameid + " has no name");
        }
        if (kind == null) {
            throw new IllegalArgumentException("gazetteer entry " + name + " has no kind");
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("gazetteer entry " + name + " has bad coordinates " + lat + "," + lon);
        }
        if (population < 0) {
            throw new IllegalArgumentException("gazetteer entry " + name + " has population " + population);
        }
        if (asciiName == null || asciiName.isBlank()) {
            asciiName = name;
        }
    }

    /** Whether {@code other} lies inside this entry: this is its country, or its first-level region. */
    public boolean contains(GazetteerEntry other) {
        if (other == this || country == null || !country.equals(other.country())) {
            return false;
        }
        if (kind == PlaceKind.COUNTRY) {
            return other.kind() != PlaceKind.COUNTRY;
        }
        return kind == PlaceKind.REGION && admin1 != null && admin1.equals(other.admin1())
                && other.kind() != PlaceKind.REGION;
    }
}
