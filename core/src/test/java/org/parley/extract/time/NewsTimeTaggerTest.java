package org.parley.extract.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.TimeExpression;
import org.parley.annotate.Token;

/**
 * {@link NewsTimeTagger} on news-style sentences written here as "word/POS" (or "word/POS/NER") tokens, a "|" in a word standing for "/", published on
 * Monday 2019-02-04 unless a test says otherwise: which words it takes as a time, and the TIMEX3 value it gives.
 */
class NewsTimeTaggerTest {

    private static final LocalDate MONDAY = LocalDate.of(2019, 2, 4);
    private final NewsTimeTagger tagger = new NewsTimeTagger();

    /** Tags one sentence, tokens separated by spaces; "text=value/TYPE" strings come back for easy assertions. */
    private List<String> tag(String spec, LocalDate published) {
        StringBuilder text = new StringBuilder("Intro. ");
        List<Token> tokens = new ArrayList<>();
        for (String t : spec.split(" ")) {
            String[] parts = t.split("/");
            String word = parts[0].replace('|', '/');
            int start = text.length();
            text.append(word);
            tokens.add(new Token(tokens.size(), word, start, text.length(), parts[1], word,
                    parts.length > 2 ? parts[2] : "O"));
            text.append(' ');
        }
        String article = text.toString();
        List<String> out = new ArrayList<>();
        for (TimeExpression e : tagger.tag(3, tokens, article, published)) {
            assertThat(e.sentence()).isEqualTo(3);
            assertThat(article.substring(e.start(), e.end())).isEqualTo(e.text());
            out.add(e.text() + "=" + e.value() + "/" + e.type());
        }
        return out;
    }

    private List<String> tag(String spec) {
        return tag(spec, MONDAY);
    }

    @Test
    void weekdaysAreTheMostRecentSuchDayInThePastTense() {
        assertThat(tag("Trump/NNP said/VBD on/IN Sunday/NNP evening/NN that/IN troops/NNS would/MD stay/VB"))
                .containsExactly("Sunday evening=2019-02-03TEV/TIME");
        assertThat(tag("Iraq/NNP 's/POS president/NN spoke/VBD on/IN Monday/NNP ./."))
                .containsExactly("Monday=2019-02-04/DATE");
        assertThat(tag("Police/NNS said/VBD Friday/NNP the/DT man/NN fled/VBD"))
                .containsExactly("Friday=2019-02-01/DATE");
    }

    @Test
    void weekdaysAfterAFutureWordAreTheComingOne() {
        assertThat(tag("She/PRP will/MD visit/VB Capitol/NNP Hill/NNP on/IN Thursday/NNP"))
                .containsExactly("Thursday=2019-02-07/DATE");
        assertThat(tag("``/`` The/DT veto/NN will/MD fail/VB ,/, ''/'' he/PRP said/VBD Thursday/NNP"))
                .containsExactly("Thursday=2019-01-31/DATE");
        assertThat(tag("They/PRP meet/VBP next/JJ Tuesday/NNP and/CC met/VBD last/JJ Tuesday/NNP"))
                .containsExactly("next Tuesday=2019-02-05/DATE", "last Tuesday=2019-01-29/DATE");
    }

    @Test
    void dayWords() {
        assertThat(tag("He/PRP left/VBD yesterday/NN and/CC returns/VBZ tomorrow/NN ,/, not/RB today/NN"))
                .containsExactly("yesterday=2019-02-03/DATE", "tomorrow=2019-02-05/DATE", "today=2019-02-04/DATE");
        assertThat(tag("Fighting/NN resumed/VBD last/JJ night/NN and/CC may/MD go/VB on/RP tonight/NN"))
                .containsExactly("last night=2019-02-03TNI/TIME", "tonight=2019-02-04TNI/TIME");
    }

