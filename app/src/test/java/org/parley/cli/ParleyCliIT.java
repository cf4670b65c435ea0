package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.extract.Extraction;
import org.parley.ingest.ProcessingIssue;
import org.parley.json.ParleyJson;
import org.parley.store.ParleyStore;
import picocli.CommandLine;

/**
 * {@code parley extract} and {@code parley ingest} end to end with the real CoreNLP models, on a small JSON Lines
 * file written here: two short articles and one bad record between them. Checks the SCHEMA.md field names, how
 * the bad record is reported (stderr, {@code --errors}, the issues table), exit codes, and the store's
 * idempotent re-ingest and replacement of a changed text.
 */
class ParleyCliIT {

    @TempDir
    static Path dir;

    static final String TEXT_1 = "U.S. President Donald Trump on Thursday urged Russia to agree to a ceasefire in"
            + " Ukraine.\n\"Russia has to get moving,\" Trump wrote on social media.";
    static final String TEXT_1_CHANGED = "U.S. President Donald Trump on Friday urged Russia to agree to a ceasefire"
            + " in Ukraine.\n\"Russia has to get moving,\" Trump wrote on social media.";
    static final String TEXT_2 = "Kremlin spokesman Dmitry Peskov said on Friday that talks in Moscow would continue."
            + " \"There is no need to expect any breakthroughs,\" Peskov told reporters.";

    static Path input;
    static Run extract;
    static Path errorsFile;

    /** What one command run left behind. */
    record Run(int exit, String out, String err) {
    }

    static Run parley(String... args) {
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringWriter cliOut = new StringWriter();
        StringWriter cliErr = new StringWriter();
        // extract closes the stream it writes to: give it one of ours, never the real System.out
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = ParleyCommand.commandLine();
            cli.setOut(new PrintWriter(cliOut, true));
            cli.setErr(new PrintWriter(cliErr, true));
            int exit = cli.execute(args);
            return new Run(exit, cliOut + out.toString(StandardCharsets.UTF_8), cliErr + err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
    }

    static String jsonLine(String id, String published, String text) {
        return ParleyJson.line(new Article(id, published, null, "Parley tests", null, text));
    }

    static Path writeInput(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void extractOnce() throws IOException {
        input = writeInput("articles.jsonl",
                jsonLine("cli-1", "2025-04-11", TEXT_1),
                "{\"id\": \"cli-empty\", \"published\": \"2025-04-11\", \"text\": \"\"}",
                jsonLine("cli-2", "2025-04-12", TEXT_2));
        errorsFile = dir.resolve("errors.jsonl");
        extract = parley("extract", "--threads", "2", "--errors", errorsFile.toString(), input.toString());
    }

    private static List<JsonNode> jsonLines(String s) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : s.split("\n")) {
            if (!line.isBlank()) {
                out.add(ParleyJson.mapper().readTree(line));
            }
        }
        return out;
    }

    private static Set<String> fields(JsonNode n) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static void isSpanOf(JsonNode span, String text) {
        assertThat(fields(span)).contains("start", "end", "text");
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
    }

    // ---------------------------------------------------------------- extract

    @Test
    void extractExitsOneWhenARecordFailedAndStillWritesTheOthersInOrder() throws IOException {
        assertThat(extract.exit()).as("stderr: %s", extract.err()).isEqualTo(1);
        List<JsonNode> articles = jsonLines(extract.out());
        assertThat(articles).extracting(a -> a.get("id").asText()).containsExactly("cli-1", "cli-2");
        assertThat(articles).extracting(a -> a.get("published").asText()).containsExactly("2025-04-11", "2025-04-12");
        assertThat(extract.err()).contains("parley: 2 articles extracted, 1 failed");
    }

