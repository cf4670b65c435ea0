package org.parley.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.parley.extract.TimeRef;
import org.parley.store.ParleyStore;

/**
 * A small store written by hand, without CoreNLP: two invented articles telling the same meeting (so merging has
 * something to merge), a negated attack that must stay apart, a quote with its speaker, times and a place; and an
 * article whose text and names carry HTML, for the escaping checks. Offsets are found in the texts, so the
 * fixtures stay right when a text is edited.
 */
final class ExploreFixtures {

    static final String HOSTILE_NAME = "<img src=x onerror=\"window.parleyXss=1\">Mallory";
    static final String HOSTILE_TEXT = "<script>window.parleyXss=1</script> " + HOSTILE_NAME
            + " said \"<b>bold</b> claims\" on Monday.";

    private ExploreFixtures() {
    }

    /** Opens a new writable store in {@code dir} holding the fixture articles. */
    static ParleyStore store(Path dir) {
        ParleyStore store = ParleyStore.open(dir.resolve("fixture.duckdb"));
        store.ingest(first(), firstExtraction());
        store.ingest(second(), secondExtraction());
        store.ingest(hostile(), hostileExtraction());
        return store;
    }

    static Article first() {
        return new Article("fx-1", "2025-04-11", "Envoy meets Putin", "Wire A", "https://example.org/1",
                "U.S. President Donald Trump on Thursday called on Russia to end the war. "
                        + "Steve Witkoff met Vladimir Putin in St. Petersburg. "
                        + "\"Russia has to get moving,\" Trump wrote.");
    }

    static Extraction firstExtraction() {
        String t = first().text();
        List<Actor> actors = List.of(
                actor(t, "a1", "Donald Trump", ActorKind.PERSON, "USA", "GOV", "USAGOV", "Donald Trump", "Trump@2"),
                actor(t, "a2", "Russia", ActorKind.COUNTRY, "RUS", null, "RUS", "Russia", "Russia@2"),
                actor(t, "a3", "Steve Witkoff", ActorKind.PERSON, "USA", "GOV", "USAGOV", "Steve Witkoff"),
                actor(t, "a4", "Vladimir Putin", ActorKind.PERSON, "RUS", "GOV", "RUSGOV", "Vladimir Putin"));
        Place spb = new Place("p1", "Saint Petersburg", "RU", 59.94, 30.31, 498817L, "city",
                List.of(span(t, "St. Petersburg")));
        List<Event> events = List.of(
                new Event("e1", "a1", "a2", "025", "REQUEST", 1, 3.0, "2025-04-10", null, Modality.ASSERTED, 0.9,
                        sentence(t, "U.S. President", "war."), List.of()),
                new Event("e2", "a3", "a4", "040", "CONSULT", 1, 1.0, "2025-04-10", "p1", Modality.ASSERTED, 0.9,
                        sentence(t, "Steve Witkoff met", "Petersburg."), List.of()));
        TextSpan content = span(t, "Russia has to get moving");
        Quote quote = new Quote("q1", content.text(), QuoteKind.DIRECT, SpeechAct.SPEECH, "a1",
                span(t, "Trump wrote"), span(t, "wrote"), content.start(), content.end(), null);
        TextSpan thursday = span(t, "Thursday");
        return new Extraction("fx-1", "2025-04-11", actors, List.of(quote), events,
                List.of(new TimeRef("Thursday", "2025-04-10", thursday.start(), thursday.end())), List.of(spb));
    }

    static Article second() {
        return new Article("fx-2", "2025-04-12", "Talks in St. Petersburg", "Wire B", null,
                "Witkoff sat down with Putin in St. Petersburg on Thursday. "
                        + "Russia did not attack Ukraine overnight, officials said.");
    }

