package org.parley.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SparkJobOptionsTest {

    @Test
    void parsesEveryOption() {
        SparkJobOptions o = SparkJobOptions.parse("--output", "s3a://b/out", "--format", "parquet", "--json",
                "--partitions", "64", "--date", "2024-05-01", "--overwrite", "hdfs:///in/a", "hdfs:///in/b");
        assertThat(o).isEqualTo(new SparkJobOptions(List.of("hdfs:///in/a", "hdfs:///in/b"), InputFormat.PARQUET,
                "s3a://b/out", true, 64, "2024-05-01", true));
    }

    @Test
    void defaultsToJsonLinesAutomaticPartitionsAndNoJson() {
        SparkJobOptions o = SparkJobOptions.parse("in.jsonl", "--output", "out");
        assertThat(o.format()).isEqualTo(InputFormat.JSONL);
        assertThat(o.partitions()).isZero();
        assertThat(o.writeJson()).isFalse();
        assertThat(o.overwrite()).isFalse();
        assertThat(o.defaultPublished()).isNull();
    }

    @Test
    void refusesBadArgumentsNamingThem() {
        assertThatThrownBy(() -> SparkJobOptions.parse("--output", "out"))
                .hasMessageContaining("no input paths");
        assertThatThrownBy(() -> SparkJobOptions.parse("in.jsonl"))
                .hasMessageContaining("--output");
        assertThatThrownBy(() -> SparkJobOptions.parse("in", "--output", "out", "--format", "xml"))
                .hasMessageContaining("'xml'");
        assertThatThrownBy(() -> SparkJobOptions.parse("in", "--output", "out", "--partitions", "many"))
                .hasMessageContaining("'many'");
        assertThatThrownBy(() -> SparkJobOptions.parse("in", "--output", "out", "--partitions", "-1"))
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> SparkJobOptions.parse("in", "--output", "out", "--date", "May 1"))
                .hasMessageContaining("YYYY-MM-DD");
        assertThatThrownBy(() -> SparkJobOptions.parse("in", "--output", "out", "--threads", "2"))
                .hasMessageContaining("unknown option --threads");
        assertThatThrownBy(() -> SparkJobOptions.parse("in", "--output"))
                .hasMessageContaining("--output needs a value");
    }
}
