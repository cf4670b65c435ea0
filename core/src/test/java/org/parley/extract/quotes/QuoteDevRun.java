package org.parley.extract.quotes;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Quote;
import org.parley.extract.actors.ActorIndex;
import org.parley.json.ParleyJson;

/**
 * Development runner, not a test: reads annotated articles (JSON Lines of {@link AnnotatedArticle}) and writes
 * {@code {"id", "quotes"}} per article for the attribution scorer. Usage: {@code QuoteDevRun IN.jsonl OUT.jsonl}.
 */
public final class QuoteDevRun {

    private QuoteDevRun() {
    }

    public static void main(String[] args) throws IOException {
        QuoteExtractor extractor = new QuoteExtractor();
        ActorIndex none = new ActorIndex(List.of());
        int n = 0;
        long started = System.nanoTime();
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                AnnotatedArticle a = ParleyJson.mapper().readValue(line, AnnotatedArticle.class);
                List<Quote> quotes = extractor.extract(a, none);
                out.write(ParleyJson.line(Map.of("id", a.article().id(), "quotes", quotes)));
                out.newLine();
                n++;
            }
        }
        System.err.printf("%d articles in %.1f s%n", n, (System.nanoTime() - started) / 1e9);
    }
}
