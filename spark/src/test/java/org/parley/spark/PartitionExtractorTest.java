package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

class PartitionExtractorTest {

    private static Row line(String json) {
        return new GenericRowWithSchema(new Object[] {"in.jsonl", json.getBytes(StandardCharsets.UTF_8), null, null,
                null, null, null, null}, ArticleInputs.RAW_SCHEMA);
    }

    private static List<Row> drain(Iterator<Row> it) {
        List<Row> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    @Test
    void everyRecordEndsAsAnArticleRowOrAnIssueRowInInputOrder() {
        PartitionExtractor f = new PartitionExtractor(new InputDecoder(InputFormat.JSONL, null), true,
                FakePipelines::get);
        List<Row> rows = drain(f.call(List.of(
                line("{\"id\":\"a\",\"text\":\"Hello.\"}"),
                line("oops"),
                line(""),
                line("{\"id\":\"boom1\",\"text\":\"Too much.\"}"),
                line("{\"id\":\"b\",\"text\":\"Bye.\"}")).iterator()));
        assertThat(rows).extracting(r -> r.getString(0) + ":" + r.getString(1) + ":" + r.get(r.size() - 3))
                .containsExactly("article:a:null", "issue:null:read", "issue:boom1:annotate", "article:b:null");
        assertThat(rows.get(0).getString(rows.get(0).size() - 1)).startsWith("{\"id\":\"a\"");
        assertThat(rows.get(2).getString(rows.get(2).size() - 2)).contains("cannot be annotated");
    }

    @Test
    void withoutJsonTheArticleRowsCarryNone() {
        PartitionExtractor f = new PartitionExtractor(new InputDecoder(InputFormat.JSONL, null), false,
                FakePipelines::get);
        List<Row> rows = drain(f.call(List.of(line("{\"id\":\"a\",\"text\":\"Hello.\"}")).iterator()));
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.isNullAt(r.size() - 1)).isTrue());
    }

    @Test
    void pipelinesAreFetchedOnlyWhenAnArticleNeedsThemAndOnlyOnce() {
        AtomicInteger fetched = new AtomicInteger();
        PipelineSource counting = () -> {
            fetched.incrementAndGet();
            return FakePipelines.get();
        };
        PartitionExtractor f = new PartitionExtractor(new InputDecoder(InputFormat.JSONL, null), false, counting);
        Iterator<Row> onlyBad = f.call(List.of(line("x"), line("y")).iterator());
        assertThat(drain(onlyBad)).hasSize(2);
        assertThat(fetched).hasValue(0);
        Iterator<Row> good = f.call(List.of(line("{\"id\":\"a\",\"text\":\"A.\"}"),
                line("{\"id\":\"b\",\"text\":\"B.\"}")).iterator());
        assertThat(fetched).as("nothing is computed before the rows are consumed").hasValue(0);
        assertThat(drain(good)).hasSize(2);
        assertThat(fetched).hasValue(1);
    }
}