    @Test
    void extractWritesTheSchemaFieldNames() throws IOException {
        List<JsonNode> articles = jsonLines(extract.out());
        String[] texts = {TEXT_1, TEXT_2};
        for (int k = 0; k < articles.size(); k++) {
            JsonNode a = articles.get(k);
            String text = texts[k];
            assertThat(fields(a)).contains("id", "published", "actors", "quotes", "events", "times", "places");
            assertThat(a.get("actors")).isNotEmpty();
            for (JsonNode actor : a.get("actors")) {
                assertThat(fields(actor)).contains("id", "name", "kind", "country", "sector", "code", "title", "mentions");
                assertThat(actor.get("kind").asText()).isIn("person", "organization", "country", "group");
                actor.get("mentions").forEach(m -> isSpanOf(m, text));
            }
            assertThat(a.get("quotes")).isNotEmpty();
            for (JsonNode q : a.get("quotes")) {
                assertThat(fields(q)).contains("id", "text", "kind", "act", "speaker", "source", "cue", "start", "end");
                assertThat(q.get("kind").asText()).isIn("direct", "indirect");
                assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText());
            }
            for (JsonNode e : a.get("events")) {
                assertThat(fields(e)).contains("id", "source", "target", "cameo", "plover", "quad", "goldstein", "date",
                        "place", "modality", "evidence", "also");
                assertThat(e.get("cameo").asText()).matches("\\d{2,4}");
                isSpanOf(e.get("evidence"), text);
            }
            assertThat(a.get("times")).isNotEmpty();
            for (JsonNode t : a.get("times")) {
                assertThat(fields(t)).contains("text", "value", "start", "end");
            }
            for (JsonNode p : a.get("places")) {
                assertThat(fields(p)).contains("id", "name", "country", "lat", "lon", "mentions");
            }
        }
    }

    @Test
    void extractFindsTheTitledPresidentHisQuoteAndTheDay() throws IOException {
        JsonNode a = jsonLines(extract.out()).get(0);
        JsonNode trump = null;
        for (JsonNode actor : a.get("actors")) {
            if ("Donald Trump".equals(actor.get("name").asText())) {
                trump = actor;
            }
        }
        assertThat(trump).as("actors: %s", a.get("actors")).isNotNull();
        assertThat(trump.get("code").asText()).isEqualTo("USAGOV");
        assertThat(trump.get("title").asText()).isEqualTo("President");
        assertThat(a.get("times").get(0).get("text").asText()).isEqualTo("Thursday");
        assertThat(a.get("times").get(0).get("value").asText()).isEqualTo("2025-04-10");
        JsonNode quote = null;
        for (JsonNode q : a.get("quotes")) {
            if ("direct".equals(q.get("kind").asText())) {
                quote = q;
            }
        }
        assertThat(quote).as("quotes: %s", a.get("quotes")).isNotNull();
        assertThat(quote.get("text").asText()).startsWith("Russia has to get moving");
        assertThat(quote.get("speaker").asText()).isEqualTo(trump.get("id").asText());
        isSpanOf(quote.get("cue"), TEXT_1);
        assertThat(quote.get("cue").get("text").asText()).isEqualTo("wrote");
    }

    @Test
    void aDirectQuoteEndsBeforeThePunctuationThatClosesIt() throws IOException {
        JsonNode a = jsonLines(extract.out()).get(0);
        List<String> direct = new ArrayList<>();
        a.get("quotes").forEach(q -> {
            if ("direct".equals(q.get("kind").asText())) {
                direct.add(q.get("text").asText());
            }
        });
        assertThat(direct).containsExactly("Russia has to get moving");
    }

    @Test
    void theBadRecordIsReportedOnStderrWithFileLineIdAndReason() {
        assertThat(extract.err()).contains("parley: " + input + ":2 (id cli-empty): read: text is empty");
    }

    @Test
    void theErrorsFileHoldsTheBadRecordAsAJsonLine() throws IOException {
        List<JsonNode> errors = jsonLines(Files.readString(errorsFile, StandardCharsets.UTF_8));
        assertThat(errors).hasSize(1);
        JsonNode e = errors.get(0);
        assertThat(fields(e)).containsExactlyInAnyOrder("file", "line", "id", "stage", "reason");
        assertThat(e.get("file").asText()).isEqualTo(input.toString());
        assertThat(e.get("line").asLong()).isEqualTo(2);
        assertThat(e.get("id").asText()).isEqualTo("cli-empty");
        assertThat(e.get("stage").asText()).isEqualTo("read");
        assertThat(e.get("reason").asText()).isEqualTo("text is empty");
    }

    @Test
    void aRecordWithoutIdHasANullIdInTheErrorsFile() throws IOException {
        Path notJson = writeInput("not-json.jsonl", "this is not JSON");
        Path errs = dir.resolve("errors-no-id.jsonl");
        Run r = parley("extract", "--threads", "1", "--errors", errs.toString(), notJson.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode e = jsonLines(Files.readString(errs, StandardCharsets.UTF_8)).get(0);
        assertThat(e.get("id").isNull()).as("id field: %s", e.get("id")).isTrue();
    }

    // ---------------------------------------------------------------- ingest

    @Test
    void ingestStoresSkipsUnchangedReplacesChangedAndRecordsIssues() throws IOException {
        Path db = dir.resolve("store").resolve("parley.duckdb");

        Run first = parley("ingest", "--db", db.toString(), "--threads", "2", input.toString());
        assertThat(first.exit()).as("stderr: %s", first.err()).isEqualTo(1);
        assertThat(first.err()).contains(": 2 inserted, 0 replaced, 0 unchanged, 1 failed")
                .contains(input + ":2 (id cli-empty): read: text is empty");
        try (ParleyStore store = ParleyStore.openReadOnly(db)) {
            assertThat(store.count("articles")).isEqualTo(2);
            assertThat(store.issues()).containsExactly(
                    new ProcessingIssue(input.toString(), 2, "cli-empty", "read", "text is empty"));
            assertThat(store.article("cli-1")).get().extracting(Article::text).isEqualTo(TEXT_1);
            Extraction x = store.extraction("cli-1").orElseThrow();
            assertThat(x.actors()).extracting(a -> a.name()).contains("Donald Trump");
        }

        Run again = parley("ingest", "--db", db.toString(), "--threads", "2", input.toString());
        assertThat(again.exit()).as("the bad line is still bad").isEqualTo(1);
        assertThat(again.err()).contains(": 0 inserted, 0 replaced, 2 unchanged, 1 failed");
        try (ParleyStore store = ParleyStore.openReadOnly(db)) {
            assertThat(store.count("articles")).isEqualTo(2);
            assertThat(store.article("cli-1")).get().extracting(Article::text).isEqualTo(TEXT_1);
        }

        Path changed = writeInput("changed.jsonl",
                jsonLine("cli-1", "2025-04-11", TEXT_1_CHANGED),
                jsonLine("cli-2", "2025-04-12", TEXT_2));
        Run replace = parley("ingest", "--db", db.toString(), "--threads", "2", changed.toString());
        assertThat(replace.exit()).as("stderr: %s", replace.err()).isZero();
        assertThat(replace.err()).contains(": 0 inserted, 1 replaced, 1 unchanged, 0 failed");
        try (ParleyStore store = ParleyStore.openReadOnly(db)) {
            assertThat(store.count("articles")).isEqualTo(2);
            assertThat(store.article("cli-1")).get().extracting(Article::text).isEqualTo(TEXT_1_CHANGED);
            Extraction x = store.extraction("cli-1").orElseThrow();
            assertThat(x.times()).extracting(t -> t.text() + "=" + t.value()).containsExactly("Friday=2025-04-11");
        }

        Run events = parley("events", "--db", db.toString(), "--format", "json");
        assertThat(events.exit()).as("stderr: %s", events.err()).isZero();
        for (JsonNode e : jsonLines(events.out())) {
            assertThat(e.get("articleId").asText()).isIn("cli-1", "cli-2");
        }
    }

    // ---------------------------------------------------------------- bench

    @Test
    void benchWarmsUpOnTheArticlesAfterTheMeasuredOnesAndTimesOnlyTheMeasured() {
        Run bench = parley("bench", "--corpus", input.toString(), "--limit", "1", "--warmup", "1", "--threads", "1",
                "--no-baseline");
        assertThat(bench.exit()).as("stderr: %s", bench.err()).isZero();
        assertThat(bench.out()).contains("bench: 1 articles from " + input)
                .contains("warm-up 1 articles (after the measured ones)")
                .containsPattern("parley warm-up: 1 articles in [0-9.]+ s")
                .containsPattern("(?m)^bench: parley_aps=[0-9.]+ parley_tps=[0-9]+ peak_heap_mb=[0-9]+ articles=1 threads=1$");
    }

    @Test
    void benchWarmsUpOnMeasuredArticlesWhenTheCorpusHasNoMoreAndRefusesANegativeWarmUp() {
        Run bench = parley("bench", "--corpus", input.toString(), "--limit", "5", "--warmup", "1", "--threads", "1",
                "--no-baseline");
        assertThat(bench.exit()).as("stderr: %s", bench.err()).isZero();
        assertThat(bench.out()).contains("bench: 2 articles from " + input)
                .contains("warm-up 1 articles (some of them measured ones: the corpus has no more)")
                .containsPattern("(?m)^bench: parley_aps=[0-9.]+ .* articles=2 threads=1$");

        Run negative = parley("bench", "--corpus", input.toString(), "--warmup", "-1", "--no-baseline");
        assertThat(negative.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.err()).contains("--warmup must be 0 or more, not -1");
    }
}
