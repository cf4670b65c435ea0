package org.parley.store;

import java.time.LocalDate;
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
import org.parley.extract.TextSpan;

/**
 * A seeded generator of plausible articles for round-trip and volume tests: two to four events each between
 * states and leaders of 12 countries, on days of 2025, some with places, every modality, and every tenth article
 * a republication of an earlier one by another outlet. Texts are built from random words, so that only the
 * republications are near-duplicates.
 */
final class SyntheticNews {

    private static final String[][] STATES = {{"USA", "United States"}, {"RUS", "Russia"}, {"UKR", "Ukraine"},
            {"CHN", "China"}, {"FRA", "France"}, {"DEU", "Germany"}, {"IRN", "Iran"}, {"ISR", "Israel"},
            {"TUR", "Turkey"}, {"IND", "India"}, {"BRA", "Brazil"}, {"ZAF", "South Africa"}};
    private static final String[][] CODES = {{"036", "CONSULT", "1", "4.0"}, {"042", "CONSULT", "1", "1.9"},
            {"0256", null, "1", "3.0"}, {"051", "SUPPORT", "1", "3.4"}, {"112", "ACCUSE", "3", "-2.0"},
            {"163", "SANCTION", "4", "-8.0"}, {"190", "ASSAULT", "4", "-10.0"}, {"061", "COOPERATE", "2", "6.4"}};
    private static final String[] OUTLETS = {"wire.example", "daily.example", "herald.example", "post.example",
            "times.example", "gazette.example"};
    private static final String[] WORDS = ("government officials said talks week ministry statement border forces "
            + "agreement trade security leaders meeting capital region aid sanctions troops protest court "
            + "election economy energy summit delegation envoy report crisis negotiations ceasefire minister "
            + "parliament opposition deal investment").split(" ");

    private SyntheticNews() {
    }

    static List<ExtractedArticle> articles(int n, long seed) {
        Random random = new Random(seed);
        List<ExtractedArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String id = "syn-" + i;
            String outlet = OUTLETS[i % OUTLETS.length];
            if (i % 10 == 9) {
                ExtractedArticle original = out.get(random.nextInt(out.size()));
                Article a = original.article();
                out.add(new ExtractedArticle(new Article(id, a.published(), a.title(), outlet,
                        "https://" + outlet + "/" + id, a.text()), new Extraction(id, a.published(),
                        original.extraction().actors(), original.extraction().quotes(),
                        original.extraction().events(), original.extraction().times(),
                        original.extraction().places())));
                continue;
            }
            out.add(article(random, id, outlet));
        }
        return out;
    }

    private static ExtractedArticle article(Random random, String id, String outlet) {
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(120));
        StringBuilder text = new StringBuilder();
        List<Actor> actors = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Place> places = new ArrayList<>();
        int eventCount = 2 + random.nextInt(3);
        for (int k = 0; k < eventCount; k++) {
            filler(random, text, 12 + random.nextInt(20));
            String[] s = STATES[random.nextInt(STATES.length)];
            String[] t = STATES[random.nextInt(STATES.length)];
            if (s == t) {
                t = STATES[(java.util.Arrays.asList(STATES).indexOf(s) + 1) % STATES.length];
            }
            String[] code = CODES[random.nextInt(CODES.length)];
            int start = text.length();
            text.append(s[1]).append(" acted towards ").append(t[1]).append(". ");
            String sentence = text.substring(start, text.length() - 1);
            String sid = actorId(actors, s, text, start);
            String tid = actorId(actors, t, text, start + s[1].length() + " acted towards ".length());
            String placeId = null;
            if (random.nextInt(3) == 0) {
                placeId = "p" + (places.size() + 1);
                places.add(new Place(placeId, s[1] + " City", iso2(s[0]), -60 + random.nextInt(120),
                        -170 + random.nextInt(340), 1000L + random.nextInt(50), "city", List.of()));
            }
            Modality modality = random.nextInt(4) == 0
                    ? Modality.values()[1 + random.nextInt(Modality.values().length - 1)] : Modality.ASSERTED;
            String date = random.nextInt(5) == 0 ? day.toString().substring(0, 7) : day.toString();
            events.add(new Event("e" + (k + 1), sid, tid, code[0], code[1], Integer.parseInt(code[2]),
                    Double.parseDouble(code[3]), date, placeId, modality, 0.5 + random.nextInt(50) / 100.0,
                    new TextSpan(start, start + sentence.length(), sentence), List.of()));
        }
        filler(random, text, 10);
        String body = text.toString();
        Article article = new Article(id, day.toString(), "Synthetic " + id, outlet, "https://" + outlet + "/" + id,
                body);
        return new ExtractedArticle(article, new Extraction(id, day.toString(), actors, List.of(), events, List.of(),
                places), body.split(" ").length);
    }

    private static String actorId(List<Actor> actors, String[] state, StringBuilder text, int at) {
        for (Actor a : actors) {
            if (a.country().equals(state[0])) {
                return a.id();
            }
        }
        String id = "a" + (actors.size() + 1);
        actors.add(new Actor(id, state[1], ActorKind.COUNTRY, state[0], "GOV", state[0] + "GOV", null,
                List.of(new TextSpan(at, at + state[1].length(), text.substring(at, at + state[1].length())))));
        return id;
    }

    private static void filler(Random random, StringBuilder text, int words) {
        for (int w = 0; w < words; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(100)).append(' ');
        }
        text.setCharAt(text.length() - 1, '.');
        text.append(' ');
    }

    /** The ISO alpha-2 code of an alpha-3 code, as the places stage stores a place's country. */
    private static String iso2(String iso3) {
        for (String iso2 : java.util.Locale.getISOCountries()) {
            if (new java.util.Locale("", iso2).getISO3Country().equals(iso3)) {
                return iso2;
            }
        }
        throw new IllegalArgumentException("no ISO alpha-2 code for " + iso3);
    }
}
