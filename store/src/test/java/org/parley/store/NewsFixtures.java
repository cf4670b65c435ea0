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
import org.parley.extract.TextSpan;

/**
 * Articles for cross-article tests: each reports one event between two actors, in words of its own (so that
 * articles are not near-duplicates unless a test makes them so), from a given outlet. Spans come from the text.
 */
final class NewsFixtures {

    static final Party TRUMP = person("Donald Trump", "USA", "President");
    static final Party RUSSIA = state("Russia", "RUS");

    private NewsFixtures() {
    }

    /** An actor as a test names it, before it gets an id and mentions in an article. */
    record Party(String name, ActorKind kind, String country, String sector, String code, String title) {
    }

    static Party person(String name, String country, String title) {
        return new Party(name, ActorKind.PERSON, country, "GOV", country + "GOV", title);
    }

    static Party state(String name, String country) {
        return new Party(name, ActorKind.COUNTRY, country, "GOV", country + "GOV", null);
    }

    /**
     * One article: "{lead} {source} {verb} {target} {tail}" with one event source -> target.
     *
     * @param lead words of its own before the event sentence, so that articles differ
     */
    static ExtractedArticle report(String id, String outlet, String published, String lead, Party source,
                                   Party target, String cameo, String plover, int quad, double goldstein,
                                   String date, Modality modality, Place place) {
        String sentence = source.name() + " met " + target.name() + " for talks.";
        String text = lead + " " + sentence + " More details were expected later.";
        int at = text.indexOf(sentence);
        Actor s = actor("a1", source, text);
        Actor t = actor("a2", target, text);
        Event e = new Event("e1", "a1", "a2", cameo, plover, quad, goldstein, date, place == null ? null : place.id(),
                modality, 0.8, TextSpan.of(text, at, at + sentence.length()), List.of());
        Extraction x = new Extraction(id, published, List.of(s, t), List.of(), List.of(e), List.of(),
                place == null ? List.of() : List.of(place));
        return new ExtractedArticle(new Article(id, published, "Talks", outlet, "https://" + outlet + "/" + id, text),
                x);
    }

    /** The usual case: asserted consultation (036) on 2025-04-10, no place. */
    static ExtractedArticle meeting(String id, String outlet, String lead, Party source, Party target) {
        return report(id, outlet, "2025-04-11", lead, source, target, "036", "CONSULT", 1, 4.0, "2025-04-10",
                Modality.ASSERTED, null);
    }

    static Actor actor(String id, Party p, String text) {
        List<TextSpan> mentions = new ArrayList<>();
        int at = text.indexOf(p.name());
        if (at >= 0) {
            mentions.add(TextSpan.of(text, at, at + p.name().length()));
        }
        return new Actor(id, p.name(), p.kind(), p.country(), p.sector(), p.code(), p.title(), mentions);
    }

    static Place petersburg() {
        return new Place("p1", "Saint Petersburg", "RU", 59.94, 30.31, 498817L, "city", List.of());
    }
}
