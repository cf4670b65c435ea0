package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;
import org.parley.store.ExtractedArticle;
import org.parley.store.ParleyStore;
import picocli.CommandLine;

/** The query, export and import commands run through picocli against a small real store. */
class StoreCommandsTest {

    @TempDir
    Path dir;

    private Path db;

    /** One article: "{lead} Emmanuel Macron met Olaf Scholz. Macron said "{quote}"." with one event and quote. */
    private static ExtractedArticle article(String id, String outlet, String published, String lead, String quote,
                                            Modality modality) {
        String sentence = "Emmanuel Macron met Olaf Scholz.";
        String said = "Macron said \"" + quote + "\".";
        String text = lead + " " + sentence + " " + said;
        int s = text.indexOf(sentence);
        int q = text.indexOf(quote);
        Actor macron = new Actor("a1", "Emmanuel Macron", ActorKind.PERSON, "FRA", "GOV", "FRAGOV", "President",
                List.of(TextSpan.of(text, s, s + 15), TextSpan.of(text, text.indexOf("Macron said"),
                        text.indexOf("Macron said") + 6)));
        Actor scholz = new Actor("a2", "Olaf Scholz", ActorKind.PERSON, "DEU", "GOV", "DEUGOV", "Chancellor",
                List.of(TextSpan.of(text, s + 20, s + 31)));
        Event e = new Event("e1", "a1", "a2", "036", "CONSULT", 1, 4.0, published, null, modality, 0.9,
                TextSpan.of(text, s, s + sentence.length()), List.of());
        int cue = text.indexOf("said");
        Quote quoteRecord = new Quote("q1", quote, QuoteKind.DIRECT, SpeechAct.SPEECH, "a1",
                TextSpan.of(text, cue - 7, cue - 1), TextSpan.of(text, cue, cue + 4), q, q + quote.length(), null);
        return new ExtractedArticle(new Article(id, published, "Summit", outlet, "https://" + outlet + "/" + id, text),
                new Extraction(id, published, List.of(macron, scholz), List.of(quoteRecord), List.of(e), List.of(),
                        List.of()));
    }

    @BeforeEach
    void store() {
        db = dir.resolve("cli.duckdb");
        List<ExtractedArticle> articles = new ArrayList<>();
        articles.add(article("x1", "lemonde.example", "2025-02-03", "In Paris,", "Europe must stand together",
                Modality.ASSERTED));
        articles.add(article("x2", "faz.example", "2025-02-03", "Berlin reported:", "We agreed on a plan",
                Modality.ASSERTED));
        articles.add(article("x3", "bild.example", "2025-03-10", "Later,", "Nothing was decided",
                Modality.NEGATED));
        try (ParleyStore store = ParleyStore.open(db)) {
            store.ingestBatch(articles);
        }
    }

    /** Runs {@code parley args...}; returns exit code, then stdout (picocli's and System.out), then stderr. */
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintStream oldOut = System.out;
        ByteArrayOutputStream sysOut = new ByteArrayOutputStream();
        System.setOut(new PrintStream(sysOut, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new ParleyCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                    .execute(args);
        } finally {
            System.setOut(oldOut);
        }
        return new String[] {Integer.toString(code), out + sysOut.toString(StandardCharsets.UTF_8), err.toString()};
    }

    @Test
    void eventsMergedCountsTheTwoAssertedReportsOnce() {
        String[] r = run("events", "--db", db.toString(), "--merged", "--format", "csv");
        assertThat(r[0]).isEqualTo("0");
        List<String> lines = r[1].lines().toList();
        assertThat(lines.get(0)).isEqualTo("date,source,cameo,target,modality,place,goldstein,mentions,articles,"
                + "sources,id");
        assertThat(lines).hasSize(3);
        assertThat(lines).anyMatch(l -> l.contains("asserted") && l.contains(",2,2,2,"));
        assertThat(lines).anyMatch(l -> l.contains("negated") && l.contains(",1,1,1,"));
    }

    @Test
    void eventsNewFiltersNarrowTheList() {
        assertThat(run("events", "--db", db.toString(), "--dyad", "Macron,DEU", "--format", "csv")[1].lines())
                .hasSize(4);
        assertThat(run("events", "--db", db.toString(), "--dyad", "Scholz,Macron", "--format", "csv")[1].lines())
                .hasSize(1);
        assertThat(run("events", "--db", db.toString(), "--quad", "1", "--plover", "consult", "--text", "olaf",
                "--modality", "negated", "--format", "csv")[1].lines()).hasSize(2);
        String[] bad = run("events", "--db", db.toString(), "--dyad", "Macron");
        assertThat(bad[0]).isEqualTo("2");
    }

    @Test
    void quotesBySpeakerAndText() {
        String[] r = run("quotes", "--db", db.toString(), "--speaker", "macron", "--text", "plan", "--format", "json");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines().toList()).singleElement().asString().contains("We agreed on a plan");
        String[] since = run("quotes", "--db", db.toString(), "--since", "2025-03-01");
        assertThat(since[1]).contains("Nothing was decided").doesNotContain("Europe must").contains("1 quotes");
    }

    @Test
    void actorsShowsAliasesAndTitles() {
        String[] r = run("actors", "--db", db.toString(), "macron", "--format", "csv");
        assertThat(r[0]).isEqualTo("0");
        List<String> lines = r[1].lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("Emmanuel Macron,person,FRA,FRAGOV,3,2025-02-03,2025-03-10,"
                + "President (2025-02-03..2025-03-10),Macron");
    }

    @Test
    void dyadSeriesByMonthNormalized() {
        String[] r = run("dyad", "--db", db.toString(), "FRA", "DEU", "--by", "month", "--normalize", "--until", "2025-03-31", "--format",
                "csv");
        assertThat(r[0]).isEqualTo("0");
        assertThat(r[1].lines().toList()).containsExactly(
                "period,events,articles,mean_goldstein,period_articles,per_1k_articles",
                "2025-02-01,1,2,4.00,2,500.00",
                "2025-03-01,0,0,,1,0.00");
    }

    @Test
    void exportThenImportIntoAnotherStore() throws Exception {
        Path gdelt = dir.resolve("out/events.tsv");
        String[] r = run("export", "--db", db.toString(), "--out", gdelt.toString(), "--format", "gdelt");
        assertThat(r[0]).isEqualTo("0");
        assertThat(Files.readAllLines(gdelt)).singleElement().satisfies(line -> {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(61);
            assertThat(f[1]).isEqualTo("20250203");
            assertThat(f[6]).isEqualTo("EMMANUEL MACRON");
            assertThat(f[26]).isEqualTo("036");
        });

        Path parquet = dir.resolve("out/events.parquet");
        assertThat(run("export", "--db", db.toString(), "--out", parquet.toString(), "--format", "parquet")[0])
                .isEqualTo("0");
        Path copy = dir.resolve("copy.duckdb");
        String[] imported = run("import", "--db", copy.toString(), parquet.toString());
        assertThat(imported[0]).isEqualTo("0");
        assertThat(imported[2]).contains("3 inserted");
        try (ParleyStore store = ParleyStore.openReadOnly(copy)) {
            assertThat(store.count("events")).isEqualTo(3);
            assertThat(store.count("merged_events")).isEqualTo(2);
        }
    }

    @Test
    void missingStoreAndBadFormatAreUsageErrors() {
        assertThat(run("quotes", "--db", dir.resolve("none.duckdb").toString())[0]).isEqualTo("2");
        assertThat(run("export", "--db", db.toString(), "--out", dir.resolve("x").toString(), "--format", "xml")[2])
                .contains("unknown export format 'xml'");
    }
}
