package org.parley.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads input paths (local, HDFS, S3, any Hadoop-compatible file system) into one undecoded row per record, with
 * the columns of {@link #RAW_SCHEMA}. Nothing is parsed here: JSON Lines become their raw line bytes and text
 * files their raw content, so that decoding, and every issue it finds, happens on the executors with exactly
 * the rules of {@code parley extract} ({@link InputDecoder}).
 *
 * <p>Directories are read recursively (Spark skips names starting with {@code _} or {@code .}); for
 * {@link InputFormat#TEXT} only {@code .txt} files are taken. Stateless: runs on the driver, any thread.
 */
public final class ArticleInputs {

    /** The raw record: where it came from, and its bytes (JSON Lines, text) or its fields (Parquet). */
    public static final StructType RAW_SCHEMA = new StructType()
            .add("file", DataTypes.StringType)
            .add("raw", DataTypes.BinaryType)
            .add("id", DataTypes.StringType)
            .add("published", DataTypes.StringType)
            .add("title", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("text", DataTypes.StringType);

    private static final List<String> ARTICLE_FIELDS = List.of("id", "published", "title", "source", "url", "text");

    private ArticleInputs() {
    }

    /**
     * @throws IllegalArgumentException when a Parquet input lacks the {@code id} or {@code text} column
     */
    public static Dataset<Row> read(SparkSession spark, InputFormat format, List<String> paths) {
        String[] p = paths.toArray(String[]::new);
        DataFrameReader reader = spark.read().option("recursiveFileLookup", "true");
        return switch (format) {
            // the line is cast to bytes unchanged, so invalid UTF-8 is still seen (and reported) when decoding
            case JSONL -> rawBytes(reader.text(p), fileColumn(), col("value").cast(DataTypes.BinaryType));
            case TEXT -> rawBytes(reader.format("binaryFile").option("pathGlobFilter", "*.{txt,TXT}").load(p),
                    col("path"), col("content"));
            case PARQUET -> parquet(reader.parquet(p));
        };
    }

    private static Dataset<Row> parquet(Dataset<Row> in) {
        Set<String> present = new HashSet<>(Arrays.asList(in.columns()));
        for (String required : List.of("id", "text")) {
            if (!present.contains(required)) {
                throw new IllegalArgumentException("Parquet input has no '" + required + "' column (it has "
                        + String.join(", ", in.columns()) + ")");
            }
        }
        List<Column> cols = new ArrayList<>();
        cols.add(fileColumn().as("file"));
        cols.add(lit(null).cast(DataTypes.BinaryType).as("raw"));
        for (String f : ARTICLE_FIELDS) {
            cols.add(present.contains(f) ? col(f).cast(DataTypes.StringType).as(f)
                    : lit(null).cast(DataTypes.StringType).as(f));
        }
        return in.select(cols.toArray(Column[]::new));
    }

    /** Spark's hidden per-file metadata column: the file each row was read from. */
    private static Column fileColumn() {
        return col("_metadata.file_path");
    }

    private static Dataset<Row> rawBytes(Dataset<Row> in, Column file, Column raw) {
        List<Column> cols = new ArrayList<>();
        cols.add(file.as("file"));
        cols.add(raw.as("raw"));
        for (String f : ARTICLE_FIELDS) {
            cols.add(lit(null).cast(DataTypes.StringType).as(f));
        }
        return in.select(cols.toArray(Column[]::new));
    }
}
