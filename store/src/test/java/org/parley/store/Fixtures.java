package org.parley.store;

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

/** Hand-built articles and extractions for store tests: spans are computed from the text, so they are real. */
final class Fixtures {

    static final String TEXT = "U.S. President Donald Trump on Thursday called on Russia to get moving. "
            + "\"Russia has to get moving,\" Trump wrote on Truth Social. "
            + "Kremlin spokesman Dmitry Peskov said Moscow was ready to meet in St. Petersburg.";

    private Fixtures() {
    }

    static TextSpan span(String text, String words) {
        return span(text, words, 1);
    }

    /** The {@code occurrence}-th (from 1) place {@code words} occur in {@code text}. */
    static TextSpan span(String text, String words, int occurrence) {
        int start = -1;
        for (int i = 0; i < occurrence; i++) {
            start = text.indexOf(words, start + 1);
            if (start < 0) {
                throw new IllegalArgumentException("'" + words + "' is not " + occurrence + " times in the text");
            }
        }
        return TextSpan.of(text, start, start + words.length());
    }

    static Article article(String id, String published, String text) {
        return new Article(id, published, "Trump presses Russia", "Example Wire", "https://example.org/" + id, text);
    }

    /** The seed-like article: three actors, two quotes, two events, a time and a place. */
    static ExtractedArticle seed(String id, String published) {
        Article article = article(id, published, TEXT);
        String t = TEXT;
        Actor trump = new Actor("a1", "Donald Trump", ActorKind.PERSON, "USA", "GOV", "USAGOV", "President",
                List.of(span(t, "Donald Trump"), span(t, "Trump", 2)));
        Actor russia = new Actor("a2", "Russia", ActorKind.COUNTRY, "RUS", "GOV", "RUSGOV", null,
                List.of(span(t, "Russia"), span(t, "Moscow")));
        Actor peskov = new Actor("a3", "Dmitry Peskov", ActorKind.PERSON, "RUS", "GOV", "RUSGOV", "spokesman",
                List.of(span(t, "Dmitry Peskov")));
        TextSpan content = span(t, "Russia has to get moving");
        Quote direct = new Quote("q1", content.text(), QuoteKind.DIRECT, SpeechAct.SPEECH, "a1",
                span(t, "Trump", 2), span(t, "wrote"), content.start(), content.end(),
                "Truth Social");
        TextSpan reported = span(t, "Moscow was ready to meet in St. Petersburg");
        Quote indirect = new Quote("q2", reported.text(), QuoteKind.INDIRECT, SpeechAct.SPEECH, "a3",
                span(t, "Dmitry Peskov"), span(t, "said"), reported.start(), reported.end(), null);
        Event appeal = new Event("e1", "a1", "a2", "0256", null, 1, 3.0, "2025-04-10", null, Modality.ASSERTED, 0.9,
                span(t, "U.S. President Donald Trump on Thursday called on Russia to get moving."),
                List.of(span(t, "\"Russia has to get moving,\" Trump wrote on Truth Social.")));
        Event meet = new Event("e2", "a2", "a1", "036", "CONSULT", 1, 4.0, "2025-04", "p1", Modality.REPORTED, 0.6,
                span(t, "Kremlin spokesman Dmitry Peskov said Moscow was ready to meet in St. Petersburg."),
                List.of());
        TimeRef thursday = new TimeRef("Thursday", "2025-04-10", span(t, "Thursday").start(), span(t, "Thursday").end());
        Place petersburg = new Place("p1", "Saint Petersburg", "RU", 59.94, 30.31, 498817L, "city",
                List.of(span(t, "St. Petersburg")));
        Extraction extraction = new Extraction(id, published, List.of(trump, russia, peskov),
                List.of(direct, indirect), List.of(appeal, meet), List.of(thursday), List.of(petersburg));
        return new ExtractedArticle(article, extraction, 42);
    }

    /** The same id with another text and a smaller extraction: one actor, nothing else. */
    static ExtractedArticle rewritten(String id, String published) {
        String text = "Correction: Donald Trump spoke on Friday.";
        Actor trump = new Actor("a1", "Donald Trump", ActorKind.PERSON, "USA", "GOV", "USAGOV", null,
                List.of(span(text, "Donald Trump")));
        Extraction extraction = new Extraction(id, published, List.of(trump), List.of(), List.of(), List.of(),
                List.of());
        return new ExtractedArticle(article(id, published, text), extraction);
    }

    /** An article whose extraction repeats an event id: the store's primary key refuses it. */
    static ExtractedArticle withDuplicateEventIds(String id, String published) {
        ExtractedArticle good = seed(id, published);
        String text = good.article().text() + " Trump later repeated it.";
        List<Event> events = new ArrayList<>(good.extraction().events());
        Event first = events.get(0);
        events.add(new Event(first.id(), first.source(), first.target(), "010", null, 1, 0.0, null, null,
                Modality.ASSERTED, 0.5, span(text, "Trump later repeated it."), List.of()));
        Extraction e = good.extraction();
        return new ExtractedArticle(article(id, published, text),
                new Extraction(id, published, e.actors(), e.quotes(), events, e.times(), e.places()));
    }

    /** One small article with one event between two actors given by code and country. */
    static ExtractedArticle oneEvent(String id, String published, String sourceName, String sourceCode,
                                     String targetName, String targetCode, String cameo, Modality modality,
                                     String date) {
        String text = sourceName + " acted towards " + targetName + ".";
        Actor source = new Actor("a1", sourceName, ActorKind.ORGANIZATION, sourceCode.substring(0, 3), "GOV",
                sourceCode, null, List.of(span(text, sourceName)));
        Actor target = new Actor("a2", targetName, ActorKind.ORGANIZATION, targetCode.substring(0, 3), "GOV",
                targetCode, null, List.of(span(text, targetName)));
        Event event = new Event("e1", "a1", "a2", cameo, null, 1, 1.0, date, null, modality, 0.8,
                TextSpan.of(text, 0, text.length()), List.of());
        Extraction extraction = new Extraction(id, published, List.of(source, target), List.of(), List.of(event),
                List.of(), List.of());
        return new ExtractedArticle(article(id, published, text), extraction);
    }

    /** An article with one event that has no target and one quote nobody is named for. */
    static ExtractedArticle anonymous(String id, String published) {
        String text = "Protesters marched in the capital. Officials said talks would resume.";
        Actor protesters = new Actor("a1", "Protesters", ActorKind.GROUP, null, "CVL", null, null,
                List.of(span(text, "Protesters")));
        Event march = new Event("e1", "a1", null, "141", "PROTEST", 3, -6.5, null, null, Modality.ASSERTED, 0.7,
                span(text, "Protesters marched in the capital."), List.of());
        TextSpan content = span(text, "talks would resume");
        Quote quote = new Quote("q1", content.text(), QuoteKind.INDIRECT, SpeechAct.SPEECH, null, null,
                span(text, "said"), content.start(), content.end(), null);
        Extraction extraction = new Extraction(id, published, List.of(protesters), List.of(quote), List.of(march),
                List.of(), List.of());
        return new ExtractedArticle(article(id, published, text), extraction);
    }
}
