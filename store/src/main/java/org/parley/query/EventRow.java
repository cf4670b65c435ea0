package org.parley.query;

import org.parley.extract.Modality;
import org.parley.extract.TextSpan;

/**
 * One stored event with what a reader needs to understand it without further lookups: the actors' names, codes
 * and countries, the place's name and the evidence sentence.
 *
 * @param articleId  the article it was coded from
 * @param eventId    its id within the article ("e1")
 * @param published  the article's publication date as given, or null
 * @param source     who acted
 * @param target     to whom, or null
 * @param cameo      CAMEO event code
 * @param plover     PLOVER event type, or null
 * @param quad       quad class 1-4
 * @param goldstein  Goldstein value
 * @param date       ISO date or prefix, or null
 * @param placeId    place id within the article, or null
 * @param placeName  the place's name, or null
 * @param modality   how the article tells it
 * @param confidence extractor confidence 0..1
 * @param evidence   the sentence that tells it
 */
public record EventRow(String articleId, String eventId, String published, ActorRef source, ActorRef target,
                       String cameo, String plover, int quad, double goldstein, String date, String placeId,
                       String placeName, Modality modality, double confidence, TextSpan evidence) {
}
