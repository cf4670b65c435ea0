package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.cli.ParleyCliIT.parley;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.ArticleExtractor;
import org.parley.json.ParleyJson;
import org.parley.query.EventQuery;
import org.parley.query.MergedEventRow;
import org.parley.store.ParleyStore;

/**
 * {@code parley ingest} then {@code parley recode} through the real pipeline (CoreNLP loads): a user dictionary
 * that gives an uncoded person a code reaches the stored actor and the merged event; {@code --only-stale} then
 * finds nothing to do.
 */
class RecodeCommandIT {

    /** A person no built-in knowledge codes, meeting a head of government Parley knows. */
    static final String TEXT = "Jane Roe met German Chancellor Olaf Scholz in Berlin on Monday to discuss trade.";

    @TempDir
    Path dir;

    @Test
    void aDictionaryEditReachesStoredActorsAndMergedEventsAndOnlyStaleSkipsFreshArticles() throws IOException {
        Path db = dir.resolve("parley.duckdb");
        Path input = Files.writeString(dir.resolve("in.jsonl"), ParleyJson.line(new Article("roe-1", "2025-04-11",
                null, "example.org", null, TEXT)) + "\n", StandardCharsets.UTF_8);
        ParleyCliIT.Run ingest = parley("ingest", "--db", db.toString(), "--threads", "1", input.toString());
        assertThat(ingest.exit()).as("stderr: %s", ingest.err()).isZero();
        String builtIn = ArticleExtractor.withBuiltInKnowledge().provenance().orElseThrow().sha256();
        try (ParleyStore store = ParleyStore.openReadOnly(db)) {
            assertThat(store.storedArticle("roe-1").orElseThrow().knowledgeSha256()).isEqualTo(builtIn);
            assertThat(roe(store).code()).isNull();
        }

        Path actors = Files.writeString(dir.resolve("actors.csv"),
                "name,kind,country,sector,code\nJane Roe,person,USA,GOV,USAGOV\n", StandardCharsets.UTF_8);
        ParleyCliIT.Run stale = parley("recode", "--db", db.toString(), "--actors", actors.toString(), "--threads",
                "1", "--only-stale");
        assertThat(stale.exit()).as("stderr: %s", stale.err()).isZero();
        assertThat(stale.err()).contains(": 1 recoded, 0 failed (see the issues table), 0 already current");
        try (ParleyStore store = ParleyStore.openReadOnly(db)) {
            assertThat(roe(store).code()).isEqualTo("USAGOV");
            assertThat(store.storedArticle("roe-1").orElseThrow().knowledgeSha256()).isNotEqualTo(builtIn);
            List<MergedEventRow> merged = store.mergedEvents(EventQuery.all(), false);
            assertThat(merged).as("the meeting").isNotEmpty();
            assertThat(merged).filteredOn(m -> m.source().name().contains("Roe") || m.target() != null
                    && m.target().name().contains("Roe")).isNotEmpty()
                    .allSatisfy(m -> assertThat(m.source().name().contains("Roe") ? m.source().code()
                            : m.target().code()).isEqualTo("USAGOV"));
        }

        ParleyCliIT.Run again = parley("recode", "--db", db.toString(), "--actors", actors.toString(), "--only-stale");
        assertThat(again.exit()).as("stderr: %s", again.err()).isZero();
        assertThat(again.err()).contains(": 0 recoded, 0 failed (see the issues table), 1 already current");

        ParleyCliIT.Run missing = parley("recode", "--db", dir.resolve("nope.duckdb").toString());
        assertThat(missing.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such store");
        assertThat(Files.exists(dir.resolve("nope.duckdb"))).isFalse();
    }

    private static Actor roe(ParleyStore store) {
        return store.extraction("roe-1").orElseThrow().actors().stream().filter(a -> a.name().equals("Jane Roe"))
                .findFirst().orElseThrow(() -> new AssertionError("no Jane Roe in "
                        + store.extraction("roe-1").orElseThrow().actors()));
    }
}
