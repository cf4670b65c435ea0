package org.parley.knowledge;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.extract.ActorKind;

/**
 * Parses the actor-knowledge TSV tables (countries, organizations, roles, government seats, office holders).
 *
 * <p>Format: UTF-8, one record a line, cells separated by tabs, alternatives inside a cell by '|'; blank
 * lines and lines starting with '#' are skipped; the first other line is the header and must name the
 * expected columns in order. Trailing empty cells may be left off. Anything wrong with a line, including
 * a name that another line of the same table already gives to a different entry (unless all but one of
 * them mark it ambiguous), throws an
 * {@link IllegalStateException} whose message starts with the source name and line number.
 *
 * <p>Stateless: all methods are static and safe to call from any thread.
 */
public final class KnowledgeTableReader {

    static final List<String> COUNTRY_COLUMNS = List.of("alpha3", "alpha2", "numeric", "name", "official_name",
            "aliases", "adjectives", "people", "capitals", "status", "ambiguous");
    static final List<String> ORGANIZATION_COLUMNS = List.of("name", "aliases", "acronyms", "country", "sector",
            "code", "ambiguous");
    static final List<String> ROLE_COLUMNS = List.of("phrase", "sector", "kind", "weight", "title");
    static final List<String> SEAT_COLUMNS = List.of("name", "country", "sector", "ambiguous");
    static final List<String> OFFICE_HOLDER_COLUMNS = List.of("name", "aliases", "country", "sector", "code",
            "office", "from", "to");
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private KnowledgeTableReader() {
    }

    /** Countries and territories from a countries.tsv table. */
    public static List<Country> countries(String source, Reader reader) {
        List<Country> out = new ArrayList<>();
        Map<String, Claim> names = new HashMap<>();
        Map<String, Claim> demonyms = new HashMap<>();
        Map<String, Claim> capitals = new HashMap<>();
        for (Line line : lines(source, reader, COUNTRY_COLUMNS)) {
            Country c = line.build(() -> {
                CountryStatus status = CountryStatus.fromCode(line.cell("status"));
                if (status == null) {
                    throw new IllegalArgumentException("status must be UN, OBS, STATE or TERR, not '"
                            + line.cell("status") + "'");
                }
                return new Country(line.required("alpha3"), line.required("alpha2"), line.cell("numeric"),
                        line.required("name"), line.cell("official_name"), line.list("aliases"),
                        line.list("adjectives"), line.list("people"), line.list("capitals"), status,
                        new LinkedHashSet<>(line.list("ambiguous")));
            });
            line.claim(names, c.names(), c.alpha3(), c::isAmbiguous, "name");
            line.claim(demonyms, c.demonyms(), c.alpha3(), c::isAmbiguous, "demonym");
            // two countries cannot share a seat of government, flagged or not
            line.claim(capitals, c.capitals(), c.alpha3(), form -> false, "capital");
            out.add(c);
        }
        return out;
    }

    /** Organizations from an organizations.tsv table. */
    public static List<Organization> organizations(String source, Reader reader) {
        List<Organization> out = new ArrayList<>();
        Map<String, Claim> names = new HashMap<>();
        for (Line line : lines(source, reader, ORGANIZATION_COLUMNS)) {
            Organization o = line.build(() -> new Organization(line.required("name"), line.list("aliases"),
                    line.list("acronyms"), line.cell("country"), line.required("sector"), line.cell("code"),
                    new LinkedHashSet<>(line.list("ambiguous"))));
            line.claim(names, o.names(), o.name(), o::isAmbiguous, "name");
            out.add(o);
        }
        return out;
    }

    /** Roles from a roles.tsv table. */
    public static List<Role> roles(String source, Reader reader) {
        List<Role> out = new ArrayList<>();
        Map<String, String> phrases = new HashMap<>();
        for (Line line : lines(source, reader, ROLE_COLUMNS)) {
            Role r = line.build(() -> new Role(line.required("phrase"), line.cell("sector"),
                    kind(line.required("kind")), weight(line.required("weight")), yes(line.cell("title"))));
            line.claimPhrase(phrases, r.phrase());
            out.add(r);
        }
        return out;
    }

    /** Government seats from a government_seats.tsv table (capitals are added from the countries, not here). */
    public static List<GovernmentSeat> governmentSeats(String source, Reader reader) {
        List<GovernmentSeat> out = new ArrayList<>();
        Map<String, Claim> names = new HashMap<>();
        for (Line line : lines(source, reader, SEAT_COLUMNS)) {
            GovernmentSeat s = line.build(() -> new GovernmentSeat(line.required("name"), line.required("country"),
                    line.required("sector"), false, yes(line.cell("ambiguous"))));
            // spelling variants that normalise alike ("Élysée", "Elysee") are fine when they agree
            line.claim(names, List.of(s.name()), s.code(), form -> false, "seat");
            out.add(s);
        }
        return out;
    }

    /**
     * Office holders from an office_holders.tsv table. Dates are ISO days, or a month ("2019-05") or year
     * ("2019") where the day is not known: a from-date then starts at the period's first day, a to-date ends
     * at its last. An empty to-date means still in office. Two tenures of the same person in the same office
     * of the same country may not overlap (that is a typo, not history).
     */
    public static List<OfficeHolder> officeHolders(String source, Reader reader) {
        List<OfficeHolder> out = new ArrayList<>();
        Map<String, List<Tenure>> tenures = new HashMap<>();
        for (Line line : lines(source, reader, OFFICE_HOLDER_COLUMNS)) {
            OfficeHolder h = line.build(() -> new OfficeHolder(line.required("name"), line.list("aliases"),
                    line.cell("country"), line.required("sector"), line.cell("code"),
                    line.required("office"), date(line.required("from"), false), toDate(line.cell("to"))));
            String key = OfficeHolderIndex.fold(h.name()) + "\t" + h.country() + "\t" + h.office();
            List<Tenure> earlier = tenures.computeIfAbsent(key, k -> new ArrayList<>());
            for (Tenure t : earlier) {
                if (t.overlaps(h)) {
                    throw line.fail(h.name() + " as " + h.office() + " overlaps the tenure on line " + t.line());
                }
            }
            earlier.add(new Tenure(h, line.number()));
            out.add(h);
        }
        return out;
    }

