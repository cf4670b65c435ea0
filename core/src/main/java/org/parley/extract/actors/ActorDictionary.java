package org.parley.extract.actors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parley.extract.ActorKind;
import org.parley.knowledge.LookupKey;

/**
 * A user's own actor dictionary: people, organizations and groups with their aliases, country, sector, CAMEO code
 * and the dates the coding holds ("Donald Trump: USAGOV from 2025-01-20"). Loaded with {@code --actors FILE};
 * its entries win over Parley's built-in knowledge and over what an article's titles say.
 *
 * <p>Format: UTF-8 text, one entry per line, fields separated by tabs or commas (the header line decides),
 * {@code #} starts a comment line. Header: {@code name, aliases, kind, country, sector, code, from, to}. Aliases
 * are separated by {@code |}; kind is person, organization, country or group; country is ISO alpha-3; from/to are
 * ISO dates, either may be empty (open). A name may have several entries with different date ranges.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDictionary {

    /** One coding of an actor, valid from {@code from} to {@code to} (inclusive; null = open). */
    public record Entry(String name, List<String> aliases, ActorKind kind, String country, String sector, String code,
                        LocalDate from, LocalDate to, String source, int line) {

        public Entry {
            aliases = List.copyOf(aliases);
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(source + ":" + line + ": 'to' " + to + " is before 'from' " + from);
            }
        }

        boolean validOn(LocalDate date) {
            if (date == null) {
                return true;
            }
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private static final List<String> COLUMNS = List.of("name", "aliases", "kind", "country", "sector", "code", "from", "to");
    private static final ActorDictionary EMPTY = new ActorDictionary(List.of());

    private final List<Entry> entries;
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, List<Entry>> bySurname = new HashMap<>();
    private final int maxNameTokens;

    private ActorDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        int longest = 1;
        for (Entry e : this.entries) {
            List<String> names = new ArrayList<>();
            names.add(e.name());
            names.addAll(e.aliases());
            for (String n : names) {
                byName.computeIfAbsent(LookupKey.name(n), k -> new ArrayList<>()).add(e);
                longest = Math.max(longest, n.trim().split("\\s+").length);
            }
            if (e.kind() == ActorKind.PERSON) {
                String[] words = ActorExtractor.fold(e.name()).split("\\s+");
                bySurname.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(e);
            }
        }
        this.maxNameTokens = longest;
    }

    public static ActorDictionary empty() {
        return EMPTY;
    }

    /** Reads a dictionary file. @throws IllegalArgumentException naming the file and line of a bad entry */
    public static ActorDictionary read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads a dictionary. @throws IllegalArgumentException naming the source and line of a bad entry */
    public static ActorDictionary read(Reader reader, String source) throws IOException {
        BufferedReader r = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<Entry> entries = new ArrayList<>();
        String line;
        int n = 0;
        String separator = null;
        Map<String, Integer> column = new HashMap<>();
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            if (separator == null) {
                separator = line.contains("\t") ? "\t" : ",";
                String[] head = line.split(separator, -1);
                for (int i = 0; i < head.length; i++) {
                    column.put(head[i].trim().toLowerCase(Locale.ROOT), i);
                }
                if (!column.containsKey("name")) {
                    throw new IllegalArgumentException(source + ":" + n + ": the header must name the columns "
                            + COLUMNS + "; 'name' is missing");
                }
                for (String c : column.keySet()) {
                    if (!COLUMNS.contains(c)) {
                        throw new IllegalArgumentException(source + ":" + n + ": unknown column '" + c + "'; known: " + COLUMNS);
                    }
                }
                continue;
            }
            String[] f = line.split(separator, -1);
            entries.add(entry(f, column, source, n));
        }
        return new ActorDictionary(entries);
    }

    private static Entry entry(String[] f, Map<String, Integer> column, String source, int line) {
        String name = field(f, column, "name");
        if (name == null) {
            throw new IllegalArgumentException(source + ":" + line + ": an entry needs a name");
        }
        String aliases = field(f, column, "aliases");
        List<String> aliasList = new ArrayList<>();
        if (aliases != null) {
            for (String a : aliases.split("\\|")) {
                if (!a.isBlank()) {
                    aliasList.add(a.trim());
                }
            }
        }
        String kindText = field(f, column, "kind");
        ActorKind kind;
        try {
            kind = kindText == null ? ActorKind.PERSON : ActorKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + ":" + line + ": kind '" + kindText
                    + "' is not person, organization, country or group");
        }
        String country = field(f, column, "country");
        if (country != null && !country.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException(source + ":" + line + ": country '" + country + "' is not an ISO alpha-3 code");
        }
        String sector = field(f, column, "sector");
        String code = field(f, column, "code");
        if (code == null && country != null) {
            code = country + (sector == null ? "" : sector);
        }
        return new Entry(name, aliasList, kind, country, sector, code, date(f, column, "from", source, line),
                date(f, column, "to", source, line), source, line);
    }

    private static String field(String[] f, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        if (i == null || i >= f.length) {
            return null;
        }
        String v = f[i].trim();
        return v.isEmpty() ? null : v;
    }

    private static LocalDate date(String[] f, Map<String, Integer> column, String name, String source, int line) {
        String v = field(f, column, name);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(source + ":" + line + ": '" + name + "' date '" + v + "' is not YYYY-MM-DD");
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** The entry for this exact name or alias valid on the date (any date when null); the latest-starting wins. */
    public Optional<Entry> lookup(String name, LocalDate date) {
        return best(byName.get(LookupKey.name(name)), date);
    }

    /**
     * The person entry these folded name words can name ("erdogan" or "recep tayyip erdogan"): same surname and
     * compatible first names, valid on the date; empty when two different people fit.
     */
    public Optional<Entry> person(List<String> nameWords, LocalDate date) {
        if (nameWords.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> candidates = bySurname.get(nameWords.get(nameWords.size() - 1));
        if (candidates == null) {
            return Optional.empty();
        }
        List<Entry> fits = new ArrayList<>();
        Set<String> people = new java.util.HashSet<>();
        for (Entry e : candidates) {
            List<String> words = List.of(ActorExtractor.fold(e.name()).split("\\s+"));
            if (ActorExtractor.compatibleNames(words, nameWords) && e.validOn(date)) {
                fits.add(e);
                people.add(ActorExtractor.fold(e.name()));
            }
        }
        return people.size() == 1 ? best(fits, date) : Optional.empty();
    }

    private static Optional<Entry> best(List<Entry> list, LocalDate date) {
        if (list == null) {
            return Optional.empty();
        }
        Entry best = null;
        for (Entry e : list) {
            if (e.validOn(date) && (best == null || later(e.from(), best.from()))) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean later(LocalDate a, LocalDate b) {
        return a != null && (b == null || a.isAfter(b));
    }
}
