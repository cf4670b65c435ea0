package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.Modality;
import org.parley.extract.QuoteKind;
import org.parley.extract.TextSpan;
import org.parley.query.ActorRef;
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.query.QuoteQuery;
import org.parley.query.QuoteRow;

/** The event and quote filters of {@link ParleyStore}, over a small store of hand-built articles. */
class StoreQueryTest {

    @TempDir
    Path dir;

    private ParleyStore store;

    @BeforeEach
    void fill() {
        store = ParleyStore.open(dir.resolve("q.duckdb"));
        store.ingestBatch(List.of(
                Fixtures.oneEvent("ev-1", "2025-03-01", "United States Government", "USAGOV",
                        "Russian Government", "RUSGOV", "0256", Modality.ASSERTED, "2025-03-01"),
                Fixtures.oneEvent("ev-2", "2025-03-15", "Kremlin", "RUSGOV",
                        "Ukrainian Military", "UKRMIL", "190", Modality.ASSERTED, "2025-03-14"),
                Fixtures.oneEvent("ev-3", "2025-04-02", "Ukrainian Military", "UKRMIL",
                        "Russian Military", "RUSMIL", "190", Modality.NEGATED, "2025-04"),
                Fixtures.oneEvent("ev-4", "2025-04-20", "French Government", "FRAGOV",
                        "Chinese Government", "CHNGOV", "036", Modality.PLANNED, null),
                Fixtures.oneEvent("ev-6", "2025-06-01", "People's Liberation Army", "CHNMIL",
                        "Taiwanese Government", "TWNGOV", "150", Modality.ASSERTED, "2025"),
                Fixtures.seed("seed-001", "2025-04-11"),
                Fixtures.seed("seed-002", "2025-05-02"),
                Fixtures.anonymous("anon", "2025-05-10")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> eventIds(EventQuery q) {
        return store.events(q).stream().map(r -> r.articleId() + "/" + r.eventId()).toList();
    }

    private List<String> quoteIds(QuoteQuery q) {
        return store.quotes(q).stream().map(r -> r.articleId() + "/" + r.quoteId()).toList();
    }

    @Test
    void allEventsComeInDateOrderUndatedLast() {
        assertThat(eventIds(EventQuery.all())).containsExactly("ev-6/e1", "ev-1/e1", "ev-2/e1", "ev-3/e1",
                "seed-001/e2", "seed-002/e2", "seed-001/e1", "seed-002/e1", "anon/e1", "ev-4/e1");
    }

    @Test
    void eventRowCarriesActorsPlaceAndEvidence() {
        List<EventRow> rows = store.events(EventQuery.all().withArticleId("seed-001"));
        assertThat(rows).hasSize(2);
        EventRow appeal = rows.get(1);
        assertThat(appeal.eventId()).isEqualTo("e1");
        assertThat(appeal.published()).isEqualTo("2025-04-11");
        assertThat(appeal.source()).isEqualTo(new ActorRef("a1", "Donald Trump", "USAGOV", "USA"));
        assertThat(appeal.target()).isEqualTo(new ActorRef("a2", "Russia", "RUSGOV", "RUS"));
        assertThat(appeal.cameo()).isEqualTo("0256");
        assertThat(appeal.quad()).isEqualTo(1);
        assertThat(appeal.goldstein()).isEqualTo(3.0);
        assertThat(appeal.date()).isEqualTo("2025-04-10");
        assertThat(appeal.modality()).isEqualTo(Modality.ASSERTED);
        assertThat(appeal.confidence()).isEqualTo(0.9);
        assertThat(appeal.evidence())
                .isEqualTo(Fixtures.span(Fixtures.TEXT, "U.S. President Donald Trump on Thursday called on Russia"
                        + " to get moving."));
        EventRow meeting = rows.get(0);
        assertThat(meeting.plover()).isEqualTo("CONSULT");
        assertThat(meeting.placeId()).isEqualTo("p1");
        assertThat(meeting.placeName()).isEqualTo("Saint Petersburg");
        assertThat(appeal.placeName()).isNull();
    }

    @Test
    void eventWithoutTargetHasNoTargetRef() {
        EventRow march = store.events(EventQuery.all().withArticleId("anon")).get(0);
        assertThat(march.target()).isNull();
        assertThat(march.source().name()).isEqualTo("Protesters");
        assertThat(march.date()).isNull();
    }

    @Test
    void actorMatchesNameSubstringOnEitherSide() {
        assertThat(eventIds(EventQuery.all().withActor("russian"))).containsExactly("ev-1/e1", "ev-3/e1");
        assertThat(eventIds(EventQuery.all().withActor("peoPLE's"))).containsExactly("ev-6/e1");
    }

    @Test
    void actorMatchesCodePrefixOnEitherSide() {
        assertThat(eventIds(EventQuery.all().withActor("ukrmil"))).containsExactly("ev-2/e1", "ev-3/e1");
        assertThat(eventIds(EventQuery.all().withActor("CHN"))).containsExactly("ev-6/e1", "ev-4/e1");
    }

    @Test
    void countriesFilterTheirSide() {
        assertThat(eventIds(EventQuery.all().withSourceCountry("ukr"))).containsExactly("ev-3/e1");
        assertThat(eventIds(EventQuery.all().withTargetCountry("RUS")))
                .containsExactly("ev-1/e1", "ev-3/e1", "seed-001/e1", "seed-002/e1");
        assertThat(eventIds(EventQuery.all().withSourceCountry("RUS").withCameoPrefix("19")))
                .containsExactly("ev-2/e1");
    }

    @Test
    void cameoPrefixAndModality() {
        assertThat(eventIds(EventQuery.all().withCameoPrefix("19"))).containsExactly("ev-2/e1", "ev-3/e1");
        assertThat(eventIds(EventQuery.all().withCameoPrefix("02")))
                .containsExactly("ev-1/e1", "seed-001/e1", "seed-002/e1");
        assertThat(eventIds(EventQuery.all().withModality(Modality.NEGATED))).containsExactly("ev-3/e1");
        assertThat(eventIds(EventQuery.all().withModality(Modality.PLANNED))).containsExactly("ev-4/e1");
    }

    @Test
    void dateRangeKeepsEventsWhoseWholeDateLiesInside() {
        assertThat(eventIds(EventQuery.all().withDates(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))))
                .containsExactly("ev-1/e1", "ev-2/e1");
        assertThat(eventIds(EventQuery.all().withDates(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30))))
                .containsExactly("ev-3/e1", "seed-001/e2", "seed-002/e2", "seed-001/e1", "seed-002/e1");
        assertThat(eventIds(EventQuery.all().withDates(LocalDate.of(2025, 4, 5), null)))
                .containsExactly("seed-001/e1", "seed-002/e1");
        assertThat(eventIds(EventQuery.all().withDates(null, LocalDate.of(2025, 3, 1)))).containsExactly("ev-1/e1");
    }

    @Test
    void pagesFollowTheOrder() {
        List<String> all = eventIds(EventQuery.all());
        assertThat(eventIds(EventQuery.all().withPage(3, 0))).isEqualTo(all.subList(0, 3));
        assertThat(eventIds(EventQuery.all().withPage(3, 3))).isEqualTo(all.subList(3, 6));
        assertThat(eventIds(EventQuery.all().withPage(5, 8))).isEqualTo(all.subList(8, 10));
    }

    @Test
    void quotesCarryTheSpeakerName() {
        List<QuoteRow> rows = store.quotes(QuoteQuery.all().withArticleId("seed-001"));
        assertThat(rows).hasSize(2);
        QuoteRow direct = rows.get(0);
        assertThat(direct.text()).isEqualTo("Russia has to get moving");
        assertThat(direct.kind()).isEqualTo(QuoteKind.DIRECT);
        assertThat(direct.speaker()).isEqualTo(new ActorRef("a1", "Donald Trump", "USAGOV", "USA"));
        assertThat(direct.source()).isEqualTo(Fixtures.span(Fixtures.TEXT, "Trump", 2));
        assertThat(direct.cue()).isEqualTo(Fixtures.span(Fixtures.TEXT, "wrote"));
        assertThat(direct.channel()).isEqualTo("Truth Social");
        assertThat(Fixtures.TEXT.substring(direct.start(), direct.end())).isEqualTo(direct.text());
        assertThat(rows.get(1).speaker().name()).isEqualTo("Dmitry Peskov");
        assertThat(rows.get(1).channel()).isNull();
    }

    @Test
    void unattributedQuoteHasNoSpeaker() {
        QuoteRow anonymous = store.quotes(QuoteQuery.all().withArticleId("anon")).get(0);
        assertThat(anonymous.speaker()).isNull();
        assertThat(anonymous.source()).isNull();
        assertThat(anonymous.cue()).isEqualTo(new TextSpan(45, 49, "said"));
    }

    @Test
    void quoteFilters() {
        assertThat(quoteIds(QuoteQuery.all())).containsExactly("seed-001/q1", "seed-001/q2", "seed-002/q1",
                "seed-002/q2", "anon/q1");
        assertThat(quoteIds(QuoteQuery.all().withSpeaker("peskov"))).containsExactly("seed-001/q2", "seed-002/q2");
        assertThat(quoteIds(QuoteQuery.all().withText("GET MOVING"))).containsExactly("seed-001/q1", "seed-002/q1");
        assertThat(quoteIds(QuoteQuery.all().withDates(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31))))
                .containsExactly("seed-002/q1", "seed-002/q2", "anon/q1");
        assertThat(quoteIds(QuoteQuery.all().withSpeaker("trump").withDates(null, LocalDate.of(2025, 4, 30))))
                .containsExactly("seed-001/q1");
    }

    @Test
    void sqlInFilterValuesIsOnlyData() {
        long events = store.count("events");
        assertThat(store.events(EventQuery.all().withActor("x' OR '1'='1"))).isEmpty();
        assertThat(store.events(EventQuery.all().withArticleId("seed-001' OR 'a'='a"))).isEmpty();
        assertThat(store.events(EventQuery.all().withActor("'); DROP TABLE events; --"))).isEmpty();
        assertThat(store.events(EventQuery.all().withSourceCountry("RUS' OR 1=1 --"))).isEmpty();
        // LIKE wildcards are not wildcards either
        assertThat(store.events(EventQuery.all().withCameoPrefix("%"))).isEmpty();
        assertThat(store.events(EventQuery.all().withActor("_"))).isEmpty();
        assertThat(store.quotes(QuoteQuery.all().withText("%"))).isEmpty();
        assertThat(store.quotes(QuoteQuery.all().withSpeaker("' OR speaker IS NULL OR '"))).isEmpty();
        assertThat(store.count("events")).isEqualTo(events);
        assertThat(store.events(EventQuery.all())).hasSize((int) events);
    }
}
