package org.parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.annotate.Sentence;
import org.parley.annotate.TimeExpression;
import org.parley.annotate.Token;
import org.parley.article.Article;
import org.parley.extract.TimeRef;

/**
 * {@link TimeExtractor} over hand-built annotation: what SUTime would hand it (type and TIMEX3 value) for
 * sentences written here, and what the extractor must keep, drop or correct. The publication date in most cases
 * is Friday 2025-04-11, so "Monday" can fall on 2025-04-07 (before) or 2025-04-14 (after).
 */
class TimeExtractorTest {

    private static final String FRIDAY = "2025-04-11";

    /** Builds an article sentence by sentence; tokens are "word/POS", time expressions are found by their text. */
    private static final class Fixture {
        private final String published;
        private final StringBuilder text = new StringBuilder();
        private final List<Sentence> sentences = new ArrayList<>();
        private final List<TimeExpression> times = new ArrayList<>();

        Fixture(String published) {
            this.published = published;
        }

        Fixture sentence(String spec) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            List<Token> tokens = new ArrayList<>();
            int i = 0;
            for (String t : spec.trim().split(" +")) {
                int slash = t.lastIndexOf('/');
                String word = t.substring(0, slash);
                String pos = t.substring(slash + 1);
                boolean glued = word.equals(".") || word.equals(",") || word.startsWith("'");
                if (i > 0 && !glued) {
                    text.append(' ');
                }
                int start = text.length();
                text.append(word);
                tokens.add(new Token(i++, word, start, text.length(), pos, word.toLowerCase(), "O"));
            }
            sentences.add(new Sentence(sentences.size(), tokens.get(0).start(), tokens.get(tokens.size() - 1).end(),
                    tokens, List.of(), false));
            return this;
        }

        /** A time expression in the last sentence added, located by its words. */
        Fixture time(String words, String type, String value) {
            Sentence s = sentences.get(sentences.size() - 1);
            int start = text.indexOf(words, s.start());
            if (start < 0 || start + words.length() > s.end()) {
                throw new IllegalArgumentException("'" + words + "' is not in sentence " + s.index());
            }
            times.add(new TimeExpression(s.index(), words, start, start + words.length(), type, value));
            return this;
        }

