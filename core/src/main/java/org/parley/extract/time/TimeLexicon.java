package org.parley.extract.time;

import java.time.DayOfWeek;
import java.util.Map;
import java.util.Set;

/**
 * The words of English news time expressions and what each means: weekday and month names with their news
 * abbreviations (AP style "Sept.", "Thurs."), number words, calendar units, parts of the day, seasons and the vague
 * references SUTime normalizes ("now", "recently"). Lookups take a lower-cased token. Immutable and thread-safe.
 */
final class TimeLexicon {

    /** A calendar unit with its TIMEX3 duration letter; hours and smaller take the "PT" prefix. */
    enum Unit {
        SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEK("W", false),
        MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false), CENTURY("CE", false);

        final String letter;
        final boolean clock;

        Unit(String letter, boolean clock) {
            this.letter = letter;
            this.clock = clock;
        }

        /** TIMEX3 duration of n units ("P2Y", "PT3H"); decades and centuries count years, quarters months. */
        String duration(int n) {
            return switch (this) {
                case DECADE -> "P" + n * 10 + "Y";
                case CENTURY -> "P" + n * 100 + "Y";
                case QUARTER -> "P" + n * 3 + "M";
                default -> (clock ? "PT" : "P") + n + letter;
            };
        }

        /** TIMEX3 duration of an unknown number of units ("years" -> "PXY"; SUTime writes "decades" as PXY too). */
        String vagueDuration() {
            return switch (this) {
                case DECADE, CENTURY -> "PXY";
                case QUARTER -> "PXM";
                default -> (clock ? "PTX" : "PX") + letter;
            };
        }
    }

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("mon.", DayOfWeek.MONDAY),
            Map.entry("tuesday", DayOfWeek.TUESDAY), Map.entry("tue.", DayOfWeek.TUESDAY),
            Map.entry("tues.", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("wed.", DayOfWeek.WEDNESDAY),
            Map.entry("thursday", DayOfWeek.THURSDAY), Map.entry("thu.", DayOfWeek.THURSDAY),
            Map.entry("thur.", DayOfWeek.THURSDAY), Map.entry("thurs.", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("fri.", DayOfWeek.FRIDAY),
            Map.entry("saturday", DayOfWeek.SATURDAY), Map.entry("sat.", DayOfWeek.SATURDAY),
            // "Sun." is left out: "the Sun" (a newspaper) tokenizes the same way at the end of a sentence
            Map.entry("sunday", DayOfWeek.SUNDAY));

    /** Month names; abbreviations only with their period (or AP's "Sept"), since "Jan" and "Jun" are also names. */
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan.", 1), Map.entry("february", 2), Map.entry("feb.", 2),
            Map.entry("march", 3), Map.entry("mar.", 3), Map.entry("april", 4), Map.entry("apr.", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun.", 6), Map.entry("july", 7),
            Map.entry("jul.", 7), Map.entry("august", 8), Map.entry("aug.", 8), Map.entry("september", 9),
            Map.entry("sept.", 9), Map.entry("sept", 9), Map.entry("sep.", 9), Map.entry("october", 10),
            Map.entry("oct.", 10), Map.entry("november", 11), Map.entry("nov.", 11), Map.entry("december", 12),
            Map.entry("dec.", 12));

    /** Month names that are also everyday English words ("May" the modal, "March" the verb). */
    private static final Set<String> AMBIGUOUS_MONTHS = Set.of("may", "march");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12));

    /** Words that stand for a number nobody states ("several years", "a few days"). */
    private static final Set<String> VAGUE_NUMBERS = Set.of("few", "several", "many", "some", "couple");

    private static final Map<String, Unit> UNITS = Map.ofEntries(
            Map.entry("second", Unit.SECOND), Map.entry("seconds", Unit.SECOND),
            Map.entry("minute", Unit.MINUTE), Map.entry("minutes", Unit.MINUTE), Map.entry("mins", Unit.MINUTE),
            Map.entry("hour", Unit.HOUR), Map.entry("hours", Unit.HOUR),
            Map.entry("day", Unit.DAY), Map.entry("days", Unit.DAY),
            Map.entry("week", Unit.WEEK), Map.entry("weeks", Unit.WEEK),
            Map.entry("fortnight", Unit.WEEK),
            Map.entry("month", Unit.MONTH), Map.entry("months", Unit.MONTH),
            Map.entry("quarter", Unit.QUARTER), Map.entry("quarters", Unit.QUARTER),
            Map.entry("year", Unit.YEAR), Map.entry("years", Unit.YEAR),
            Map.entry("decade", Unit.DECADE), Map.entry("decades", Unit.DECADE),
            Map.entry("century", Unit.CENTURY), Map.entry("centuries", Unit.CENTURY));

    /** Parts of the day with their TIMEX3 codes ("Sunday evening" -> "...TEV"). */
    private static final Map<String, String> PARTS_OF_DAY = Map.of(
            "morning", "MO", "afternoon", "AF", "evening", "EV", "night", "NI", "overnight", "NI");

    /** Seasons with their TIMEX3 codes ("last summer" -> "2018-SU"). */
    private static final Map<String, String> SEASONS = Map.of(
            "spring", "SP", "summer", "SU", "autumn", "FA", "fall", "FA", "winter", "WI");

    /** Single words that SUTime normalizes to a vague reference; TimeExtractor dates nothing by them. */
    private static final Map<String, String> REFERENCE_WORDS = Map.of(
            "now", "PRESENT_REF", "currently", "PRESENT_REF", "nowadays", "PRESENT_REF", "current", "PRESENT_REF",
            "recently", "PAST_REF", "previously", "PAST_REF", "formerly", "PAST_REF", "once", "PAST_REF");

    /** Adverbs of frequency and the period they repeat at. */
    private static final Map<String, String> FREQUENCY_WORDS = Map.of(
            "daily", "P1D", "nightly", "TNI", "weekly", "P1W", "monthly", "P1M", "quarterly", "P3M",
            "annual", "P1Y", "annually", "P1Y", "yearly", "P1Y", "hourly", "PT1H");

    private TimeLexicon() {
    }

    static DayOfWeek weekday(String lower) {
        return WEEKDAYS.get(lower);
    }

    /** The month (1-12) a word names, or 0. */
    static int month(String lower) {
        return MONTHS.getOrDefault(lower, 0);
    }

    static boolean isAmbiguousMonth(String lower) {
        return AMBIGUOUS_MONTHS.contains(lower);
    }

    /** The value of a number word or numeral ("three", "12", "1,000"), -1 for a vague one ("several"), or 0. */
    static int number(String lower) {
        Integer n = NUMBERS.get(lower);
        if (n != null) {
            return n;
        }
        if (VAGUE_NUMBERS.contains(lower)) {
            return -1;
        }
        String digits = lower.replace(",", "");
        if (!digits.isEmpty() && digits.length() <= 6 && digits.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(digits);
        }
        return 0;
    }

    static Unit unit(String lower) {
        return UNITS.get(lower);
    }

    static String partOfDay(String lower) {
        return PARTS_OF_DAY.get(lower);
    }

    static String season(String lower) {
        return SEASONS.get(lower);
    }

    static String reference(String lower) {
        return REFERENCE_WORDS.get(lower);
    }

    static String frequency(String lower) {
        return FREQUENCY_WORDS.get(lower);
    }
}
