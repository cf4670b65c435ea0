package org.parley.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parley.annotate.Dependency;
import org.parley.extract.Magnitude;
import org.parley.extract.Magnitude.Kind;

/**
 * Finds the counts a sentence states about people killed, injured, arrested or taking part (PLOVER's magnitudes):
 * "killing at least 156 people", "wounding 30", "arresting 12", "thousands of protesters", "the death toll rose to
 * 200", "two soldiers were killed".
 *
 * <p>A count is a number in digits ("1,200", "5.1 million", "a 30,000-strong force") or words ("two", "twenty-five",
 * "a dozen"); vague plurals ("dozens", "hundreds", "tens of thousands") count as the least they can mean (24, 200,
 * 20,000) and are marked approximate. What it counts comes from the word it quantifies and that word's place in the
 * parse: the object or passive subject of a verb of killing, wounding or arresting, the subject of "die", a noun
 * such as "dead" or "injured", a death toll; else, for crowd and force nouns (protesters, students, troops), the size.
 *
 * <p>Stateless; thread-safe.
 */
final class MagnitudeFinder {

    /**
     * A stated count and the word it hangs on (the counted noun, or the number standing for people); its kind is
     * null when the words alone do not say what it counts ("100 ethnic Albanians"), which the event it belongs to may.
     */
    record Found(Kind kind, long count, boolean approximate, String text, int word) {

        Magnitude as(Kind k) {
            return new Magnitude(k, count, approximate, text);
        }
    }

    private static final Set<String> KILLING = Set.of("kill", "slay", "murder", "massacre", "execute", "behead",
            "slaughter", "assassinate");
    private static final Set<String> DYING = Set.of("die", "perish");
    private static final Set<String> WOUNDING = Set.of("wound", "injure", "hurt", "maim");
    private static final Set<String> ARRESTING = Set.of("arrest", "detain", "jail", "imprison", "apprehend",
            "incarcerate");
    /** Nouns and adjectives that are themselves the counted dead ("12 dead", "200 deaths"). */
    private static final Set<String> DEAD_NOUNS = Set.of("dead", "death", "fatality", "body", "corpse", "killed");
    private static final Set<String> INJURED_NOUNS = Set.of("injured", "wounded", "injury", "wound");
    private static final Set<String> ARRESTED_NOUNS = Set.of("arrest", "detainee", "detention", "arrested");
    /** People who make up a crowd or a force: their count is its size. */
    private static final Set<String> CROWD = Set.of("protester", "protestor", "demonstrator", "marcher", "rioter",
            "striker", "people", "person", "student", "worker", "supporter", "activist", "farmer", "teacher",
            "troop", "soldier", "policeman", "police", "officer", "fighter", "militant", "militiaman", "rebel",
            "guerrilla", "personnel", "peacekeeper", "reservist", "sailor", "marine", "paratrooper", "volunteer",
            "follower", "member", "man", "woman", "youth", "mourner", "crowd", "civilian", "resident");
    /** Words that loosen a number ("about 200", "at least 12", "more than 30", "some 500"). */
    private static final Set<String> HEDGES = Set.of("about", "around", "some", "nearly", "almost", "roughly",
            "approximately", "least", "than", "over", "estimated", "approx.", "upwards", "at", "more", "as", "many");

