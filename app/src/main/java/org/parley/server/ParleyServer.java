package org.parley.server;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.parley.article.Article;
import org.parley.cameo.CameoCodebook;
import org.parley.extract.Modality;
import org.parley.json.ParleyJson;
import org.parley.query.EventQuery;
import org.parley.query.QuoteQuery;
import org.parley.store.IngestResult;
import org.parley.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api} and the dashboard at {@code /}, wired in one {@link #create}.
 *
 * <p>Every answer is JSON; every refusal too ({@link ApiError}: 400 for bad parameters, naming the parameter,
 * 401/403 for a missing or wrong ingest token, 404, 405 when ingestion is off, 422 for an article the pipeline
 * cannot process). A failure of the server itself is logged and answered 500 without internals. The server reads
 * only through {@link ExploreQueries}; {@code POST /api/articles} exists only when a token is configured.
 *
 * <p>The dashboard is static files from this package's {@code web} resources plus ECharts from its WebJar, so it
 * works offline; a strict Content-Security-Policy keeps any script but the server's own from running, as a second
 * guard behind the pages' rule of writing store text only through {@code textContent}.
 */
public final class ParleyServer {

    private static final Logger LOG = LoggerFactory.getLogger(ParleyServer.class);

    /** Events per dyad answer unless asked otherwise: enough to read, few enough to render at once. */
    private static final int DYAD_EVENTS = 50;
    private static final int SEARCH_LIMIT = 20;
    private static final int NETWORK_EDGES = 100;
    private static final int PLACES = 200;
    private static final int PLACE_SAMPLE = 5;
    /**
     * Aggregates (dyad, timeline, network, map) count by default what is told as having happened: a negated,
     * hypothetical or planned event would otherwise add conflict or cooperation that did not take place. The
     * {@code modality} parameter overrides this; merged events show every modality, each on its own row.
     */
    private static final Set<Modality> HAPPENED = Set.of(Modality.ASSERTED, Modality.REPORTED,
            Modality.ALLEGED, Modality.HISTORICAL);

    private static final Set<String> EVENT_PARAMS = Set.of("actor", "source_country", "target_country", "cameo",
            "modality", "since", "until", "article", "limit", "offset");
    private static final Set<String> FILTER_PARAMS = Set.of("actor", "source", "target", "cameo", "modality", "since",
            "until");

    /** Request attribute set once an error body is written. */
    private static final String ANSWERED = "parley.error-answered";

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    private ParleyServer() {
    }

    /**
     * The server, configured but not started: call {@code start()} on it, {@code stop()} when done.
     *
     * @param settings  where to listen and the ingest token, if any
     * @param queries   what the API reads
     * @param ingestion what {@code POST /api/articles} runs; required when the settings carry a token, else
     *                  ignored (may be null)
     */
    public static Javalin create(ServerSettings settings, ExploreQueries queries, ArticleIngestion ingestion) {
        if (settings.ingestEnabled() && ingestion == null) {
            throw new IllegalArgumentException("an ingest token is configured but no ingestion is given");
        }
        byte[] echarts = echartsScript();
        List<CodeName> cameo = CameoCodebook.loadBuiltIn().codes().stream()
                .map(c -> new CodeName(c.code(), c.name(), c.quad(), c.goldstein())).toList();
        return Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = 4L * ArticleSubmission.MAX_TEXT; // UTF-8 may take up to 4 bytes a char
            config.jsonMapper(new JavalinJackson(ParleyJson.mapper().copy(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/org/parley/server/web";
                files.location = Location.CLASSPATH;
            });

            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CSP);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
            });

            config.routes.get("/vendor/echarts.min.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                    .header("Cache-Control", "max-age=86400").result(echarts));

            config.routes.get("/api/cameo", ctx -> {
                QueryParameters.of(ctx.queryParamMap(), Set.of());
                ctx.header("Cache-Control", "max-age=3600").json(cameo);
            });
            config.routes.get("/api/stats", ctx -> {
                QueryParameters.of(ctx.queryParamMap(), Set.of());
                ctx.json(queries.stats());
            });
            config.routes.get("/api/events", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(), EVENT_PARAMS);
                PageRequest page = p.page();
                EventQuery q = EventQuery.all().withActor(p.text("actor"))
                        .withSourceCountry(p.country("source_country")).withTargetCountry(p.country("target_country"))
                        .withCameoPrefix(p.cameo()).withModality(p.modality()).withDates(p.since(), p.until())
                        .withArticleId(p.text("article")).withPage(page.limit(), page.offset());
                ctx.json(queries.events(q));
            });
            config.routes.get("/api/merged-events", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(), with(FILTER_PARAMS, "limit", "offset"));
                ctx.json(queries.mergedEvents(eventFilter(p), p.page()));
            });
            config.routes.get("/api/quotes", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(),
                        Set.of("speaker", "q", "since", "until", "article", "limit", "offset"));
                PageRequest page = p.page();
                QuoteQuery q = QuoteQuery.all().withSpeaker(p.text("speaker")).withText(p.text("q"))
                        .withDates(p.since(), p.until()).withArticleId(p.text("article"))
                        .withPage(page.limit(), page.offset());
                ctx.json(queries.quotes(q));
            });
            config.routes.get("/api/actors", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(),
                        Set.of("q", "country", "kind", "since", "until", "limit", "offset"));
                ActorFilter f = new ActorFilter(p.text("q"), p.country("country"), p.actorKind(), p.since(),
                        p.until());
                ctx.json(queries.actors(f, p.page()));
            });
            config.routes.get("/api/dyads/{a}/{b}", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(),
                        Set.of("cameo", "modality", "since", "until", "bucket", "limit"));
                String a = pathText(ctx, "a");
                String b = pathText(ctx, "b");
                EventFilter f = new EventFilter(null, null, null, p.cameo(), Set.of(), p.since(), p.until());
                ctx.json(queries.dyad(a, b, happenedByDefault(f, p), p.bucket(Bucket.MONTH),
                        p.integer("limit", DYAD_EVENTS, 1, PageRequest.MAX_LIMIT)));
            });
            config.routes.get("/api/timeline", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(), with(FILTER_PARAMS, "bucket"));
                ctx.json(queries.timeline(happenedByDefault(eventFilter(p), p), p.bucket(Bucket.DAY)));
            });
            config.routes.get("/api/network", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(), with(FILTER_PARAMS, "limit"));
                ctx.json(queries.network(happenedByDefault(eventFilter(p), p), p.integer("limit", NETWORK_EDGES, 1, PageRequest.MAX_LIMIT)));
            });
            config.routes.get("/api/places", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(), with(FILTER_PARAMS, "limit", "sample"));
                ctx.json(queries.places(happenedByDefault(eventFilter(p), p), p.integer("limit", PLACES, 1, PageRequest.MAX_LIMIT),
                        p.integer("sample", PLACE_SAMPLE, 0, 20)));
            });
            config.routes.get("/api/articles/{id}", ctx -> {
                QueryParameters.of(ctx.queryParamMap(), Set.of());
                String id = ctx.pathParam("id");
                if (id.isBlank() || id.length() > ArticleSubmission.MAX_ID) {
                    throw new BadRequestException("id", "an article id has 1 to " + ArticleSubmission.MAX_ID
                            + " characters");
                }
                ArticleView view = queries.article(id).orElse(null);
                if (view == null) {
                    error(ctx, 404, "not found", "no article with id '" + id + "'", "id");
                } else {
                    ctx.json(view);
                }
            });
            config.routes.get("/api/search", ctx -> {
                QueryParameters p = QueryParameters.of(ctx.queryParamMap(), Set.of("q", "limit"));
                ctx.json(queries.search(p.requiredText("q"), p.integer("limit", SEARCH_LIMIT, 1, 100)));
            });
            config.routes.post("/api/articles", ctx -> {
                if (!settings.ingestEnabled()) {
                    error(ctx, 405, "method not allowed", "this server is read-only: start it with --ingest-token "
                            + "or PARLEY_INGEST_TOKEN to accept articles", null);
                    return;
                }
                if (!authorized(ctx, settings.ingestToken())) {
                    return;
                }
                Article article = submission(ctx).toArticle();
                IngestOutcome outcome = ingestion.ingest(article);
                ctx.status(outcome.result() == IngestResult.INSERTED ? 201 : 200).json(outcome);
            });

            config.routes.exception(BadRequestException.class,
                    (e, ctx) -> error(ctx, 400, "bad request", e.getMessage(), e.parameter()));
            config.routes.exception(UnprocessableArticleException.class,
                    (e, ctx) -> error(ctx, 422, "unprocessable article", e.getMessage(), null));
            config.routes.exception(HttpResponseException.class,
                    (e, ctx) -> error(ctx, e.getStatus(), "http " + e.getStatus(), e.getMessage(), null));
            config.routes.exception(StoreException.class, (e, ctx) -> {
                LOG.error("store failure on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 503, "store unavailable", "the store could not answer; see the server log", null);
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("failure on {} {}", ctx.method(), ctx.path(), e);
                error(ctx, 500, "internal error", "the server failed; see its log", null);
            });
            config.routes.error(404, ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
                    error(ctx, 404, "not found", "no endpoint " + ctx.method() + " " + ctx.path(), null);
                }
            });
        });
    }

    /**
     * A CAMEO code as the dashboard labels it.
     *
     * @param code      the code
     * @param name      its name in the codebook
     * @param quad      quad class
     * @param goldstein Goldstein value
     */
    record CodeName(String code, String name, int quad, double goldstein) {
    }

    private static EventFilter eventFilter(QueryParameters p) {
        return new EventFilter(p.text("actor"), p.text("source"), p.text("target"), p.cameo(), p.modalities(),
                p.since(), p.until());
    }

    private static EventFilter happenedByDefault(EventFilter f, QueryParameters p) {
        Set<Modality> asked = p.modalities();
        return f.withModalities(asked.isEmpty() ? HAPPENED : asked);
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> all = new HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private static String pathText(Context ctx, String name) {
        String v = ctx.pathParam(name).strip();
        if (v.isEmpty() || v.length() > QueryParameters.MAX_TEXT) {
            throw new BadRequestException(name, "actor '" + name + "' must have 1 to " + QueryParameters.MAX_TEXT
                    + " characters");
        }
        return v;
    }

    private static ArticleSubmission submission(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw new BadRequestException(null, "the request body must be a JSON article: "
                    + "{\"id\", \"published\", \"title\", \"source\", \"url\", \"text\"}");
        }
        try {
            ArticleSubmission s = ParleyJson.mapper().readValue(body, ArticleSubmission.class);
            if (s == null) {
                throw new BadRequestException(null, "the request body must be a JSON object, not null");
            }
            return s;
        } catch (JacksonException e) {
            throw new BadRequestException(null, "the request body is not a JSON article: " + e.getOriginalMessage());
        }
    }

    /** Checks the bearer token; answers 401 (none given) or 403 (wrong) and returns false when it does not hold. */
    private static boolean authorized(Context ctx, String token) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            error(ctx, 401, "unauthorized", "posting articles needs the header 'Authorization: Bearer <token>'", null);
            return false;
        }
        byte[] given = header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
        // constant-time comparison: response times must not reveal how much of a guess was right
        if (!MessageDigest.isEqual(given, token.getBytes(StandardCharsets.UTF_8))) {
            error(ctx, 403, "forbidden", "the ingest token is wrong", null);
            return false;
        }
        return true;
    }

    private static void error(Context ctx, int status, String error, String message, String parameter) {
        ctx.attribute(ANSWERED, Boolean.TRUE); // the 404 handler must not replace a 404 an endpoint gave
        ctx.status(status).json(new ApiError(status, error, message, parameter));
    }

    /** ECharts' minified build from its WebJar, whichever version the build brought. */
    private static byte[] echartsScript() {
        ClassLoader loader = ParleyServer.class.getClassLoader();
        try (InputStream pom = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            if (pom == null) {
                throw new IllegalStateException("the ECharts WebJar is not on the class path");
            }
            Properties p = new Properties();
            p.load(pom);
            String path = "META-INF/resources/webjars/echarts/" + p.getProperty("version") + "/dist/echarts.min.js";
            try (InputStream js = loader.getResourceAsStream(path)) {
                if (js == null) {
                    throw new IllegalStateException("the ECharts WebJar has no " + path);
                }
                return js.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read ECharts from its WebJar", e);
        }
    }
}