    static Extraction secondExtraction() {
        String t = second().text();
        List<Actor> actors = List.of(
                actor(t, "a1", "Steve Witkoff", ActorKind.PERSON, "USA", "GOV", "USAGOV", "Witkoff"),
                actor(t, "a2", "Vladimir Putin", ActorKind.PERSON, "RUS", "GOV", "RUSGOV", "Putin"),
                actor(t, "a3", "Russia", ActorKind.COUNTRY, "RUS", null, "RUS", "Russia"),
                actor(t, "a4", "Ukraine", ActorKind.COUNTRY, "UKR", null, "UKR", "Ukraine"));
        Place spb = new Place("p1", "Saint Petersburg", "RU", 59.9386, 30.3141, 498817L, "city",
                List.of(span(t, "St. Petersburg")));
        List<Event> events = List.of(
                new Event("e1", "a1", "a2", "040", "CONSULT", 1, 1.0, "2025-04-10", "p1", Modality.ASSERTED, 0.8,
                        sentence(t, "Witkoff sat", "Thursday."), List.of()),
                new Event("e2", "a3", "a4", "190", "ASSAULT", 4, -10.0, "2025-04-11", null, Modality.NEGATED, 0.7,
                        sentence(t, "Russia did not", "said."), List.of()));
        TextSpan thursday = span(t, "Thursday");
        return new Extraction("fx-2", "2025-04-12", actors, List.of(), events,
                List.of(new TimeRef("Thursday", "2025-04-10", thursday.start(), thursday.end())), List.of(spb));
    }

    static Article hostile() {
        return new Article("fx-xss", "2025-04-13", "<i>Markup</i> in a title", "Wire <C>", null, HOSTILE_TEXT);
    }

    static Extraction hostileExtraction() {
        String t = HOSTILE_TEXT;
        Actor mallory = actor(t, "a1", HOSTILE_NAME, ActorKind.PERSON, null, null, "<svg>", HOSTILE_NAME);
        Actor russia = new Actor("a2", "Russia", ActorKind.COUNTRY, "RUS", null, "RUS", null, List.of());
        TextSpan content = span(t, "<b>bold</b> claims");
        Quote quote = new Quote("q1", content.text(), QuoteKind.DIRECT, SpeechAct.SPEECH, "a1",
                span(t, HOSTILE_NAME), span(t, "said"), content.start(), content.end(), null);
        Event event = new Event("e1", "a1", "a2", "111", "REJECT", 3, -2.0, "2025-04-07", null, Modality.ASSERTED,
                0.6, TextSpan.of(t, 0, t.length()), List.of());
        TextSpan monday = span(t, "Monday");
        return new Extraction("fx-xss", "2025-04-13", List.of(mallory, russia), List.of(quote), List.of(event),
                List.of(new TimeRef("Monday", "2025-04-07", monday.start(), monday.end())), List.of());
    }

    /** An actor mentioned at each of {@code mentions}: words, or "words@n" for their n-th occurrence. */
    private static Actor actor(String text, String id, String name, ActorKind kind, String country, String sector,
                               String code, String... mentions) {
        List<TextSpan> spans = new ArrayList<>();
        for (String m : mentions) {
            int at = m.lastIndexOf('@');
            String words = at < 0 ? m : m.substring(0, at);
            int occurrence = at < 0 ? 1 : Integer.parseInt(m.substring(at + 1));
            int start = -1;
            for (int i = 0; i < occurrence; i++) {
                start = text.indexOf(words, start + 1);
            }
            if (start < 0) {
                throw new IllegalArgumentException("'" + m + "' is not in the fixture text");
            }
            spans.add(TextSpan.of(text, start, start + words.length()));
        }
        return new Actor(id, name, kind, country, sector, code, null, spans);
    }

    static TextSpan span(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) {
            throw new IllegalArgumentException("'" + words + "' is not in the fixture text");
        }
        return TextSpan.of(text, start, start + words.length());
    }

    /** The sentence from {@code opening} to the end of {@code closing}, its last words. */
    private static TextSpan sentence(String text, String opening, String closing) {
        int start = text.indexOf(opening);
        int end = text.indexOf(closing, start) + closing.length();
        return TextSpan.of(text, start, end);
    }
}
