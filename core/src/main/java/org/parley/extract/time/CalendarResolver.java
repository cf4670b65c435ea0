package org.parley.extract.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns what a time phrase says ("last Tuesday", "Dec. 28", "three years ago") into a TIMEX3 value, anchored at the
 * publication date the way news is written: a bare weekday is the most recent such day (or today), a month or day
 * without a year is the nearest one. Without a publication date every relative value is null; values the text
 * fixes on its own ("April 13, 2018", "2014") keep theirs. Immutable and thread-safe; cheap to build per article.
 */
final class CalendarResolver {

    /** Which instance of a named period a phrase means. */
    enum Relation {
        /** no modifier: the nearest (for weekdays the most recent, today included) */
        BARE,
        /** "last": the one before */
        LAST,
        /** "next", "coming": the one after */
        NEXT,
        /** "this": the one of the current week or year */
        THIS
    }

    /** Which way a phrase without its year or week leans, from the tense of its sentence. */
    enum Lean {
        /** a past-tense sentence: the most recent such day or month, today's included */
        PAST,
        /** a sentence that looks ahead ("will", "scheduled"): the next one, today's included */
        FUTURE,
        /** nothing says: the nearest */
        NEAREST
    }

    /** How far ahead of publication a month or day without its year may lie when no tense says. */
    private static final int MONTHS_AHEAD = 2;

    private final LocalDate published;

    CalendarResolver(LocalDate published) {
        this.published = published;
    }

    boolean anchored() {
        return published != null;
    }

    /** The day {@code offset} days from publication ("yesterday" is -1). */
    String day(int offset) {
        return published == null ? null : published.plusDays(offset).toString();
    }

    /** A day of the week ("Sunday", "last Sunday", "next Tuesday"); news tells of the past unless it looks ahead. */
    String weekday(DayOfWeek dow, Relation relation, Lean lean) {
        if (published == null) {
            return null;
        }
        LocalDate d = switch (relation) {
            case BARE -> switch (lean) {
                case PAST -> published.with(TemporalAdjusters.previousOrSame(dow));
                case FUTURE -> published.with(TemporalAdjusters.nextOrSame(dow));
                case NEAREST -> nearestWeekday(dow);
            };
            case LAST -> published.with(TemporalAdjusters.previous(dow));
            case NEXT -> published.with(TemporalAdjusters.next(dow));
            case THIS -> published.with(dow);
        };
        return d.toString();
    }

    /** The nearest such weekday; three days back beats four ahead, and a tie cannot occur within a week. */
    private LocalDate nearestWeekday(DayOfWeek dow) {
        LocalDate before = published.with(TemporalAdjusters.previousOrSame(dow));
        LocalDate after = published.with(TemporalAdjusters.nextOrSame(dow));
        return distance(after) < distance(before) ? after : before;
    }

    /** An ISO week counted from publication's ("last week" is -1): "2019-W05". */
    String week(int offset) {
        if (published == null) {
            return null;
        }
        LocalDate d = published.plusWeeks(offset);
        return String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The weekend of a week; a bare "the weekend" read on a weekday is the one just past. */
    String weekend(Relation relation) {
        if (published == null) {
            return null;
        }
        boolean onWeekend = published.getDayOfWeek().getValue() >= 6;
        int offset = switch (relation) {
            case LAST -> -1;
            case NEXT -> 1;
            case THIS -> 0;
            case BARE -> onWeekend ? 0 : -1;
        };
        return week(offset) + "-WE";
    }

    String month(int offset) {
        return published == null ? null : YearMonth.from(published).plusMonths(offset).toString();
    }

    String year(int offset) {
        return published == null ? null : Integer.toString(published.getYear() + offset);
    }

    /** "the past decade" is the current one, SUTime-style: "201X". */
    String decade(int offset) {
        return published == null ? null : (published.getYear() / 10 + offset) + "X";
    }

    /** A named month with or without its year ("December 2010", "last December", "in March"). */
    String namedMonth(int month, Integer year, Relation relation, Lean lean) {
        if (year != null) {
            return YearMonth.of(year, month).toString();
        }
        if (published == null) {
            return null;
        }
        YearMonth now = YearMonth.from(published);
        YearMonth same = YearMonth.of(published.getYear(), month);
        YearMonth chosen = switch (relation) {
            case THIS -> same;
            case LAST -> same.isBefore(now) ? same : same.minusYears(1);
            case NEXT -> same.isAfter(now) ? same : same.plusYears(1);
            case BARE -> switch (lean) {
                case PAST -> same.isAfter(now) ? same.minusYears(1) : same;
                case FUTURE -> same.isBefore(now) ? same.plusYears(1) : same;
                case NEAREST -> nearest(same, now);
            };
        };
        return chosen.toString();
    }

    /**
     * The instance of a month when nothing says which: news tells mostly of the recent past and a little of what
     * comes, so the one from nine months before publication to two months after ("in January" in an October
     * article is that January; "in November" in a September article the coming one).
     */
    private static YearMonth nearest(YearMonth same, YearMonth now) {
        long gap = monthsBetween(now, same);
        if (gap > MONTHS_AHEAD) {
            return same.minusYears(1);
        }
        if (gap < MONTHS_AHEAD - 11) {
            return same.plusYears(1);
        }
        return same;
    }

    private static long monthsBetween(YearMonth from, YearMonth to) {
        return (to.getYear() - from.getYear()) * 12L + to.getMonthValue() - from.getMonthValue();
    }

    /** A day of a month ("Sept. 14", "14 September 2018"); null when no such day exists. */
    String monthDay(int month, int day, Integer year, Lean lean) {
        if (year != null) {
            LocalDate d = date(year, month, day);
            return d == null ? null : d.toString();
        }
        if (published == null) {
            return null;
        }
        if (lean == Lean.NEAREST) {
            YearMonth m = nearest(YearMonth.of(published.getYear(), month), YearMonth.from(published));
            LocalDate d = date(m.getYear(), month, day);
            return d == null ? null : d.toString();
        }
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = date(y, month, day);
            if (d != null && fits(d, lean) && (best == null || distance(d) < distance(best))) {
                best = d;
            }
        }
        return best == null ? null : best.toString();
    }

