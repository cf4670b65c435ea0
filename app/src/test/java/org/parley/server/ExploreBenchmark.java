package org.parley.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.parley.article.Article;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Extraction;
import org.parley.extract.Modality;
import org.parley.extract.Place;
import org.parley.extract.Quote;
import org.parley.extract.QuoteKind;
import org.parley.extract.SpeechAct;
import org.parley.extract.TextSpan;
import org.parley.query.EventQuery;
import org.parley.query.QuoteQuery;
import org.parley.store.ExtractedArticle;
import org.parley.store.ParleyStore;

/**
 * Times the API's queries over a synthetic store of many articles (default 100,000, each with 6 actors, 4 events,
 * 2 quotes and 2 places drawn from small pools, so aggregates have real groups). Not a test: run it by hand,
 * {@code java -cp ... org.parley.server.ExploreBenchmark [articles] [dbFile]}; it prints one line per query with
 * the median of 5 runs.
 */
public final class ExploreBenchmark {

    private static final String[][] ACTORS = {
        {"Donald Trump", "USAGOV", "USA"}, {"Vladimir Putin", "RUSGOV", "RUS"}, {"Volodymyr Zelensky", "UKRGOV", "UKR"},
        {"Xi Jinping", "CHNGOV", "CHN"}, {"Emmanuel Macron", "FRAGOV", "FRA"}, {"United Nations", "IGOUNO", null},
        {"Russia", "RUS", "RUS"}, {"Ukraine", "UKR", "UKR"}, {"Israel", "ISR", "ISR"}, {"Iran", "IRN", "IRN"},
        {"NATO", "IGOWSTNAT", null}, {"European Union", "IGOEUREEC", null}};
    private static final String[] CODES = {"010", "020", "036", "040", "042", "051", "057", "111", "112", "130",
        "173", "190"};
    private static final int[] QUADS = {1, 1, 1, 1, 1, 2, 2, 3, 3, 3, 4, 4};
    private static final String[][] PLACES = {{"Moscow", "RU", "55.75", "37.62"}, {"Kyiv", "UA", "50.45", "30.52"},
        {"Washington", "US", "38.9", "-77.04"}, {"Beijing", "CN", "39.9", "116.4"}, {"Paris", "FR", "48.85", "2.35"},
        {"Saint Petersburg", "RU", "59.94", "30.31"}, {"Geneva", "CH", "46.2", "6.15"}};

