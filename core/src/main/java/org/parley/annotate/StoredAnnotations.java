package org.parley.annotate;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parley.article.Article;
import org.parley.json.ParleyJson;

/**
 * An annotator that reuses annotation written earlier by {@code parley annotate} and falls back to a real one
 * for articles it does not hold (or whose text changed). Re-extracting after a change to the extractors or the
 * knowledge then costs no CoreNLP time. Thread-safe: the stored map is read-only after construction.
 */
public final class StoredAnnotations implements ArticleAnnotator {

    private final Map<String, AnnotatedArticle> byId;
    private final ArticleAnnotator fallback;

    private StoredAnnotations(Map<String, AnnotatedArticle> byId, ArticleAnnotator fallback) {
        this.byId = byId;
        this.fallback = fallback;
    }

    /**
     * Reads annotated articles (JSON Lines) from the files.
     *
     * @throws IllegalArgumentException naming the file and line of a record that does not parse
     */
    public static StoredAnnotations read(List<Path> files, ArticleAnnotator fallback) throws IOException {
        Map<String, AnnotatedArticle> byId = new HashMap<>();
        for (Path f : files) {
            try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        AnnotatedArticle a = ParleyJson.mapper().readValue(line, AnnotatedArticle.class);
                        byId.put(a.article().id(), a);
                    } catch (JsonProcessingException e) {
                        throw new IllegalArgumentException(f + ":" + n + ": not an annotated article: " + e.getOriginalMessage());
                    }
                }
            }
        }
        return new StoredAnnotations(byId, fallback);
    }

    @Override
    public AnnotatedArticle annotate(Article article) {
        AnnotatedArticle stored = byId.get(article.id());
        if (stored != null && stored.article().text().equals(article.text())) {
            return new AnnotatedArticle(article, stored.sentences(), stored.times());
        }
        return fallback.annotate(article);
    }
}
