package org.parley.extract.time;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.annotate.SentenceSelector;
import org.parley.annotate.Token;

/**
 * Picks the sentences that can hold a calendar time expression, so the time tagger (SUTime, ~20% of tagging time
 * when run everywhere) runs only there: a weekday, month, season or holiday name, a relative word ("yesterday",
 * "ago", "last"), or a number that can be a year or a day. Stateless and thread-safe.
 */
public final class TimeCues implements SentenceSelector {

    private static final Set<String> WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon.", "tue.", "tues.", "wed.", "thu.", "thurs.", "fri.", "sat.", "sun.",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.",
            "nov.", "dec.", "today", "yesterday", "tomorrow", "tonight", "week", "weeks", "weekend", "month", "months",
            "year", "years", "decade", "decades", "century", "ago", "morning", "afternoon", "evening", "night",
            "spring", "summer", "autumn", "winter", "christmas", "easter", "ramadan", "eid", "midnight", "noon",
            "quarter");
    private static final Set<String> MONTHS_THAT_ARE_WORDS = Set.of("may", "march");
    /**
     * Numbers that can be part of a date: a year (1800-2099, "'90s"), a day or clock time ("3rd", "10:30"). Other
     * numbers ("46 percent") are frequent in news and date nothing, so they do not select a sentence alone.
     */
    private static final Pattern NUMBER = Pattern.compile("(18|19|20)\\d\\d(s)?|'\\d\\d(s)?|\\d{1,2}(st|nd|rd|th)"
            + "|\\d{1,2}[:.]\\d{2}(am|pm|a\\.m\\.|p\\.m\\.)?|\\d{1,2}/\\d{1,2}(/\\d{2,4})?");

    @Override
    public boolean needsParse(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (MONTHS_THAT_ARE_WORDS.contains(w) && !Character.isUpperCase(t.word().charAt(0))) {
                continue; // "may", "march": a modal and a verb unless capitalised
            }
            if (WORDS.contains(w) || NUMBER.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }
}