    @Test
    void monthsAndDays() {
        assertThat(tag("The/DT law/NN passed/VBD on/IN Sept./NNP 14/CD"))
                .containsExactly("Sept. 14=2018-09-14/DATE");
        assertThat(tag("It/PRP began/VBD on/IN March/NNP 3/CD ,/, 2018/CD ,/, and/CC ended/VBD 14/CD September/NNP 2018/CD"))
                .containsExactly("March 3 , 2018=2018-03-03/DATE", "14 September 2018=2018-09-14/DATE");
        assertThat(tag("Unemployment/NN rose/VBD in/IN December/NNP 2010/CD and/CC last/JJ December/NNP"))
                .containsExactly("December 2010=2010-12/DATE", "last December=2018-12/DATE");
        assertThat(tag("Elections/NNS will/MD be/VB held/VBN in/IN March/NNP"))
                .containsExactly("March=2019-03/DATE");
        assertThat(tag("Talks/NNS were/VBD put/VBN on/IN hold/NN until/IN February/NNP", LocalDate.of(2017, 11, 28)))
                .containsExactly("February=2018-02/DATE");
        assertThat(tag("Troops/NNS left/VBD in/IN December/NNP")).containsExactly("December=2018-12/DATE");
    }

    @Test
    void everydayWordsThatLookLikeTimesAreNot() {
        assertThat(tag("Talks/NNS may/MD resume/VB soon/RB")).isEmpty();
        assertThat(tag("March/VB on/IN the/DT capital/NN ,/, protesters/NNS urged/VBD")).isEmpty();
        assertThat(tag("Theresa/NNP/PERSON May/NNP/PERSON spoke/VBD to/TO the/DT Sun/NNP")).isEmpty();
        assertThat(tag("More/JJR than/IN 2,000/CD people/NNS and/CC 1500/CD soldiers/NNS gathered/VBD")).isEmpty();
        assertThat(tag("after/IN the/DT 1-0/CD win/NN over/IN Spain/NNP")).isEmpty();
        assertThat(tag("the/DT Arab/NNP Spring/NNP and/CC the/DT fall/NN of/IN Mosul/NNP")).isEmpty();
        assertThat(tag("Once/IN the/DT deal/NN is/VBZ signed/VBN ,/, it/PRP ends/VBZ")).isEmpty();
        assertThat(tag("It/PRP was/VBD a/DT second/JJ term/NN")).isEmpty();
    }

    @Test
    void yearsDecadesAndCenturies() {
        assertThat(tag("a/DT 2014/CD report/NN found/VBD that/IN in/IN 2014/CD the/DT 2014/CD elections/NNS failed/VBD"))
                .containsExactly("2014=2014/DATE", "2014=2014/DATE", "2014=2014/DATE");
        assertThat(tag("Since/IN the/DT 1990s/CD and/CC the/DT '90s/CD ,/, in/IN the/DT 20th/JJ century/NN"))
                .containsExactly("the 1990s=199X/DATE", "the '90s=199X/DATE", "the 20th century=19XX/DATE");
        assertThat(tag("It/PRP cost/VBD $/$ 2014/CD")).isEmpty();
    }

    @Test
    void seasons() {
        assertThat(tag("Protests/NNS began/VBD last/JJ summer/NN and/CC grew/VBD in/IN the/DT fall/NN of/IN 2007/CD"))
                .containsExactly("last summer=2018-SU/DATE", "the fall of 2007=2007-FA/DATE");
        assertThat(tag("Talks/NNS resume/VBP in/IN spring/NN")).containsExactly("spring=2019-SP/DATE");
    }

    @Test
    void relativePeriods() {
        assertThat(tag("He/PRP resigned/VBD last/JJ week/NN ,/, earlier/RBR this/DT month/NN ,/, not/RB next/JJ year/NN"))
                .containsExactly("last week=2019-W05/DATE", "earlier this month=2019-02/DATE", "next year=2020/DATE");
        assertThat(tag("It/PRP closed/VBD late/RB last/JJ year/NN and/CC over/IN the/DT weekend/NN"))
                .containsExactly("late last year=2018/DATE", "the weekend=2019-W05-WE/DATE");
        assertThat(tag("Obama/NNP left/VBD office/NN this/DT week/NN"))
                .containsExactly("this week=2019-W06/DATE");
    }

