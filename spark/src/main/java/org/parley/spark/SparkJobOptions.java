package org.parley.spark;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of {@link ParleySparkJob} reads and writes, parsed once from the command line.
 *
 * @param inputs           input paths (files or directories) on any Hadoop-compatible file system
 * @param format           how to read them
 * @param output           the output directory; the job writes {@code events/}, {@code issues/} and, with
 *                         {@code writeJson}, {@code articles/} under it
 * @param writeJson        also write each article's JSON (SCHEMA.md) as JSON Lines under {@code articles/}
 * @param partitions       how many partitions to annotate in; 0 picks the larger of the input's partitions and
 *                         four per core of the cluster, so that long and short articles even out
 * @param defaultPublished publication date of text-format files ({@code --date}), or null
 * @param overwrite        replace an existing output directory instead of failing
 */
public record SparkJobOptions(List<String> inputs, InputFormat format, String output, boolean writeJson,
                              int partitions, String defaultPublished, boolean overwrite) {

    public static final String USAGE = """
            usage: ParleySparkJob --output DIR [--format jsonl|parquet|text] [--json] [--partitions N]
                                  [--date YYYY-MM-DD] [--overwrite] INPUT...
              INPUT          files or directories on any Hadoop-compatible file system (hdfs://, s3a://, file:)
              --output DIR   writes DIR/events (Parquet, the rows of 'parley export --format parquet'),
                             DIR/issues (Parquet: article_id, file, line, stage, reason) and, with --json,
                             DIR/articles (per-article JSON Lines, SCHEMA.md)
              --format       jsonl (default; compressed files too), parquet (columns id, published, title,
                             source, url, text) or text (.txt files, id from the file name)
              --partitions N annotate in N partitions (default: max(input partitions, 4 x cores))
              --date         publication date for text-format files (JSON Lines and Parquet records carry their own)
              --overwrite    replace DIR's outputs if they exist""";

    public SparkJobOptions {
        if (inputs == null || inputs.isEmpty()) {
            throw new IllegalArgumentException("no input paths given");
        }
        inputs = List.copyOf(inputs);
        if (format == null) {
            throw new IllegalArgumentException("no input format given");
        }
        if (output == null || output.isBlank()) {
            throw new IllegalArgumentException("no --output directory given");
        }
        if (partitions < 0) {
            throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, not " + partitions);
        }
        if (defaultPublished != null) {
            try {
                LocalDate.parse(defaultPublished);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--date must be YYYY-MM-DD, not '" + defaultPublished + "'");
            }
        }
    }

    /** @throws IllegalArgumentException naming the bad or missing argument */
    public static SparkJobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        InputFormat format = InputFormat.JSONL;
        String output = null;
        boolean json = false;
        int partitions = 0;
        String date = null;
        boolean overwrite = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--output" -> output = value(args, ++i, a);
                case "--format" -> format = InputFormat.parse(value(args, ++i, a));
                case "--json" -> json = true;
                case "--partitions" -> partitions = number(value(args, ++i, a), a);
                case "--date" -> date = value(args, ++i, a);
                case "--overwrite" -> overwrite = true;
                default -> {
                    if (a.startsWith("--")) {
                        throw new IllegalArgumentException("unknown option " + a);
                    }
                    inputs.add(a);
                }
            }
        }
        return new SparkJobOptions(inputs, format, output, json, partitions, date, overwrite);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + s + "'");
        }
    }
}
