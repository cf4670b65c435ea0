package org.parley.extract.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.Token;
import org.parley.extract.Place;
import org.parley.extract.TextSpan;

/**
 * Finds the places an article names and puts them on the map: one {@link Place} per distinct
 * location, with every mention of it.
 *
 * <p>Finding: runs of capitalised tokens (with connectors such as "of", "de", "al") that the
 * gazetteer knows, longest first. NER is a hint, not a gate: CoreNLP misses "Kyiv" and splits
 * "St. Petersburg". A match tagged LOCATION is taken; one inside a longer PERSON, ORGANIZATION or
 * MISC name ("Moscow City Council", "Paris Agreement") is not, nor one tagged DATE, TITLE,
 * NATIONALITY and the like; an untagged one needs strong evidence: a country or region, a city
 * of 100,000 or more, a locative preposition before it ("in", "near", "from"), or a containing
 * place after it ("Paris, Texas").
 *
 * <p>Resolving (once per distinct name in the article): countries and regions win their own
 * names; otherwise a prior from population, capital status and whether the name is the place's
 * own or only an alternate; plus context: the countries the article names or places its other
 * toponyms in, a containing place after a comma, an administrative word next to it ("Washington
 * state"). A region whose largest place bears its name yields to that place ("New York").
 *
 * <p>Thread-safe: share one instance; {@link #extract} keeps its state on the stack. The only
 * mutable state is the running totals {@link #stats()} reports, kept in {@link LongAdder}s.
 */
public final class PlaceExtractor {

    private static final int MAX_NAME_TOKENS = 6;
    private static final int MIN_BIG_CITY = 100_000;
    /**
     * A city that bears a name as its own and has this many people makes the name's use as another
     * place's alternate doubtful: "Salisbury" (England, 40,000) is not Harare's colonial name.
     */
    private static final long MIN_RIVAL_OWNER = 10_000;
    private static final long MIN_TRUSTED_ALTERNATE = 1_000_000;
    private static final double UNKNOWN_REGION_POPULATION = 1_000_000;

    private static final double COUNTRY_BONUS = 6.0;
    private static final double REGION_PENALTY = -0.6;
    private static final double CAPITAL_BONUS = 1.5;
    private static final double OWN_NAME_BONUS = 1.5;
    private static final double ALTERNATE_NAME_PENALTY = -1.5;
    private static final double NAMESAKE_REGION_PENALTY = -4.0;
    /**
     * Times the share of the article's other toponyms in a candidate's country: when half of them
     * lie there, a factor of ten in population (log10); a big city abroad does not lose to a small
     * namesake because the article also mentions the namesake's country.
     */
    private static final double CONTEXT_BONUS = 2.0;
    /**
     * For a candidate in the first-level region of another toponym: less than a factor of ten in
     * population (log10), since a state named elsewhere in the article ("Columbus, Ohio") says
     * little about which "Louisville" a sports report means; a container right after the name
     * ("Louisville, Ohio") is the strong evidence.
     */
    private static final double REGION_CONTEXT_BONUS = 0.6;
    /**
     * For a candidate inside a first-level region the article names itself ("Riverdale" in a report
     * that names New Jersey): stronger than the region of another town, which is itself only a guess
     * ("Morris" County read as Morris, Illinois must not pull "Riverdale" to Illinois), but still
     * less than a factor of 20 in population: "Louisville" in a sports report naming Ohio is Kentucky's.
     */
    private static final double NAMED_REGION_BONUS = 1.2;
    /**
     * For the region reading of a name listed with a region ("California or Washington", "Texas and
     * New York"): items of a list are things of one kind.
     */
    private static final double LISTED_REGION_BONUS = 3.0;
    private static final double CONTAINMENT_BONUS = 6.0;
    private static final double ADMIN_WORD_BONUS = 5.0;

