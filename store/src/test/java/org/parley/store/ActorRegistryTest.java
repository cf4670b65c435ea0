package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.store.NewsFixtures.RUSSIA;
import static org.parley.store.NewsFixtures.person;
import static org.parley.store.NewsFixtures.report;
import static org.parley.store.NewsFixtures.state;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Modality;
import org.parley.query.ActorProfile;
import org.parley.query.ActorQuery;
import org.parley.query.EventQuery;

/** The actor registry: one identity across articles, aliases, titles over time, ambiguous surnames kept apart. */
class ActorRegistryTest {

    @TempDir
    Path dir;

    private ParleyStore store;

    @BeforeEach
    void open() {
        store = ParleyStore.open(dir.resolve("r.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ExtractedArticle talk(String id, String published, NewsFixtures.Party who, NewsFixtures.Party whom) {
        return report(id, "outlet" + id + ".example", published, "Report " + id + " begins here.", who, whom, "036",
                "CONSULT", 1, 4.0, published, Modality.ASSERTED, null);
    }

    @Test
    void samePersonAcrossArticlesIsOneActorWithTitlesOverTime() {
        store.ingest(talk("a", "2021-01-10", person("Joe Biden", "USA", "President-elect"), RUSSIA));
        store.ingest(talk("b", "2022-03-01", person("Joe Biden", "USA", "President"), RUSSIA));
        store.ingest(talk("c", "2024-06-01", person("Joe Biden", "USA", "President"), RUSSIA));

        ActorProfile biden = store.actors(ActorQuery.matching("biden")).get(0);
        assertThat(biden.key()).isEqualTo("person:joe biden|USA");
        assertThat(biden.articles()).isEqualTo(3);
        assertThat(biden.firstSeen()).isEqualTo(LocalDate.of(2021, 1, 10));
        assertThat(biden.lastSeen()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(biden.titles()).containsExactly(
                new ActorProfile.TitleSpan("President-elect", LocalDate.of(2021, 1, 10), LocalDate.of(2021, 1, 10), 1),
                new ActorProfile.TitleSpan("President", LocalDate.of(2022, 3, 1), LocalDate.of(2024, 6, 1), 2));
    }

    @Test
    void aSurnameJoinsTheOnlyPersonOfItsCountryWithThatNameAndNoOneWhenThereAreTwo() {
        store.ingest(talk("a", "2025-01-01", person("Keir Starmer", "GBR", "Prime Minister"), RUSSIA));
        store.ingest(talk("b", "2025-01-02", person("Starmer", "GBR", null), RUSSIA));
        assertThat(store.actors(ActorQuery.matching("starmer"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.articles()).isEqualTo(2);
                    assertThat(p.aliases()).contains("Starmer");
                });

        store.ingest(talk("c", "2025-01-03", person("Ed Miliband", "GBR", null), RUSSIA));
        store.ingest(talk("d", "2025-01-04", person("David Miliband", "GBR", null), RUSSIA));
        store.ingest(talk("e", "2025-01-05", person("Miliband", "GBR", null), RUSSIA));
        List<ActorProfile> milibands = store.actors(ActorQuery.matching("miliband"));
        assertThat(milibands).extracting(ActorProfile::key).containsExactlyInAnyOrder(
                "person:ed miliband|GBR", "person:david miliband|GBR", "local:e|a1");
    }

    @Test
    void aStateAndItsGovernmentByTheSameCodeMergeTheirEvents() {
        store.ingest(talk("a", "2025-02-01", person("Xi Jinping", "CHN", "President"), state("Russia", "RUS")));
        store.ingest(talk("b", "2025-02-01", person("Xi Jinping", "CHN", "President"),
                new NewsFixtures.Party("Kremlin", org.parley.extract.ActorKind.ORGANIZATION, "RUS", "GOV", "RUSGOV",
                        null)));
        assertThat(store.mergedEvents(EventQuery.all(), false)).singleElement()
                .satisfies(m -> assertThat(m.reports()).isEqualTo(2));
        ActorProfile russia = store.actors(ActorQuery.matching("RUSGOV")).get(0);
        assertThat(russia.name()).isEqualTo("Russia");
        assertThat(russia.aliases()).contains("Kremlin");
        assertThat(store.actors(new ActorQuery("kremlin", "RUS", 5))).extracting(ActorProfile::key)
                .containsExactly("code:RUSGOV");
        assertThat(store.actors(new ActorQuery("kremlin", "CHN", 5))).isEmpty();
    }
}
