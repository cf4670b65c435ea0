package org.parley.server;

import java.util.List;
import java.util.Optional;
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;

/**
 * Everything the HTTP API reads, in one seam between the server and the store. The server only validates
 * parameters and writes JSON; an implementation answers these over some store ({@link StoreExploreQueries} over
 * the DuckDB file), so the merged-event and dyad answers can move to the store's own queries without touching the
 * server.
 *
 * <p>Implementations must be thread-safe: the server calls them from many request threads at once. Arguments are
 * already validated (limits in range, date ranges ordered); every value reaches SQL as a bound parameter.
 */
public interface ExploreQueries {

    /** Single events with their actors' names and codes and their evidence. */
    Page<EventRow> events(EventQuery query);

    /** Events merged across articles (one row per date, actors, code, place and modality). */
    Page<MergedEvent> mergedEvents(EventFilter filter, PageRequest page);

    /** Quotes with their speakers. */
    Page<QuoteRow> quotes(QuoteQuery query);

    /** Actors across articles, the most often named first. */
    Page<ActorSummary> actors(ActorFilter filter, PageRequest page);

    /**
     * The relation of {@code a} and {@code b} over time (each matched by name part or CAMEO code prefix), both
     * directions, and the latest {@code eventLimit} events between them.
     */
    DyadSeries dyad(String a, String b, EventFilter filter, Bucket bucket, int eventLimit);

    /** Events per time step by quad class. */
    List<TimelinePoint> timeline(EventFilter filter, Bucket bucket);

    /** The {@code edgeLimit} heaviest who-acts-on-whom edges. */
    ActorNetwork network(EventFilter filter, int edgeLimit);

    /** The {@code limit} places with most events, each with up to {@code samplePerPlace} of them. */
    List<PlaceSummary> places(EventFilter filter, int limit, int samplePerPlace);

    /** One article with its extraction, if stored. */
    Optional<ArticleView> article(String id);

    /** Articles, actors and quotes containing {@code text} (case-insensitive), at most {@code limit} of each. */
    SearchResults search(String text, int limit);

    /** Row counts. */
    StoreStats stats();
}
