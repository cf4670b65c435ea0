package org.parley.server;

import java.util.List;
import org.parley.extract.Modality;
import org.parley.query.ActorRef;

/**
 * Reports of the same event merged across articles, as the store keeps them (GDELT's event table): one row per
 * date, source actor, target actor, CAMEO code, place and modality, so a negated or alleged report never joins an
 * asserted one. Actors are told apart across articles by the store's actor registry; {@code source}/{@code target}
 * carry the registry key as id ({@code person:steve witkoff|USA}, {@code code:RUSGOV}) with the registry's name,
 * code and country.
 *
 * @param uid       stable id of the merged event (the GDELT export's GLOBALEVENTID)
 * @param date      ISO date or prefix (the publication day when no article dates it), or null
 * @param source    who acted
 * @param target    to whom, or null
 * @param cameo     CAMEO event code
 * @param plover    PLOVER type, or null
 * @param quad      quad class
 * @param goldstein Goldstein value
 * @param place     place name, or null
 * @param country   the place's ISO alpha-2 country, or null
 * @param lat       the place's latitude, or null
 * @param lon       the place's longitude, or null
 * @param modality  how it is told
 * @param mentions  evidence sentences (and further spans telling it) over all reports
 * @param articles  articles telling it, a near-duplicate cluster (one wire story republished) counted once
 * @param reports   articles telling it, every republication counted
 * @param sources   distinct outlets, republishers included
 * @param evidence  the first {@value #MAX_EVIDENCE} reports in publication order
 */
public record MergedEvent(long uid, String date, ActorRef source, ActorRef target, String cameo, String plover,
                          int quad, double goldstein, String place, String country, Double lat, Double lon,
                          Modality modality, long mentions, long articles, long reports, long sources,
                          List<EvidenceLink> evidence) {

    /** Evidence links per row: enough to read the story, few enough that a story told 10,000 times stays small. */
    public static final int MAX_EVIDENCE = 20;

    public MergedEvent {
        evidence = List.copyOf(evidence);
    }

    /**
     * One report of a merged event.
     *
     * @param articleId the article
     * @param eventId   the event within it
     * @param outlet    the article's publisher, or null
     * @param url       the article's address, or null
     * @param published the article's publication date as given, or null
     * @param text      the evidence sentence
     */
    public record EvidenceLink(String articleId, String eventId, String outlet, String url, String published,
                               String text) {
    }
}