    @Test
    void countedUnitsAgoEarlierAndLater() {
        assertThat(tag("He/PRP met/VBD Putin/NNP over/IN three/CD years/NNS ago/RB and/CC two/CD months/NNS ago/RB"))
                .containsExactly("over three years ago=2016/DATE", "two months ago=2018-12/DATE");
        assertThat(tag("It/PRP began/VBD on/IN Jan./NNP 10/CD and/CC ended/VBD two/CD days/NNS later/RB"))
                .containsExactly("Jan. 10=2019-01-10/DATE", "two days later=2019-01-12/DATE");
        assertThat(tag("A/DT year/NN earlier/RBR ,/, prices/NNS fell/VBD"))
                .containsExactly("A year earlier=2018/DATE");
        assertThat(tag("He/PRP arrived/VBD years/NNS ago/RB")).containsExactly("years ago=PAST_REF/DATE");
    }

    @Test
    void durations() {
        assertThat(tag("He/PRP served/VBD two/CD years/NNS in/IN the/DT past/JJ six/CD months/NNS"))
                .containsExactly("two years=P2Y/DURATION", "the past six months=P6M/DURATION");
        assertThat(tag("For/IN years/NNS and/CC decades/NNS ,/, a/DT 46-year-old/JJ waited/VBD"))
                .containsExactly("years=PXY/DURATION", "decades=PXY/DURATION", "46-year-old=P46Y/DURATION");
        assertThat(tag("in/IN the/DT past/JJ year/NN")).containsExactly("the past year=P1Y/DURATION");
        assertThat(tag("a/DT two/CD -/HYPH year/NN -/HYPH long/JJ detention/NN"))
                .containsExactly("two - year - long=P2Y/DURATION");
    }

    @Test
    void vagueReferencesAndSets() {
        assertThat(tag("Now/RB he/PRP currently/RB works/VBZ ,/, as/IN he/PRP recently/RB did/VBD"))
                .containsExactly("Now=PRESENT_REF/DATE", "currently=PRESENT_REF/DATE", "recently=PAST_REF/DATE");
        assertThat(tag("in/IN the/DT future/NN he/PRP once/RB said/VBD"))
                .containsExactly("the future=FUTURE_REF/DATE", "once=PAST_REF/DATE");
        assertThat(tag("The/DT daily/JJ briefing/NN happens/VBZ every/DT three/CD days/NNS"))
                .containsExactly("daily=P1D/SET", "every three days=P3D/SET");
    }

    @Test
    void numericDatesClockTimesAndHolidays() {
        assertThat(tag("Filed/VBN 2018-04-13/CD and/CC 4|13|2018/CD"))
                .containsExactly("2018-04-13=2018-04-13/DATE", "4/13/2018=2018-04-13/DATE");
        assertThat(tag("The/DT blast/NN came/VBD at/IN 9:30/CD a.m./RB Saturday/NNP"))
                .containsExactly("9:30 a.m. Saturday=2019-02-02T09:30/TIME");
        assertThat(tag("He/PRP visited/VBD troops/NNS at/IN Christmas/NNP"))
                .containsExactly("Christmas=2018-12-25/DATE");
    }

    @Test
    void withoutPublicationDateRelativeValuesAreNull() {
        assertThat(tag("He/PRP left/VBD on/IN Sunday/NNP ,/, in/IN March/NNP 2018/CD", null))
                .containsExactly("Sunday=null/DATE", "March 2018=2018-03/DATE");
        assertThat(tag("two/CD years/NNS ago/RB in/IN 2014/CD", null))
                .containsExactly("two years ago=null/DATE", "2014=2014/DATE");
    }

    @Test
    void easterByTheComputus() {
        assertThat(CalendarResolver.Holiday.easterSunday(2019)).isEqualTo(LocalDate.of(2019, 4, 21));
        assertThat(CalendarResolver.Holiday.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(CalendarResolver.Holiday.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
    }
}
