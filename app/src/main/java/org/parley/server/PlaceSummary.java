package org.parley.server;

import java.util.List;
import org.parley.query.EventRow;

/**
 * A place where events happened, with a sample of them.
 *
 * @param name     the gazetteer name
 * @param country  ISO 3166-1 alpha-2, or null
 * @param lat      latitude (rounded to 0.01 degree, so the same place from many articles is one point)
 * @param lon      longitude
 * @param events   how many events
 * @param articles how many articles tell them
 * @param sample   a few of the events, newest first
 */
public record PlaceSummary(String name, String country, double lat, double lon, long events, long articles,
                           List<EventRow> sample) {

    public PlaceSummary {
        sample = List.copyOf(sample);
    }
}
