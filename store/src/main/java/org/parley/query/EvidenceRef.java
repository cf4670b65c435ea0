package org.parley.query;

import org.parley.extract.TextSpan;

/**
 * One piece of evidence behind a merged event: the stored event it was merged from and its sentence.
 *
 * @param articleId  the article
 * @param eventId    the event's id within the article
 * @param outlet     the article's source (publisher), or null
 * @param url        the article's address, or null
 * @param published  the article's publication date as given, or null
 * @param dupRoot    the first stored article of the article's near-duplicate cluster (itself when unique)
 * @param evidence   the sentence that tells the event
 */
public record EvidenceRef(String articleId, String eventId, String outlet, String url, String published,
                          String dupRoot, TextSpan evidence) {
}
