package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;
import org.parley.article.Article;
import org.parley.ingest.InputRecord;
import org.parley.ingest.ProcessingIssue;

class InputDecoderTest {

    private static Row bytesRow(String file, byte[] raw) {
        return new GenericRowWithSchema(new Object[] {file, raw, null, null, null, null, null, null},
                ArticleInputs.RAW_SCHEMA);
    }

    private static Row fieldsRow(String id, String published, String text) {
        return new GenericRowWithSchema(new Object[] {"file:/in/part-0.parquet", null, id, published, "T", "S", "U",
                text}, ArticleInputs.RAW_SCHEMA);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void jsonLineBecomesTheArticleTheCliReads() {
        InputDecoder d = new InputDecoder(InputFormat.JSONL, "2024-01-02");
        List<InputRecord> r = d.decode(bytesRow("hdfs://nn/in/a.jsonl",
                utf8("{\"id\":\"a1\",\"title\":\"T\",\"source\":\"S\",\"url\":null,\"text\":\"Hello there.\"}\r")));
        assertThat(r).singleElement().satisfies(rec -> {
            assertThat(rec.file()).isEqualTo("hdfs://nn/in/a.jsonl");
            // --date is for text files: a JSON record without a date stays undated, as in the CLI
            assertThat(rec.article()).isEqualTo(new Article("a1", null, "T", "S", null, "Hello there."));
        });
    }

    @Test
    void badJsonLinesBecomeReadIssuesWithTheirFileAndNoLineNumber() {
        InputDecoder d = new InputDecoder(InputFormat.JSONL, null);
        assertThat(d.decode(bytesRow("f", utf8("not json"))).get(0).issue())
                .extracting(ProcessingIssue::file, ProcessingIssue::line, ProcessingIssue::stage)
                .containsExactly("f", 0L, "read");
        assertThat(d.decode(bytesRow("f", utf8("{\"text\":\"x\"}"))).get(0).issue().reason()).isEqualTo("missing id");
        assertThat(d.decode(bytesRow("f", utf8("{\"id\":\"e\",\"text\":\"  \"}"))).get(0).issue())
                .extracting(ProcessingIssue::recordId, ProcessingIssue::reason).containsExactly("e", "text is empty");
        assertThat(d.decode(bytesRow("f", new byte[] {'{', (byte) 0xC3, '}'})).get(0).issue().reason())
                .isEqualTo("invalid UTF-8");
    }

    @Test
    void blankJsonLineIsNoRecord() {
        assertThat(new InputDecoder(InputFormat.JSONL, null).decode(bytesRow("f", utf8("   ")))).isEmpty();
    }

    @Test
    void textFileTakesItsIdFromTheFileNameAndDropsAByteOrderMark() {
        InputDecoder d = new InputDecoder(InputFormat.TEXT, "2023-03-04");
        InputRecord r = d.decode(bytesRow("s3a://bucket/news/story-17.txt", utf8("\uFEFFThe minister said."))).get(0);
        assertThat(r.article()).isEqualTo(new Article("story-17", "2023-03-04", null, null, null,
                "The minister said."));
    }

    @Test
    void badTextFilesBecomeIssuesNamingTheFileId() {
        InputDecoder d = new InputDecoder(InputFormat.TEXT, null);
        assertThat(d.decode(bytesRow("file:/x/bin.txt", new byte[] {'a', 0, 'b'})).get(0).issue())
                .extracting(ProcessingIssue::recordId, ProcessingIssue::reason)
                .containsExactly("bin", "binary file (NUL bytes), not text");
        assertThat(d.decode(bytesRow("file:/x/bad.txt", new byte[] {'a', (byte) 0xFF})).get(0).issue().reason())
                .isEqualTo("invalid UTF-8");
        assertThat(d.decode(bytesRow("file:/x/empty.txt", utf8(" \n"))).get(0).issue().reason())
                .isEqualTo("text is empty");
    }

    @Test
    void parquetRowKeepsItsFieldsAndStaysUndatedWithoutADate() {
        InputDecoder d = new InputDecoder(InputFormat.PARQUET, "2020-01-01");
        assertThat(d.decode(fieldsRow("p1", "2019-12-31", "Text.")).get(0).article())
                .isEqualTo(new Article("p1", "2019-12-31", "T", "S", "U", "Text."));
        // --date is for text files; a record carries its own date, as in the CLI
        assertThat(d.decode(fieldsRow("p2", null, "Text.")).get(0).article().published()).isNull();
        assertThat(d.decode(fieldsRow(null, null, "Text.")).get(0).issue().reason()).isEqualTo("missing id");
        assertThat(d.decode(fieldsRow("p3", null, null)).get(0).issue().reason()).isEqualTo("missing text");
        assertThat(d.decode(fieldsRow("p4", null, "")).get(0).issue().reason()).isEqualTo("text is empty");
    }
}
