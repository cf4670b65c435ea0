package org.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.javalin.Javalin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.parley.batch.Annotators;
import org.parley.extract.ArticleExtractor;
import org.parley.query.EventQuery;
import org.parley.query.EventRow;
import org.parley.store.ParleyStore;

/**
 * The dashboard in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}), as a person would use
 * it. Two servers: one over a store built by posting the seed article (and a hostile one) through
 * {@code POST /api/articles}, so the real annotate-extract-store pipeline runs; one over the hand-made
 * {@link ExploreFixtures} store, whose events and places let every view be seen with data whatever the
 * extraction stages produce yet. Each view's screenshot is saved under {@code target/screenshots}.
 *
 * <p>Without the seed (../shared) or the browser, the tests are skipped with a message; under {@code CI=true}
 * their absence fails them. Once they are there, every test is a plain assertion: the seed's meeting of Witkoff
 * and Putin at Saint Petersburg must come out of the real pipeline, skipped nowhere.
 */
class DashboardIT {

    static final String TOKEN = "dashboard-it-token-0123456789";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final String HOSTILE_POST = "{\"id\":\"xss-1\",\"published\":\"2025-04-11\","
            + "\"title\":\"<script>window.parleyXss=3</script>Headline\",\"source\":\"<b>Wire</b>\","
            + "\"text\":\"Officials found <script>window.parleyXss=1</script> in a page. "
            + "<img src=x onerror=\\\"window.parleyXss=2\\\"> Russian President Vladimir Putin said on Friday that "
            + "\\\"<b>nothing</b> happened\\\" in Moscow.\"}";

    @TempDir
    static Path dir;

    static ParleyStore seedStore;
    static StoreExploreQueries seedQueries;
    static Javalin seedServer;
    static ParleyStore fixtureStore;
    static StoreExploreQueries fixtureQueries;
    static Javalin fixtureServer;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        Path seed = seedArticles();
        requireBrowser();
        seedStore = ParleyStore.open(dir.resolve("seed.duckdb"));
        seedQueries = new StoreExploreQueries(seedStore, false);
        ExtractingIngestion ingestion = new ExtractingIngestion(seedStore, () -> Annotators.annotator(List.of()),
                ArticleExtractor::withBuiltInKnowledge);
        seedServer = ParleyServer.create(new ServerSettings("127.0.0.1", 0, TOKEN), seedQueries, ingestion).start();
        HttpClient http = HttpClient.newHttpClient();
        for (String line : Files.readAllLines(seed, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                assertThat(post(http, line).statusCode()).as("posting a seed article").isEqualTo(201);
            }
        }
        HttpResponse<String> hostile = post(http, HOSTILE_POST);
        assertThat(hostile.statusCode()).as(hostile.body()).isEqualTo(201);