    private static final Map<String, Long> UNITS = Map.ofEntries(Map.entry("zero", 0L), Map.entry("one", 1L),
            Map.entry("two", 2L), Map.entry("three", 3L), Map.entry("four", 4L), Map.entry("five", 5L),
            Map.entry("six", 6L), Map.entry("seven", 7L), Map.entry("eight", 8L), Map.entry("nine", 9L),
            Map.entry("ten", 10L), Map.entry("eleven", 11L), Map.entry("twelve", 12L), Map.entry("thirteen", 13L),
            Map.entry("fourteen", 14L), Map.entry("fifteen", 15L), Map.entry("sixteen", 16L),
            Map.entry("seventeen", 17L), Map.entry("eighteen", 18L), Map.entry("nineteen", 19L),
            Map.entry("twenty", 20L), Map.entry("thirty", 30L), Map.entry("forty", 40L), Map.entry("fifty", 50L),
            Map.entry("sixty", 60L), Map.entry("seventy", 70L), Map.entry("eighty", 80L), Map.entry("ninety", 90L),
            Map.entry("dozen", 12L));
    private static final Map<String, Long> SCALES = Map.of("hundred", 100L, "thousand", 1_000L,
            "million", 1_000_000L, "billion", 1_000_000_000L);
    /** Vague plurals, as the least they can mean: "dozens" are at least two dozen. */
    private static final Map<String, Long> VAGUE = Map.of("dozens", 24L, "scores", 40L, "tens", 20L,
            "hundreds", 200L, "thousands", 2_000L, "millions", 2_000_000L);

    /** Every count the sentence states about people, with what it counts. */
    List<Found> find(SentenceGraph g, String articleText) {
        List<Found> out = new ArrayList<>();
        boolean[] used = new boolean[g.size()];
        for (int i = 0; i < g.size(); i++) {
            if (used[i]) {
                continue;
            }
            Count c = count(g, i);
            if (c == null) {
                continue;
            }
            for (int k = c.first(); k <= c.last(); k++) {
                used[k] = true;
            }
            int counted = counted(g, c);
            Kind kind = kind(g, counted, c);
            if (kind == null && !g.token(counted).posStartsWith("NNS") && !g.token(counted).posStartsWith("NNP")) {
                continue;  // "on June 30", "a 5 percent rise": no count of people
            }
            int start = c.first();
            while (start > 0 && start > c.first() - 3 && HEDGES.contains(g.word(start - 1).toLowerCase(Locale.ROOT))) {
                start--;
            }
            if (start == c.first() && start >= 2 && g.word(start - 1).equalsIgnoreCase("to")
                    && g.word(start - 2).equalsIgnoreCase("up")) {
                start -= 2;  // "up to 100"
            }
            boolean approximate = c.vague() || start < c.first();
            String text = articleText.substring(g.token(start).start(), g.token(c.last()).end());
            out.add(new Found(kind, c.value(), approximate, text, counted));
        }
        return out;
    }

    /** A number in the text: tokens first..last, its value, whether it is vague. */
    private record Count(int first, int last, long value, boolean vague) {
    }

    /** The number expression starting at token i ("5.1 million", "twenty-five", "tens of thousands"), or null. */
    private static Count count(SentenceGraph g, int i) {
        String w = g.word(i).toLowerCase(Locale.ROOT);
        Long vague = VAGUE.get(w);
        if (vague != null) {
            // "tens of thousands", "hundreds of thousands": the second vague word scales the first
            if (i + 2 < g.size() && g.word(i + 1).equalsIgnoreCase("of")) {
                Long next = VAGUE.get(g.word(i + 2).toLowerCase(Locale.ROOT));
                if (next != null && next >= 1_000) {
                    return new Count(i, i + 2, vague * next / 2, true);
                }
            }
            return new Count(i, i, vague, true);
        }
        Double first = numberWord(w);
        if (first == null || !(g.token(i).posStartsWith("CD") || UNITS.containsKey(w) || w.equals("dozen")
                || Character.isDigit(w.charAt(0)))) {
            return null;
        }
        double value = first;
        int last = i;
        while (last + 1 < g.size()) {
            String next = g.word(last + 1).toLowerCase(Locale.ROOT);
            Long scale = SCALES.get(next);
            if (scale == null) {
                break;
            }
            value *= scale;
            last++;
        }
        return new Count(i, last, Math.round(value), false);
    }

