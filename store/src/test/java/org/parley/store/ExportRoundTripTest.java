package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.EventExportRow;
import org.parley.export.EventExporter;
import org.parley.export.ExportFormat;
import org.parley.export.ExportSummary;
import org.parley.extract.Extraction;
import org.parley.json.ParleyJson;
import org.parley.query.EventQuery;

/** Exports of a 200-article synthetic store read back with DuckDB (and Jackson) give the store's own counts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportRoundTripTest {

    @TempDir
    static Path dir;

    private ParleyStore store;

    @BeforeAll
    void fill() {
        store = ParleyStore.open(dir.resolve("x.duckdb"));
        store.ingestBatch(SyntheticNews.articles(200, 42));
    }

    @AfterAll
    void close() {
        store.close();
    }

    private long storeCount(String sql) {
        return store.read(c -> {
            try (var s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    private static long duck(String sql, String file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, file);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** GDELT files read as a GDELT user reads them: tab-separated, no header, the codebook's columns. */
    private static String gdeltCsv(boolean withModality) {
        List<String> cols = new ArrayList<>(EventExporter.GDELT_COLUMNS);
        if (withModality) {
            cols.add("Modality");
        }
        return "read_csv(?, delim='\t', header=false, quote='', escape='', auto_detect=false, columns={"
                + String.join(", ", cols.stream().map(c -> "'" + c + "': 'VARCHAR'").toList()) + "})";
    }

    private static final String GDELT_CSV = gdeltCsv(false);

    @Test
    void syntheticStoreHasMergedAndDuplicatedEvidence() {
        assertThat(store.count("articles")).isEqualTo(200);
        // republications make some merged events rest on more reports than articles
        assertThat(storeCount("SELECT count(*) FROM merged_events WHERE num_reports > num_articles")).isPositive();
        assertThat(storeCount("SELECT count(*) FROM merged_events WHERE modality <> 'asserted'")).isPositive();
    }

    @Test
    void gdeltExportHoldsTheAssertedMergedEventsInGdeltsColumns() throws Exception {
        Path out = dir.resolve("events.gdelt.tsv");
        ExportSummary summary = store.export(EventQuery.all(), ExportFormat.GDELT, false, out);
        long asserted = storeCount("SELECT count(*) FROM merged_events WHERE modality = 'asserted'");
        assertThat(summary.rows()).isEqualTo(asserted);
        String f = out.toString();
        assertThat(duck("SELECT count(*) FROM " + GDELT_CSV, f)).isEqualTo(asserted);
        assertThat(EventExporter.GDELT_COLUMNS).hasSize(61);
        assertThat(Files.readAllLines(out)).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(61));
        // NumMentions, NumArticles sum like the store's; EventRootCode is the code's first two digits
        assertThat(duck("SELECT sum(NumMentions::INT) FROM " + GDELT_CSV, f))
                .isEqualTo(storeCount("SELECT sum(num_mentions) FROM merged_events WHERE modality = 'asserted'"));
        assertThat(duck("SELECT sum(NumSources::INT) FROM " + GDELT_CSV, f))
                .isEqualTo(storeCount("SELECT sum(num_sources) FROM merged_events WHERE modality = 'asserted'"));
        assertThat(duck("SELECT sum(NumArticles::INT) FROM " + GDELT_CSV, f))
                .isEqualTo(storeCount("SELECT sum(num_articles) FROM merged_events WHERE modality = 'asserted'"));
        assertThat(duck("SELECT count(*) FROM " + GDELT_CSV + " WHERE left(EventCode, 2) <> EventRootCode", f)).isZero();
        assertThat(duck("SELECT count(*) FROM " + GDELT_CSV + " WHERE SQLDATE NOT LIKE '2025%' OR Year <> '2025'", f))
                .isZero();

        // geography in FIPS 10-4 as GDELT has it: each place country's rows under its FIPS code
        List<String> countries = store.read(c -> {
            List<String> found = new ArrayList<>();
            try (var s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT place_country FROM "
                    + "merged_events WHERE modality = 'asserted' AND place_country IS NOT NULL")) {
                while (r.next()) {
                    found.add(r.getString(1));
                }
            }
            return found;
        });
        assertThat(countries).isNotEmpty();
        org.parley.export.FipsCountryCodes fips = org.parley.export.FipsCountryCodes.builtIn();
        for (String iso : countries) {
            assertThat(duck("SELECT count(*) FROM " + GDELT_CSV + " WHERE ActionGeo_CountryCode = '"
                    + fips.fipsOf(iso) + "'", f)).as(iso).isEqualTo(storeCount("SELECT count(*) FROM merged_events "
                    + "WHERE modality = 'asserted' AND place_country = '" + iso + "'"));
        }

        Path all = dir.resolve("all.gdelt.tsv");
        store.export(EventQuery.all(), ExportFormat.GDELT, true, all);
        assertThat(duck("SELECT count(*) FROM " + gdeltCsv(true), all.toString()))
                .isEqualTo(store.count("merged_events"));
        assertThat(duck("SELECT count(DISTINCT Modality) FROM " + gdeltCsv(true), all.toString())).isGreaterThan(1);
    }

    @Test
    void gdeltColumnsAreTheReferenceHeader() throws IOException {
        Path reference = Path.of("/work/shared/reference/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv");
        Assumptions.assumeTrue(Files.isRegularFile(reference), "GDELT reference header not on this machine");
        List<String> names = new ArrayList<>();
        for (String line : Files.readAllLines(reference).subList(1, Files.readAllLines(reference).size())) {
            if (!line.isBlank()) {
                names.add(line.substring(0, line.indexOf(',')));
            }
        }
        assertThat(EventExporter.GDELT_COLUMNS).containsExactlyElementsOf(names);
    }

    @Test
    void parquetExportRoundTripsThroughImport() throws Exception {
        Path out = dir.resolve("events.parquet");
        ExportSummary summary = store.export(EventQuery.all(), ExportFormat.PARQUET, false, out);
        assertThat(summary.rows()).isEqualTo(store.count("events"));
        assertThat(duck("SELECT count(*) FROM read_parquet(?)", out.toString())).isEqualTo(store.count("events"));
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement ps = c.prepareStatement("SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet(?))")) {
            ps.setString(1, out.toString());
            List<String> cols = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) {
                    cols.add(r.getString(1));
                }
            }
            assertThat(cols).containsExactlyElementsOf(EventExportRow.COLUMNS);
        }

        try (ParleyStore copy = ParleyStore.open(dir.resolve("imported.duckdb"))) {
            Map<IngestResult, Integer> results = ExportRowImport.importParquet(copy, List.of(out));
            long withEvents = storeCount("SELECT count(DISTINCT article_id) FROM events");
            assertThat(results).containsEntry(IngestResult.INSERTED, (int) withEvents);
            assertThat(copy.count("events")).isEqualTo(store.count("events"));
            assertThat(copy.count("merged_events")).isEqualTo(store.count("merged_events"));
            long reports = copy.read(c -> {
                try (var s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT sum(num_reports), sum(num_sources) FROM merged_events")) {
                    r.next();
                    return r.getLong(1) * 1_000_000 + r.getLong(2);
                }
            });
            assertThat(reports).isEqualTo(storeCount(
                    "SELECT sum(num_reports) * 1000000 + sum(num_sources) FROM merged_events"));
            // importing again changes nothing
            assertThat(ExportRowImport.importParquet(copy, List.of(out)))
                    .containsOnlyKeys(IngestResult.UNCHANGED);
        }
    }

    @Test
    void csvExportHasAHeaderAndOneRowPerEventAndFiltersApply() throws Exception {
        Path out = dir.resolve("rus.csv");
        EventQuery rus = EventQuery.all().withCountry("RUS");
        ExportSummary summary = store.export(rus, ExportFormat.CSV, false, out);
        long expected = store.events(rus.withPage(EventQuery.MAX_LIMIT, 0)).size();
        assertThat(summary.rows()).isEqualTo(expected).isPositive().isLessThan(store.count("events"));
        assertThat(duck("SELECT count(*) FROM read_csv(?, header=true)", out.toString())).isEqualTo(expected);
        assertThat(Files.readAllLines(out).get(0)).isEqualTo(String.join(",", EventExportRow.COLUMNS));
    }

    @Test
    void jsonlExportWritesOneSchemaRecordPerArticle() throws IOException {
        Path out = dir.resolve("articles.jsonl");
        assertThat(store.export(EventQuery.all(), ExportFormat.JSONL, false, out).rows()).isEqualTo(200);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(200);
        Extraction first = ParleyJson.mapper().readValue(lines.get(0), Extraction.class);
        assertThat(store.extraction(first.id())).contains(first);
    }

    @Test
    void ploverExportHasOneRecordPerAssertedMergedEventWithAPloverType() throws IOException {
        Path out = dir.resolve("plover.jsonl");
        long rows = store.export(EventQuery.all(), ExportFormat.PLOVER, false, out).rows();
        assertThat(rows).isEqualTo(storeCount(
                "SELECT count(*) FROM merged_events WHERE modality = 'asserted' AND plover IS NOT NULL"));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize((int) rows);
        for (String line : lines) {
            JsonNode o = ParleyJson.mapper().readTree(line);
            assertThat(o.get("event_type").asText()).isNotBlank();
            assertThat(o.get("actor").get("name").asText()).isNotBlank();
            assertThat(o.get("evidence").size()).isEqualTo(o.get("num_mentions").asInt());
        }
    }

    @Test
    void importRefusesAFileThatIsNotAnEventExport() throws Exception {
        Path other = dir.resolve("other.parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             var s = c.createStatement()) {
            s.execute("COPY (SELECT 1 AS x) TO '" + other + "' (FORMAT PARQUET)");
        }
        try (ParleyStore copy = ParleyStore.open(dir.resolve("refuse.duckdb"))) {
            assertThatThrownBy(() -> ExportRowImport.importParquet(copy, List.of(other)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("other.parquet")
                    .hasMessageContaining("missing columns");
        }
    }
}
