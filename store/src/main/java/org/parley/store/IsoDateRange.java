package org.parley.store;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The first and last day an ISO date or prefix covers: "2025-04-10" one day, "2025-04" the month, "2025" the year.
 * Stored next to an event's date so that date filters work on partial dates without string tricks.
 *
 * @param first the first day covered
 * @param last  the last day covered
 */
record IsoDateRange(LocalDate first, LocalDate last) {

    /** The range {@code value} covers, or null when it is null or not an ISO date, year-month or year. */
    static IsoDateRange parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.trim();
        try {
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate day = LocalDate.parse(v);
                return new IsoDateRange(day, day);
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(v);
                return new IsoDateRange(month.atDay(1), month.atEndOfMonth());
            }
            if (v.matches("\\d{4}")) {
                int year = Integer.parseInt(v);
                return new IsoDateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException e) {
            return null; // "2025-13" or "2025-02-30": no range rather than a wrong one
        }
        return null;
    }
}
