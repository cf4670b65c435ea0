package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.ArticleAnnotator;
import org.parley.article.Article;
import org.parley.batch.Annotators;
import org.parley.extract.ArticleExtractor;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.json.ParleyJson;

/**
 * The event stage's modality on real parses: 42 news-style sentences written for Parley (negations, hypotheticals,
 * allegations, plans, historical references; {@code modality_sentences.jsonl}), each naming the CAMEO root of the
 * event it tells and the modalities a careful coder accepts. Runs the real CoreNLP pipeline (models loaded once).
 * At least 90% must come out with an accepted modality, and none of them as asserted.
 */
class EventModalityIT {

    private static final String SENTENCES = "modality_sentences.jsonl";

    @Test
    void nonFactualEventsAreNeverAsserted() throws IOException {
        ArticleAnnotator annotator = Annotators.annotator();
        ArticleExtractor extractor = ArticleExtractor.withBuiltInKnowledge();
        int right = 0;
        int total = 0;
        List<String> asserted = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (JsonNode line : sentences()) {
            total++;
            String id = line.get("id").asText();
            Article article = new Article(id, "2025-06-15", null, "fixture", null, line.get("text").asText());
            Extraction x = extractor.extract(annotator.annotate(article));
            List<String> roots = new ArrayList<>();
            line.get("root").forEach(r -> roots.add(r.asText()));
            List<Modality> accepted = new ArrayList<>();
            line.get("modality").forEach(m -> accepted.add(Modality.parse(m.asText())));
            List<Event> events = x.events().stream().filter(e -> roots.contains(e.cameo().substring(0, 2))).toList();
            boolean anyAsserted = events.stream().anyMatch(e -> e.modality() == Modality.ASSERTED);
            boolean anyRight = events.stream().anyMatch(e -> accepted.contains(e.modality()));
            if (anyAsserted) {
                asserted.add(id + ": " + article.text());
            } else if (anyRight) {
                right++;
            } else {
                missed.add(id + " " + events + ": " + article.text());
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(40);
        assertThat(asserted).as("non-factual events told as asserted").isEmpty();
        assertThat(right).as("sentences with the right modality; missed: %s", missed).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * total));
    }

    private static List<JsonNode> sentences() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        InputStream in = EventModalityIT.class.getResourceAsStream(SENTENCES);
        assertThat(in).as(SENTENCES + " on the test class path").isNotNull();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    out.add(ParleyJson.mapper().readTree(line));
                }
            }
        }
        return out;
    }
}