    /** Words that join the items of a list of names. */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "&");
    private static final Set<String> LOCATION_TAGS = Set.of("LOCATION", "LOC", "GPE", "COUNTRY", "CITY", "STATE_OR_PROVINCE");
    private static final Set<String> NAME_TAGS = Set.of("PERSON", "PER", "ORGANIZATION", "ORG", "MISC");
    /** Lower-case words that occur inside place names ("Bosnia and Herzegovina", "Rio de Janeiro"). */
    private static final Set<String> CONNECTORS = Set.of("of", "de", "del", "della", "di", "da", "do", "dos", "das",
            "du", "des", "la", "le", "les", "el", "al", "the", "and", "upon", "on", "en", "sur", "am", "im", "an",
            "der", "y", "-", "'", "d'", "'s");
    /** Words before a place name that make an unknown-tag match a place ("in Kyiv", "near Aleppo"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "from", "near", "to", "into", "onto", "outside",
            "across", "around", "toward", "towards", "via", "through", "throughout", "inside", "within", "between",
            "visited", "visiting", "entered", "reached");
    /** Locatives that put only places after them. */
    private static final Set<String> STRONG_LOCATIVES = Set.of("in", "near", "outside", "inside", "across", "around",
            "throughout", "within", "between");
    /** Words that, next to a name, say it names an administrative unit ("Washington state"). */
    private static final Set<String> ADMIN_WORDS = Set.of("state", "province", "region", "oblast", "governorate",
            "prefecture", "county", "district", "territory");
    /**
     * Words that are the whole name of some place or region in the data but, alone, are ordinary
     * English or a title ("Eastern" Province, Ghana; "Central" Region, ...): never a place on their
     * own. English words that are also towns ("Reading", "Nice") are left to the tags and the
     * part-of-speech check instead, since "Bath" tagged LOCATION is the city.
     */
    private static final Set<String> GENERIC_WORDS = Set.of("north", "south", "east", "west", "northern", "southern",
            "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
            "greater", "inner", "outer", "capital", "coast", "city", "state", "province", "region", "district",
            "county", "island", "islands", "valley", "lake", "river", "mount", "saint", "san", "santa", "new", "old",
            "great", "little", "union", "republic", "federal", "national", "metro", "centre", "center", "border",
            "president", "mayor", "governor", "minister", "general", "colonel");

    /**
     * Words that end the name of a street, building or facility ("Royal Street", "Dulles
     * International Airport", "Washington Township"): a known place name right before one is part of a
     * longer name the gazetteer does not hold, so it is not taken ("Street" is also a town in England).
     */
    private static final Set<String> FACILITY_WORDS = Set.of("street", "st.", "avenue", "ave.", "road", "rd.",
            "boulevard", "blvd.", "square", "lane", "drive", "canal", "plantation", "park", "bridge", "church",
            "cathedral", "basilica", "mosque", "temple", "hotel", "airport", "station", "hospital", "university",
            "college", "school", "academy", "estate", "township", "mall", "stadium", "arena",
            "museum", "palace", "tower", "building", "hall", "metro", "club", "inn", "highway", "freeway", "village",
            "center", "centre", "quarter", "elementary", "plaza", "market", "memorial", "prison", "library", "gardens",
            "court", "courthouse", "capitol", "terrace", "heights", "pier", "wharf", "harbor", "harbour", "dam");

    private final Gazetteer gazetteer;
    private final LongAdder articlesDone = new LongAdder();
    private final LongAdder toponymsDone = new LongAdder();
    private final LongAdder nanosSpent = new LongAdder();

    /**
     * Running totals of this extractor since it was made, for benchmarks: articles, toponym
     * mentions placed, and the wall-clock time {@link #extract} took (finding and resolving).
     */
    public record Stats(long articles, long toponyms, long nanos) {

        /** Toponym mentions placed per second of extraction time; 0 before any time was spent. */
        public double toponymsPerSecond() {
            return nanos == 0 ? 0 : toponyms * 1e9 / nanos;
        }
    }

    /** The totals so far (a snapshot; counters of concurrent calls may be mid-update). */
    public Stats stats() {
        return new Stats(articlesDone.sum(), toponymsDone.sum(), nanosSpent.sum());
    }

    public PlaceExtractor(Gazetteer gazetteer) {
        if (gazetteer == null) {
            throw new IllegalArgumentException("gazetteer is null");
        }
        this.gazetteer = gazetteer;
    }

    /** The places {@code article} names, in order of first mention, with ids p1, p2, ... */
    public List<Place> extract(AnnotatedArticle article) {
        long started = System.nanoTime();
        String text = article.text();
        List<Toponym> toponyms = new ArrayList<>();
        List<Toponym> doubtful = new ArrayList<>();
        Map<String, double[]> priors = new HashMap<>(); // per name key: the prior of each candidate
        for (Sentence s : article.sentences()) {
            findToponyms(text, s, toponyms, doubtful, priors);
        }
        promoteDoubtful(article, toponyms, doubtful);
        Map<GazetteerEntry, List<TextSpan>> mentions = resolve(text, toponyms);
        List<Place> places = new ArrayList<>(mentions.size());
        int n = 0;
        for (Map.Entry<GazetteerEntry, List<TextSpan>> m : mentions.entrySet()) {
            GazetteerEntry e = m.getKey();
            List<TextSpan> spans = new ArrayList<>(m.getValue());
            spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
            places.add(new Place("p" + (++n), e.name(), e.country(), e.lat(), e.lon(), e.geonameid(),
                    e.kind().precision(), spans));
        }
        nanosSpent.add(System.nanoTime() - started);
        toponymsDone.add(toponyms.size());
        articlesDone.increment();
        return List.copyOf(places);
    }

    /**
     * The place with a mention overlapping characters [{@code start}, {@code end}) of the text (the
     * largest overlap wins; the first such place on a tie), e.g. for an event's "in St. Petersburg".
     */
    public static Optional<Place> placeCovering(List<Place> places, int start, int end) {
        Place best = null;
        int bestOverlap = 0;
        for (Place p : places) {
            for (TextSpan m : p.mentions()) {
                int overlap = Math.min(m.end(), end) - Math.max(m.start(), start);
                if (overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * One name found in the text, with the places it can name and their priors (same order; an
     * array shared by every mention of the name and never written after it is made).
     */
    private record Toponym(Sentence sentence, int first, int last, int start, int end, String key,
                           List<GazetteerEntry> candidates, double[] priors) {
    }

    /** Whether a name found in the text is a place mention. */
    private enum Verdict {
        /** A place: tagged as one, or with evidence enough. */
        PLACE,
        /**
         * Maybe a place: NER took it for a person or an organisation by itself ("Douma's fall"), or
         * left it untagged without evidence around it; settled by the rest of the article.
         */
        DOUBTFUL,
        /** Not a place here: part of a longer name, a date, not a proper noun. */
        NOT_PLACE
    }

    /**
     * Adds the place names of sentence {@code s} to {@code out}, longest first, and to
     * {@code doubtful} the names that are maybe places, where no place was found at that position.
     */
    private void findToponyms(String text, Sentence s, List<Toponym> out, List<Toponym> doubtful,
                              Map<String, double[]> priors) {
        List<Token> tokens = s.tokens();
        int i = 0;
        while (i < tokens.size()) {
            Toponym found = null;
            Toponym maybe = null;
            // never start at "The": the name after it has the same key and is the mention ("The U.S.")
            if (isCapitalised(tokens.get(i)) && !tokens.get(i).word().equals("The")
                    && gazetteer.mayStartName(tokens.get(i).word())) {
                for (int len = Math.min(MAX_NAME_TOKENS, tokens.size() - i); len >= 1 && found == null; len--) {
                    Toponym t = candidate(text, s, i, i + len - 1, priors);
                    if (t == null) {
                        continue;
                    }
                    Verdict v = verdict(text, t);
                    if (v == Verdict.PLACE) {
                        found = t;
                    } else if (v == Verdict.DOUBTFUL && maybe == null) {
                        maybe = t;
                    }
                }
            }
            if (found != null) {
                out.add(found);
                i = found.last() + 1;
            } else {
                if (maybe != null) {
                    doubtful.add(maybe);
                }
                i++;
            }
        }
    }

    /**
     * Moves to {@code toponyms} the doubtful names the article settles as places (one sense per
     * discourse): a name that is a place elsewhere in the article ("the city of Douma" makes
     * "Douma's fall" a place), or one listed with places ("in Zilina, Nitra, Presov and Kosice").
     * Not a name some person in the article bears ("George Washington ... Washington said"), nor one
     * overlapping a place already found.
     */
    private static void promoteDoubtful(AnnotatedArticle article, List<Toponym> toponyms, List<Toponym> doubtful) {
        if (doubtful.isEmpty() || toponyms.isEmpty()) {
            return;
        }
        Set<String> personNames = personNameKeys(article);
        Set<String> placeKeys = new java.util.HashSet<>();
        for (Toponym t : toponyms) {
            placeKeys.add(t.key());
        }
        List<Toponym> open = new ArrayList<>();
        for (Toponym d : doubtful) {
            if (!personNames.contains(d.key())) {
                open.add(d);
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (java.util.Iterator<Toponym> it = open.iterator(); it.hasNext(); ) {
                Toponym d = it.next();
                if (overlapsAny(d, toponyms)) {
                    it.remove();
                } else if (placeKeys.contains(d.key()) || listedWithPlace(d, toponyms)) {
                    toponyms.add(d);
                    placeKeys.add(d.key());
                    it.remove();
                    changed = true;
                }
            }
        }
        toponyms.sort(java.util.Comparator.comparingInt(Toponym::start));
    }

    /** Name keys that persons in the article bear: every multi-word PERSON name and its last word. */
    private static Set<String> personNameKeys(AnnotatedArticle article) {
        Set<String> keys = new java.util.HashSet<>();
        for (Sentence s : article.sentences()) {
            List<Token> tokens = s.tokens();
            int k = 0;
            while (k < tokens.size()) {
                if (!isPersonTag(tokens.get(k).ner())) {
                    k++;
                    continue;
                }
                int end = k;
                while (end + 1 < tokens.size() && isPersonTag(tokens.get(end + 1).ner())) {
                    end++;
                }
                if (end > k) {
                    keys.add(PlaceNameKey.of(article.text().substring(tokens.get(k).start(), tokens.get(end).end())));
                    keys.add(PlaceNameKey.of(tokens.get(end).word()));
                }
                k = end + 1;
            }
        }
        return keys;
    }

    private static boolean isPersonTag(String tag) {
        return "PERSON".equals(tag) || "PER".equals(tag);
    }

    private static boolean overlapsAny(Toponym d, List<Toponym> toponyms) {
        for (Toponym t : toponyms) {
            if (t.start() < d.end() && d.start() < t.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code d} and a place are next to each other in a list: "X, Y", "X and Y", "X or Y". */
    private static boolean listedWithPlace(Toponym d, List<Toponym> toponyms) {
        List<Token> tokens = d.sentence().tokens();
        for (Toponym t : toponyms) {
            if (t.sentence() != d.sentence()) {
                continue;
            }
            int gap = t.first() > d.last() ? d.last() + 1 : t.last() + 1;
            boolean adjacent = t.first() == d.last() + 2 || d.first() == t.last() + 2;
            if (adjacent && LIST_JOINERS.contains(tokens.get(gap).word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    /** The toponym tokens [first, last] form, or null when they are not a name the gazetteer knows. */
    private Toponym candidate(String text, Sentence s, int first, int last, Map<String, double[]> priors) {
        List<Token> tokens = s.tokens();
        if (!isCapitalised(tokens.get(last))) {
            return null;
        }
        for (int k = first + 1; k < last; k++) {
            Token t = tokens.get(k);
            if (!isCapitalised(t) && !CONNECTORS.contains(t.word().toLowerCase())) {
                return null;
            }
        }
        int start = tokens.get(first).start();
        int end = tokens.get(last).end();
        if (end > text.length()) {
            return null;
        }
        String name = text.substring(start, end);
        if (allGeneric(tokens, first, last) || beforeFacilityWord(tokens, last)) {
            return null;
        }
        List<GazetteerEntry> candidates = gazetteer.lookup(name);
        String key = PlaceNameKey.of(name);
        if (candidates.isEmpty() && PlaceNameKey.isAbbreviation(name) && name.indexOf('.') < 0 && name.length() >= 4
                && taggedLocation(tokens, first, last)) {
            // a word in capitals that NER calls a place is a name in capitals, as datelines write
            // them ("CAIRO -"), not an abbreviation
            key = PlaceNameKey.of(name.toLowerCase(java.util.Locale.ROOT));
            candidates = gazetteer.lookup(key);
        }
        if (candidates.isEmpty()) {
            return null;
        }
        if (FACILITY_WORDS.contains(tokens.get(last).word().toLowerCase())
                && candidates.stream().noneMatch(c -> gazetteer.isPrimaryName(c, name))) {
            return null; // "Washington Square" as an alternate name of some town
        }
        List<GazetteerEntry> found = candidates;
        String k = key;
        double[] p = priors.computeIfAbsent(key, x -> {
            double[] out = new double[found.size()];
            for (int c = 0; c < out.length; c++) {
                out[c] = prior(found.get(c), k, found);
            }
            return out;
        });
        return new Toponym(s, first, last, start, end, key, candidates, p);
    }

    private static boolean taggedLocation(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            if (!LOCATION_TAGS.contains(tokens.get(k).ner())) {
                return false;
            }
        }
        return true;
    }

    /** Whether tokens [first, last] are all ordinary words ("West Coast", "Central", "Street"). */
    private static boolean allGeneric(List<Token> tokens, int first, int last) {
        for (int k = first; k <= last; k++) {
            String w = tokens.get(k).word().toLowerCase();
            if (!GENERIC_WORDS.contains(w) && !CONNECTORS.contains(w) && (first != last || !FACILITY_WORDS.contains(w))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the token after {@code last} (or after a following "'s") is a capitalised facility word. */
    private static boolean beforeFacilityWord(List<Token> tokens, int last) {
        int next = last + 1;
        if (next < tokens.size() && tokens.get(next).word().equals("'s")) {
            next++;
        }
        return next < tokens.size() && isCapitalised(tokens.get(next))
                && FACILITY_WORDS.contains(tokens.get(next).word().toLowerCase());
    }

    private Verdict verdict(String text, Toponym t) {
        List<Token> tokens = t.sentence().tokens();
        String written = text.substring(t.start(), t.end());
        if (written.endsWith(".") && !PlaceNameKey.isAbbreviation(written)
                && (t.first() == 0 || !tokens.get(t.first() - 1).word().equals(","))) {
            return Verdict.NOT_PLACE; // "Fla.", "Ill." name a state only after a town: "Parkland, Fla."
        }
        boolean located = false;
        boolean doubtful = false;
        for (int k = t.first(); k <= t.last(); k++) {
            String tag = tokens.get(k).ner();
            if (tag == null || tag.equals("O")) {
                continue;
            }
            if (LOCATION_TAGS.contains(tag)) {
                located = true;
            } else if (NAME_TAGS.contains(tag)) {
                Verdict v = nameTagVerdict(text, t, tag);
                if (v == Verdict.NOT_PLACE) {
                    return v;
                }
                doubtful |= v == Verdict.DOUBTFUL;
            } else {
                return Verdict.NOT_PLACE; // DATE ("May"), TITLE ("President"), NATIONALITY, NUMBER ...
            }
        }
        if (located) {
            return Verdict.PLACE;
        }
        if (doubtful) {
            return Verdict.DOUBTFUL;
        }
        GazetteerEntry top = best(t, Map.of());
        String name = text.substring(t.start(), t.end());
        if (PlaceNameKey.isAbbreviation(name)) {
            return top.kind() == PlaceKind.COUNTRY ? Verdict.PLACE : Verdict.NOT_PLACE; // "U.S." yes; "AP", "WA" no
        }
        for (int k = t.first(); k <= t.last(); k++) {
            Token tok = tokens.get(k);
            // words in capitals ("CHECK YOUR TICKETS NEW JERSEY") get no reliable part of speech
            if (tok.pos() != null && !tok.posStartsWith("NNP") && !CONNECTORS.contains(tok.word().toLowerCase())
                    && !inCapitals(tok.word())) {
                return Verdict.NOT_PLACE; // "Police said", "Nice weather": capitalised but not a proper noun
            }
        }
        if (top.kind() == PlaceKind.COUNTRY || top.kind() == PlaceKind.REGION || top.kind() == PlaceKind.LANDMARK) {
            return Verdict.PLACE;
        }
        if (t.first() > 0 && LOCATIVES.contains(tokens.get(t.first() - 1).word().toLowerCase())) {
            return Verdict.PLACE;
        }
        if (containerAfter(text, t) != null) {
            return Verdict.PLACE;
        }
        boolean continues = t.last() + 1 < tokens.size() && isCapitalised(tokens.get(t.last() + 1))
                && tokens.get(t.last() + 1).posStartsWith("NNP");
        if (continues) {
            return Verdict.NOT_PLACE; // the start of a longer name the gazetteer does not hold
        }
        return top.population() >= MIN_BIG_CITY && (gazetteer.isPrimaryName(top, name)
                || top.population() >= MIN_TRUSTED_ALTERNATE) ? Verdict.PLACE : Verdict.DOUBTFUL;
    }

    /**
     * A PERSON/ORGANIZATION/MISC tag allows a place only when the tagged name is exactly the place
     * name: an organisation that is just a place ("Russia" for its government), a country NER
     * took for a person ("Chad"), a town with its container after it ("Matias Romero, Oaxaca");
     * MISC is treated as no tag. Other names tagged exactly so are doubtful; a place name inside a
     * longer tagged name is none.
     */
    private Verdict nameTagVerdict(String text, Toponym t, String tag) {
        List<Token> tokens = t.sentence().tokens();
        int runStart = t.first();
        while (runStart > 0 && tag.equals(tokens.get(runStart - 1).ner())) {
            runStart--;
        }
        int runEnd = t.last();
        while (runEnd + 1 < tokens.size() && tag.equals(tokens.get(runEnd + 1).ner())) {
            runEnd++;
        }
        for (int k = t.first(); k <= t.last(); k++) {
            if (!tag.equals(tokens.get(k).ner())) {
                return Verdict.NOT_PLACE;
            }
        }
        if (runStart != t.first() || runEnd != t.last()) {
            return Verdict.NOT_PLACE;
        }
        GazetteerEntry top = best(t, Map.of());
        boolean allowed = switch (tag) {
            case "PERSON", "PER" -> top.kind() == PlaceKind.COUNTRY || containerAfter(text, t) != null
                    || afterStrongLocative(t);
            case "MISC" -> true;
            // an organisation named just like a place: a government ("Russia"), a club ("Liverpool")
            default -> top.kind() != PlaceKind.CITY || top.capital()
                    || (top.population() >= MIN_BIG_CITY && ownName(top, t.key())) || afterStrongLocative(t);
        };
        return allowed ? Verdict.PLACE : Verdict.DOUBTFUL;
    }

    /**
     * Whether the word before {@code t} puts something in a place ("in", "near", "around"): enough
     * to overrule a person or organisation tag on a name the gazetteer knows ("clashes in Afrin"),
     * unlike "to" or "from", which persons and organisations take as well.
     */
    private static boolean afterStrongLocative(Toponym t) {
        return t.first() > 0 && STRONG_LOCATIVES.contains(t.sentence().tokens().get(t.first() - 1).word().toLowerCase());
    }

    /** The place named right after ", " that contains one of {@code t}'s candidates ("Paris, Texas"). */
    private GazetteerEntry containerAfter(String text, Toponym t) {
        List<Token> tokens = t.sentence().tokens();
        int comma = t.last() + 1;
        if (comma + 1 >= tokens.size() || !tokens.get(comma).word().equals(",")) {
            return null;
        }
        for (int last = Math.min(tokens.size() - 1, comma + 3); last > comma; last--) {
            if (!isCapitalised(tokens.get(comma + 1)) || !isCapitalised(tokens.get(last))) {
                continue;
            }
            int end = tokens.get(last).end();
            if (end > text.length()) {
                continue;
            }
            for (GazetteerEntry container : gazetteer.lookup(text.substring(tokens.get(comma + 1).start(), end))) {
                if (container.kind() == PlaceKind.COUNTRY || container.kind() == PlaceKind.REGION) {
                    for (GazetteerEntry c : t.candidates()) {
                        if (container.contains(c)) {
                            return container;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** Places chosen for each toponym, merged by place, in order of first mention. */
    private Map<GazetteerEntry, List<TextSpan>> resolve(String text, List<Toponym> toponyms) {
        // per distinct name: evidence from every occurrence (containers after it, admin words next to it)
        Map<String, List<Toponym>> byKey = new LinkedHashMap<>();
        for (Toponym t : toponyms) {
            byKey.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(t);
        }
        Map<String, Map<GazetteerEntry, Double>> evidence = new HashMap<>();
        for (Toponym t : toponyms) {
            Map<GazetteerEntry, Double> bonus = evidence.computeIfAbsent(t.key(), k -> new HashMap<>());
            GazetteerEntry container = containerAfter(text, t);
            if (container != null) {
                for (GazetteerEntry c : t.candidates()) {
                    if (container.contains(c)) {
                        bonus.merge(c, CONTAINMENT_BONUS, Math::max);
                    }
                }
            }
            if (nextToAdminWord(t)) {
                for (GazetteerEntry c : t.candidates()) {
                    if (c.kind() == PlaceKind.REGION) {
                        bonus.merge(c, ADMIN_WORD_BONUS, Math::max);
                    }
                }
            }
        }
        // containers take their contained place's side too ("Athens, Georgia": the state)
        for (Toponym t : toponyms) {
            GazetteerEntry container = containerAfter(text, t);
            if (container != null) {
                for (Toponym u : toponyms) {
                    if (u.sentence() == t.sentence() && u.first() == t.last() + 2) {
                        evidence.computeIfAbsent(u.key(), k -> new HashMap<>()).merge(container, CONTAINMENT_BONUS, Math::max);
                    }
                }
            }
        }
        // country context, first pass: countries named, and countries of the other names' best places
        Map<String, GazetteerEntry> firstChoice = new HashMap<>();
        for (Map.Entry<String, List<Toponym>> k : byKey.entrySet()) {
            firstChoice.put(k.getKey(), best(k.getValue().get(0), evidence.getOrDefault(k.getKey(), Map.of())));
        }
        for (Toponym t : toponyms) {
            if (listedWithRegion(t, toponyms, firstChoice)) {
                Map<GazetteerEntry, Double> bonus = evidence.computeIfAbsent(t.key(), k -> new HashMap<>());
                for (GazetteerEntry c : t.candidates()) {
                    if (c.kind() == PlaceKind.REGION && c.country() != null) {
                        bonus.merge(c, LISTED_REGION_BONUS, Math::max);
                    }
                }
            }
        }
        Map<GazetteerEntry, List<TextSpan>> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Toponym>> k : byKey.entrySet()) {
            // the other names' countries, as shares (a country named counts double), and their regions
            Map<String, Double> countryWeight = new HashMap<>();
            Set<String> regionKeys = new java.util.HashSet<>();
            Set<String> namedRegionKeys = new java.util.HashSet<>();
            double total = 0;
            for (Map.Entry<String, GazetteerEntry> other : firstChoice.entrySet()) {
                GazetteerEntry e = other.getValue();
                if (other.getKey().equals(k.getKey()) || e.country() == null) {
                    continue;
                }
                double weight = e.kind() == PlaceKind.COUNTRY ? 2 : 1;
                countryWeight.merge(e.country(), weight, Double::sum);
                total += weight;
                if (e.admin1() != null && e.kind() == PlaceKind.REGION) {
                    namedRegionKeys.add(e.country() + "." + e.admin1());
                } else if (e.admin1() != null && e.kind() != PlaceKind.COUNTRY) {
                    regionKeys.add(e.country() + "." + e.admin1());
                }
            }
            Map<GazetteerEntry, Double> bonus = new HashMap<>(evidence.getOrDefault(k.getKey(), Map.of()));
            Toponym t = k.getValue().get(0);
            for (GazetteerEntry c : t.candidates()) {
                if (c.kind() == PlaceKind.COUNTRY || c.country() == null) {
                    continue;
                }
                double share = total == 0 ? 0 : countryWeight.getOrDefault(c.country(), 0.0) / total;
                double extra = CONTEXT_BONUS * share;
                if (c.admin1() != null && namedRegionKeys.contains(c.country() + "." + c.admin1())) {
                    extra += NAMED_REGION_BONUS;
                } else if (c.admin1() != null && regionKeys.contains(c.country() + "." + c.admin1())) {
                    extra += REGION_CONTEXT_BONUS;
                }
                if (extra > 0) {
                    bonus.merge(c, extra, Double::sum);
                }
            }
            GazetteerEntry chosen = best(t, bonus);
            List<TextSpan> spans = out.computeIfAbsent(chosen, e -> new ArrayList<>());
            for (Toponym occurrence : k.getValue()) {
                spans.add(TextSpan.of(text, occurrence.start(), occurrence.end()));
            }
        }
        return out;
    }

    /**
     * Whether {@code t} is next to another name in a list ("X, Y", "X and Y", "X or Y") whose first
     * choice is a first-level region of a country, while {@code t} itself could be one.
     */
    private static boolean listedWithRegion(Toponym t, List<Toponym> toponyms, Map<String, GazetteerEntry> firstChoice) {
        if (t.candidates().stream().noneMatch(c -> c.kind() == PlaceKind.REGION && c.country() != null)) {
            return false;
        }
        List<Token> tokens = t.sentence().tokens();
        for (Toponym u : toponyms) {
            if (u.sentence() != t.sentence() || u.key().equals(t.key())) {
                continue;
            }
            GazetteerEntry e = firstChoice.get(u.key());
            if (e == null || e.kind() != PlaceKind.REGION || e.country() == null) {
                continue;
            }
            int gap = u.first() > t.last() ? t.last() + 1 : u.last() + 1;
            boolean adjacent = u.first() == t.last() + 2 || t.first() == u.last() + 2;
            if (adjacent && LIST_JOINERS.contains(tokens.get(gap).word().toLowerCase())) {
                return true;
            }
        }
        return false;
    }

    private boolean nextToAdminWord(Toponym t) {
        List<Token> tokens = t.sentence().tokens();
        if (t.last() + 1 < tokens.size() && ADMIN_WORDS.contains(tokens.get(t.last() + 1).word().toLowerCase())) {
            return true;
        }
        return t.first() >= 2 && tokens.get(t.first() - 1).word().equalsIgnoreCase("of")
                && ADMIN_WORDS.contains(tokens.get(t.first() - 2).word().toLowerCase());
    }

    /** The best-scoring candidate of {@code t} given extra per-candidate {@code bonus}. */
    private GazetteerEntry best(Toponym t, Map<GazetteerEntry, Double> bonus) {
        GazetteerEntry best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        List<GazetteerEntry> candidates = t.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            GazetteerEntry c = candidates.get(i);
            double score = t.priors()[i] + (bonus.isEmpty() ? 0 : bonus.getOrDefault(c, 0.0));
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    /** How likely {@code c} is what name {@code key} (which can name all of {@code candidates}) means with no context. */
    private double prior(GazetteerEntry c, String key, List<GazetteerEntry> candidates) {
        double population = c.population();
        if (population == 0 && c.kind() != PlaceKind.CITY) {
            population = UNKNOWN_REGION_POPULATION; // hand-made and ISO-only regions carry no count
        }
        double score = Math.log10(population + 10);
        switch (c.kind()) {
            case COUNTRY -> score += COUNTRY_BONUS;
            case REGION, LANDMARK -> score += REGION_PENALTY;
            default -> { }
        }
        // curated names (countries, regions) are trusted; a city's alternate names less so, and not
        // at all against a sizeable place that bears the name as its own ("Victoria" is an old
        // alternate name of Hong Kong; "Africa" one of Mahdia, Tunisia). Capitals are named often,
        // but by their names: the bonus does not carry a doubtful alternate ("Salisbury" for Harare).
        boolean doubtful = false;
        if (c.kind() != PlaceKind.CITY || ownName(c, key) || namesRegionSeat(c, key, candidates)) {
            score += OWN_NAME_BONUS;
        } else if (hasSizeableOwner(key, candidates, c)) {
            score += ALTERNATE_NAME_PENALTY;
            doubtful = true;
        }
        if (c.capital() && !doubtful) {
            score += CAPITAL_BONUS;
        }
        if (c.kind() == PlaceKind.REGION) {
            Optional<GazetteerEntry> largest = gazetteer.largestPlaceIn(c);
            if (largest.isPresent() && candidates.contains(largest.get())) {
                score += NAMESAKE_REGION_PENALTY;
            }
        }
        return score;
    }

    private static boolean ownName(GazetteerEntry c, String key) {
        return Gazetteer.isOwnNameKey(c, key);
    }

    /**
     * Whether {@code city} is the largest place of a region candidate that bears the name as its
     * own: the region's English name confirms the city's (GeoNames calls Geneva "Genève", Natural
     * Earth calls its canton "Geneva"), so the name is no junk alternate.
     */
    private boolean namesRegionSeat(GazetteerEntry city, String key, List<GazetteerEntry> candidates) {
        for (GazetteerEntry c : candidates) {
            if (c.kind() == PlaceKind.REGION && c.contains(city) && ownName(c, key)
                    && gazetteer.largestPlaceIn(c).filter(city::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a candidate other than {@code alternate} bears the name as its own and is sizeable: a
     * country, region or city of {@link #MIN_RIVAL_OWNER} or more. A region that contains {@code alternate} is no
     * rival: the canton of Geneva is named for the city.
     */
    private static boolean hasSizeableOwner(String key, List<GazetteerEntry> candidates, GazetteerEntry alternate) {
        for (GazetteerEntry c : candidates) {
            if (c != alternate && !c.contains(alternate) && ownName(c, key)
                    && (c.kind() != PlaceKind.CITY || c.population() >= MIN_RIVAL_OWNER)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} has two or more letters, all capitals ("JERSEY", "NEW"). */
    private static boolean inCapitals(String word) {
        int letters = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    /** Whether a token can start or end a place name: a capital letter, "al-Raqqa", "U.S.". */
    private static boolean isCapitalised(Token t) {
        String w = t.word();
        if (w.isEmpty()) {
            return false;
        }
        if (Character.isUpperCase(w.codePointAt(0))) {
            return true;
        }
        int dash = w.indexOf('-');
        return dash > 0 && dash <= 3 && dash + 1 < w.length() && Character.isUpperCase(w.charAt(dash + 1));
    }
}
