package org.parley.server;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.parley.extract.ActorKind;
import org.parley.extract.Modality;

/**
 * The query parameters of one request, read and checked in one place. Every reader throws
 * {@link BadRequestException} naming the parameter and saying what was expected; a parameter the endpoint does not
 * know, or one given twice, is refused too, so a misspelt filter never silently widens an answer.
 * Not thread-safe; lives for one request.
 */
final class QueryParameters {

    /** Longest free-text value accepted (names, search words): long enough for any name, short enough to scan. */
    static final int MAX_TEXT = 200;

    private static final Pattern CAMEO = Pattern.compile("\\d{2,4}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /**
     * The parameters of a request to an endpoint that accepts {@code known}.
     *
     * @throws BadRequestException when a parameter is unknown or repeated
     */
    static QueryParameters of(Map<String, List<String>> values, Set<String> known) {
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            if (!known.contains(e.getKey())) {
                throw new BadRequestException(e.getKey(), "unknown parameter '" + e.getKey() + "'; this endpoint takes "
                        + String.join(", ", new TreeSet<>(known)));
            }
            if (e.getValue().size() > 1) {
                throw new BadRequestException(e.getKey(), "parameter '" + e.getKey() + "' is given "
                        + e.getValue().size() + " times; give it once");
            }
        }
        return new QueryParameters(values);
    }

    /** The trimmed value, or null when absent or blank. */
    String text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        String s = v.get(0).trim();
        if (s.length() > MAX_TEXT) {
            throw new BadRequestException(name, name + " is " + s.length() + " characters long; at most " + MAX_TEXT);
        }
        return s;
    }

    /** A value that must be there. */
    String requiredText(String name) {
        String s = text(name);
        if (s == null) {
            throw new BadRequestException(name, "parameter '" + name + "' is required");
        }
        return s;
    }

    int integer(String name, int fallback, int min, int max) {
        String s = text(name);
        if (s == null) {
            return fallback;
        }
        int n;
        try {
            n = Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new BadRequestException(name, name + " must be a whole number from " + min + " to " + max
                    + ", not '" + s + "'");
        }
        if (n < min || n > max) {
            throw new BadRequestException(name, name + " must be from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    PageRequest page() {
        return new PageRequest(integer("limit", PageRequest.DEFAULT_LIMIT, 1, PageRequest.MAX_LIMIT),
                integer("offset", 0, 0, PageRequest.MAX_OFFSET));
    }

    /** {@code since}, as the first day it names. */
    LocalDate since() {
        return date("since", true);
    }

    /** {@code until}, as the last day it names; checked not to precede {@code since}. */
    LocalDate until() {
        LocalDate until = date("until", false);
        LocalDate since = since();
        if (since != null && until != null && until.isBefore(since)) {
            throw new BadRequestException("until", "until (" + until + ") is before since (" + since + ")");
        }
        return until;
    }

    /**
     * An ISO 8601 date ("2025-04-10"), month ("2025-04"), year ("2025") or date-time with offset
     * ("2025-04-10T08:00:00Z", taken as its date there): months and years stand for their first day in
     * {@code since} and their last in {@code until}, so {@code since=2025-04&until=2025-04} is all of April.
     */
    private LocalDate date(String name, boolean first) {
        String s = text(name);
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 4) {
                Year y = Year.parse(s);
                return first ? y.atDay(1) : y.atMonth(12).atEndOfMonth();
            }
            if (s.length() == 7) {
                YearMonth m = YearMonth.parse(s);
                return first ? m.atDay(1) : m.atEndOfMonth();
            }
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            if (s.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
                throw new BadRequestException(name, name + " '" + s + "' is not a real date");
            }
            throw new BadRequestException(name, name + " must be an ISO 8601 date (2025-04-10, 2025-04, 2025 or "
                    + "2025-04-10T08:00:00Z), not '" + s + "'");
        } catch (DateTimeException e) {
            throw new BadRequestException(name, name + " '" + s + "' is not a real date");
        }
    }

    /** A CAMEO event code or prefix: 2 to 4 digits. */
    String cameo() {
        String s = text("cameo");
        if (s != null && !CAMEO.matcher(s).matches()) {
            throw new BadRequestException("cameo", "cameo must be a CAMEO code or prefix of 2 to 4 digits (04, 0431),"
                    + " not '" + s + "'");
        }
        return s;
    }

    /** An ISO 3166-1 alpha-3 country code. */
    String country(String name) {
        String s = text(name);
        if (s != null && !COUNTRY.matcher(s).matches()) {
            throw new BadRequestException(name, name + " must be an ISO 3166-1 alpha-3 code (USA, RUS), not '" + s
                    + "'");
        }
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    Modality modality() {
        Set<Modality> all = modalities();
        if (all.size() > 1) {
            throw new BadRequestException("modality", "this endpoint takes one modality, not " + all.size());
        }
        return all.isEmpty() ? null : all.iterator().next();
    }

    /** A comma-separated list of modalities; empty when absent. */
    Set<Modality> modalities() {
        String s = text("modality");
        if (s == null) {
            return Set.of();
        }
        Set<Modality> out = EnumSet.noneOf(Modality.class);
        for (String part : s.split(",")) {
            try {
                out.add(Modality.parse(part));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("modality", "modality must be one or more of "
                        + names(Modality.values()) + ", not '" + part.trim() + "'");
            }
        }
        return out;
    }

    ActorKind actorKind() {
        String s = text("kind");
        if (s == null) {
            return null;
        }
        for (ActorKind k : ActorKind.values()) {
            if (k.json().equalsIgnoreCase(s)) {
                return k;
            }
        }
        throw new BadRequestException("kind", "kind must be one of " + names(ActorKind.values()) + ", not '" + s
                + "'");
    }

    Bucket bucket(Bucket fallback) {
        String s = text("bucket");
        if (s == null) {
            return fallback;
        }
        try {
            return Bucket.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("bucket", "bucket must be day, week, month or year, not '" + s + "'");
        }
    }

    private static String names(Enum<?>[] values) {
        StringBuilder b = new StringBuilder();
        for (Enum<?> v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(v.name().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
