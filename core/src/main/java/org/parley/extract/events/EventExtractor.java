package org.parley.extract.events;

import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Event;
import org.parley.extract.Place;
import org.parley.extract.Quote;
import org.parley.extract.TimeRef;
import org.parley.extract.actors.ActorIndex;

/** Placeholder until the event stage lands. */
public class EventExtractor {
    public List<Event> extract(AnnotatedArticle article, ActorIndex actors, List<Quote> quotes, List<TimeRef> times,
                               List<Place> places) {
        return List.of();
    }
}
