package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDateRangeTest {

    @Test
    void dayMonthAndYearCoverTheirDays() {
        assertThat(IsoDateRange.parse("2025-04-10"))
                .isEqualTo(new IsoDateRange(LocalDate.of(2025, 4, 10), LocalDate.of(2025, 4, 10)));
        assertThat(IsoDateRange.parse("2024-02"))
                .isEqualTo(new IsoDateRange(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        assertThat(IsoDateRange.parse("2022"))
                .isEqualTo(new IsoDateRange(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    }

    @Test
    void anythingElseHasNoRange() {
        assertThat(IsoDateRange.parse(null)).isNull();
        assertThat(IsoDateRange.parse("2025-13")).isNull();
        assertThat(IsoDateRange.parse("2025-02-30")).isNull();
        assertThat(IsoDateRange.parse("2025-W15")).isNull();
        assertThat(IsoDateRange.parse("last week")).isNull();
    }
}