    /** The value of one number word or numeral ("12", "1,200", "5.1", "two", "twenty-five", "30,000-strong"). */
    static Double numberWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            int end = 0;
            while (end < w.length() && (Character.isDigit(w.charAt(end)) || w.charAt(end) == ','
                    || w.charAt(end) == '.' && end + 1 < w.length() && Character.isDigit(w.charAt(end + 1)))) {
                end++;
            }
            if (end < w.length() && w.charAt(end) != '-') {
                return null;  // "1990s", "3rd", "5km": not a count of people
            }
            try {
                return Double.parseDouble(w.substring(0, end).replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        Long unit = UNITS.get(w);
        if (unit != null) {
            return unit.doubleValue();
        }
        int dash = w.indexOf('-');
        if (dash > 0) {
            Long tens = UNITS.get(w.substring(0, dash));
            Long ones = UNITS.get(w.substring(dash + 1));
            if (tens != null && ones != null && tens >= 20 && tens % 10 == 0 && ones < 10) {
                return (double) (tens + ones);
            }
        }
        Long scale = SCALES.get(w);
        return scale == null ? null : scale.doubleValue();
    }

    /**
     * The word the count quantifies: the noun it is a numeric modifier of ("12 people"), the noun a vague plural
     * governs ("thousands of protesters"); else the number itself, standing for people ("arresting 12").
     */
    private static int counted(SentenceGraph g, Count c) {
        if (c.vague()) {
            for (int k = c.last(); k >= c.first(); k--) {
                for (int x : g.children(k, "nmod:of")) {
                    if (x > c.last()) {
                        return x;
                    }
                }
            }
            return c.first();
        }
        for (int k = c.first(); k <= c.last(); k++) {
            for (Dependency h : g.heads(k)) {
                if (h.relation().equals("nummod") && h.governor() > c.last()) {
                    return h.governor();
                }
            }
        }
        return c.last();
    }

    /** What a counted word counts, from itself and its place in the parse; null when it is no count of people. */
    private static Kind kind(SentenceGraph g, int counted, Count c) {
        String lemma = g.lemma(counted).toLowerCase(Locale.ROOT);
        if (DEAD_NOUNS.contains(lemma)) {
            return Kind.DEAD;
        }
        if (INJURED_NOUNS.contains(lemma)) {
            return Kind.INJURED;
        }
        if (ARRESTED_NOUNS.contains(lemma)) {
            return Kind.ARRESTED;
        }
        // "12 people killed", "two soldiers wounded": a participle on the counted noun
        for (int p : g.children(counted, "acl", "amod")) {
            Kind k = verbKind(g.lemma(p).toLowerCase(Locale.ROOT), "nsubj:pass");
            if (k != null) {
                return k;
            }
        }
        // "arrested dozens of protesters": the verb takes the vague word, not the noun after it
        Dependency head = g.mainHead(counted);
        if (c.vague() && head != null && head.relation().equals("nmod:of") && head.governor() <= c.last()) {
            head = g.mainHead(c.first());
        }
        if (head != null) {
            String verb = g.lemma(head.governor()).toLowerCase(Locale.ROOT);
            String rel = head.relation();
            Kind k = verbKind(verb, rel);
            if (k != null) {
                return k;
            }
            // "the death toll rose to 200", "a toll of 200"
            if (g.lemma(head.governor()).equalsIgnoreCase("toll")
                    || (rel.startsWith("obl") || rel.startsWith("nmod")) && g.children(head.governor(), "nsubj").stream()
                    .anyMatch(s -> g.lemma(s).equalsIgnoreCase("toll"))) {
                return Kind.DEAD;
            }
        }
        return CROWD.contains(lemma) ? Kind.SIZE : null;
    }

    private static Kind verbKind(String verb, String relation) {
        boolean undergoer = relation.equals("obj") || relation.equals("nsubj:pass");
        if (KILLING.contains(verb) && undergoer || DYING.contains(verb) && relation.equals("nsubj")) {
            return Kind.DEAD;
        }
        if (WOUNDING.contains(verb) && undergoer) {
            return Kind.INJURED;
        }
        if (ARRESTING.contains(verb) && undergoer) {
            return Kind.ARRESTED;
        }
        return null;
    }
}
