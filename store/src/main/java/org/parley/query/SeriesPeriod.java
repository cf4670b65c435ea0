package org.parley.query;

import java.time.LocalDate;

/** The step of a time series; weeks start on Monday (ISO). */
public enum SeriesPeriod {
    DAY, WEEK, MONTH;

    /** The DuckDB {@code date_trunc} part: a fixed word, safe to place in SQL. */
    String sqlPart() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The period after the one starting at {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
        };
    }

    /** The start of the period holding {@code day}. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.minusDays(day.getDayOfWeek().getValue() - 1L);
            case MONTH -> day.withDayOfMonth(1);
        };
    }

    public static SeriesPeriod parse(String s) {
        return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
    }
}
