package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parley.article.Article;
import org.parley.extract.Extraction;
import org.parley.json.ParleyJson;
import org.parley.store.IngestResult;
import org.parley.store.ParleyStore;

/**
 * The API against a real server on a free port over a hand-made store: each endpoint with good parameters
 * (right rows, names and codes, merging, paging) and bad ones (400 naming the parameter, never a 500), the
 * ingest guard (405 read-only, 401, 403, 400, 422, 201), and the dashboard's static files.
 */
class ParleyServerTest {

    static final String TOKEN = "test-token-0123456789abcdef";

    @TempDir
    static Path dir;

    static ParleyStore store;
    static StoreExploreQueries queries;
    static Javalin readOnly;
    static Javalin ingesting;
    static final List<Article> posted = new ArrayList<>();
    static final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        store = ExploreFixtures.store(dir);
        queries = new StoreExploreQueries(store, false);
        readOnly = ParleyServer.create(new ServerSettings("127.0.0.1", 0, null), queries, null).start();
        ArticleIngestion fake = article -> {
            if (article.id().equals("cannot")) {
                throw new UnprocessableArticleException("article cannot could not be processed: test");
            }
            synchronized (posted) {
                posted.add(article);
            }
            return new IngestOutcome(article.id(), IngestResult.INSERTED, 1, 0, 0, 0);
        };
        ingesting = ParleyServer.create(new ServerSettings("127.0.0.1", 0, TOKEN), queries, fake).start();
    }

    @AfterAll
    static void stop() {
        for (Javalin app : new Javalin[] {readOnly, ingesting}) {
            if (app != null) {
                app.stop();
            }
        }
        if (queries != null) {
            queries.close();
        }
        if (store != null) {
            store.close();
        }
    }

    record Answer(int status, JsonNode json, HttpResponse<String> raw) {
    }

    static Answer get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(uri(readOnly, pathAndQuery)).GET().build());
    }

    static Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
            return new Answer(r.statusCode(), json ? ParleyJson.mapper().readTree(r.body()) : null, r);
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static URI uri(Javalin app, String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + app.port() + pathAndQuery);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static List<String> texts(JsonNode array, String path) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.at(path).asText()).toList();
    }

    static void assertBadRequest(String pathAndQuery, String parameter, String messagePart) {
        Answer a = get(pathAndQuery);
        assertThat(a.status()).as(pathAndQuery).isEqualTo(400);
        assertThat(a.json().get("parameter").asText()).as(pathAndQuery).isEqualTo(parameter);
        assertThat(a.json().get("message").asText()).as(pathAndQuery).contains(messagePart);
        assertThat(a.raw().body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void statsCountTheStore() {
        JsonNode s = get("/api/stats").json();
        assertThat(s.get("articles").asLong()).isEqualTo(3);
        assertThat(s.get("events").asLong()).isEqualTo(5);
        assertThat(s.get("quotes").asLong()).isEqualTo(2);
    }

    @Test
    void eventsCarryActorNamesAndCodesAndFilter() {
        Answer a = get("/api/events?actor=Putin&cameo=04");
        assertThat(a.status()).isEqualTo(200);
        JsonNode items = a.json().get("items");
        assertThat(items).hasSize(2);
        assertThat(texts(items, "/source/name")).containsOnly("Steve Witkoff");
        assertThat(texts(items, "/target/code")).containsOnly("RUSGOV");
        assertThat(texts(items, "/placeName")).containsOnly("Saint Petersburg");
        assertThat(items.get(0).at("/evidence/text").asText()).contains("Witkoff");
    }

    @Test
    void eventsPage() {
        JsonNode first = get("/api/events?limit=2").json();
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("nextOffset").asInt()).isEqualTo(2);
        JsonNode last = get("/api/events?limit=2&offset=4").json();
        assertThat(last.get("items")).hasSize(1);
        assertThat(last.get("nextOffset").isNull()).isTrue();
        assertThat(get("/api/events?modality=negated").json().get("items")).hasSize(1);
        assertThat(get("/api/events?since=2025-04-11&until=2025-04-11").json().get("items")).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/events?limit=0|limit|from 1 to 1000",
            "/api/events?limit=abc|limit|whole number",
            "/api/events?offset=-1|offset|from 0",
            "/api/events?since=2025-13-01|since|not a real date",
            "/api/events?since=13/01/2025|since|ISO 8601",
            "/api/events?until=yesterday|until|ISO 8601",
            "/api/events?since=2025-05&until=2025-04|until|before since",
            "/api/events?cameo=4x|cameo|2 to 4 digits",
            "/api/events?modality=maybe|modality|asserted",
            "/api/events?source_country=RU|source_country|alpha-3",
            "/api/events?colour=red|colour|unknown parameter",
            "/api/events?limit=1&limit=2|limit|2 times",
            "/api/merged-events?modality=asserted,perhaps|modality|perhaps",
            "/api/merged-events?offset=99999999|offset|from 0",
            "/api/quotes?since=2025-02-30|since|not a real date",
            "/api/quotes?text=x|text|unknown parameter",
            "/api/actors?kind=alien|kind|person",
            "/api/actors?country=Russia|country|alpha-3",
            "/api/dyads/Witkoff/Putin?bucket=hour|bucket|day, week, month or year",
            "/api/dyads/Witkoff/Putin?limit=5000|limit|from 1 to 1000",
            "/api/timeline?until=2025-04-01T25:00:00Z|until|ISO 8601",
            "/api/network?limit=0|limit|from 1",
            "/api/places?sample=99|sample|from 0 to 20",
            "/api/articles/fx-1?with=all|with|unknown parameter",
            "/api/search?limit=5|q|required",
            "/api/search?q=%20%20|q|required",
            "/api/stats?x=1|x|unknown parameter",
    })
    void badParametersAreRefusedWithTheParameterNamed(String pathAndQuery, String parameter, String messagePart) {
        assertBadRequest(pathAndQuery, parameter, messagePart);
    }

    @Test
    void overlongValuesAreRefused() {
        String longText = "x".repeat(QueryParameters.MAX_TEXT + 1);
        assertBadRequest("/api/search?q=" + longText, "q", "at most " + QueryParameters.MAX_TEXT);
        assertBadRequest("/api/dyads/" + longText + "/Putin", "a", "1 to " + QueryParameters.MAX_TEXT);
        assertBadRequest("/api/articles/" + "y".repeat(ArticleSubmission.MAX_ID + 1), "id", "1 to 512");
    }

    @Test
    void valuesReachSqlAsParametersOnly() {
        Answer a = get("/api/events?actor=" + enc("' OR 1=1 --"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("items")).isEmpty();
        Answer s = get("/api/search?q=" + enc("'); DROP TABLE events; --"));
        assertThat(s.status()).isEqualTo(200);
        assertThat(get("/api/stats").json().get("events").asLong()).isEqualTo(5);
    }

    @Test
    void mergedEventsJoinReportsOfOneEventAcrossArticlesButNeverANegatedOne() {
        JsonNode items = get("/api/merged-events").json().get("items");
        JsonNode meeting = StreamSupport.stream(items.spliterator(), false)
                .filter(m -> m.get("cameo").asText().equals("040")).findFirst().orElseThrow();
        assertThat(meeting.get("mentions").asLong()).isEqualTo(2);
        assertThat(meeting.get("articles").asLong()).isEqualTo(2);
        assertThat(meeting.get("reports").asLong()).isEqualTo(2);
        assertThat(meeting.get("sources").asLong()).isEqualTo(2);
        assertThat(meeting.get("place").asText()).isEqualTo("Saint Petersburg");
        assertThat(meeting.get("country").asText()).isEqualTo("RU");
        assertThat(meeting.get("lat").asDouble()).isCloseTo(59.94, within(0.01));
        assertThat(meeting.get("date").asText()).isEqualTo("2025-04-10");
        // actors are the registry's: one Witkoff across both articles, whatever each article called him
        assertThat(meeting.at("/source/name").asText()).isEqualTo("Steve Witkoff");
        assertThat(meeting.at("/source/id").asText()).contains("steve witkoff");
        assertThat(meeting.at("/target/code").asText()).isEqualTo("RUSGOV");
        assertThat(texts(meeting.get("evidence"), "/articleId")).containsExactly("fx-1", "fx-2");
        assertThat(texts(meeting.get("evidence"), "/outlet")).containsExactly("Wire A", "Wire B");
        assertThat(meeting.at("/evidence/0/url").asText()).isEqualTo("https://example.org/1");
        assertThat(meeting.at("/evidence/1/url").isNull()).isTrue();
        assertThat(meeting.at("/evidence/0/text").asText()).isEqualTo("Steve Witkoff met Vladimir Putin in St. Petersburg.");
        JsonNode negated = get("/api/merged-events?cameo=19").json().get("items");
        assertThat(negated).hasSize(1);
        assertThat(negated.get(0).get("modality").asText()).isEqualTo("negated");
        assertThat(get("/api/merged-events?source=Witkoff&target=Putin").json().get("items")).hasSize(1);
        assertThat(get("/api/merged-events?source=Putin&target=Witkoff").json().get("items")).isEmpty();
        assertThat(texts(get("/api/merged-events?target=Putin").json().get("items"), "/cameo")).containsExactly("040");
        assertThat(texts(get("/api/merged-events?source=Russia").json().get("items"), "/cameo"))
                .containsExactly("190");
    }

    @Test
    void mergedEventsTakeSeveralModalitiesAndPageNewestFirst() {
        assertThat(texts(get("/api/merged-events?modality=negated").json().get("items"), "/cameo"))
                .containsExactly("190");
        assertThat(texts(get("/api/merged-events?modality=asserted").json().get("items"), "/cameo"))
                .containsExactlyInAnyOrder("025", "040", "111");
        JsonNode both = get("/api/merged-events?modality=asserted,negated").json().get("items");
        // newest first: the negated attack (04-11), then the two events of 04-10 (the meeting has more
        // articles), then Mallory's rejection of 04-07
        assertThat(texts(both, "/cameo")).containsExactly("190", "040", "025", "111");
        JsonNode first = get("/api/merged-events?modality=asserted,negated&limit=2").json();
        assertThat(texts(first.get("items"), "/cameo")).containsExactly("190", "040");
        assertThat(first.get("nextOffset").asInt()).isEqualTo(2);
        JsonNode second = get("/api/merged-events?modality=asserted,negated&limit=2&offset=2").json();
        assertThat(texts(second.get("items"), "/cameo")).containsExactly("025", "111");
        assertThat(second.get("nextOffset").isNull()).isTrue();
        assertThat(get("/api/merged-events?since=2025-04-11&until=2025-04").json().get("items")).hasSize(1);
    }

    @Test
    void aRepublishedStoryCountsOnceAsAnArticleAndItsOutletAsASource(@TempDir Path own) {
        Article first = ExploreFixtures.first();
        Article copy = new Article("fx-1-copy", "2025-04-12", first.title(), "Wire C", "https://example.org/c",
                first.text());
        try (ParleyStore s = ExploreFixtures.store(own); StoreExploreQueries q = new StoreExploreQueries(s, false)) {
            s.ingest(copy, new Extraction("fx-1-copy", "2025-04-12",
                    ExploreFixtures.firstExtraction().actors(), ExploreFixtures.firstExtraction().quotes(),
                    ExploreFixtures.firstExtraction().events(), ExploreFixtures.firstExtraction().times(),
                    ExploreFixtures.firstExtraction().places()));
            MergedEvent meeting = q.mergedEvents(new EventFilter(null, null, null, "040", Set.of(), null,
                    null), new PageRequest(10, 0)).items().get(0);
            assertThat(meeting.reports()).isEqualTo(3);
            assertThat(meeting.articles()).as("fx-1 and its copy are one near-duplicate cluster").isEqualTo(2);
            assertThat(meeting.sources()).isEqualTo(3);
            assertThat(meeting.evidence()).extracting(MergedEvent.EvidenceLink::outlet)
                    .containsExactlyInAnyOrder("Wire A", "Wire B", "Wire C");
            DyadPoint april = q.dyad("Witkoff", "Putin", EventFilter.any(), Bucket.MONTH, 10).points().get(0);
            assertThat(april.aToB()).isEqualTo(1);
            assertThat(april.articles()).isEqualTo(2);
        }
    }

    @Test
    void quotesCarryTheirSpeaker() {
        JsonNode items = get("/api/quotes?q=" + enc("get moving")).json().get("items");
        assertThat(items).hasSize(1);
        assertThat(items.get(0).get("text").asText()).isEqualTo("Russia has to get moving");
        assertThat(items.get(0).at("/speaker/name").asText()).isEqualTo("Donald Trump");
        assertThat(items.get(0).at("/speaker/code").asText()).isEqualTo("USAGOV");
        assertThat(get("/api/quotes?speaker=Trump").json().get("items")).hasSize(1);
        assertThat(get("/api/quotes?until=2025-04-01").json().get("items")).isEmpty();
    }

    @Test
    void actorsAreCountedAcrossArticles() {
        JsonNode items = get("/api/actors?q=Putin").json().get("items");
        assertThat(items).hasSize(1);
        JsonNode putin = items.get(0);
        assertThat(putin.get("code").asText()).isEqualTo("RUSGOV");
        assertThat(putin.get("articles").asLong()).isEqualTo(2);
        assertThat(putin.get("eventsAsTarget").asLong()).isEqualTo(2);
        assertThat(putin.get("eventsAsSource").asLong()).isZero();
        assertThat(putin.get("key").asText()).isEqualTo("person:vladimir putin|RUS");
        // a date range counts the articles of the range only (fx-2, 2025-04-12, calls him "Putin")
        JsonNode later = get("/api/actors?q=Putin&since=2025-04-12").json().get("items");
        assertThat(later).hasSize(1);
        assertThat(later.get(0).get("articles").asLong()).isEqualTo(1);
        assertThat(later.get(0).get("eventsAsTarget").asLong()).isEqualTo(1);
        assertThat(get("/api/actors?q=Putin&until=2025-04-10").json().get("items")).isEmpty();
        assertThat(get("/api/actors?q=Trump").json().at("/items/0/quotes").asLong()).isEqualTo(1);
        assertThat(texts(get("/api/actors?kind=country&country=rus").json().get("items"), "/name"))
                .containsExactly("Russia");
    }

    @Test
    void dyadGivesBothDirectionsPerStepAndLeavesOutNegatedEvents() {
        JsonNode d = get("/api/dyads/Witkoff/Putin?bucket=month").json();
        assertThat(d.get("points")).hasSize(1);
        JsonNode april = d.get("points").get(0);
        assertThat(april.get("period").asText()).isEqualTo("2025-04-01");
        // two articles tell one meeting: one merged event, told by two articles
        assertThat(april.get("aToB").asLong()).isEqualTo(1);
        assertThat(april.get("bToA").asLong()).isZero();
        assertThat(april.get("verbalCoop").asLong()).isEqualTo(1);
        assertThat(april.get("articles").asLong()).isEqualTo(2);
        assertThat(april.get("goldsteinMean").asDouble()).isEqualTo(1.0);
        assertThat(d.get("events")).hasSize(1);
        assertThat(d.at("/events/0/articles").asLong()).isEqualTo(2);
        assertThat(texts(d.at("/events/0/evidence"), "/articleId")).containsExactly("fx-1", "fx-2");
        JsonNode reversed = get("/api/dyads/RUSGOV/USA").json().get("points").get(0);
        assertThat(reversed.get("aToB").asLong()).isZero();
        assertThat(reversed.get("bToA").asLong()).isEqualTo(1);
        assertThat(get("/api/dyads/Witkoff/Putin?bucket=day").json().at("/points/0/period").asText())
                .isEqualTo("2025-04-10");
        assertThat(get("/api/dyads/Witkoff/Putin?cameo=19").json().get("points")).isEmpty();
        assertThat(get("/api/dyads/Witkoff/Putin?until=2025-04-09").json().get("events")).isEmpty();
        assertThat(get("/api/dyads/Russia/Ukraine").json().get("events")).isEmpty();
        assertThat(get("/api/dyads/Russia/Ukraine?modality=negated").json().get("events")).hasSize(1);
    }

    @Test
    void timelineCountsPerStepAndQuadWhatHappened() {
        JsonNode points = get("/api/timeline?bucket=day").json();
        assertThat(texts(points, "/period")).containsExactly("2025-04-07", "2025-04-10");
        JsonNode tenth = points.get(1);
        // merged events: the Witkoff-Putin meeting (Goldstein 1) that two articles tell counts once, beside
        // Trump's statement (3)
        assertThat(tenth.get("events").asLong()).isEqualTo(2);
        assertThat(tenth.get("verbalCoop").asLong()).isEqualTo(2);
        assertThat(tenth.get("goldsteinMean").asDouble()).isCloseTo(2.0, within(1e-9));
        assertThat(get("/api/timeline?actor=Ukraine").json()).isEmpty();
        JsonNode negated = get("/api/timeline?actor=Ukraine&modality=negated").json();
        assertThat(texts(negated, "/period")).containsExactly("2025-04-11");
        assertThat(negated.get(0).get("materialConflict").asLong()).isEqualTo(1);
        assertThat(texts(get("/api/timeline?bucket=week").json(), "/period")).containsExactly("2025-04-07");
    }

    @Test
    void networkWeighsEdgesByEvents() {
        JsonNode net = get("/api/network").json();
        JsonNode nodes = net.get("nodes");
        List<String> edges = new ArrayList<>();
        for (JsonNode e : net.get("edges")) {
            edges.add(nodes.get(e.get("source").asInt()).get("name").asText() + " -> "
                    + nodes.get(e.get("target").asInt()).get("name").asText() + " " + e.get("events").asLong());
        }
        // merged events: the meeting two articles tell is one event; Russia -> Ukraine is negated: it did not happen
        assertThat(edges).hasSize(3).contains("Steve Witkoff -> Vladimir Putin 1", "Donald Trump -> Russia 1");
        JsonNode russia = StreamSupport.stream(nodes.spliterator(), false)
                .filter(n -> n.get("name").asText().equals("Russia")).findFirst().orElseThrow();
        assertThat(russia.get("events").asLong()).isEqualTo(2); // a node weighs the events of its edges
        JsonNode one = get("/api/network?limit=1").json();
        assertThat(one.get("edges")).hasSize(1);
        assertThat(one.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void placesGatherTheirEvents() {
        JsonNode places = get("/api/places").json();
        assertThat(places).hasSize(1);
        JsonNode spb = places.get(0);
        assertThat(spb.get("name").asText()).isEqualTo("Saint Petersburg");
        assertThat(spb.get("events").asLong()).isEqualTo(1); // one meeting, merged
        assertThat(spb.get("articles").asLong()).isEqualTo(2); // told by two articles
        assertThat(spb.get("lat").asDouble()).isEqualTo(59.94);
        assertThat(texts(spb.get("sample"), "/target/name")).containsOnly("Vladimir Putin");
        assertThat(get("/api/places?sample=1").json().get(0).get("sample")).hasSize(1);
        assertThat(get("/api/places?actor=Ukraine").json()).isEmpty();
    }

    @Test
    void articleComesWithItsExtraction() {
        Answer a = get("/api/articles/fx-1");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().at("/article/title").asText()).isEqualTo("Envoy meets Putin");
        assertThat(a.json().at("/extraction/events")).hasSize(2);
        assertThat(a.json().at("/extraction/quotes/0/speaker").asText()).isEqualTo("a1");
        Answer missing = get("/api/articles/no%20such");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("message").asText()).contains("no such");
    }

    @Test
    void searchFindsArticlesActorsAndQuotes() {
        JsonNode s = get("/api/search?q=petersburg").json();
        assertThat(texts(s.get("articles"), "/id")).containsExactlyInAnyOrder("fx-1", "fx-2");
        assertThat(s.at("/articles/0/snippet").asText()).containsIgnoringCase("petersburg");
        JsonNode trump = get("/api/search?q=trump").json();
        assertThat(texts(trump.get("actors"), "/name")).containsExactly("Donald Trump");
        assertThat(get("/api/search?q=moving").json().get("quotes")).hasSize(1);
    }

    @Test
    void unknownApiPathsAnswerJson404() {
        Answer a = get("/api/nothing-here");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.json().get("message").asText()).contains("/api/nothing-here");
    }

    @Test
    void dashboardAndItsAssetsAreServedWithAStrictPolicy() {
        Answer page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().body()).contains("<main id=\"view\"");
        assertThat(page.raw().headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").doesNotContain("unsafe-eval");
        for (String asset : List.of("/app.js", "/style.css", "/vendor/echarts.min.js",
                "/world/countries-110m.geo.json")) {
            Answer a = get(asset);
            assertThat(a.status()).as(asset).isEqualTo(200);
            assertThat(a.raw().body()).as(asset).isNotBlank();
        }
        assertThat(get("/world/countries-110m.geo.json").raw().body()).contains("Russia");
        assertThat(get("/api/cameo").json().toString()).contains("\"code\":\"040\"");
    }

    static HttpRequest.Builder post(Javalin app, String body) {
        return HttpRequest.newBuilder(uri(app, "/api/articles")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    @Test
    void ingestionIsClosedOnAReadOnlyServer() {
        Answer a = send(post(readOnly, "{\"id\":\"x\",\"text\":\"y\"}")
                .header("Authorization", "Bearer " + TOKEN).build());
        assertThat(a.status()).isEqualTo(405);
        assertThat(a.json().get("message").asText()).contains("read-only");
    }

    @Test
    void ingestionNeedsTheToken() {
        String body = "{\"id\":\"new-1\",\"published\":\"2025-04-11\",\"text\":\"Putin met Witkoff.\"}";
        Answer none = send(post(ingesting, body).build());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.raw().headers().firstValue("WWW-Authenticate")).contains("Bearer");
        Answer wrong = send(post(ingesting, body).header("Authorization", "Bearer not-the-token-at-all").build());
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(posted).extracting(Article::id).doesNotContain("new-1");
        Answer right = send(post(ingesting, body).header("Authorization", "Bearer " + TOKEN).build());
        assertThat(right.status()).isEqualTo(201);
        assertThat(right.json().get("result").asText()).isEqualTo("INSERTED");
        assertThat(posted).extracting(Article::id).contains("new-1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{not json|not a JSON article",
            "{\"id\":\"x\"}|needs a text",
            "{\"text\":\"words\"}|needs an id",
            "{\"id\":\"x\",\"text\":\"w\",\"published\":\"last week\"}|ISO 8601",
            "null|JSON object",
    })
    void badArticlesAreRefused(String body, String messagePart) {
        Answer a = send(post(ingesting, body).header("Authorization", "Bearer " + TOKEN).build());
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("message").asText()).contains(messagePart);
    }

    @Test
    void anArticleThePipelineCannotProcessIs422() {
        Answer a = send(post(ingesting, "{\"id\":\"cannot\",\"text\":\"words\"}")
                .header("Authorization", "Bearer " + TOKEN).build());
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("message").asText()).contains("cannot");
    }
}
