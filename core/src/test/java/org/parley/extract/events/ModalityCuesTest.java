package org.parley.extract.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.parley.extract.Modality;
import org.parley.extract.events.ModalityCues.Where;

class ModalityCuesTest {

    @Test
    void builtInCuesCoverTheGuidelinesCategories() {
        ModalityCues cues = ModalityCues.loadBuiltIn();
        assertThat(cues.cue(Where.ADVMOD, "not")).isEqualTo(Modality.NEGATED);
        assertThat(cues.cue(Where.GOVERNOR, "fail")).isEqualTo(Modality.NEGATED);
        assertThat(cues.cue(Where.AUX, "could")).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(cues.cue(Where.MARK, "whether")).isEqualTo(Modality.HYPOTHETICAL);
        assertThat(cues.cue(Where.AUX, "will")).isEqualTo(Modality.PLANNED);
        assertThat(cues.cue(Where.GOVERNOR, "plan")).isEqualTo(Modality.PLANNED);
        assertThat(cues.cue(Where.ADVMOD, "allegedly")).isEqualTo(Modality.ALLEGED);
        assertThat(cues.cue(Where.GOVERNOR, "accuse")).isEqualTo(Modality.ALLEGED);
        assertThat(cues.cue(Where.GOVERNOR, "say")).isEqualTo(Modality.REPORTED);
        assertThat(cues.cue(Where.AUX, "has")).isNull();
    }

    @Test
    void badLinesNameTheSourceAndLine() {
        assertThatThrownBy(() -> ModalityCues.read(new StringReader("# c\nnegated\tadvmod\tnot\nnegated\tsomewhere\tx\n"), "mine.tsv"))
                .hasMessageContaining("mine.tsv line 3");
        assertThatThrownBy(() -> ModalityCues.read(new StringReader("negated\tadvmod\tnot\nplanned\tadvmod\tnot\n"), "mine.tsv"))
                .hasMessageContaining("line 2").hasMessageContaining("already negated");
        assertThatThrownBy(() -> ModalityCues.read(new StringReader("asserted\tadvmod\tindeed\n"), "mine.tsv"))
                .hasMessageContaining("line 1");
    }
}
