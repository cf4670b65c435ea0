package org.parley.query;

import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;

/**
 * One stored quote with its speaker's name.
 *
 * @param articleId the article it was found in
 * @param quoteId   its id within the article ("q1")
 * @param published the article's publication date as given, or null
 * @param text      the quoted content
 * @param kind      direct or indirect
 * @param act       speech, thought or finding
 * @param speaker   the actor it is attributed to, or null when unattributed
 * @param source    the words naming the speaker at the quote, or null
 * @param cue       the speech verb or phrase, or null
 * @param start     content start offset
 * @param end       content end offset
 * @param channel   where it was said, or null
 */
public record QuoteRow(String articleId, String quoteId, String published, String text, QuoteKind kind,
                       SpeechAct act, ActorRef speaker, TextSpan source, TextSpan cue, int start, int end,
                       String channel) {
}
