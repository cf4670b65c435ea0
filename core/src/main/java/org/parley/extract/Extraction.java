package org.parley.extract;

import java.util.List;

/**
 * Everything Parley extracts from one article: the per-article record of {@code SCHEMA.md}.
 *
 * @param id        the article's id
 * @param published the article's publication date as given, or null
 * @param actors    actors with mentions
 * @param quotes    attributions
 * @param events    coded events
 * @param times     resolved time expressions
 * @param places    located places
 */
public record Extraction(String id, String published, List<Actor> actors, List<Quote> quotes, List<Event> events,
                         List<TimeRef> times, List<Place> places) {

    public Extraction {
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        times = List.copyOf(times);
        places = List.copyOf(places);
    }
}