    private ExploreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path db = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("parley-bench").resolve("b.duckdb");
        boolean fresh = !Files.exists(db);
        try (ParleyStore store = ParleyStore.open(db)) {
            if (fresh) {
                long t0 = System.nanoTime();
                Random random = new Random(42);
                List<ExtractedArticle> batch = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    batch.add(article(i, random));
                    if (batch.size() == 2000) {
                        store.ingestBatch(batch);
                        batch.clear();
                    }
                }
                store.ingestBatch(batch);
                System.out.printf("wrote %d articles in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf("%d events, %d merged events%n", store.count("events"), store.count("merged_events"));
            try (StoreExploreQueries q = new StoreExploreQueries(store, false)) {
                EventFilter any = EventFilter.any();
                EventFilter putin = new EventFilter("Putin", null, null, null, java.util.Set.of(), null, null);
                time("events first page", () -> q.events(EventQuery.all()));
                time("events actor=Putin cameo=04", () -> q.events(EventQuery.all().withActor("Putin")
                        .withCameoPrefix("04")));
                time("events offset 50000", () -> q.events(EventQuery.all().withPage(100, 50_000)));
                EventFilter happened = any.withModalities(java.util.EnumSet.of(Modality.ASSERTED, Modality.REPORTED,
                        Modality.ALLEGED, Modality.HISTORICAL));
                time("merged events", () -> q.mergedEvents(any, new PageRequest(100, 0)));
                time("merged actor=Putin cameo=04", () -> q.mergedEvents(new EventFilter("Putin", null, null, "04",
                        java.util.Set.of(), null, null), new PageRequest(100, 0)));
                time("merged source=Trump target=Putin", () -> q.mergedEvents(new EventFilter(null, "Trump", "Putin",
                        null, java.util.Set.of(), null, null), new PageRequest(100, 0)));
                time("merged 2 modalities, offset 5000", () -> q.mergedEvents(any.withModalities(
                        java.util.Set.of(Modality.ASSERTED, Modality.NEGATED)), new PageRequest(100, 5000)));
                time("merged 2024, limit 1000", () -> q.mergedEvents(new EventFilter(null, null, null, null,
                        java.util.Set.of(), java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)),
                        new PageRequest(1000, 0)));
                time("quotes q=ceasefire", () -> q.quotes(QuoteQuery.all().withText("ceasefire")));
                time("actors", () -> q.actors(new ActorFilter(null, null, null, null, null), new PageRequest(100, 0)));
                time("dyad Trump/Putin by month", () -> q.dyad("Trump", "Putin", any, Bucket.MONTH, 50));
                time("dyad Trump/Putin, happened, week", () -> q.dyad("Trump", "Putin", happened, Bucket.WEEK, 50));
                time("dyad USA/RUS cameo=04, year", () -> q.dyad("USA", "RUS", new EventFilter(null, null, null, "04",
                        java.util.Set.of(), null, null), Bucket.YEAR, 50));
                time("timeline by day", () -> q.timeline(any, Bucket.DAY));
                time("timeline actor=Putin", () -> q.timeline(putin, Bucket.DAY));
                time("network 100 edges", () -> q.network(any, 100));
                time("places 200", () -> q.places(any, 200, 5));
                time("article", () -> q.article("bench-" + (n / 2)));
                time("search 'ceasefire'", () -> q.search("ceasefire", 20));
                time("stats", q::stats);
            }
        }
    }

    private static void time(String what, Runnable query) {
        long[] ms = new long[5];
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        System.out.printf("%-32s median %5d ms (min %d, max %d)%n", what, ms[2], ms[0], ms[4]);
    }

    private static ExtractedArticle article(int i, Random random) {
        StringBuilder text = new StringBuilder();
        List<Actor> actors = new ArrayList<>();
        for (int a = 0; a < 6; a++) {
            String[] pick = ACTORS[random.nextInt(ACTORS.length)];
            int start = text.length();
            text.append(pick[0]);
            actors.add(new Actor("a" + (a + 1), pick[0], ActorKind.PERSON, pick[2], "GOV", pick[1], null,
                    List.of(TextSpan.of(text.toString(), start, text.length()))));
            text.append(" met officials to discuss a ceasefire and trade. ");
        }
        List<Place> places = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            String[] pick = PLACES[random.nextInt(PLACES.length)];
            places.add(new Place("p" + (p + 1), pick[0], pick[1], Double.parseDouble(pick[2]),
                    Double.parseDouble(pick[3]), null, "city", List.of()));
        }
        String body = text.toString();
        String published = java.time.LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000)).toString();
        List<Event> events = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            int c = random.nextInt(CODES.length);
            events.add(new Event("e" + (e + 1), "a" + (1 + random.nextInt(6)), "a" + (1 + random.nextInt(6)), CODES[c],
                    null, QUADS[c], QUADS[c] > 2 ? -5 : 3, published, random.nextBoolean() ? "p1" : null,
                    random.nextInt(10) == 0 ? Modality.NEGATED : Modality.ASSERTED, 0.8,
                    TextSpan.of(body, 0, 40), List.of()));
        }
        List<Quote> quotes = List.of(
                new Quote("q1", body.substring(50, 80), QuoteKind.DIRECT, SpeechAct.SPEECH, "a1", null, null, 50, 80,
                        null),
                new Quote("q2", body.substring(100, 140), QuoteKind.INDIRECT, SpeechAct.SPEECH, "a2", null, null, 100,
                        140, null));
        Article article = new Article("bench-" + i, published, "Bench article " + i, "source-" + (i % 50), null, body);
        return new ExtractedArticle(article, new Extraction(article.id(), published, actors, quotes, events,
                List.of(), places));
    }
}
