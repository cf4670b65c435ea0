package org.parley.export;

import java.util.Locale;

/** The file formats {@code parley export} writes. */
public enum ExportFormat {
    /** One SCHEMA.md extraction object per article, one per line. */
    JSONL,
    /** GDELT 2.0 event table: merged events, tab-separated, the 61 GDELT columns in GDELT's order, no header. */
    GDELT,
    /** PLOVER event records (JSON Lines), one per merged event that has a PLOVER type. */
    PLOVER,
    /** {@link EventExportRow} rows, one per stored event, with a header row. */
    CSV,
    /** {@link EventExportRow} rows as Parquet (written by DuckDB). */
    PARQUET;

    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown export format '" + s + "': jsonl, gdelt, plover, csv or "
                    + "parquet", e);
        }
    }
}
