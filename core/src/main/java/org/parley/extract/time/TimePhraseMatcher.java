package org.parley.extract.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.Token;
import org.parley.extract.time.CalendarResolver.Holiday;
import org.parley.extract.time.CalendarResolver.Lean;
import org.parley.extract.time.CalendarResolver.Relation;
import org.parley.extract.time.TimeLexicon.Unit;

/**
 * Finds time phrases in one tagged sentence and hands what each says to the {@link CalendarResolver}. Each phrase
 * shape is one small rule over tokens (a weekday, a month and day, "N units ago", a clock time, ...); at every token
 * the longest rule match wins and the scan goes on after it. Part-of-speech tags and capitals keep everyday words
 * out ("may" the modal, "march" the verb, "2,000 people"). Stateless and thread-safe.
 */
final class TimePhraseMatcher {

    /** Tokens [from, to) of a sentence that make one time expression, with its TIMEX3 type and value. */
    record Match(int from, int to, String type, String value) {
        int length() {
            return to - from;
        }
    }

    private static final String DATE = "DATE";
    private static final String TIME = "TIME";
    private static final String DURATION = "DURATION";
    private static final String SET = "SET";

    private static final Pattern YEAR = Pattern.compile("(1[0-9]|20)\\d\\d");
    private static final Pattern MID_YEAR = Pattern.compile("mid-((1[0-9]|20)\\d\\d)");
    private static final Pattern ORDINAL = Pattern.compile("\\d+(st|nd|rd|th)");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(st|nd|rd|th)?");
    private static final Pattern DECADE = Pattern.compile("(?:mid-)?(1[0-9]|20)(\\d)0s");
    private static final Pattern SHORT_DECADE = Pattern.compile("['\u2018\u2019]?(\\d)0s");
    private static final Pattern CENTURY = Pattern.compile("(\\d{1,2})(st|nd|rd|th)(-century)?");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern SLASH_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d{2}))?(a\\.?m\\.?|p\\.?m\\.?)?");
    private static final Pattern ISO_DAY_PREFIX = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DOTTED_CLOCK = Pattern.compile("(\\d{1,2})\\.(\\d{2})(a\\.?m\\.?|p\\.?m\\.?)");

    /** Words before a phrase that make it earlier or later within its period: "late last year", "earlier Friday". */
    private static final Set<String> DATE_MODIFIERS = Set.of("early", "earlier", "late", "later", "mid", "around");
    /** Words before a number that only hedge it: "over three years ago", "nearly two decades". */
    private static final Set<String> APPROXIMATORS = Set.of("about", "around", "nearly", "almost", "over", "some",
            "roughly", "just", "only", "barely", "approximately");
    private static final Set<String> TWO_WORD_APPROXIMATORS = Set.of("more than", "less than", "fewer than",
            "at least", "up to", "as many as");
    /** Prepositions after which a bare season names a time ("in spring", "since the summer"). */
    private static final Set<String> SEASON_PREPOSITIONS = Set.of("in", "during", "since", "until", "by", "over",
            "through", "throughout", "before", "after", "this", "early", "late", "mid", "from", "till");
    /** Words after which "May" or "March" is the month whatever its tag says ("in May", "since March"). */
    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "until", "till", "by", "from",
            "of", "during", "early", "late", "mid", "last", "next", "this", "before", "after", "through");
    /** Prepositions after which a four-digit number is a year even before a plural noun ("in 2014 elections"). */
    private static final Set<String> YEAR_PREPOSITIONS = Set.of("in", "since", "by", "until", "from", "of", "to",
            "before", "after", "during", "through", "till", "between", "circa");
    private static final Set<String> NOT_BEFORE_YEAR = Set.of("$", "£", "€", "#", "no.", "us$", "number", "route",
            "flight", "page", "article", "resolution");
    private static final Set<String> NOT_AFTER_YEAR = Set.of("%", "percent", "per", "pc", "million", "billion");
    private static final Set<String> AM_PM = Set.of("a.m.", "p.m.", "a.m", "p.m", "am", "pm");
    private static final Set<String> TIME_ZONES = Set.of("gmt", "bst", "utc", "et", "est", "edt", "pt", "pst",
            "pdt", "ct", "cst", "cdt", "cet", "cest", "ist", "jst", "msk");
    /** Words that make a sentence look ahead, so a weekday or month without a year is the coming one. */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "'ll", "\u2019ll", "shall", "upcoming", "would");
    /** Verbs that look ahead only as verbs ("plans to visit", not "its advertising plans"). */
    private static final Set<String> FUTURE_VERBS = Set.of("planned", "scheduled", "expected", "set", "going",
            "plans", "plan", "intends");
    /** Words before a month or day that put it ahead: "until February", "by March". */
    private static final Set<String> DEADLINE_WORDS = Set.of("until", "till", "by");
    /** Words between "until"/"by" and a month: "by the end of March", "until at least February". */
    private static final Set<String> PERIOD_PARTS = Set.of("the", "end", "of", "early", "late", "mid", "at", "least",
            "middle", "beginning", "start");
    private static final Set<String> LUNAR = Set.of("lunar", "chinese", "persian", "jewish", "islamic", "iranian");

    List<Match> matchAll(List<Token> tokens, CalendarResolver cal) {
        Words w = new Words(tokens, cal);
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            Match m = longestAt(w, i);
            if (m == null) {
                i++;
                continue;
            }
            out.add(m);
            w.note(m);
            i = m.to();
        }
        return out;
    }

    private Match longestAt(Words w, int i) {
        Match best = coreAt(w, i);
        String x = w.low(i);
        if (DATE_MODIFIERS.contains(x)) {
            Match m = coreAt(w, i + 1);
            if (m != null && (m.type().equals(DATE) || m.type().equals(TIME))) {
                best = longer(best, new Match(i, m.to(), m.type(), m.value()));
            }
        }
        int hedge = APPROXIMATORS.contains(x) ? 1 : TWO_WORD_APPROXIMATORS.contains(x + " " + w.low(i + 1)) ? 2 : 0;
        if (hedge > 0 && TimeLexicon.number(w.low(i + hedge)) != 0) {
            Match m = coreAt(w, i + hedge);
            if (m != null && m.from() == i + hedge) {
                best = longer(best, new Match(i, m.to(), m.type(), m.value()));
            }
        }
        return best;
    }

    private Match coreAt(Words w, int i) {
        if (i >= w.size()) {
            return null;
        }
        Match best = null;
        best = longer(best, dayWord(w, i));
        best = longer(best, weekday(w, i));
        best = longer(best, monthFirst(w, i));
        best = longer(best, dayFirst(w, i));
        best = longer(best, numericDate(w, i));
        best = longer(best, year(w, i));
        best = longer(best, decade(w, i));
        best = longer(best, century(w, i));
        best = longer(best, season(w, i));
        best = longer(best, relativePeriod(w, i));
        best = longer(best, counted(w, i));
        best = longer(best, hyphenatedDuration(w, i));
        best = longer(best, bareUnits(w, i));
        best = longer(best, reference(w, i));
        best = longer(best, frequency(w, i));
        best = longer(best, clock(w, i));
        best = longer(best, holiday(w, i));
        return best;
    }

    private static Match longer(Match a, Match b) {
        if (a == null) {
            return b;
        }
        return b != null && b.length() > a.length() ? b : a;
    }

    // ---- today, yesterday, tonight, last night, this morning

    private static Match dayWord(Words w, int i) {
        String x = w.low(i);
        int offset;
        switch (x) {
            case "today" -> offset = 0;
            case "yesterday" -> offset = -1;
            case "tomorrow" -> offset = 1;
            case "tonight" -> {
                return new Match(i, i + 1, TIME, withPart(w.cal().day(0), "NI"));
            }
            case "last" -> {
                return w.low(i + 1).equals("night") ? new Match(i, i + 2, TIME, withPart(w.cal().day(-1), "NI")) : null;
            }
            case "this" -> {
                String part = TimeLexicon.partOfDay(w.low(i + 1));
                return part == null || w.low(i + 1).equals("overnight") ? null
                        : new Match(i, i + 2, TIME, withPart(w.cal().day(0), part));
            }
            default -> {
                return partOfDay(w, i);
            }
        }
        String day = w.cal().day(offset);
        String part = TimeLexicon.partOfDay(w.low(i + 1));
        if (part != null) {
            return new Match(i, i + 2, TIME, withPart(day, part));
        }
        return new Match(i, i + 1, DATE, day);
    }

    /** "that night", "in the morning": the day the sentence last named, else the publication day. */
    private static Match partOfDay(Words w, int i) {
        String part = TimeLexicon.partOfDay(w.low(i));
        if (part == null || !w.pos(i).equals("NN") && !w.pos(i).equals("RB") || w.pos(i + 1).startsWith("NN")) {
            return null; // "Morning Consult", "night club"
        }
        String day = w.narrative() != null ? w.narrative().toString() : w.cal().day(0);
        return new Match(i, i + 1, TIME, withPart(day, part));
    }

    private static String withPart(String day, String part) {
        return day == null ? null : day + "T" + part;
    }

    // ---- weekdays: "Sunday", "last Tuesday", "Sunday evening", "Monday, April 14, 2014"

    private static Match weekday(Words w, int i) {
        Rel r = relationAt(w, i, true);
        int j = i + r.length();
        DayOfWeek dow = TimeLexicon.weekday(w.low(j));
        if (dow == null || !w.capitalized(j)) {
            return null;
        }
        int end = j + 1;
        int k = w.low(end).equals(",") ? end + 1 : end;
        Match explicit = longer(monthFirst(w, k), dayFirst(w, k));
        if (r.relation() == Relation.BARE && explicit != null && explicit.type().equals(DATE)
                && explicit.value() != null && explicit.value().length() == 10) {
            return new Match(i, explicit.to(), DATE, explicit.value());
        }
        String day = w.cal().weekday(dow, r.relation(), w.lean(j));
        String part = TimeLexicon.partOfDay(w.low(end));
        if (part != null) {
            return new Match(i, end + 1, TIME, withPart(day, part));
        }
        return new Match(i, end, DATE, day);
    }

    /** A relation word ("last", "next", "this", "this past", "coming") at i, or BARE of length 0. */
    private static Rel relationAt(Words w, int i, boolean pastMeansLast) {
        String a = w.low(i);
        String b = w.low(i + 1);
        if (a.equals("this") && (b.equals("past") || b.equals("last"))) {
            return new Rel(Relation.LAST, 2);
        }
        if (a.equals("this") && b.equals("coming")) {
            return new Rel(Relation.NEXT, 2);
        }
        return switch (a) {
            case "last", "previous" -> new Rel(Relation.LAST, 1);
            case "past" -> pastMeansLast ? new Rel(Relation.LAST, 1) : new Rel(Relation.BARE, 0);
            case "next", "coming" -> new Rel(Relation.NEXT, 1);
            case "this" -> new Rel(Relation.THIS, 1);
            default -> new Rel(Relation.BARE, 0);
        };
    }

    private record Rel(Relation relation, int length) {
    }

    // ---- months: "Sept. 14", "March 3, 2018", "December 2010", "last December", "in March"

    private static Match monthFirst(Words w, int i) {
        Rel r = relationAt(w, i, false);
        int j = i + r.length();
        int month = monthAt(w, j);
        if (month == 0) {
            return null;
        }
        if (r.relation() != Relation.BARE) {
            return new Match(i, j + 1, DATE, w.cal().namedMonth(month, null, r.relation(), w.dateLean(i)));
        }
        int day = dayNumber(w, j + 1);
        if (day > 0) {
            if (CalendarResolver.date(2000, month, day) == null) {
                return null;
            }
            int k = w.low(j + 2).equals(",") ? j + 3 : j + 2;
            Integer year = yearNumber(w, k);
            if (year != null) {
                return new Match(i, k + 1, DATE, w.cal().monthDay(month, day, year, w.dateLean(i)));
            }
            return new Match(i, j + 2, DATE, w.cal().monthDay(month, day, null, w.dateLean(i)));
        }
        int k = w.low(j + 1).equals(",") || w.low(j + 1).equals("of") ? j + 2 : j + 1;
        Integer year = yearNumber(w, k);
        if (year != null) {
            return new Match(i, k + 1, DATE, w.cal().namedMonth(month, year, Relation.BARE, w.dateLean(i)));
        }
        return new Match(i, j + 1, DATE, w.cal().namedMonth(month, null, Relation.BARE, w.dateLean(i)));
    }

    /** "14 September 2018", "the 14th of March". */
    private static Match dayFirst(Words w, int i) {
        int j = w.low(i).equals("the") ? i + 1 : i;
        int day = dayNumber(w, j);
        if (day == 0) {
            return null;
        }
        if (j > i && !ORDINAL.matcher(w.low(j)).matches()) {
            return null;
        }
        int m = w.low(j + 1).equals("of") ? j + 2 : j + 1;
        int month = monthAt(w, m);
        if (month == 0 || CalendarResolver.date(2000, month, day) == null) {
            return null;
        }
        int k = w.low(m + 1).equals(",") ? m + 2 : m + 1;
        Integer year = yearNumber(w, k);
        if (year != null) {
            return new Match(i, k + 1, DATE, w.cal().monthDay(month, day, year, w.dateLean(i)));
        }
        return new Match(i, m + 1, DATE, w.cal().monthDay(month, day, null, w.dateLean(i)));
    }

    /** The month a token names, or 0; capitals required, and "May"/"March" must be tagged as nouns. */
    private static int monthAt(Words w, int i) {
        String x = w.low(i);
        int month = TimeLexicon.month(x);
        if (month == 0 || !w.capitalized(i) || "PERSON".equals(w.token(i).ner())) {
            return 0;
        }
        if (TimeLexicon.isAmbiguousMonth(x) && !w.pos(i).startsWith("NN") && !MONTH_PREPOSITIONS.contains(w.low(i - 1))) {
            return 0;
        }
        return month;
    }

    private static int dayNumber(Words w, int i) {
        Matcher m = DAY_NUMBER.matcher(w.low(i));
        if (!m.matches()) {
            return 0;
        }
        int d = Integer.parseInt(m.group(1));
        return d >= 1 && d <= 31 ? d : 0;
    }

    private static Integer yearNumber(Words w, int i) {
        String x = w.low(i);
        return YEAR.matcher(x).matches() ? Integer.valueOf(x) : null;
    }

    // ---- numeric dates: "2018-04-13", "4/13/2018"

    private static Match numericDate(Words w, int i) {
        String x = w.low(i);
        Matcher iso = ISO_DATE.matcher(x);
        if (iso.matches()) {
            LocalDate d = CalendarResolver.date(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)));
            return d == null ? null : new Match(i, i + 1, DATE, d.toString());
        }
        Matcher slash = SLASH_DATE.matcher(x);
        if (slash.matches()) {
            int a = Integer.parseInt(slash.group(1));
            int b = Integer.parseInt(slash.group(2));
            int y = Integer.parseInt(slash.group(3));
            if (y < 100) {
                y += y <= 50 ? 2000 : 1900;
            }
            // month first as in US news, unless the first number cannot be a month (13/4/2018)
            LocalDate d = a <= 12 ? CalendarResolver.date(y, a, b) : CalendarResolver.date(y, b, a);
            return d == null ? null : new Match(i, i + 1, DATE, d.toString());
        }
        return null;
    }

    // ---- years: "in 2014", "a 2014 report", "mid-2018"; not "2000 people", "$2014"

    private static Match year(Words w, int i) {
        String x = w.low(i);
        Matcher mid = MID_YEAR.matcher(x);
        if (mid.matches()) {
            return new Match(i, i + 1, DATE, mid.group(1));
        }
        if (!YEAR.matcher(x).matches() || !w.pos(i).equals("CD")) {
            return null;
        }
        if (NOT_BEFORE_YEAR.contains(w.low(i - 1)) || NOT_AFTER_YEAR.contains(w.low(i + 1))) {
            return null;
        }
        String prevPos = w.pos(i - 1);
        boolean determined = prevPos.equals("DT") || prevPos.equals("PRP$") || prevPos.equals("POS")
                || YEAR_PREPOSITIONS.contains(w.low(i - 1));
        String nextPos = w.pos(i + 1);
        boolean countsThings = (nextPos.equals("NNS") || nextPos.equals("NNPS")) && TimeLexicon.unit(w.low(i + 1)) == null;
        if (countsThings && !determined) {
            return null;
        }
        return new Match(i, i + 1, DATE, x);
    }

    // ---- decades and centuries: "the 1990s", "'90s", "the 20th century"

    private static Match decade(Words w, int i) {
        int j = w.low(i).equals("the") ? i + 1 : i;
        String x = w.low(j);
        Matcher full = DECADE.matcher(x);
        if (full.matches()) {
            return new Match(i, j + 1, DATE, full.group(1) + full.group(2) + "X");
        }
        Matcher shortForm = SHORT_DECADE.matcher(x);
        if (shortForm.matches() && (j > i || x.length() == 4)) {
            int digit = Integer.parseInt(shortForm.group(1));
            // the latest century in which that decade has begun by publication ("'90s" -> 1990s, "'10s" -> 2010s)
            int now = w.cal().anchored() ? w.cal().published().getYear() : 2000 + 99;
            int start = (now / 100) * 100 + digit * 10;
            if (start > now) {
                start -= 100;
            }
            return new Match(i, j + 1, DATE, (start / 10) + "X");
        }
        return null;
    }

    private static Match century(Words w, int i) {
        int j = w.low(i).equals("the") ? i + 1 : i;
        Matcher m = CENTURY.matcher(w.low(j));
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        if (n < 1 || n > 21) {
            return null;
        }
        int end;
        if (m.group(3) != null) {
            end = j + 1;
        } else if (w.low(j + 1).equals("century")) {
            end = j + 2;
        } else {
            return null;
        }
        return new Match(i, end, DATE, String.format("%02dXX", n - 1));
    }

    // ---- seasons: "last summer", "the fall of 2007", "in spring"; not "Arab Spring", "the fall of Mosul"

    private static Match season(Words w, int i) {
        int j = w.low(i).equals("the") ? i + 1 : i;
        Rel r = relationAt(w, j, false);
        int s = j + r.length();
        String code = TimeLexicon.season(w.low(s));
        if (code == null) {
            return null;
        }
        int k = w.low(s + 1).equals("of") ? s + 2 : s + 1;
        Integer year = yearNumber(w, k);
        if (year != null) {
            return new Match(i, k + 1, DATE, w.cal().season(code, year, Relation.BARE));
        }
        if (r.relation() == Relation.BARE) {
            boolean properName = w.capitalized(s) && s > 0 && w.pos(s - 1).startsWith("NNP");
            boolean afterPreposition = SEASON_PREPOSITIONS.contains(w.low(i - 1));
            if (w.low(s).equals("fall") || properName || !afterPreposition || w.low(s + 1).equals("of")) {
                return null;
            }
        }
        return new Match(i, s + 1, DATE, w.cal().season(code, null, r.relation()));
    }

    // ---- "last week", "this month", "next year", "the weekend", "the past decade"

    private static Match relativePeriod(Words w, int i) {
        boolean the = w.low(i).equals("the");
        int j = the ? i + 1 : i;
        CalendarResolver cal = w.cal();
        if (the && w.low(j).equals("weekend")) {
            return new Match(i, j + 1, DATE, cal.weekend(Relation.BARE));
        }
        Rel r = relationAt(w, j, the);
        if (r.relation() == Relation.BARE || the && r.relation() == Relation.THIS) {
            return null;
        }
        int u = j + r.length();
        String unit = w.low(u);
        int offset = switch (r.relation()) {
            case LAST -> the ? 0 : -1;
            case NEXT -> 1;
            default -> 0;
        };
        if (the && r.relation() == Relation.NEXT && unit.endsWith("s")) {
            unit = unit.substring(0, unit.length() - 1); // "the coming weeks": from next week on, as SUTime dates it
        }
        if (the && r.relation() == Relation.LAST && (unit.equals("month") || unit.equals("year"))) {
            // "the past year" is the twelve months up to now, not a calendar year
            return new Match(i, u + 1, DURATION, TimeLexicon.unit(unit).duration(1));
        }
        String value = switch (unit) {
            case "week" -> cal.week(offset);
            case "weekend" -> cal.weekend(r.relation());
            case "month" -> cal.month(offset);
            case "year" -> cal.year(offset);
            case "decade" -> cal.decade(offset);
            default -> "";
        };
        if ("".equals(value)) {
            return null;
        }
        return new Match(i, u + 1, DATE, value);
    }

    // ---- counted units: "two years", "three years ago", "a year earlier", "the past six months"

    private static Match counted(Words w, int i) {
        int q = i;
        boolean stretch = false;
        if (w.low(i).equals("the") && Set.of("past", "last", "next", "coming", "first", "final", "previous",
                "following").contains(w.low(i + 1))) {
            q = i + 2;
            stretch = true;
        } else if (w.low(i).equals("recent")) {
            Unit unit = TimeLexicon.unit(w.low(i + 1));
            return unit != null && w.low(i + 1).endsWith("s") ? new Match(i, i + 2, DURATION, unit.vagueDuration())
                    : null;
        }
        Quantity n = quantityAt(w, q);
        if (n == null && !stretch) {
            // "years ago", "decades from now": only that it was (or will be) a while off
            Unit unit = TimeLexicon.unit(w.low(i));
            if (unit != null && w.low(i).endsWith("s") && w.low(i + 1).equals("ago")) {
                return new Match(i, i + 2, DATE, "PAST_REF");
            }
            if (unit != null && w.low(i).endsWith("s") && w.low(i + 1).equals("from") && w.low(i + 2).equals("now")) {
                return new Match(i, i + 3, DATE, "FUTURE_REF");
            }
            return null;
        }
        if (n == null) {
            // "the past months", "the final days"
            Unit unit = TimeLexicon.unit(w.low(q));
            return unit != null && w.low(q).endsWith("s") ? new Match(i, q + 1, DURATION, unit.vagueDuration()) : null;
        }
        int u = q + n.length();
        String unitWord = w.low(u);
        Unit unit = TimeLexicon.unit(unitWord);
        if (unit == null || unit == Unit.QUARTER && n.value() == 1
                || unit == Unit.SECOND && unitWord.equals("second")) {
            return null; // "a quarter of the vote", "a second term"
        }
        int after = u + 1;
        if (!stretch) {
            Match dated = datedByCount(w, i, after, n.value(), unit);
            if (dated != null) {
                return dated;
            }
        }
        String value = n.value() > 0 ? unit.duration(n.value()) : unit.vagueDuration();
        return new Match(i, after, DURATION, value);
    }

    /** "three years ago", "a year earlier", "two days later": a point, not a stretch. */
    private static Match datedByCount(Words w, int from, int after, int n, Unit unit) {
        String next = w.low(after);
        int sign;
        LocalDate anchor;
        int end = after + 1;
        if (next.equals("ago")) {
            sign = -1;
            anchor = w.cal().published();
        } else if (next.equals("earlier") || next.equals("later")
                || (next.equals("before") || next.equals("after")) && endsClause(w, after + 1)) {
            sign = next.equals("earlier") || next.equals("before") ? -1 : 1;
            anchor = w.narrative() != null ? w.narrative() : w.cal().published();
        } else if (next.equals("from") && w.low(after + 1).equals("now")) {
            sign = 1;
            anchor = w.cal().published();
            end = after + 2;
        } else {
            return null;
        }
        if (n > 0) {
            return new Match(from, end, DATE, w.cal().shifted(anchor, sign * n, unit));
        }
        return new Match(from, end, DATE, vaguelyShifted(w.cal(), anchor, sign, unit));
    }

    /**
     * "a few weeks ago": taken as three units, told one step coarser (a few days ago -> that week, a few weeks ago
     * -> that month); a few years or more back is only the past.
     */
    private static String vaguelyShifted(CalendarResolver cal, LocalDate anchor, int sign, Unit unit) {
        if (anchor == null) {
            return null;
        }
        return switch (unit) {
            case SECOND, MINUTE, HOUR -> anchor.toString();
            case DAY -> new CalendarResolver(anchor.plusDays(3L * sign)).week(0);
            case WEEK -> cal.shifted(anchor, 3 * sign, Unit.WEEK).substring(0, 7);
            case MONTH, QUARTER -> cal.shifted(anchor, 3 * sign, Unit.MONTH).substring(0, 4);
            default -> sign < 0 ? "PAST_REF" : "FUTURE_REF";
        };
    }

    private static boolean endsClause(Words w, int i) {
        if (i >= w.size()) {
            return true;
        }
        String pos = w.pos(i);
        return pos.equals(",") || pos.equals(".") || pos.equals(":") || pos.equals("CC");
    }

    private record Quantity(int value, int length) {
    }

    /** A stated number of units ("three", "12", "a", "a few", "a couple of", "several"), value -1 when vague. */
    private static Quantity quantityAt(Words w, int i) {
        String x = w.low(i);
        String next = w.low(i + 1);
        if (x.equals("a") && (next.equals("few") || next.equals("couple"))) {
            int len = w.low(i + 2).equals("of") ? 3 : 2;
            return next.equals("couple") ? new Quantity(2, len) : new Quantity(-1, len);
        }
        int n = TimeLexicon.number(x);
        if (n == 0 || x.equals("couple")) {
            return null;
        }
        if (n > 0 && !w.pos(i).equals("CD") && !x.equals("a") && !x.equals("an") && !x.equals("dozen")) {
            return null; // "one" as a pronoun, "ten" in a name: number words are tagged CD when they count
        }
        return new Quantity(n, 1);
    }

    /** "three-month", "46-year-old", "six-week", as one token or (as CoreNLP splits them) "two - year - long". */
    private static Match hyphenatedDuration(Words w, int i) {
        if (w.low(i + 1).equals("-") && TimeLexicon.unit(w.low(i + 2)) != null) {
            int n = TimeLexicon.number(w.low(i));
            if (n <= 0 || w.low(i).equals("a") || w.low(i).equals("an")) {
                return null;
            }
            int end = i + 3;
            if (w.low(end).equals("-") && Set.of("old", "olds", "long").contains(w.low(end + 1))) {
                end += 2;
            }
            return new Match(i, end, DURATION, TimeLexicon.unit(w.low(i + 2)).duration(n));
        }
        String[] parts = w.low(i).split("-");
        if (parts.length < 2) {
            return null;
        }
        int n = TimeLexicon.number(parts[0]);
        Unit unit = TimeLexicon.unit(parts[1]);
        if (n <= 0 || unit == null || parts[0].equals("a") || parts[0].equals("an")) {
            return null;
        }
        return new Match(i, i + 1, DURATION, unit.duration(n));
    }

    /** "years", "for decades", "the days": a stretch of unstated length. */
    private static Match bareUnits(Words w, int i) {
        int j = w.low(i).equals("the") ? i + 1 : i;
        String x = w.low(j);
        Unit unit = TimeLexicon.unit(x);
        if (unit == null || !x.endsWith("s") || !w.pos(j).equals("NNS") || unit == Unit.QUARTER) {
            return null;
        }
        return new Match(i, j + 1, DURATION, unit.vagueDuration());
    }

    // ---- vague references: "now", "recently", "the past", "the future"

    private static Match reference(Words w, int i) {
        String x = w.low(i);
        if (x.equals("right") && w.low(i + 1).equals("now")) {
            return new Match(i, i + 2, DATE, "PRESENT_REF");
        }
        if (x.equals("the") || x.equals("at")) {
            int j = i + 1;
            if (w.low(j).equals("near") || w.low(j).equals("distant")) {
                j++;
            }
            String y = w.low(j);
            if (y.equals("future") && !x.equals("at")) {
                return new Match(i, j + 1, DATE, "FUTURE_REF");
            }
            if (y.equals("past") && !x.equals("at") && j == i + 1) {
                return new Match(i, j + 1, DATE, "PAST_REF");
            }
            if (y.equals("present") && j == i + 1 && !w.pos(j).startsWith("V")) {
                return new Match(j, j + 1, DATE, "PRESENT_REF");
            }
            return null;
        }
        if (x.equals("future") && w.low(i - 1).equals("in")) {
            return new Match(i, i + 1, DATE, "FUTURE_REF");
        }
        String ref = TimeLexicon.reference(x);
        if (ref == null) {
            return null;
        }
        if (x.equals("once") && !w.pos(i).equals("RB")) {
            return null; // "once the deal is signed"
        }
        if (x.equals("current") && !w.pos(i).equals("JJ")) {
            return null;
        }
        return new Match(i, i + 1, DATE, ref);
    }

    // ---- frequencies: "daily", "every three days", "each year"

    private static Match frequency(Words w, int i) {
        String x = w.low(i);
        String f = TimeLexicon.frequency(x);
        if (f != null) {
            return w.pos(i).startsWith("NN") ? null : new Match(i, i + 1, SET, f);
        }
        if (!x.equals("every") && !x.equals("each")) {
            return null;
        }
        String y = w.low(i + 1);
        if (y.equals("night")) {
            return new Match(i, i + 2, SET, "TNI");
        }
        DayOfWeek dow = TimeLexicon.weekday(y);
        if (dow != null) {
            return new Match(i, i + 2, SET, "XXXX-WXX-" + dow.getValue());
        }
        Quantity n = quantityAt(w, i + 1);
        int u = n == null ? i + 1 : i + 1 + n.length();
        Unit unit = TimeLexicon.unit(w.low(u));
        if (unit == null || n != null && n.value() < 1) {
            return null;
        }
        return new Match(i, u + 1, SET, unit.duration(n == null ? 1 : n.value()));
    }

    // ---- clock times: "9:30 a.m.", "6pm", "noon", "5 p.m. Wednesday"

    private static Match clock(Words w, int i) {
        String x = w.low(i);
        int hour;
        int minute = 0;
        int end = i + 1;
        if (x.equals("noon") || x.equals("midday")) {
            hour = 12;
        } else if (x.equals("midnight")) {
            hour = 0;
        } else {
            Matcher m = CLOCK.matcher(x);
            Matcher dotted = DOTTED_CLOCK.matcher(x);
            String ampm;
            if (m.matches()) {
                hour = Integer.parseInt(m.group(1));
                minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                ampm = m.group(3);
                boolean colon = m.group(2) != null;
                if (ampm == null && AM_PM.contains(w.low(i + 1))) {
                    ampm = w.low(i + 1);
                    end = i + 2;
                } else if (ampm == null && w.low(i + 1).replace('\u2019', '\'').equals("o'clock")) {
                    end = i + 2;
                } else if (ampm == null && !colon) {
                    return null;
                }
            } else if (dotted.matches()) {
                hour = Integer.parseInt(dotted.group(1));
                minute = Integer.parseInt(dotted.group(2));
                ampm = dotted.group(3);
            } else {
                return null;
            }
            if (ampm != null) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                boolean pm = ampm.startsWith("p");
                hour = hour % 12 + (pm ? 12 : 0);
            }
            if (hour > 23 || minute > 59) {
                return null;
            }
        }
        if (TIME_ZONES.contains(w.low(end))) {
            end++;
        } else if (w.low(end).equals("local") && w.low(end + 1).equals("time")) {
            end += 2;
        }
        String day = w.cal().day(0);
        int d = w.low(end).equals("on") ? end + 1 : end;
        Match dayMatch = longer(weekday(w, d), dayWord(w, d));
        if (dayMatch != null && dayMatch.type().equals(DATE)) {
            day = dayMatch.value();
            end = dayMatch.to();
        }
        String value = day == null ? null : day + String.format("T%02d:%02d", hour, minute);
        return new Match(i, end, TIME, value);
    }

    // ---- holidays: "Christmas", "New Year's Eve", "Easter Sunday", "Christmas 2018"

    private static Match holiday(Words w, int i) {
        if (!w.capitalized(i)) {
            return null;
        }
        String x = w.low(i);
        Holiday h = null;
        int end = i + 1;
        switch (x) {
            case "christmas" -> {
                h = Holiday.CHRISTMAS;
                if (w.low(i + 1).equals("eve")) {
                    h = Holiday.CHRISTMAS_EVE;
                    end++;
                } else if (w.low(i + 1).equals("day")) {
                    end++;
                }
            }
            case "new" -> {
                if (w.low(i + 1).equals("year") && w.capitalized(i + 1) && !LUNAR.contains(w.low(i - 1))) {
                    int k = i + 2;
                    if (w.low(k).equals("'s") || w.low(k).equals("\u2019s")) {
                        k++;
                    }
                    h = w.low(k).equals("eve") ? Holiday.NEW_YEARS_EVE : Holiday.NEW_YEARS_DAY;
                    end = w.low(k).equals("eve") || w.low(k).equals("day") ? k + 1 : k;
                }
            }
            case "easter" -> {
                h = Holiday.EASTER;
                if (w.low(i + 1).equals("sunday")) {
                    end++;
                }
            }
            case "good" -> {
                if (w.low(i + 1).equals("friday") && w.capitalized(i + 1)) {
                    h = Holiday.GOOD_FRIDAY;
                    end++;
                }
            }
            case "boxing" -> {
                if (w.low(i + 1).equals("day")) {
                    h = Holiday.BOXING_DAY;
                    end++;
                }
            }
            case "thanksgiving" -> h = Holiday.THANKSGIVING;
            case "halloween" -> h = Holiday.HALLOWEEN;
            case "valentine" -> {
                if ((w.low(i + 1).equals("'s") || w.low(i + 1).equals("\u2019s")) && w.low(i + 2).equals("day")) {
                    h = Holiday.VALENTINES_DAY;
                    end += 2;
                }
            }
            default -> {
            }
        }
        if (h == null) {
            return null;
        }
        Integer year = yearNumber(w, end);
        if (year != null) {
            return new Match(i, end + 1, DATE, w.cal().holiday(h, year, w.cueLean(i)));
        }
        return new Match(i, end, DATE, w.cal().holiday(h, null, w.cueLean(i)));
    }

    /** One sentence under scan: its tokens lower-cased once, and the last day it named (for "two days later"). */
    private static final class Words {
        private static final byte PAST_CUE = 1;
        private static final byte FUTURE_CUE = 2;
        private final List<Token> tokens;
        private final String[] low;
        private final CalendarResolver cal;
        /** The tense cue last seen before each token: 0 none, PAST_CUE or FUTURE_CUE. */
        private final byte[] cueBefore;
        private final boolean pastTense;
        private LocalDate narrative;

        Words(List<Token> tokens, CalendarResolver cal) {
            this.tokens = tokens;
            this.cal = cal;
            this.low = new String[tokens.size()];
            this.cueBefore = new byte[tokens.size() + 1];
            byte cue = 0;
            boolean past = false;
            for (int i = 0; i < low.length; i++) {
                cueBefore[i] = cue;
                low[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
                if (FUTURE_WORDS.contains(low[i])
                        || FUTURE_VERBS.contains(low[i]) && tokens.get(i).pos() != null && tokens.get(i).pos().startsWith("VB")) {
                    cue = FUTURE_CUE;
                } else if ("VBD".equals(tokens.get(i).pos())) {
                    cue = PAST_CUE;
                    past = true;
                }
            }
            cueBefore[low.length] = cue;
            this.pastTense = past;
        }

        /**
         * Which way an expression at token i leans, by the nearest tense cue before it: ahead after a future word
         * ("will meet on Tuesday"), back after a past-tense verb ("'The veto will fail,' he said Tuesday") or in a
         * past-tense sentence, else nowhere.
         */
        Lean lean(int i) {
            Lean cue = cueLean(i);
            return cue == Lean.NEAREST && pastTense ? Lean.PAST : cue;
        }

        /**
         * The lean of a month or day starting at token i: ahead after "until", "till" or "by" a few words before
         * ("on hold until at least February", "by the end of March"), else by its tense cue.
         */
        Lean dateLean(int i) {
            for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
                if (DEADLINE_WORDS.contains(low[k])) {
                    return Lean.FUTURE;
                }
                if (!PERIOD_PARTS.contains(low[k])) {
                    break;
                }
            }
            return cueLean(i);
        }

        /**
         * The lean of a month or day at token i by a tense cue before it only: a past verb after it is too often
         * reported speech ("'... expire on September 30th,' they wrote").
         */
        Lean cueLean(int i) {
            byte cue = cueBefore[Math.min(Math.max(i, 0), low.length)];
            return cue == FUTURE_CUE ? Lean.FUTURE : cue == PAST_CUE ? Lean.PAST : Lean.NEAREST;
        }

        int size() {
            return low.length;
        }

        String low(int i) {
            return i >= 0 && i < low.length ? low[i] : "";
        }

        Token token(int i) {
            return tokens.get(i);
        }

        String pos(int i) {
            if (i < 0 || i >= low.length) {
                return "";
            }
            String p = tokens.get(i).pos();
            return p == null ? "" : p;
        }

        boolean capitalized(int i) {
            return i >= 0 && i < low.length && !tokens.get(i).word().isEmpty()
                    && Character.isUpperCase(tokens.get(i).word().charAt(0));
        }

        CalendarResolver cal() {
            return cal;
        }

        LocalDate narrative() {
            return narrative;
        }

        void note(Match m) {
            if (m.value() != null) {
                Matcher day = ISO_DAY_PREFIX.matcher(m.value());
                if (day.lookingAt()) {
                    LocalDate d = CalendarResolver.date(Integer.parseInt(day.group(1)), Integer.parseInt(day.group(2)),
                            Integer.parseInt(day.group(3)));
                    narrative = d != null ? d : narrative;
                }
            }
        }
    }
}
