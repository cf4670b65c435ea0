package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.NewsFixtures.RUSSIA;
import static org.parley.store.NewsFixtures.report;
import static org.parley.store.NewsFixtures.state;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.export.EventExportRow;
import org.parley.export.ExportFormat;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Magnitude;
import org.parley.extract.Modality;
import org.parley.json.ParleyJson;
import org.parley.query.EventQuery;

/** Event magnitudes (dead, injured, size, arrested) in the CSV, Parquet and PLOVER exports and back through import. */
class ExportMagnitudesTest {

    @TempDir
    Path dir;

    /** One assault Russia -> Ukraine on 2025-03-01, told by article {@code id} with these magnitudes. */
    private static ExtractedArticle assault(String id, String lead, Magnitude... stated) {
        ExtractedArticle a = report(id, "outlet" + id + ".example", "2025-03-02", lead, RUSSIA,
                state("Ukraine", "UKR"), "190", "ASSAULT", 4, -10.0, "2025-03-01", Modality.ASSERTED, null);
        Extraction x = a.extraction();
        Event e = x.events().get(0).withMagnitudes(List.of(stated));
        return new ExtractedArticle(a.article(), new Extraction(x.id(), x.published(), x.actors(), x.quotes(),
                List.of(e), x.times(), x.places()));
    }

    private ParleyStore store() {
        ParleyStore store = ParleyStore.open(dir.resolve("m.duckdb"));
        store.ingest(assault("a1", "Shelling went on through the night in the east.",
                new Magnitude(Magnitude.Kind.DEAD, 12, true, "at least 12")));
        store.ingest(assault("a2", "Officials gave a higher toll on Sunday morning.",
                new Magnitude(Magnitude.Kind.DEAD, 15, false, "15"),
                new Magnitude(Magnitude.Kind.INJURED, 40, true, "about 40")));
        store.ingest(assault("a3", "A quieter report said nothing of casualties at all."));
        return store;
    }

    @Test
    void csvAndParquetRowsCarryEachEventsMagnitudesAndImportBringsThemBack() throws Exception {
        Path csv = dir.resolve("e.csv");
        Path parquet = dir.resolve("e.parquet");
        try (ParleyStore store = store()) {
            store.export(EventQuery.all(), ExportFormat.CSV, false, csv);
            store.export(EventQuery.all(), ExportFormat.PARQUET, false, parquet);
        }
        assertThat(Files.readAllLines(csv).get(0)).endsWith(",evidence_text,dead,injured,size,arrested");
        assertThat(rows("SELECT article_id, dead, injured, size, arrested FROM read_parquet('" + parquet
                + "') ORDER BY article_id")).containsExactly("a1|12|null|null|null", "a2|15|40|null|null",
                "a3|null|null|null|null");
        assertThat(rows("SELECT article_id, dead FROM read_csv('" + csv + "') ORDER BY article_id"))
                .containsExactly("a1|12", "a2|15", "a3|null");

        try (ParleyStore copy = ParleyStore.open(dir.resolve("copy.duckdb"))) {
            ExportRowImport.importParquet(copy, List.of(parquet));
            List<Magnitude> back = copy.extraction("a2").orElseThrow().events().get(0).magnitudes();
            assertThat(back).extracting(Magnitude::kind, Magnitude::count).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(Magnitude.Kind.DEAD, 15L),
                    org.assertj.core.groups.Tuple.tuple(Magnitude.Kind.INJURED, 40L));
        }
    }

    @Test
    void aParquetFileWithoutTheMagnitudeColumnsStillImports() throws Exception {
        Path parquet = dir.resolve("e.parquet");
        Path old = dir.resolve("old.parquet");
        try (ParleyStore store = store()) {
            store.export(EventQuery.all(), ExportFormat.PARQUET, false, parquet);
        }
        List<String> oldColumns = new ArrayList<>(EventExportRow.COLUMNS);
        oldColumns.removeAll(EventExportRow.MAGNITUDE_COLUMNS);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("COPY (SELECT " + String.join(", ", oldColumns) + " FROM read_parquet('" + parquet + "')) TO '"
                    + old + "' (FORMAT PARQUET)");
        }
        try (ParleyStore copy = ParleyStore.open(dir.resolve("old.duckdb"))) {
            ExportRowImport.importParquet(copy, List.of(old));
            assertThat(copy.count("events")).isEqualTo(3);
            assertThat(copy.extraction("a2").orElseThrow().events().get(0).magnitudes()).isEmpty();
        }
    }

    @Test
    void aPloverRecordGivesTheLargestFigureAnyReportStates() throws Exception {
        Path out = dir.resolve("plover.jsonl");
        try (ParleyStore store = store()) {
            assertThat(store.mergedEvents(EventQuery.all(), false)).singleElement()
                    .satisfies(m -> assertThat(m.reports()).isEqualTo(3));
            store.export(EventQuery.all(), ExportFormat.PLOVER, false, out);
        }
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(1);
        JsonNode r = ParleyJson.mapper().readTree(lines.get(0));
        assertThat(r.get("dead").asLong()).isEqualTo(15);
        assertThat(r.get("injured").asLong()).isEqualTo(40);
        assertThat(r.get("size").isNull()).isTrue();
        assertThat(r.get("arrested").isNull()).isTrue();
    }

    private static List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            int n = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                out.add(row.toString());
            }
        }
        return out;
    }
}
