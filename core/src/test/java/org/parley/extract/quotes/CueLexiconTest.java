package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.extract.SpeechAct;

class CueLexiconTest {

    @Test
    void standardLexiconHasSpeechThoughtAndFinding() {
        CueLexicon lex = CueLexicon.standard();
        assertThat(lex.get("say").act()).isEqualTo(SpeechAct.SPEECH);
        assertThat(lex.get("Believe").act()).isEqualTo(SpeechAct.THOUGHT);
        assertThat(lex.get("find").act()).isEqualTo(SpeechAct.FINDING);
        assertThat(lex.get("accuse").frame()).isEqualTo(CueFrame.OBJECT_OF);
        assertThat(lex.get("continue").frame()).isEqualTo(CueFrame.TRAILING);
        assertThat(lex.get("endorse").frame()).isEqualTo(CueFrame.OBJECT);
        assertThat(lex.get("see").frame()).isEqualTo(CueFrame.OBJECT_AS);
        assertThat(lex.get("exhort").frame()).isEqualTo(CueFrame.OBJECT_TO);
        assertThat(lex.get("eat")).isNull();
        assertThat(lex.mayBeCue("Say")).isTrue();
        assertThat(lex.get("talk")).as("talk is a cue only with about").isNull();
        assertThat(lex.mayBeCue("talk")).isTrue();
        assertThat(lex.mayBeCue("eat")).isFalse();
    }

    @Test
    void badLineNamesFileAndLine() {
        String text = "# header\nsay speech clause\nshout loudly clause\n";
        assertThatThrownBy(() -> CueLexicon.parse(new BufferedReader(new StringReader(text)), "test.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("test.tsv:3");
    }

    @Test
    void duplicateLemmaIsRejected() {
        String text = "say speech clause\nsay thought clause\n";
        assertThatThrownBy(() -> CueLexicon.parse(new BufferedReader(new StringReader(text)), "dup.tsv"))
                .hasMessageContaining("dup.tsv:2");
    }

    @Test
    void aPhrasalCueCountsOnlyWithItsPreposition() {
        CueLexicon lex = CueLexicon.standard();
        assertThat(lex.phrasal("talk", "About")).isNotNull();
        assertThat(lex.phrasal("talk", "about").phrasal()).isTrue();
        assertThat(lex.phrasal("talk", "to")).isNull();
        assertThat(lex.get("talk")).isNull();
        assertThat(lex.get("say").phrasal()).isFalse();
    }
}
