package org.parley.server;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.parley.article.Article;

/**
 * The JSON body of {@code POST /api/articles}: the same fields as a line of the JSON Lines input.
 *
 * @param id        article id (required)
 * @param published ISO 8601 date or date-time, or null
 * @param title     headline, or null
 * @param source    publisher, or null
 * @param url       address, or null
 * @param text      the body (required)
 */
public record ArticleSubmission(String id, String published, String title, String source, String url, String text) {

    static final int MAX_ID = 512;
    /** Far above any news article; a longer body is a mistake or an attack on the annotator. */
    static final int MAX_TEXT = 1_000_000;

    /**
     * The article, checked.
     *
     * @throws BadRequestException naming the field at fault
     */
    Article toArticle() {
        if (id == null || id.isBlank()) {
            throw new BadRequestException("id", "the article needs an id");
        }
        if (id.length() > MAX_ID) {
            throw new BadRequestException("id", "the article id has " + id.length() + " characters; at most " + MAX_ID);
        }
        if (text == null || text.isBlank()) {
            throw new BadRequestException("text", "the article needs a text");
        }
        if (text.length() > MAX_TEXT) {
            throw new BadRequestException("text", "the text has " + text.length() + " characters; at most " + MAX_TEXT);
        }
        if (published != null) {
            try {
                LocalDate.parse(published.length() >= 10 ? published.substring(0, 10) : published);
            } catch (DateTimeParseException e) {
                throw new BadRequestException("published", "published must start with an ISO 8601 date "
                        + "(2025-04-11 or 2025-04-11T08:00:00Z), not '" + published + "'");
            }
        }
        return new Article(id, published, title, source, url, text);
    }
}