        fixtureStore = ExploreFixtures.store(dir);
        fixtureQueries = new StoreExploreQueries(fixtureStore, false);
        fixtureServer = ParleyServer.create(new ServerSettings("127.0.0.1", 0, null), fixtureQueries, null).start();

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")),
                "--window-size=1400,1000");
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (Javalin app : new Javalin[] {seedServer, fixtureServer}) {
            if (app != null) {
                app.stop();
            }
        }
        for (AutoCloseable c : new AutoCloseable[] {seedQueries, seedStore, fixtureQueries, fixtureStore}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot close " + c, e);
            }
        }
    }

    static HttpResponse<String> post(HttpClient http, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + seedServer.port()
                        + "/api/articles"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The seed articles in ../shared, found from the repository root. */
    static Path seedArticles() {
        String prop = System.getProperty("parley.root");
        Path repo = prop != null ? Path.of(prop) : Path.of("").toAbsolutePath().getParent();
        Path seed = repo.toAbsolutePath().normalize().resolveSibling("shared").resolve("eval/seed/articles.jsonl");
        if (!Files.isRegularFile(seed)) {
            unavailable("the seed articles are not at " + seed + " (../shared beside the repository)");
        }
        return seed;
    }

    static void requireBrowser() {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            unavailable("headless browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (apt-get install chromium chromium-driver; .ci/run installs them)");
        }
    }

    static void unavailable(String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + " (CI=true: this is a failure, not a skip)");
        }
        Assumptions.abort(message);
    }

    /** Opens a view and waits until it has drawn (or failed: then the test fails with the page's message). */
    static void open(Javalin server, String hash) {
        // a new hash alone would not reload the page: leave it first, so the wait below sees the new view
        browser.get("about:blank");
        browser.get("http://127.0.0.1:" + server.port() + "/" + hash);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> {
            String state = d.findElement(By.id("view")).getAttribute("data-state");
            return "ready".equals(state) || "error".equals(state);
        });
        WebElement view = browser.findElement(By.id("view"));
        assertThat(view.getAttribute("data-state")).as("view %s: %s", hash, view.getText()).isEqualTo("ready");
    }

    static void screenshot(String name) throws IOException, InterruptedException {
        Thread.sleep(800); // let ECharts finish its entry animation
        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    static List<WebElement> all(String css) {
        return browser.findElements(By.cssSelector(css));
    }

    /** The text of every element {@code css} selects, in page order, joined: one highlight cut into pieces. */
    static String joined(String css) {
        return String.join("", all(css).stream().map(e -> e.getAttribute("textContent")).toList());
    }

    static Object script(String js) {
        return ((JavascriptExecutor) browser).executeScript(js);
    }

    @Test
    void dashboardLoadsWithTheStoreCounts() throws Exception {
        open(seedServer, "#/timeline");
        assertThat(browser.findElement(By.id("stats")).getText()).contains("2 articles");
        assertThat(all("#timeline-chart canvas")).isNotEmpty();
        screenshot("seed-timeline");
    }

    @Test
    void seedQuoteStandsUnderTrump() throws Exception {
        open(seedServer, "#/quotes?q=Russia%20has%20to%20get%20moving");
        List<WebElement> rows = all("#quote-results tr.quote-row");
        assertThat(rows).isNotEmpty();
        assertThat(rows).anySatisfy(row -> {
            assertThat(row.findElement(By.cssSelector("blockquote")).getText()).contains("Russia has to get moving");
            assertThat(row.findElement(By.cssSelector(".speaker")).getText()).contains("Trump");
        });
        screenshot("seed-quotes");
    }

    @Test
    void seedArticleHighlightsActorsQuotesAndTimes() throws Exception {
        open(seedServer, "#/article/seed-001");
        assertThat(all("#article-text .ann-actor")).extracting(WebElement::getText).contains("Donald Trump");
        // a highlight is cut wherever another begins or ends (the quote's "Russia" is an actor too): join the pieces
        assertThat(joined("#article-text .ann-quote")).contains("Russia has to get moving");
        assertThat(all("#article-text .ann-time")).extracting(WebElement::getText).contains("Thursday");
        screenshot("seed-article");
        List<WebElement> evidence = all("#article-events a.evidence-link");
        if (!evidence.isEmpty()) {
            open(seedServer, "#/article/seed-001?event=" + evidence.get(0).getAttribute("data-event"));
            assertThat(all("#article-text .flash")).isNotEmpty();
            screenshot("seed-article-evidence");
        }
    }

    @Test
    void seedMeetingOfWitkoffAndPutinIsOnTheMapAtSaintPetersburg() throws Exception {
        // the real pipeline must find the meeting (a consultation, CAMEO 04x, either direction) and place it; when
        // it does not, the message shows what the seed gave instead
        List<MergedEvent> meetings = seedQueries.mergedEvents(
                new EventFilter("Witkoff", null, null, "04", Set.of(), null, null), new PageRequest(100, 0)).items();
        assertThat(meetings).as("the seed's consultations of Witkoff; the seed gave %s", seedEvents())
                .anySatisfy(m -> {
                    assertThat(m.source().name() + " / " + m.target().name()).contains("Witkoff").contains("Putin");
                    assertThat(m.place()).contains("Petersburg");
                });
        open(seedServer, "#/map");
        screenshot("seed-map");
        List<WebElement> places = all("#map-places li.place");
        assertThat(places).anySatisfy(place -> {
            assertThat(place.findElement(By.cssSelector(".place-name")).getText()).contains("Petersburg");
            assertThat(place.getText()).contains("Witkoff").contains("Putin");
        });
        open(seedServer, "#/dyad?a=Witkoff&b=Putin");
        assertThat(all("#dyad-events tr.merged-row")).isNotEmpty();
        screenshot("seed-dyad");
    }

    /** Every event stored from the seed, one line each: what to look at when the meeting is not found. */
    static String seedEvents() {
        StringBuilder b = new StringBuilder();
        for (EventRow e : seedQueries.events(EventQuery.all().withPage(1000, 0)).items()) {
            b.append(String.format("%n  %s %s: %s -> %s %s at %s (%s)", e.articleId(), e.eventId(),
                    e.source().name(), e.target() == null ? "-" : e.target().name(), e.cameo(), e.placeName(),
                    e.modality().json()));
        }
        return b.length() == 0 ? "no events" : b.toString();
    }

    @Test
    void everyViewDrawsTheFixtureData() throws Exception {
        open(fixtureServer, "#/timeline");
        assertThat(all("#timeline-events tr.merged-row")).hasSizeGreaterThanOrEqualTo(3);
        screenshot("fixture-timeline");

        open(fixtureServer, "#/dyad?a=Witkoff&b=Putin");
        // two articles tell one meeting: one merged row, told by both
        assertThat(all("#dyad-events tr.merged-row")).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#dyad-events h3")).getText())
                .contains("Witkoff → Putin: 1 event;").contains("Putin → Witkoff: 0 events");
        assertThat(browser.findElement(By.cssSelector("#dyad-events td.counts")).getText())
                .isEqualTo("2 articles, 2 reports, 2 sources");
        screenshot("fixture-dyad");

        open(fixtureServer, "#/network");
        assertThat(all("#network-edges tbody tr")).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("Steve Witkoff").contains("Vladimir Putin"));
        screenshot("fixture-network");

        open(fixtureServer, "#/map");
        WebElement spb = all("#map-places li.place").get(0);
        assertThat(spb.findElement(By.cssSelector(".place-name")).getText()).isEqualTo("Saint Petersburg");
        assertThat(spb.getText()).contains("Steve Witkoff").contains("Vladimir Putin");
        screenshot("fixture-map");

        open(fixtureServer, "#/search?q=Petersburg");
        assertThat(browser.findElement(By.id("search-results")).getText()).contains("Envoy meets Putin");
        screenshot("fixture-search");

        open(fixtureServer, "#/article/fx-1?event=e2");
        assertThat(joined("#article-text .flash")).isEqualTo("Steve Witkoff met Vladimir Putin in St. Petersburg.");
        assertThat(all("#article-text .ann-place")).extracting(WebElement::getText).contains("St. Petersburg");
        screenshot("fixture-article");
    }

    @Test
    void markupFromTheStoreIsShownAsText() throws Exception {
        open(seedServer, "#/article/xss-1");
        WebElement text = browser.findElement(By.id("article-text"));
        assertThat(text.getText()).contains("<script>window.parleyXss=1</script>").contains("<img src=x onerror=");
        assertThat(text.findElements(By.cssSelector("script, img, b"))).isEmpty();
        assertThat(browser.findElement(By.id("article-title")).getText()).contains("<script>");
        screenshot("xss-article-posted");

        open(fixtureServer, "#/article/fx-xss");
        assertThat(browser.findElement(By.id("article-side")).getText()).contains(ExploreFixtures.HOSTILE_NAME);
        assertThat(browser.findElement(By.id("article-title")).getText()).isEqualTo("<i>Markup</i> in a title");
        assertThat(all("#view img, #view script, #view svg, #view i, #view b")).isEmpty();
        screenshot("xss-article-fixture");

        open(fixtureServer, "#/quotes?q=claims");
        assertThat(browser.findElement(By.id("quote-results")).getText()).contains("<b>bold</b> claims")
                .contains(ExploreFixtures.HOSTILE_NAME);
        assertThat(all("#quote-results b, #quote-results img")).isEmpty();

        open(fixtureServer, "#/timeline?actor=Mallory");
        assertThat(all("#timeline-events tr.merged-row")).hasSize(1);
        assertThat(all("#view img, #view script")).isEmpty();
        screenshot("xss-timeline");
        assertThat(script("return window.parleyXss === undefined")).isEqualTo(Boolean.TRUE);
    }
}
