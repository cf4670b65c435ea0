package org.parley.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parley.extract.Modality;

class QueryRecordsTest {

    @Test
    void withersChangeOnlyTheirFilter() {
        EventQuery q = EventQuery.all().withActor("Trump").withCameoPrefix("04").withModality(Modality.ASSERTED)
                .withPage(10, 20);
        assertThat(q).isEqualTo(new EventQuery("Trump", null, null, "04", Modality.ASSERTED, null, null, null, 10, 20));
        assertThat(QuoteQuery.all().withSpeaker("Peskov").withText("talks"))
                .isEqualTo(new QuoteQuery("Peskov", "talks", null, null, null, EventQuery.DEFAULT_LIMIT, 0));
    }

    @Test
    void blankFiltersMeanNoFilter() {
        assertThat(EventQuery.all().withActor("  ").withArticleId("")).isEqualTo(EventQuery.all());
        assertThat(QuoteQuery.all().withText(" ")).isEqualTo(QuoteQuery.all());
    }

    @Test
    void badPagesAndRangesAreRefused() {
        assertThatThrownBy(() -> EventQuery.all().withPage(0, 0)).hasMessageContaining("limit 0");
        assertThatThrownBy(() -> EventQuery.all().withPage(10, -1)).hasMessageContaining("offset -1");
        assertThatThrownBy(() -> QuoteQuery.all().withPage(EventQuery.MAX_LIMIT + 1, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> EventQuery.all().withDates(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 4, 1)))
                .hasMessageContaining("2025-05-01..2025-04-01");
    }

    @Test
    void conditionsJoinWithAndAndCheckPlaceholders() {
        SqlConditions c = new SqlConditions().addIf("x", "a = ?", "x").addIf(null, "b = ?", (Object) null)
                .addIf(1, "c BETWEEN ? AND ?", 1, 2);
        assertThat(c.where()).isEqualTo(" WHERE a = ? AND c BETWEEN ? AND ?");
        assertThat(new SqlConditions().where()).isEmpty();
        assertThatThrownBy(() -> new SqlConditions().addIf("x", "a = ? OR b = ?", "x"))
                .hasMessageContaining("2 placeholders for 1 values");
    }
}
