package org.parley.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.extract.SpeechAct;

class AttitudeLexiconTest {

    @Test
    void standardLexiconKeepsNounsAndAdjectivesApart() {
        AttitudeLexicon lex = AttitudeLexicon.standard();
        assertThat(lex.noun("Claim").act()).isEqualTo(SpeechAct.SPEECH);
        assertThat(lex.noun("claim").complements()).contains("that");
        assertThat(lex.adjective("critical").complements()).containsExactly("of");
        assertThat(lex.noun("critical")).isNull();
        assertThat(lex.adjective("claim")).isNull();
        assertThat(lex.noun("bread")).isNull();
    }

    @Test
    void badLinesNameFileAndLine() {
        String badComplement = "# header\nclaim noun speech that\nfear noun thought that,beside\n";
        assertThatThrownBy(() -> AttitudeLexicon.parse(new BufferedReader(new StringReader(badComplement)), "a.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a.tsv:3").hasMessageContaining(
                        "beside");
        String badPos = "claim verb speech that\n";
        assertThatThrownBy(() -> AttitudeLexicon.parse(new BufferedReader(new StringReader(badPos)), "b.tsv"))
                .hasMessageContaining("b.tsv:1");
        String twice = "claim noun speech that\nclaim noun thought that\nclaim adjective thought that\n";
        assertThatThrownBy(() -> AttitudeLexicon.parse(new BufferedReader(new StringReader(twice)), "c.tsv"))
                .hasMessageContaining("c.tsv:2");
    }
}
