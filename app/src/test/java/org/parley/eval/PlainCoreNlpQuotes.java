package org.parley.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.parley.annotate.corenlp.BaselineQuote;
import org.parley.annotate.corenlp.PlainCoreNlpBaseline;
import org.parley.article.Article;
import org.parley.ingest.InputRecord;
import org.parley.json.ParleyJson;

/**
 * Writes plain CoreNLP's quotes and attributed speakers in the shape the shared scorers read (SCHEMA.md: a
 * {@code quotes} list with content offsets and a {@code source} span), so CoreNLP is scored by the same scorer as
 * Parley, and lays the two sets of figures side by side.
 */
final class PlainCoreNlpQuotes {

    private PlainCoreNlpQuotes() {
    }

    static void write(List<InputRecord> records, Path out) throws IOException {
        List<Article> articles = new ArrayList<>();
        for (InputRecord r : records) {
            if (r.isArticle()) {
                articles.add(r.article());
            }
        }
        Map<String, List<BaselineQuote>> quotes = new PlainCoreNlpBaseline().quotes(articles,
                Runtime.getRuntime().availableProcessors());
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
            for (Article a : articles) {
                ObjectNode doc = ParleyJson.mapper().createObjectNode();
                doc.put("id", a.id());
                doc.putArray("actors");
                ArrayNode qs = doc.putArray("quotes");
                int n = 0;
                for (BaselineQuote q : quotes.getOrDefault(a.id(), List.of())) {
                    ObjectNode o = qs.addObject();
                    o.put("id", "q" + (++n));
                    o.put("start", q.start());
                    o.put("end", q.end());
                    o.put("text", a.text().substring(q.start(), q.end()));
                    o.put("kind", "direct");
                    o.putNull("speaker");
                    if (q.hasSource()) {
                        ObjectNode src = o.putObject("source");
                        src.put("start", q.sourceStart());
                        src.put("end", q.sourceEnd());
                        src.put("text", a.text().substring(q.sourceStart(), q.sourceEnd()));
                    } else {
                        o.putNull("source");
                    }
                }
                w.println(ParleyJson.mapper().writeValueAsString(doc));
            }
        }
    }

    static String sideBySide(Map<String, Double> parley, Map<String, Double> plain) {
        StringBuilder b = new StringBuilder("PolNeAR dev          Parley   plain CoreNLP (quote + attribution)\n");
        for (String key : parley.keySet()) {
            b.append(String.format("%-20s %6.3f   %6.3f%n", key, parley.get(key),
                    plain.getOrDefault(key, Double.NaN)));
        }
        return b.toString();
    }
}