    private static LocalDate toDate(String text) {
        return text.isEmpty() ? null : date(text, true);
    }

    /** A day, or the first (or, for an end, last) day of the month or year given. */
    private static LocalDate date(String text, boolean end) {
        Matcher m = DATE.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("date must be YYYY-MM-DD, YYYY-MM or YYYY, not '" + text + "'");
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            YearMonth month = YearMonth.of(year, Integer.parseInt(m.group(2)));
            if (m.group(3) == null) {
                return end ? month.atEndOfMonth() : month.atDay(1);
            }
            return month.atDay(Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("no such date: '" + text + "'");
        }
    }

    /** A tenure already read, to catch a second one that overlaps it. */
    private record Tenure(OfficeHolder holder, int line) {
        boolean overlaps(OfficeHolder other) {
            LocalDate end = holder.to() == null ? LocalDate.MAX : holder.to();
            LocalDate otherEnd = other.to() == null ? LocalDate.MAX : other.to();
            // touching ends are a handover written the way sources write it, not an overlap
            return holder.from().isBefore(otherEnd) && other.from().isBefore(end);
        }
    }

    private static ActorKind kind(String text) {
        try {
            ActorKind k = ActorKind.valueOf(text.toUpperCase(Locale.ROOT));
            if (k == ActorKind.COUNTRY) {
                throw new IllegalArgumentException("kind must be PERSON, GROUP or ORGANIZATION, not COUNTRY");
            }
            return k;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be PERSON, GROUP or ORGANIZATION, not '" + text + "'");
        }
    }

    private static int weight(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("weight must be 1, 2 or 3, not '" + text + "'");
        }
    }

    private static boolean yes(String text) {
        if (text.isEmpty() || text.equals("no")) {
            return false;
        }
        if (text.equals("yes")) {
            return true;
        }
        throw new IllegalArgumentException("expected 'yes', 'no' or nothing, not '" + text + "'");
    }

    private static List<Line> lines(String source, Reader reader, List<String> columns) {
        List<Line> out = new ArrayList<>();
        boolean headerSeen = false;
        try (BufferedReader in = new BufferedReader(reader)) {
            int number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.asList(text.split("\t", -1));
                if (!headerSeen) {
                    if (!cells.equals(columns)) {
                        throw new IllegalStateException(source + " line " + number + ": header must be "
                                + String.join(" <tab> ", columns) + ", found " + String.join(" <tab> ", cells));
                    }
                    headerSeen = true;
                    continue;
                }
                if (cells.size() > columns.size()) {
                    throw new IllegalStateException(source + " line " + number + ": " + cells.size()
                            + " columns, expected " + columns.size());
                }
                out.add(new Line(source, number, columns, cells));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + source, e);
        }
        if (!headerSeen) {
            throw new IllegalStateException(source + ": no header line");
        }
        return out;
    }

    /** Who first gave a form, on which line, and whether that row flags it as ambiguous. */
    private record Claim(String owner, int line, boolean flagged) {
    }

    /** One data line with its position, for messages that say where a problem is. */
    private record Line(String source, int number, List<String> columns, List<String> cells) {

        String cell(String column) {
            int i = columns.indexOf(column);
            return i < cells.size() ? cells.get(i).strip() : "";
        }

        String required(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                throw fail("column '" + column + "' is empty");
            }
            return value;
        }

        List<String> list(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                return List.of();
            }
            List<String> out = new ArrayList<>();
            for (String part : value.split("\\|")) {
                if (part.isBlank()) {
                    throw fail("column '" + column + "' has an empty alternative: '" + value + "'");
                }
                out.add(part.strip());
            }
            return out;
        }

        <T> T build(Supplier<T> constructor) {
            try {
                return constructor.get();
            } catch (IllegalArgumentException | NullPointerException e) {
                throw fail(e.getMessage());
            }
        }

        /**
         * Records that these forms belong to {@code owner}. A form may be shared by several owners only when
         * all of them but at most one flag it as ambiguous (the unflagged one is its default reading).
         */
        void claim(Map<String, Claim> taken, List<String> forms, String owner, Predicate<String> flagged,
                   String what) {
            for (String form : forms) {
                Claim mine = new Claim(owner, number, flagged.test(form));
                Claim previous = taken.putIfAbsent(LookupKey.name(form), mine);
                if (previous == null || previous.owner().equals(owner)) {
                    continue;
                }
                if (!previous.flagged() && !mine.flagged()) {
                    throw fail(what + " '" + form + "' already belongs to " + previous.owner() + " (line "
                            + previous.line() + "); a shared form must be marked ambiguous in all rows but one");
                }
                if (previous.flagged() && !mine.flagged()) {
                    taken.put(LookupKey.name(form), mine);
                }
            }
        }

        void claimPhrase(Map<String, String> taken, String phrase) {
            String previous = taken.putIfAbsent(LookupKey.phrase(phrase), String.valueOf(number));
            if (previous != null) {
                throw fail("role '" + phrase + "' is already listed (line " + previous + ")");
            }
        }

        IllegalStateException fail(String message) {
            return new IllegalStateException(source + " line " + number + ": " + message);
        }
    }
}
