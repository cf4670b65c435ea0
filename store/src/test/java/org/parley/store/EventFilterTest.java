package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.NewsFixtures.person;
import static org.parley.store.NewsFixtures.report;
import static org.parley.store.NewsFixtures.state;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Modality;
import org.parley.query.EventQuery;
import org.parley.query.MergedEventRow;

/** Every event filter, on stored events and on merged events alike. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventFilterTest {

    @TempDir
    static Path dir;

    private ParleyStore store;

    @BeforeAll
    void fill() {
        store = ParleyStore.open(dir.resolve("f.duckdb"));
        NewsFixtures.Party trump = person("Donald Trump", "USA", "President");
        NewsFixtures.Party putin = person("Vladimir Putin", "RUS", "President");
        NewsFixtures.Party ukraine = state("Ukraine", "UKR");
        NewsFixtures.Party china = state("China", "CHN");
        store.ingestBatch(List.of(
                report("e1", "a.example", "2025-03-01", "First.", trump, putin, "036", "CONSULT", 1, 4.0,
                        "2025-03-01", Modality.ASSERTED, NewsFixtures.petersburg()),
                report("e2", "b.example", "2025-03-02", "Second.", putin, ukraine, "190", "ASSAULT", 4, -10.0,
                        "2025-03-02", Modality.ASSERTED, null),
                report("e3", "c.example", "2025-04-05", "Third.", ukraine, putin, "112", "ACCUSE", 3, -2.0,
                        "2025-04", Modality.ALLEGED, null),
                report("e4", "d.example", "2025-05-01", "Fourth.", china, trump, "0256", null, 1, 3.0,
                        "2025-05-01", Modality.PLANNED, null)));
    }

    @AfterAll
    void close() {
        store.close();
    }

    /** Article ids of the stored events matching {@code q}, and the same through merged events. */
    private List<String> ids(EventQuery q) {
        List<String> raw = store.events(q).stream().map(r -> r.articleId()).sorted().toList();
        List<String> merged = store.mergedEvents(q, true).stream()
                .flatMap((MergedEventRow m) -> m.evidence().stream()).map(e -> e.articleId()).sorted().toList();
        assertThat(merged).as("merged events agree with stored events").isEqualTo(raw);
        return raw;
    }

    @Test
    void noFilterReturnsEverything() {
        assertThat(ids(EventQuery.all())).containsExactly("e1", "e2", "e3", "e4");
    }

    @Test
    void actorByNameOrCodePrefixOnEitherSide() {
        assertThat(ids(EventQuery.all().withActor("putin"))).containsExactly("e1", "e2", "e3");
        assertThat(ids(EventQuery.all().withActor("CHN"))).containsExactly("e4");
    }

    @Test
    void dyadIsDirected() {
        assertThat(ids(EventQuery.all().withDyad("Putin", "UKR"))).containsExactly("e2");
        assertThat(ids(EventQuery.all().withDyad("UKR", "Putin"))).containsExactly("e3");
        assertThat(ids(EventQuery.all().withDyad("USA", "CHN"))).isEmpty();
    }

    @Test
    void countriesEitherSideOrOne() {
        assertThat(ids(EventQuery.all().withCountry("ukr"))).containsExactly("e2", "e3");
        assertThat(ids(EventQuery.all().withSourceCountry("RUS"))).containsExactly("e2");
        assertThat(ids(EventQuery.all().withTargetCountry("USA"))).containsExactly("e4");
    }

    @Test
    void cameoPloverQuadAndModality() {
        assertThat(ids(EventQuery.all().withCameoPrefix("02"))).containsExactly("e4");
        assertThat(ids(EventQuery.all().withCameoPrefix("19"))).containsExactly("e2");
        assertThat(ids(EventQuery.all().withPlover("accuse"))).containsExactly("e3");
        assertThat(ids(EventQuery.all().withQuad(4))).containsExactly("e2");
        assertThat(ids(EventQuery.all().withModality(Modality.PLANNED))).containsExactly("e4");
    }

    @Test
    void datesPlaceAndText() {
        assertThat(ids(EventQuery.all().withDates(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 4, 30))))
                .containsExactly("e2", "e3");
        // a month-dated event lies within a range only when the whole month does
        assertThat(ids(EventQuery.all().withDates(LocalDate.of(2025, 4, 2), null))).containsExactly("e4");
        assertThat(ids(EventQuery.all().withPlace("petersburg"))).containsExactly("e1");
        assertThat(ids(EventQuery.all().withPlace("RU"))).containsExactly("e1");
        assertThat(ids(EventQuery.all().withText("CHINA MET"))).containsExactly("e4");
        assertThat(ids(EventQuery.all().withArticleId("e3"))).containsExactly("e3");
    }

    @Test
    void filtersCombineWithAnd() {
        assertThat(ids(EventQuery.all().withActor("putin").withQuad(1))).containsExactly("e1");
        assertThat(ids(EventQuery.all().withActor("putin").withQuad(1).withText("nothing like this"))).isEmpty();
    }

    @Test
    void filterValuesAreParametersNotSql() {
        assertThat(ids(EventQuery.all().withActor("x') OR 1=1 --"))).isEmpty();
        assertThat(store.count("events")).isEqualTo(4);
    }
}
