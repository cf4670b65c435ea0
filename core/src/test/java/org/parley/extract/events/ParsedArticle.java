package org.parley.extract.events;

import java.util.ArrayList;
import java.util.List;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Dependency;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.article.Article;
import org.parley.cameo.CameoCodebook;
import org.parley.cameo.VerbLexicon;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;
import org.parley.extract.Event;
import org.parley.extract.Place;
import org.parley.extract.TextSpan;
import org.parley.extract.TimeRef;
import org.parley.extract.actors.ActorIndex;

/**
 * Hand-parsed articles for event tests. A sentence is written as tokens {@code word/POS/lemma} separated by
 * spaces and enhanced++ edges {@code relation governor dependent} separated by commas (token indexes from 0,
 * -1 for the root). Actors, times and places are declared by the words they cover, every occurrence counted.
 */
final class ParsedArticle {

    private final String published;
    private final StringBuilder text = new StringBuilder();
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<String[]> actorForms = new ArrayList<>();
    private final List<TimeRef> times = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();

    /** The built-in extractor every event test runs: the shipped codebook, lexicon and modality cues. */
    private static final EventExtractor EXTRACTOR;

    static {
        CameoCodebook codebook = CameoCodebook.loadBuiltIn();
        EXTRACTOR = new EventExtractor(codebook, VerbLexicon.loadBuiltIn(codebook), ModalityCues.loadBuiltIn());
    }

    ParsedArticle(String published) {
        this.published = published;
    }

    ParsedArticle sentence(String tokens, String deps) {
        if (!text.isEmpty()) {
            text.append(' ');
        }
        List<Token> list = new ArrayList<>();
        int i = 0;
        for (String spec : tokens.trim().split(" +")) {
            String[] f = spec.split("/");
            if (i > 0 && !f[1].equals(".") && !f[1].equals(",") && !f[1].equals("POS")) {
                text.append(' ');
            }
            int start = text.length();
            text.append(f[0]);
            list.add(new Token(i++, f[0], start, text.length(), f[1], f.length > 2 ? f[2] : f[0].toLowerCase(), "O"));
        }
        List<Dependency> edges = new ArrayList<>();
        for (String e : deps.split(",")) {
            String[] f = e.trim().split(" +");
            edges.add(new Dependency(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2])));
        }
        sentences.add(new Sentence(sentences.size(), list.get(0).start(), list.get(list.size() - 1).end(), list, edges, true));
        return this;
    }

    /** An actor named by every occurrence of each of {@code forms} in the whole text (sentences added later too). */
    ParsedArticle actor(String id, String name, ActorKind kind, String country, String... forms) {
        actors.add(new Actor(id, name, kind, country, null, country, null, List.of()));
        actorForms.add(forms);
        return this;
    }

    ParsedArticle time(String words, String value) {
        TextSpan s = spans(words).get(0);
        times.add(new TimeRef(words, value, s.start(), s.end()));
        return this;
    }

    ParsedArticle place(String id, String words) {
        places.add(new Place(id, words, null, 50.0, 36.2, null, "city", spans(words)));
        return this;
    }

    private List<TextSpan> spans(String... forms) {
        List<TextSpan> out = new ArrayList<>();
        String t = text.toString();
        for (String form : forms) {
            for (int at = t.indexOf(form); at >= 0; at = t.indexOf(form, at + 1)) {
                out.add(TextSpan.of(t, at, at + form.length()));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    AnnotatedArticle article() {
        return new AnnotatedArticle(new Article("fixture", published, null, "test", null, text.toString()), sentences, List.of());
    }

    ActorIndex index() {
        List<Actor> located = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            Actor a = actors.get(i);
            located.add(new Actor(a.id(), a.name(), a.kind(), a.country(), a.sector(), a.code(), a.title(),
                    spans(actorForms.get(i))));
        }
        return new ActorIndex(located);
    }

    List<TimeRef> times() {
        return times;
    }

    List<Place> places() {
        return places;
    }

    /** The events the built-in extractor finds in this article, with its times and places. */
    List<Event> events() {
        return EXTRACTOR.extract(article(), index(), List.of(), times(), places());
    }
}