        AnnotatedArticle build() {
            return new AnnotatedArticle(new Article("t", published, null, null, null, text.toString()), sentences,
                    times);
        }
    }

    private static List<TimeRef> extract(Fixture f) {
        return new TimeExtractor().extract(f.build());
    }

    private static String onlyValue(Fixture f) {
        List<TimeRef> refs = extract(f);
        assertThat(refs).hasSize(1);
        return refs.get(0).value();
    }

    // ---------------------------------------------------------------- calendar values kept, the rest dropped

    @Test
    void aTimeKeepsItsDayAndTheExpressionItsSpan() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("Trump/NNP spoke/VBD on/IN Thursday/NNP night/NN ./.")
                .time("Thursday night", "TIME", "2025-04-10TNI");
        AnnotatedArticle a = f.build();
        List<TimeRef> refs = new TimeExtractor().extract(a);
        assertThat(refs).hasSize(1);
        TimeRef r = refs.get(0);
        assertThat(r.value()).isEqualTo("2025-04-10");
        assertThat(r.text()).isEqualTo("Thursday night");
        assertThat(a.text().substring(r.start(), r.end())).isEqualTo("Thursday night");
    }

    @Test
    void aClockTimeIsReducedToItsDay() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("The/DT vote/NN ended/VBD at/IN 8pm/CD ./.")
                .time("8pm", "TIME", "2025-04-10T20:00");
        assertThat(onlyValue(f)).isEqualTo("2025-04-10");
    }

    @Test
    void monthAndYearValuesKeepTheirPrecision() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("Talks/NNS began/VBD in/IN January/NNP and/CC stalled/VBD this/DT year/NN ./.")
                .time("January", "DATE", "2025-01")
                .time("this year", "DATE", "2025")
                .sentence("Data/NNS for/IN the/DT second/JJ week/NN of/IN April/NNP came/VBD out/RP ./.")
                .time("the second week of April", "DATE", "2025-W15");
        assertThat(extract(f)).extracting(TimeRef::value).containsExactly("2025-01", "2025", "2025-W15");
    }

    @Test
    void durationsSetsAndVagueReferencesAreDropped() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("The/DT war/NN has/VBZ lasted/VBN three/CD years/NNS ./.")
                .time("three years", "DURATION", "P3Y")
                .sentence("They/PRP meet/VBP every/DT Monday/NNP ./.")
                .time("every Monday", "SET", "XXXX-WXX-1")
                .sentence("In/IN the/DT past/NN ,/, talks/NNS failed/VBD ./.")
                .time("the past", "DATE", "PAST_REF")
                .sentence("Now/RB they/PRP talk/VBP ./.")
                .time("Now", "DATE", "PRESENT_REF")
                .sentence("A/DT deal/NN came/VBD on/IN Thursday/NNP ./.")
                .time("Thursday", "DATE", "2025-04-10");
        assertThat(extract(f)).extracting(TimeRef::text).containsExactly("Thursday");
    }

    @Test
    void aValueThatIsNotARealDayIsDropped() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("It/PRP happened/VBD on/IN February/NNP 30/CD ./.")
                .time("February 30", "DATE", "2025-02-30")
                .sentence("No/DT value/NN at/IN all/DT here/RB ./.")
                .time("here", "DATE", null);
        assertThat(extract(f)).isEmpty();
    }

    // ---------------------------------------------------------------- "ago": only the year or month is known

    @Test
    void yearsAgoIsReducedToTheYear() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("Russia/NNP invaded/VBD over/IN three/CD years/NNS ago/RB ./.")
                .time("over three years ago", "DATE", "2022-04-11");
        assertThat(onlyValue(f)).isEqualTo("2022");
    }

    @Test
    void monthsAgoIsReducedToTheMonth() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("The/DT deal/NN collapsed/VBD two/CD months/NNS ago/RB ./.")
                .time("two months ago", "DATE", "2025-02-11");
        assertThat(onlyValue(f)).isEqualTo("2025-02");
    }

    @Test
    void aYearAgoAndDecadesAgoToo() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("A/DT year/NN ago/RB ,/, talks/NNS failed/VBD ./.")
                .time("A year ago", "DATE", "2024-04-11")
                .sentence("Two/CD decades/NNS ago/RB ,/, they/PRP met/VBD ./.")
                .time("Two decades ago", "DATE", "2005-04-11");
        assertThat(extract(f)).extracting(TimeRef::value).containsExactly("2024", "2005");
    }

    @Test
    void daysAgoKeepsTheDay() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("He/PRP left/VBD three/CD days/NNS ago/RB ./.")
                .time("three days ago", "DATE", "2025-04-08");
        assertThat(onlyValue(f)).isEqualTo("2025-04-08");
    }

    // ---------------------------------------------------------------- bare weekdays follow the sentence's tense

    @Test
    void aWeekdayInAPastSentenceThatSuTimePutAfterPublicationMovesBackAWeek() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("Peskov/NNP said/VBD on/IN Monday/NNP that/IN talks/NNS continue/VBP ./.")
                .time("Monday", "DATE", "2025-04-14");
        assertThat(onlyValue(f)).isEqualTo("2025-04-07");
    }

    @Test
    void aWeekdayInAPastSentenceAlreadyBeforePublicationStays() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("Peskov/NNP said/VBD on/IN Tuesday/NNP that/IN talks/NNS continue/VBP ./.")
                .time("Tuesday", "DATE", "2025-04-08");
        assertThat(onlyValue(f)).isEqualTo("2025-04-08");
    }

    @Test
    void aWeekdayInAFutureSentenceThatSuTimePutBeforePublicationMovesForward() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("The/DT two/CD sides/NNS will/MD meet/VB on/IN Monday/NNP ./.")
                .time("Monday", "DATE", "2025-04-07");
        assertThat(onlyValue(f)).isEqualTo("2025-04-14");
    }

    @Test
    void aPlannedMeetingReportedInThePastTenseIsStillInTheFuture() {
        // "said" is past, but "scheduled" before the weekday says the meeting is ahead
        Fixture f = new Fixture(FRIDAY)
                .sentence("Officials/NNS said/VBD talks/NNS are/VBP scheduled/VBN for/IN Monday/NNP night/NN ./.")
                .time("Monday night", "TIME", "2025-04-07TNI");
        assertThat(onlyValue(f)).isEqualTo("2025-04-14");
    }

    @Test
    void theNearestTenseCueBeforeTheWeekdayDecidesNotAFutureInsideAQuote() {
        // the quote's "will" is what Talks do; Thursday is when he said it
        Fixture f = new Fixture(FRIDAY)
                .sentence("``/`` Talks/NNS will/MD fail/VB ,/, ''/'' he/PRP said/VBD Thursday/NNP ./.")
                .time("Thursday", "DATE", "2025-04-10")
                .sentence("Officials/NNS said/VBD he/PRP will/MD meet/VB Putin/NNP on/IN Thursday/NNP ./.")
                .time("Thursday", "DATE", "2025-04-10");
        assertThat(extract(f)).extracting(TimeRef::value).containsExactly("2025-04-10", "2025-04-17");
    }

    @Test
    void anExplicitNextOrLastWeekdayIsLeftAsSuTimeResolvedIt() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("He/PRP said/VBD talks/NNS resume/VBP next/JJ Monday/NNP ./.")
                .time("next Monday", "DATE", "2025-04-14")
                .sentence("They/PRP will/MD review/VB what/WP happened/VBD last/JJ Tuesday/NNP ./.")
                .time("last Tuesday", "DATE", "2025-04-08");
        assertThat(extract(f)).extracting(TimeRef::value).containsExactly("2025-04-14", "2025-04-08");
    }

    @Test
    void aWeekdayWithoutTenseCluesGoesToTheNearestSuchDay() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("The/DT congress/NN ,/, meeting/VBG on/IN Monday/NNP ,/, is/VBZ boycotted/VBN ./.")
                .time("Monday", "DATE", "2025-04-07")
                .sentence("The/DT summit/NN ,/, opening/VBG on/IN Sunday/NNP ,/, is/VBZ small/JJ ./.")
                .time("Sunday", "DATE", "2025-04-06");
        // Monday 7th is 4 days back, Monday 14th 3 ahead; Sunday 6th is 5 back, Sunday 13th 2 ahead
        assertThat(extract(f)).extracting(TimeRef::value).containsExactly("2025-04-14", "2025-04-13");
    }

    @Test
    void aWeekdayWithAFullDateIsNotMoved() {
        // "will" stands before the expression, but a date with its year needs no week guessed
        Fixture f = new Fixture(FRIDAY)
                .sentence("The/DT court/NN will/MD review/VB the/DT deal/NN signed/VBN on/IN Monday/NNP ,/, April/NNP"
                        + " 14/CD ,/, 2014/CD ./.")
                .time("Monday, April 14, 2014", "DATE", "2014-04-14");
        assertThat(onlyValue(f)).isEqualTo("2014-04-14");
    }

    // ---------------------------------------------------------------- no publication date

    @Test
    void withoutAPublicationDateARelativeExpressionIsListedUnresolved() {
        // should an annotator resolve against the day it runs, that value must not leak out
        Fixture f = new Fixture(null)
                .sentence("Trump/NNP spoke/VBD on/IN Thursday/NNP ./.")
                .time("Thursday", "DATE", "2026-01-15")
                .sentence("The/DT war/NN began/VBD three/CD years/NNS ago/RB ./.")
                .time("three years ago", "DATE", "2023-01-16");
        List<TimeRef> refs = extract(f);
        assertThat(refs).extracting(TimeRef::text).containsExactly("Thursday", "three years ago");
        assertThat(refs).extracting(TimeRef::value).containsOnlyNulls();
    }

    @Test
    void withoutAPublicationDateWhatSuTimeLeavesUnanchoredIsListedUnresolved() {
        Fixture f = new Fixture(null)
                .sentence("Trump/NNP spoke/VBD on/IN Thursday/NNP ./.")
                .time("Thursday", "DATE", "XXXX-WXX-4")
                .sentence("The/DT war/NN began/VBD three/CD years/NNS ago/RB ./.")
                .time("three years ago", "DATE", "OFFSET P-3Y")
                .sentence("They/PRP met/VBD yesterday/NN ./.")
                .time("yesterday", "DATE", "OFFSET P-1D");
        List<TimeRef> refs = extract(f);
        assertThat(refs).extracting(TimeRef::text).containsExactly("Thursday", "three years ago", "yesterday");
        assertThat(refs).extracting(TimeRef::value).containsOnlyNulls();
    }

    @Test
    void withoutAPublicationDateAnAbsoluteYearIsKept() {
        Fixture f = new Fixture(null)
                .sentence("The/DT treaty/NN was/VBD signed/VBN in/IN 2016/CD ./.")
                .time("2016", "DATE", "2016")
                .sentence("Talks/NNS resumed/VBD in/IN March/NNP 2021/CD ./.")
                .time("March 2021", "DATE", "2021-03");
        assertThat(extract(f)).extracting(TimeRef::value).containsExactly("2016", "2021-03");
    }

    @Test
    void withAPublicationDateAnAbsoluteYearIsKeptToo() {
        Fixture f = new Fixture(FRIDAY)
                .sentence("The/DT treaty/NN was/VBD signed/VBN in/IN 2016/CD ./.")
                .time("2016", "DATE", "2016");
        assertThat(onlyValue(f)).isEqualTo("2016");
    }

    @Test
    void aPublicationDateTimeStillAnchors() {
        Fixture f = new Fixture("2025-04-11T09:15:00Z")
                .sentence("Peskov/NNP said/VBD on/IN Monday/NNP that/IN talks/NNS continue/VBP ./.")
                .time("Monday", "DATE", "2025-04-14");
        assertThat(onlyValue(f)).isEqualTo("2025-04-07");
    }
}
