package org.parley.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.TimeExpression;
import org.parley.annotate.Token;
import org.parley.extract.TimeRef;

/**
 * Turns the annotator's normalized time expressions (SUTime, anchored to the publication date) into the article's
 * {@link TimeRef}s, keeping the calendar ones and correcting what SUTime is known to get wrong:
 * <ul>
 *   <li>"three years ago" comes back as a day; the text only fixes a year (or month for "months ago");</li>
 *   <li>without a publication date, relative expressions are left unresolved (value null), never resolved
 *       against the day Parley happens to run.</li>
 * </ul>
 * Durations, sets and vague references (PAST_REF) are left out: they date nothing. Stateless and thread-safe.
 */
public final class TimeExtractor {

    private static final Pattern CALENDAR = Pattern.compile("^(\\d{4})(-(\\d{2}|W\\d{2}))?(-(\\d{2}))?");
    private static final Pattern AGO = Pattern.compile("\\b(years?|months?|decades?)\\s+ago\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile("\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EXPLICIT_WEEK = Pattern.compile("\\b(next|last|this|coming|past|previous)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final java.util.Set<String> FUTURE_WORDS = java.util.Set.of("will", "'ll", "shall", "planned",
            "scheduled", "due", "expected", "upcoming", "set", "going", "plans", "plan", "intends", "would");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern MONTH = Pattern.compile(
            "\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ABSOLUTE = Pattern.compile("\\b(1[0-9]{3}|20[0-9]{2})\\b");

    public List<TimeRef> extract(AnnotatedArticle article) {
        boolean dated = article.article().publicationDate().isPresent();
        List<TimeRef> out = new ArrayList<>();
        for (TimeExpression t : article.times()) {
            if (!"DATE".equals(t.type()) && !"TIME".equals(t.type())) {
                continue;
            }
            Optional<String> value = calendarValue(t.value());
            if (!dated && !ABSOLUTE.matcher(t.text()).find()) {
                // a relative expression with nothing to anchor it ("Thursday" -> XXXX-WXX-4, "three years ago"
                // -> OFFSET P-3Y): list it unresolved rather than guess; vague references date nothing
                if (t.value() == null || !t.value().endsWith("_REF")) {
                    out.add(new TimeRef(t.text(), null, t.start(), t.end()));
                }
                continue;
            }
            if (value.isEmpty()) {
                continue;
            }
            String v = value.get();
            // only a bare weekday needs its week guessed; "Monday, April 14, 2014" says which
            if (WEEKDAY.matcher(t.text()).find() && v.length() == 10 && !DIGIT.matcher(t.text()).find()
                    && !MONTH.matcher(t.text()).find()) {
                v = weekdayInTense(article, t, v);
            }
            Matcher ago = AGO.matcher(t.text());
            if (ago.find()) {
                String unit = ago.group(1).toLowerCase(Locale.ROOT);
                v = unit.startsWith("month") ? prefix(v, 7) : prefix(v, 4);
            }
            out.add(new TimeRef(t.text(), v, t.start(), t.end()));
        }
        return out;
    }

    /**
     * SUTime puts a bare weekday in the week of the publication date, past or future alike. News tells the past
     * ("said on Monday") unless the clause looks ahead ("will meet on Monday"), so move the date a week to agree
     * with the sentence's tense.
     */
    private static String weekdayInTense(AnnotatedArticle article, TimeExpression t, String value) {
        LocalDate published = article.article().publicationDate().orElse(null);
        if (published == null || t.sentence() >= article.sentences().size()) {
            return value;
        }
        LocalDate d = LocalDate.parse(value);
        boolean explicit = EXPLICIT_WEEK.matcher(t.text()).find();
        // the nearest tense cue before the weekday decides, as in Parley's own tagger: in "'... will fail,' he
        // said Thursday" the quote's "will" is not the tense of Thursday
        boolean future = false;
        boolean past = false;
        List<Token> tokens = article.sentences().get(t.sentence()).tokens();
        for (Token tok : tokens) {
            if (tok.start() >= t.start()) {
                past |= !future && "VBD".equals(tok.pos());
                continue;
            }
            if (FUTURE_WORDS.contains(tok.word().toLowerCase(Locale.ROOT))) {
                future = true;
                past = false;
            } else if ("VBD".equals(tok.pos())) {
                past = true;
                future = false;
            }
        }
        if (explicit) {
            return value;
        }
        if (!future && !past) {
            // present tense ("the congress, meeting on Monday, is boycotted"): the nearest such day
            LocalDate other = d.isAfter(published) ? d.minusWeeks(1) : d.plusWeeks(1);
            long here = Math.abs(d.toEpochDay() - published.toEpochDay());
            long there = Math.abs(other.toEpochDay() - published.toEpochDay());
            return there < here ? other.toString() : value;
        }
        if (!future && d.isAfter(published)) {
            return d.minusWeeks(1).toString();
        }
        if (future && d.isBefore(published)) {
            return d.plusWeeks(1).toString();
        }
        return value;
    }

    /** The ISO calendar prefix of a TIMEX3 value ("2025-04-10T20:00" -> "2025-04-10"), if it has one. */
    static Optional<String> calendarValue(String timex) {
        if (timex == null) {
            return Optional.empty();
        }
        Matcher m = CALENDAR.matcher(timex);
        if (!m.find()) {
            return Optional.empty();
        }
        String v = m.group();
        if (m.group(5) != null) {
            try {
                LocalDate.parse(v);
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.of(v);
    }

    private static String prefix(String v, int n) {
        return v.length() > n ? v.substring(0, n) : v;
    }
}
