package org.parley.server;

/**
 * An article whose title or text contains the searched words.
 *
 * @param id        article id
 * @param title     headline, or null
 * @param published publication date as given, or null
 * @param source    publisher, or null
 * @param snippet   the text around the first match (or the text's start when only the title matched)
 */
public record ArticleHit(String id, String title, String published, String source, String snippet) {
}
