package org.parley.extract.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * An offline gazetteer: countries, regions, populated places of 1000 people or more, and common
 * regions, looked up by name. The built-in one ({@link #loadBuiltIn()}) is derived from GeoNames,
 * Natural Earth and ISO 3166 by {@code tools/gazetteer/derive.sh}; its README gives sources and licences.
 *
 * <p>Names are matched through {@link PlaceNameKey}: case- and diacritic-insensitive, "St." =
 * "Saint", abbreviations in capitals ("U.S.") case-sensitive. A place is found under its name,
 * its ASCII name and its alternate names ("Kiev" finds Kyiv).
 *
 * <p>Immutable and thread-safe once built. Loading the built-in data takes about 1-1.5 s of CPU
 * and keeps about 42 MB of heap (140,000 places, 380,000 name keys): load it once and share it.
 */
public final class Gazetteer {

    /** Class-path location of the built-in gazetteer. */
    public static final String BUILT_IN_RESOURCE = "/org/parley/places/gazetteer.tsv.gz";

    private static final int COLUMNS = 10;
    /**
     * Countries whose place names GeoNames romanises with the Arabic article ("Al Qamishli", "Ar
     * Raqqah"), which English news mostly drops: the Arab League members and Western Sahara.
     */
    private static final java.util.Set<String> ARABIC_ARTICLE_COUNTRIES = java.util.Set.of("DZ", "BH", "KM", "DJ",
            "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA", "SA", "SO", "SD", "SY", "TN", "AE",
            "YE", "EH");
    private static final Comparator<GazetteerEntry> BIGGEST_FIRST =
            Comparator.comparingLong(GazetteerEntry::population).reversed();

    /** key -> one GazetteerEntry, or a GazetteerEntry[] biggest first (most names name one place). */
    private final Map<String, Object> byKey;
    private final Map<String, GazetteerEntry> countries;
    private final Map<String, GazetteerEntry> regionsByAdmin1;
    /** "CC.admin1" -> the most populous place there. */
    private final Map<String, GazetteerEntry> largestPlaces;
    /** The first word of every key ("new" for "new york"), so that most words are ruled out at once. */
    private final java.util.Set<String> firstWords;
    private final int size;

    private Gazetteer(Map<String, Object> byKey, Map<String, GazetteerEntry> countries,
                      Map<String, GazetteerEntry> regionsByAdmin1, Map<String, GazetteerEntry> largestPlaces,
                      int size) {
        this.byKey = byKey;
        java.util.Set<String> first = new java.util.HashSet<>(byKey.size());
        for (String key : byKey.keySet()) {
            first.add(firstWord(key));
        }
        this.firstWords = first;
        this.countries = countries;
        this.regionsByAdmin1 = regionsByAdmin1;
        this.largestPlaces = largestPlaces;
        this.size = size;
    }

    /**
     * Loads the gazetteer shipped in the core jar.
     *
     * @throws IllegalStateException when the resource is missing (a broken build)
     * @throws IllegalArgumentException when a line of it is malformed (resource name and line number)
     */
    public static Gazetteer loadBuiltIn() {
        InputStream raw = Gazetteer.class.getResourceAsStream(BUILT_IN_RESOURCE);
        if (raw == null) {
            throw new IllegalStateException("built-in gazetteer " + BUILT_IN_RESOURCE + " is not on the class path");
        }
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
            return read(reader, BUILT_IN_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in gazetteer " + BUILT_IN_RESOURCE, e);
        }
    }

    /**
     * Reads a gazetteer in the built-in TSV format (uncompressed): lines starting with '#' are
     * comments; each other line is {@code geonameid kind name ascii_name alternate_names(|) country
     * admin1 lat lon population}, kind one of country, region, capital, city, landmark.
     *
     * @param source the name to give in error messages
     * @throws IllegalArgumentException for a malformed line, with {@code source} and the line number
     * @throws UncheckedIOException when the reader fails
     */
    public static Gazetteer read(BufferedReader reader, String source) {
        Builder b = new Builder();
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                try {
                    b.addLine(line);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(source + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + source + " at line " + lineNumber, e);
        }
        return b.build();
    }

    /**
     * Every place that {@code name} can name, the most populous first (regions and countries count
     * the people in their places); empty when none or when the name is blank.
     */
    public List<GazetteerEntry> lookup(String name) {
        Object hit = byKey.get(PlaceNameKey.of(name));
        if (hit == null) {
            return List.of();
        }
        if (hit instanceof GazetteerEntry e) {
            return List.of(e);
        }
        return List.of((GazetteerEntry[]) hit);
    }

    /**
     * Whether some name in the gazetteer can start with the word {@code word} (as written or in
     * lower case: "US" starts "US Virgin Islands"): false rules out every name starting with it,
     * which is most words, without building the keys of longer spans.
     */
    public boolean mayStartName(String word) {
        String key = PlaceNameKey.of(word);
        if (key.isEmpty()) {
            return false;
        }
        if (firstWords.contains(firstWord(key))) {
            return true;
        }
        return key.charAt(0) == '#' && firstWords.contains(firstWord(PlaceNameKey.of(word.toLowerCase(java.util.Locale.ROOT))));
    }

    private static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /**
     * Whether {@code name} is {@code entry}'s own name or ASCII name rather than one of its
     * alternate names. Alternate names of small places are where junk homonyms live ("Africa" is
     * an alternate name of a Tunisian town), so callers trust them less.
     */
    public boolean isPrimaryName(GazetteerEntry entry, String name) {
        return isOwnNameKey(entry, PlaceNameKey.of(name));
    }

    /**
     * Whether {@code key} is the key of {@code entry}'s name, ASCII name, or the part of its name
     * before a comma (GeoNames calls the US capital "Washington, D.C.").
     */
    static boolean isOwnNameKey(GazetteerEntry entry, String key) {
        if (key.equals(PlaceNameKey.of(entry.name())) || key.equals(PlaceNameKey.of(entry.asciiName()))) {
            return true;
        }
        int comma = entry.name().indexOf(',');
        return comma > 0 && key.equals(PlaceNameKey.of(entry.name().substring(0, comma)));
    }

    /** The country with ISO 3166-1 alpha-2 code {@code alpha2}. */
    public Optional<GazetteerEntry> country(String alpha2) {
        return Optional.ofNullable(alpha2 == null ? null : countries.get(alpha2));
    }

    /** The first-level region of country {@code alpha2} with GeoNames admin1 code {@code admin1}. */
    public Optional<GazetteerEntry> region(String alpha2, String admin1) {
        return Optional.ofNullable(alpha2 == null || admin1 == null ? null : regionsByAdmin1.get(alpha2 + "." + admin1));
    }

    /**
     * The most populous place (city, town) in first-level region {@code region}; empty for a
     * country, a region without an admin1 code, or one without places. A region whose largest
     * place has its name is usually named for that place ("New York", "Sao Paulo").
     */
    public Optional<GazetteerEntry> largestPlaceIn(GazetteerEntry region) {
        if (region.kind() != PlaceKind.REGION || region.country() == null || region.admin1() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(largestPlaces.get(region.country() + "." + region.admin1()));
    }

    /** How many places it holds. */
    public int size() {
        return size;
    }

    /** Collects entries and their name keys; used only while reading. */
    private static final class Builder {
        private final Map<String, Object> byKey = new HashMap<>(1 << 19);
        private final Map<String, GazetteerEntry> countries = new HashMap<>();
        private final Map<String, GazetteerEntry> regions = new HashMap<>();
        private final Map<String, GazetteerEntry> largest = new HashMap<>();
        private final Map<String, String> shared = new HashMap<>();
        private int size;

        void addLine(String line) {
            String[] c = splitTabs(line);
            if (c.length != COLUMNS) {
                throw new IllegalArgumentException("expected " + COLUMNS + " tab-separated columns, got " + c.length);
            }
            PlaceKind kind = switch (c[1]) {
                case "country" -> PlaceKind.COUNTRY;
                case "region" -> PlaceKind.REGION;
                case "capital", "city" -> PlaceKind.CITY;
                case "landmark" -> PlaceKind.LANDMARK;
                default -> throw new IllegalArgumentException("unknown kind '" + c[1] + "'");
            };
            Long id = c[0].isEmpty() ? null : Long.valueOf(c[0]);
            String name = c[2];
            String ascii = c[3].equals(name) ? name : c[3];
            GazetteerEntry e = new GazetteerEntry(id, name, ascii, kind, c[1].equals("capital"),
                    intern(c[5]), intern(c[6]), Double.parseDouble(c[7]), Double.parseDouble(c[8]),
                    Long.parseLong(c[9]));
            size++;
            boolean arabic = e.country() != null && ARABIC_ARTICLE_COUNTRIES.contains(e.country());
            file(name, e, arabic);
            file(ascii, e, arabic);
            if (!c[4].isEmpty()) {
                for (String alt : c[4].split("\\|")) {
                    file(alt, e, arabic);
                }
            }
            if (kind == PlaceKind.COUNTRY && e.country() != null) {
                countries.putIfAbsent(e.country(), e);
            } else if (kind == PlaceKind.REGION && e.country() != null && e.admin1() != null) {
                regions.putIfAbsent(e.country() + "." + e.admin1(), e);
            } else if (kind == PlaceKind.CITY && e.country() != null && e.admin1() != null) {
                largest.merge(e.country() + "." + e.admin1(), e, (a, x) -> x.population() > a.population() ? x : a);
            }
        }

        private void file(String name, GazetteerEntry e, boolean arabic) {
            String key = PlaceNameKey.of(name);
            if (key.isEmpty()) {
                return;
            }
            if (arabic) {
                String bare = PlaceNameKey.withoutArabicArticle(key);
                if (bare != null) {
                    fileKey(bare, e); // "Qamishli" for "Al Qamishli": an alternate, never the own name
                }
            }
            fileKey(key, e);
        }

        private void fileKey(String key, GazetteerEntry e) {
            // no list per key: most keys name one place, and half a million small lists cost GC time
            Object old = byKey.putIfAbsent(key, e);
            if (old == null || old == e) {
                return;
            }
            if (old instanceof GazetteerEntry one) {
                byKey.put(key, new GazetteerEntry[] {one, e});
            } else {
                GazetteerEntry[] arr = (GazetteerEntry[]) old;
                if (arr[arr.length - 1] != e) {
                    GazetteerEntry[] grown = Arrays.copyOf(arr, arr.length + 1);
                    grown[arr.length] = e;
                    byKey.put(key, grown);
                }
            }
        }

        private String intern(String s) {
            if (s.isEmpty()) {
                return null;
            }
            return shared.computeIfAbsent(s, k -> k);
        }

        Gazetteer build() {
            for (Object v : byKey.values()) {
                if (v instanceof GazetteerEntry[] arr) {
                    Arrays.sort(arr, BIGGEST_FIRST);
                }
            }
            return new Gazetteer(byKey, Map.copyOf(countries), Map.copyOf(regions), Map.copyOf(largest), size);
        }

        private static String[] splitTabs(String line) {
            List<String> out = new ArrayList<>(COLUMNS);
            int from = 0;
            for (int i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', from)) {
                out.add(line.substring(from, i));
                from = i + 1;
            }
            out.add(line.substring(from));
            return out.toArray(new String[0]);
        }
    }
}