    /** Whether a candidate day lies on the side of publication the tense asks for. */
    private boolean fits(LocalDate d, Lean lean) {
        return switch (lean) {
            case PAST -> !d.isAfter(published);
            case FUTURE -> !d.isBefore(published);
            case NEAREST -> true;
        };
    }

    /** A season ("last summer" -> the previous year's, as SUTime; "the fall of 2007"). */
    String season(String code, Integer year, Relation relation) {
        if (year != null) {
            return year + "-" + code;
        }
        if (published == null) {
            return null;
        }
        int y = published.getYear() + switch (relation) {
            case LAST -> -1;
            case NEXT -> 1;
            default -> 0;
        };
        return y + "-" + code;
    }

    /**
     * A point {@code n} units from an anchor ("three years ago", "two days later"); its precision is the unit's:
     * days and weeks give a day, months a month, years and longer a year.
     */
    String shifted(LocalDate anchor, int n, TimeLexicon.Unit unit) {
        if (anchor == null) {
            return null;
        }
        return switch (unit) {
            case SECOND, MINUTE, HOUR -> anchor.toString();
            case DAY -> anchor.plusDays(n).toString();
            case WEEK -> anchor.plusWeeks(n).toString();
            case MONTH -> YearMonth.from(anchor).plusMonths(n).toString();
            case QUARTER -> YearMonth.from(anchor).plusMonths(3L * n).toString();
            case YEAR -> Integer.toString(anchor.getYear() + n);
            case DECADE -> Integer.toString(anchor.getYear() + 10 * n);
            case CENTURY -> Integer.toString(anchor.getYear() + 100 * n);
        };
    }

    LocalDate published() {
        return published;
    }

    /** A holiday on a fixed or computed day of the year nearest the publication date. */
    String holiday(Holiday holiday, Integer year, Lean lean) {
        if (year != null) {
            return holiday.in(year).toString();
        }
        if (published == null) {
            return null;
        }
        LocalDate best = null;
        for (int y = published.getYear() - 1; y <= published.getYear() + 1; y++) {
            LocalDate d = holiday.in(y);
            if (fits(d, lean) && (best == null || distance(d) < distance(best))) {
                best = d;
            }
        }
        return best.toString();
    }

    private long distance(LocalDate d) {
        return Math.abs(d.toEpochDay() - published.toEpochDay());
    }

    static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Holidays news dates events by, with the rule that places each in a year. */
    enum Holiday {
        NEW_YEARS_DAY, NEW_YEARS_EVE, CHRISTMAS_EVE, CHRISTMAS, BOXING_DAY, VALENTINES_DAY, HALLOWEEN, EASTER,
        GOOD_FRIDAY, THANKSGIVING;

        LocalDate in(int year) {
            return switch (this) {
                case NEW_YEARS_DAY -> LocalDate.of(year, 1, 1);
                case NEW_YEARS_EVE -> LocalDate.of(year, 12, 31);
                case CHRISTMAS_EVE -> LocalDate.of(year, 12, 24);
                case CHRISTMAS -> LocalDate.of(year, 12, 25);
                case BOXING_DAY -> LocalDate.of(year, 12, 26);
                case VALENTINES_DAY -> LocalDate.of(year, 2, 14);
                case HALLOWEEN -> LocalDate.of(year, 10, 31);
                case EASTER -> easterSunday(year);
                case GOOD_FRIDAY -> easterSunday(year).minusDays(2);
                // the United States' (fourth Thursday of November), the one English news names most
                case THANKSGIVING -> LocalDate.of(year, 11, 1)
                        .with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY));
            };
        }

        /** Western Easter by the Gregorian computus (the anonymous "Meeus/Jones/Butcher" arithmetic). */
        static LocalDate easterSunday(int year) {
            int golden = year % 19;
            int century = year / 100;
            int yearOfCentury = year % 100;
            int leapCenturies = century / 4;
            int centuryRest = century % 4;
            int lunarCorrection = (century + 8) / 25;
            int solarCorrection = (century - lunarCorrection + 1) / 3;
            int epact = (19 * golden + century - leapCenturies - solarCorrection + 15) % 30;
            int leapYears = yearOfCentury / 4;
            int yearRest = yearOfCentury % 4;
            int weekday = (32 + 2 * centuryRest + 2 * leapYears - epact - yearRest) % 7;
            int shift = (golden + 11 * epact + 22 * weekday) / 451;
            int monthAndDay = epact + weekday - 7 * shift + 114;
            return LocalDate.of(year, monthAndDay / 31, monthAndDay % 31 + 1);
        }
    }
}
