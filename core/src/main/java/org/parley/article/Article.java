package org.parley.article;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * One input news article, as read from JSON Lines or a text file.
 *
 * @param id        the article's identifier, unchanged in every output
 * @param published publication date or date-time as given (ISO 8601), or null when unknown
 * @param title     headline, or null
 * @param source    publisher or feed name, or null
 * @param url       address, or null
 * @param text      the article body; every offset Parley emits is a Java {@code String} index into it
 */
public record Article(String id, String published, String title, String source, String url, String text) {

    public Article {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("article id is missing");
        }
        Objects.requireNonNull(text, "article text");
    }

    /** The publication date (the first ten characters of {@link #published()}), if it parses. */
    public Optional<LocalDate> publicationDate() {
        if (published == null || published.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(published.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
