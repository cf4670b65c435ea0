package org.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Validation of option values that picocli's types cannot express. */
final class CliChecks {

    private CliChecks() {
    }

    static void date(String date) {
        if (date == null) {
            return;
        }
        try {
            LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--date must be YYYY-MM-DD, not '" + date + "'");
        }
    }
}
