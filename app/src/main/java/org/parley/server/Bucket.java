package org.parley.server;

import java.util.Locale;

/** The width of one step of a time series: events are counted per day, week (from Monday), month or year. */
public enum Bucket {
    DAY, WEEK, MONTH, YEAR;

    /** The name DuckDB's {@code date_trunc} takes: a fixed word, written into the SQL (a parameter is parsed per row). */
    String datePart() {
        return name().toLowerCase(Locale.ROOT);
    }
}
