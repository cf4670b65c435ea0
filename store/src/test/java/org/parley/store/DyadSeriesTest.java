package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.NewsFixtures.report;
import static org.parley.store.NewsFixtures.state;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Modality;
import org.parley.query.DyadPoint;
import org.parley.query.DyadSeriesQuery;
import org.parley.query.SeriesPeriod;

/** Dyad series: counts and mean Goldstein per period, gaps filled, normalization by articles per period. */
class DyadSeriesTest {

    @TempDir
    Path dir;

    private ParleyStore store;

    @BeforeEach
    void fill() {
        store = ParleyStore.open(dir.resolve("d.duckdb"));
        NewsFixtures.Party usa = state("United States", "USA");
        NewsFixtures.Party rus = state("Russia", "RUS");
        NewsFixtures.Party fra = state("France", "FRA");
        List<ExtractedArticle> articles = new ArrayList<>();
        // 2025-03-03 (Mon): two USA->RUS events, 036 (+4) and 112 (-2); 2025-03-05: RUS->USA 190 (-10)
        articles.add(report("a1", "x", "2025-03-03", "One.", usa, rus, "036", "CONSULT", 1, 4.0, "2025-03-03",
                Modality.ASSERTED, null));
        articles.add(report("a2", "x", "2025-03-03", "Two.", usa, rus, "112", "ACCUSE", 3, -2.0, "2025-03-03",
                Modality.ASSERTED, null));
        articles.add(report("a3", "x", "2025-03-05", "Three.", rus, usa, "190", "ASSAULT", 4, -10.0, "2025-03-05",
                Modality.ASSERTED, null));
        // 2025-03-20: USA->RUS again, plus a negated one the default leaves out
        articles.add(report("a4", "x", "2025-03-20", "Four.", usa, rus, "042", "CONSULT", 1, 1.9, "2025-03-20",
                Modality.ASSERTED, null));
        articles.add(report("a5", "x", "2025-03-20", "Five.", usa, rus, "190", "ASSAULT", 4, -10.0, "2025-03-20",
                Modality.NEGATED, null));
        // other dyads only add to the articles per period
        for (int i = 0; i < 5; i++) {
            articles.add(report("o" + i, "y", "2025-03-03", "Other " + i + ".", fra, usa, "036", "CONSULT", 1, 4.0,
                    "2025-03-03", Modality.ASSERTED, null));
        }
        // a month-dated event: in the monthly series only
        articles.add(report("m1", "x", "2025-04-02", "Month.", usa, rus, "036", "CONSULT", 1, 4.0, "2025-04",
                Modality.ASSERTED, null));
        store.ingestBatch(articles);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void dailySeriesCountsDirectedAssertedEventsAndFillsGaps() {
        List<DyadPoint> days = store.dyadSeries(DyadSeriesQuery.of("USA", "RUS", SeriesPeriod.DAY));
        assertThat(days).hasSize(18); // 2025-03-03 .. 2025-03-20
        assertThat(days.get(0)).satisfies(p -> {
            assertThat(p.period()).isEqualTo(LocalDate.of(2025, 3, 3));
            assertThat(p.events()).isEqualTo(2);
            assertThat(p.meanGoldstein()).isEqualTo(1.0);
            assertThat(p.periodArticles()).isEqualTo(7);
            assertThat(p.eventsPer1kArticles()).isCloseTo(2000.0 / 7, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(days.get(1).events()).isZero();
        assertThat(days.get(1).meanGoldstein()).isNull();
        assertThat(days.get(1).eventsPer1kArticles()).isNull();
        assertThat(days.get(17).events()).isEqualTo(1);
        assertThat(days.stream().mapToLong(DyadPoint::events).sum()).isEqualTo(3);
    }

    @Test
    void bothDirectionsWeeksAndMonths() {
        List<DyadPoint> weeks = store.dyadSeries(new DyadSeriesQuery("USA", "RUS", SeriesPeriod.WEEK, true, null,
                null, Modality.ASSERTED));
        assertThat(weeks).extracting(DyadPoint::period, DyadPoint::events).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 3), 3L),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 10), 0L),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 3, 17), 1L));
        assertThat(weeks.get(0).meanGoldstein()).isCloseTo(-8.0 / 3, org.assertj.core.data.Offset.offset(1e-9));

        List<DyadPoint> months = store.dyadSeries(DyadSeriesQuery.of("USA", "RUS", SeriesPeriod.MONTH));
        assertThat(months).extracting(DyadPoint::events).containsExactly(3L, 1L);
        assertThat(months.get(0).periodArticles()).isEqualTo(10);

        List<DyadPoint> anyModality = store.dyadSeries(new DyadSeriesQuery("USA", "RUS", SeriesPeriod.MONTH, false,
                null, null, null));
        assertThat(anyModality.get(0).events()).isEqualTo(4);
    }

    @Test
    void rangeBoundsTheSeries() {
        List<DyadPoint> days = store.dyadSeries(new DyadSeriesQuery("USA", "RUS", SeriesPeriod.DAY, false,
                LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 4), Modality.ASSERTED));
        assertThat(days).extracting(DyadPoint::events).containsExactly(0L, 0L, 2L, 0L);
        assertThat(store.dyadSeries(DyadSeriesQuery.of("China", "Brazil", SeriesPeriod.DAY))).isEmpty();
    }
}
