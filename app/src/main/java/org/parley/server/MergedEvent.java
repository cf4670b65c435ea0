package org.parley.server;

import java.util.List;
import org.parley.query.ActorRef;

/**
 * Reports of the same event merged across articles, as in GDELT's event table: one row per date, source actor,
 * target actor, CAMEO code, place and modality (so a negated or alleged report never joins an asserted one).
 * Actors are told apart across articles by name and CAMEO code; their ids in {@code source}/{@code target} are
 * those of the first report.
 *
 * @param date      ISO date or prefix, or null
 * @param source    who acted
 * @param target    to whom, or null
 * @param cameo     CAMEO event code
 * @param plover    PLOVER type, or null
 * @param quad      quad class
 * @param goldstein Goldstein value
 * @param place     place name, or null
 * @param country   the place's ISO alpha-2 country, or null
 * @param modality  how it is told
 * @param mentions  reports (event rows) merged
 * @param articles  distinct articles
 * @param sources   distinct publishers
 * @param evidence  links to the first {@value #MAX_EVIDENCE} reports
 */
public record MergedEvent(String date, ActorRef source, ActorRef target, String cameo, String plover, int quad,
                          double goldstein, String place, String country, String modality, long mentions,
                          long articles, long sources, List<EvidenceLink> evidence) {

    public static final int MAX_EVIDENCE = 20;

    public MergedEvent {
        evidence = List.copyOf(evidence);
    }

    /**
     * One report of a merged event.
     *
     * @param articleId the article
     * @param eventId   the event within it
     * @param text      the evidence sentence
     */
    public record EvidenceLink(String articleId, String eventId, String text) {
    }
}
