package org.parley.spark;

import java.util.Locale;

/**
 * How the job reads its input paths: the input formats of {@code parley extract}, plus Parquet for corpora that
 * already live in a data lake.
 */
public enum InputFormat {

    /** JSON Lines, one article per line ({@code id, published, title, source, url, text}); compressed files too. */
    JSONL,
    /** Parquet with the same columns as JSON Lines ({@code id} and {@code text} required, the rest optional). */
    PARQUET,
    /** Plain {@code .txt} files, one article per file, the id taken from the file name. */
    TEXT;

    /** @throws IllegalArgumentException naming the accepted values */
    public static InputFormat parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        return switch (n) {
            case "jsonl", "json", "ndjson" -> JSONL;
            case "parquet" -> PARQUET;
            case "text", "txt" -> TEXT;
            default -> throw new IllegalArgumentException("unknown input format '" + name
                    + "': use jsonl, parquet or text");
        };
    }
}
