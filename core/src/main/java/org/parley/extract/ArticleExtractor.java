package org.parley.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.annotate.AnnotatedArticle;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.actors.ActorDictionary;
import org.parley.extract.actors.ActorExtractor;
import org.parley.extract.actors.ActorIndex;
import org.parley.extract.events.EventExtractor;
import org.parley.extract.events.ModalityCues;
import org.parley.extract.places.Gazetteer;
import org.parley.extract.places.PlaceExtractor;
import org.parley.extract.quotes.CueLexicon;
import org.parley.extract.quotes.QuoteExtractor;
import org.parley.extract.time.TimeExtractor;
import org.parley.knowledge.ActorKnowledge;

/**
 * Runs the extractors over one annotated article in data-flow order: actors, then times and places, then quotes
 * (speakers are actors), then events (sources and targets are actors; dates are times; places are places).
 * Thread-safe: every stage is stateless over immutable knowledge, so one instance serves all workers.
 */
public final class ArticleExtractor {

    private final ActorExtractor actors;
    private final TimeExtractor times;
    private final PlaceExtractor places;
    private final QuoteExtractor quotes;
    private final EventExtractor events;

    public ArticleExtractor(ActorExtractor actors, TimeExtractor times, PlaceExtractor places, QuoteExtractor quotes,
                            EventExtractor events) {
        this.actors = actors;
        this.times = times;
        this.places = places;
        this.quotes = quotes;
        this.events = events;
    }

    /** The extractors with the knowledge Parley ships. Loads the resources once: keep the instance. */
    public static ArticleExtractor withBuiltInKnowledge() {
        return withBuiltInKnowledge(ActorDictionary.empty());
    }

    /** The built-in extractors with a user's actor dictionary, whose entries win over built-in knowledge. */
    public static ArticleExtractor withBuiltInKnowledge(ActorDictionary user) {
        ActorKnowledge knowledge = ActorKnowledge.loadBuiltIn();
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        EventExtractor events = new EventExtractor(codebook, VerbLexicon.loadBuiltIn(codebook), ModalityCues.loadBuiltIn());
        return new ArticleExtractor(new ActorExtractor(knowledge, user), new TimeExtractor(),
                new PlaceExtractor(Gazetteer.loadBuiltIn()), new QuoteExtractor(CueLexicon.standard(), knowledge), events);
    }

    public Extraction extract(AnnotatedArticle article) {
        ActorExtractor.Result found = actors.extractAll(article);
        ActorIndex index = new ActorIndex(found.actors());
        List<TimeRef> timeList = times.extract(article);
        List<Place> placeList = places.extract(article);
        List<Quote> quoteList = quotes.extract(article, index);
        List<Event> eventList = events.extract(article, index, quoteList, timeList, placeList);
        // tentative actors (a state named by its adjective, a person by a role) stay only when used
        Set<String> referenced = new HashSet<>();
        for (Quote q : quoteList) {
            referenced.add(q.speaker());
        }
        for (Event e : eventList) {
            referenced.add(e.source());
            referenced.add(e.target());
        }
        List<Actor> actorList = found.keep(referenced);
        return new Extraction(article.article().id(), article.article().published(), actorList, quoteList, eventList,
                timeList, placeList);
    }
}
