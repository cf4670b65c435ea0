package org.parley.extract;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
    private final ExtractorProvenance provenance;

    /** Extractors assembled by hand: their knowledge is not known, so {@link #provenance()} is empty. */
    public ArticleExtractor(ActorExtractor actors, TimeExtractor times, PlaceExtractor places, QuoteExtractor quotes,
                            EventExtractor events) {
        this(actors, times, places, quotes, events, null);
    }

    private ArticleExtractor(ActorExtractor actors, TimeExtractor times, PlaceExtractor places, QuoteExtractor quotes,
                             EventExtractor events, ExtractorProvenance provenance) {
        this.provenance = provenance;
        this.actors = actors;
        this.times = times;
        this.places = places;
        this.quotes = quotes;
        this.events = events;
    }

    /** The extractors with the knowledge Parley ships. Loads the resources once: keep the instance. */
    public static ArticleExtractor withBuiltInKnowledge() {
        return builtIn(ActorDictionary.empty(), ExtractorProvenance.builtIn());
    }

    /**
     * The built-in extractors with a user's actor dictionary, whose entries win over built-in knowledge. The
     * dictionary's bytes are not known here, so a non-empty one leaves {@link #provenance()} empty: use
     * {@link #withBuiltInKnowledge(Path)} for a dictionary file.
     */
    public static ArticleExtractor withBuiltInKnowledge(ActorDictionary user) {
        return builtIn(user, user.isEmpty() ? ExtractorProvenance.builtIn() : null);
    }

    /**
     * The built-in extractors with the user's actor dictionary file ({@code --actors FILE}); its bytes, read once
     * (so the hash is of exactly what was parsed), join the provenance.
     *
     * @throws IOException              when the file cannot be read or is not UTF-8
     * @throws IllegalArgumentException naming the file and line of a bad entry
     */
    public static ArticleExtractor withBuiltInKnowledge(Path actorDictionary) throws IOException {
        byte[] bytes = Files.readAllBytes(actorDictionary);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(actorDictionary + " is not UTF-8 text", e);
        }
        ActorDictionary user = ActorDictionary.read(new StringReader(text), actorDictionary.toString());
        return builtIn(user, ExtractorProvenance.builtIn().withResource(ExtractorProvenance.USER_ACTORS, bytes));
    }

    private static ArticleExtractor builtIn(ActorDictionary user, ExtractorProvenance provenance) {
        ActorKnowledge knowledge = ActorKnowledge.loadBuiltIn();
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        EventExtractor events = new EventExtractor(codebook, VerbLexicon.loadBuiltIn(codebook), ModalityCues.loadBuiltIn());
        return new ArticleExtractor(new ActorExtractor(knowledge, user), new TimeExtractor(),
                new PlaceExtractor(Gazetteer.loadBuiltIn()), new QuoteExtractor(CueLexicon.standard(), knowledge), events,
                provenance);
    }

    /** The knowledge this extractor was built with; empty when assembled by hand or given a dictionary object. */
    /** Work figures of the place stage since construction (toponyms resolved, time), for the benchmark. */
    public PlaceExtractor.Stats placeStats() {
        return places.stats();
    }

    public Optional<ExtractorProvenance> provenance() {
        return Optional.ofNullable(provenance);
    }

    /**
     * NER calls some towns organizations ("Afrin", "Raqqa"); when the place stage located every mention of an
     * organization nobody knows (no country, sector or code), it is a place, not an actor.
     */
    private static ActorExtractor.Result withoutPlacesTakenForOrganizations(ActorExtractor.Result found,
                                                                           List<Place> placeList) {
        List<Actor> kept = new ArrayList<>();
        for (Actor a : found.actors()) {
            boolean unknownOrganization = a.kind() == ActorKind.ORGANIZATION && a.country() == null
                    && a.sector() == null && a.code() == null;
            if (!unknownOrganization || !allLocated(a.mentions(), placeList)) {
                kept.add(a);
            }
        }
        return new ActorExtractor.Result(kept, found.tentative());
    }

    private static boolean allLocated(List<TextSpan> mentions, List<Place> placeList) {
        for (TextSpan m : mentions) {
            boolean located = false;
            for (Place p : placeList) {
                for (TextSpan pm : p.mentions()) {
                    if (pm.overlaps(m.start(), m.end())) {
                        located = true;
                    }
                }
            }
            if (!located) {
                return false;
            }
        }
        return !mentions.isEmpty();
    }

    public Extraction extract(AnnotatedArticle article) {
        List<Place> placeList = places.extract(article);
        ActorExtractor.Result found = withoutPlacesTakenForOrganizations(actors.extractAll(article), placeList);
        ActorIndex index = new ActorIndex(found.actors());
        List<TimeRef> timeList = times.extract(article);
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
