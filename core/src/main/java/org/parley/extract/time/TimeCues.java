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
            "spring", "summer", "autumn", "fall", "winter", "christmas", "easter", "ramadan", "eid", "new", "day",
            "days", "earlier", "later", "last", "next", "past", "recently", "midnight", "noon", "quarter");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(st|nd|rd|th|s)?|'\\d\\d|\\d{1,2}[:/.]\\d{2}.*");

    @Override
    public boolean needsParse(List<Token> tokens) {
        for (Token t : tokens) {
            String w = t.word().toLowerCase(Locale.ROOT);
            if (WORDS.contains(w) || NUMBER.matcher(w).matches()) {
                return true;
            }
        }
        return false;
    }
}
