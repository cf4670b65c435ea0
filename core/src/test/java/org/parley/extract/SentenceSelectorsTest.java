package org.parley.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.annotate.Token;
import org.parley.extract.time.TimeCues;

/** Which sentences get the expensive layers: time tagging and dependency parsing. */
class SentenceSelectorsTest {

    private static final ParseSelector PARSE = ParseSelector.builtIn();
    private static final TimeCues TIME = new TimeCues();

    /** "word/POS/LEMMA[/NER]" tokens separated by spaces. */
    private static List<Token> tokens(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        for (String part : tagged.split(" ")) {
            String[] f = part.split("/");
            out.add(new Token(out.size(), f[0], offset, offset + f[0].length(), f[1], f[2], f.length > 3 ? f[3] : "O"));
            offset += f[0].length() + 1;
        }
        return out;
    }

    @Test
    void aSpeechCueOrAQuotationMarkIsParsed() {
        assertThat(PARSE.needsParse(tokens("Officials/NNS/official said/VBD/say it/PRP/it rained/VBD/rain ./././"))).isTrue();
        assertThat(PARSE.needsParse(tokens("“/``/“ Enough/RB/enough ./././ ”/''/”"))).isTrue();
    }

    @Test
    void aVerbThatIsACueOnlyWithItsPrepositionIsParsed() {
        // "talk" is a cue only as "talk about": the parse decides which preposition belongs to it
        assertThat(PARSE.needsParse(tokens("She/PRP/she talked/VBD/talk about/IN/about taxes/NNS/tax ./././"))).isTrue();
    }

    @Test
    void anEventTriggerNeedsSomethingThatCanBeAnActor() {
        assertThat(PARSE.needsParse(tokens("Russia/NNP/Russia/LOCATION invaded/VBD/invade Ukraine/NNP/Ukraine/LOCATION ./././")))
                .isTrue();
        assertThat(PARSE.needsParse(tokens("prices/NNS/price attacked/VBD/attack records/NNS/record ./././"))).isFalse();
    }

    @Test
    void aLightVerbTriggersOnlyWithAnObjectItNeeds() {
        assertThat(PARSE.needsParse(tokens("Iran/NNP/Iran/LOCATION has/VBZ/have oil/NN/oil ./././"))).isFalse();
        assertThat(PARSE.needsParse(tokens("Iran/NNP/Iran/LOCATION held/VBD/hold talks/NNS/talk ./././"))).isTrue();
    }

    @Test
    void timeWordsSelectASentenceForTheTimeTagger() {
        assertThat(TIME.needsParse(tokens("They/PRP/they met/VBD/meet on/IN/on Thursday/NNP/Thursday"))).isTrue();
        assertThat(TIME.needsParse(tokens("The/DT/the war/NN/war began/VBD/begin in/IN/in 2014/CD/2014"))).isTrue();
        assertThat(TIME.needsParse(tokens("three/CD/three years/NNS/year ago/RB/ago"))).isTrue();
    }

    @Test
    void ordinaryNumbersAndModalMayDoNotSelect() {
        assertThat(TIME.needsParse(tokens("Some/DT/some 46/CD/46 percent/NN/percent may/MD/may agree/VB/agree"))).isFalse();
        assertThat(TIME.needsParse(tokens("Protesters/NNS/protester march/VBP/march on/IN/on"))).isFalse();
        assertThat(TIME.needsParse(tokens("in/IN/in May/NNP/May"))).isTrue();
    }
}
