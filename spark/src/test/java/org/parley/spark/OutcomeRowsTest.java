package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;
import org.parley.export.EventExportRow;
import org.parley.ingest.ProcessingIssue;

class OutcomeRowsTest {

    static EventExportRow sample(Long geonameid) {
        return new EventExportRow("a1", "https://x.org/1", "Reuters", "2024-05-01", "e1", "2024-04-30",
                "a2", "Olaf Scholz", "person", "DEU", "GOV", "DEUGOV", "Chancellor",
                null, null, null, null, null, null, null,
                "036", "CONSULT", 1, 4.0, "asserted", 0.8,
                "p1", "Berlin", "DE", 52.52, 13.4, geonameid, "city",
                10, 52, "Scholz offered to meet the opposition.", null, null, geonameid == null ? null : 5000L,
                null);
    }

    @Test
    void eventSchemaIsTheExportColumnsWithTheDocumentedTypes() {
        assertThat(OutcomeRows.EVENT_SCHEMA.fieldNames()).containsExactlyElementsOf(EventExportRow.COLUMNS);
        StructField[] f = OutcomeRows.EVENT_SCHEMA.fields();
        assertThat(f[EventExportRow.COLUMNS.indexOf("quad")].dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(f[EventExportRow.COLUMNS.indexOf("goldstein")].dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(f[EventExportRow.COLUMNS.indexOf("place_lat")].dataType()).isEqualTo(DataTypes.DoubleType);
        assertThat(f[EventExportRow.COLUMNS.indexOf("place_geonameid")].dataType()).isEqualTo(DataTypes.LongType);
        assertThat(f[EventExportRow.COLUMNS.indexOf("evidence_end")].dataType()).isEqualTo(DataTypes.IntegerType);
        assertThat(f[EventExportRow.COLUMNS.indexOf("evidence_text")].dataType()).isEqualTo(DataTypes.StringType);
        assertThat(Arrays.stream(f).filter(x -> x.dataType() == DataTypes.StringType).count()).isEqualTo(28);
    }

    @Test
    void eventRowRoundTripsThroughItsColumns() {
        for (EventExportRow e : List.of(sample(2950159L), sample(null))) {
            Row outcome = OutcomeRows.event(e);
            assertThat(outcome.getString(0)).isEqualTo(OutcomeRows.EVENT);
            Row named = new GenericRowWithSchema(rowValues(outcome), OutcomeRows.SCHEMA);
            assertThat(OutcomeRows.toExportRow(named)).isEqualTo(e);
        }
    }

    @Test
    void issueRowCarriesIdFileLineStageAndReason() {
        Row r = new GenericRowWithSchema(rowValues(OutcomeRows.issue(
                new ProcessingIssue("hdfs://in/a.jsonl", 0, "x9", "annotate", "too long"))), OutcomeRows.SCHEMA);
        assertThat(r.getAs("kind").toString()).isEqualTo(OutcomeRows.ISSUE);
        assertThat(OutcomeRows.ISSUE_COLUMNS.stream().map(c -> r.getAs(c)).toList())
                .containsExactly("x9", "hdfs://in/a.jsonl", 0L, "annotate", "too long");
        assertThat(r.isNullAt(r.fieldIndex("cameo"))).isTrue();
    }

    @Test
    void articleRowHoldsItsJsonInTheLastColumn() {
        Row r = OutcomeRows.article("a1", "{\"id\":\"a1\"}");
        assertThat(r.size()).isEqualTo(OutcomeRows.SCHEMA.size());
        assertThat(r.getString(OutcomeRows.SCHEMA.fieldIndex("json"))).isEqualTo("{\"id\":\"a1\"}");
        assertThat(r.getString(OutcomeRows.SCHEMA.fieldIndex("article_id"))).isEqualTo("a1");
    }

    private static Object[] rowValues(Row r) {
        Object[] v = new Object[r.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = r.get(i);
        }
        return v;
    }
}
