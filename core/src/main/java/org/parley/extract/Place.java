package org.parley.extract;

import java.util.List;

/**
 * A place the article names, located on the map.
 *
 * @param id        unique within the article ("p1")
 * @param name      the gazetteer's name for it
 * @param country   ISO 3166-1 alpha-2, or null for places beyond one country
 * @param lat       latitude in degrees
 * @param lon       longitude in degrees
 * @param geonameid GeoNames id, or null
 * @param precision how precise the point is: country, region, city or landmark
 * @param mentions  where the article names it
 */
public record Place(String id, String name, String country, double lat, double lon, Long geonameid, String precision,
                    List<TextSpan> mentions) {

    public Place {
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("place " + name + " has bad coordinates " + lat + "," + lon);
        }
        mentions = List.copyOf(mentions);
    }
}
