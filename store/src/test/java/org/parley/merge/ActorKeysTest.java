package org.parley.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.extract.Actor;
import org.parley.extract.ActorKind;

/** Which article actors are one actor across articles. */
class ActorKeysTest {

    private static Actor actor(String name, ActorKind kind, String country, String sector, String code) {
        return new Actor("a1", name, kind, country, sector, code, null, List.of());
    }

    @Test
    void statesAndTheirCodedOrgansAreKeyedByCode() {
        assertThat(ActorKeys.key(actor("Kremlin", ActorKind.ORGANIZATION, "RUS", "GOV", "RUSGOV")))
                .isEqualTo(ActorKeys.key(actor("Russia", ActorKind.COUNTRY, "RUS", "GOV", "RUSGOV")))
                .isEqualTo("code:RUSGOV");
        assertThat(ActorKeys.key(actor("Burkina Faso", ActorKind.COUNTRY, "BFA", null, null)))
                .isEqualTo("code:BFA");
        assertThat(ActorKeys.key(actor("United Nations", ActorKind.ORGANIZATION, null, "IGO", "IGOUNO")))
                .isEqualTo("code:IGOUNO");
    }

    @Test
    void mediaAndCompaniesSharingACodeStayApart() {
        assertThat(ActorKeys.key(actor("The Washington Post", ActorKind.ORGANIZATION, "USA", "MED", "USAMED")))
                .isNotEqualTo(ActorKeys.key(actor("CNN", ActorKind.ORGANIZATION, "USA", "MED", "USAMED")));
    }

    @Test
    void peopleAreKeyedByFullNameAndCountryAndASurnameAloneGetsNoKey() {
        assertThat(ActorKeys.key(actor("Volodymyr Zelenskyy", ActorKind.PERSON, "UKR", "GOV", "UKRGOV")))
                .isEqualTo(ActorKeys.key(actor("VOLODYMYR ZELENSKYY", ActorKind.PERSON, "UKR", null, null)))
                .isEqualTo("person:volodymyr zelenskyy|UKR");
        assertThat(ActorKeys.key(actor("José Martí", ActorKind.PERSON, "CUB", null, null)))
                .isEqualTo("person:jose marti|CUB");
        assertThat(ActorKeys.key(actor("John Smith", ActorKind.PERSON, "USA", null, null)))
                .isNotEqualTo(ActorKeys.key(actor("John Smith", ActorKind.PERSON, "GBR", null, null)));
        assertThat(ActorKeys.key(actor("Zelenskyy", ActorKind.PERSON, "UKR", null, null))).isNull();
    }

    @Test
    void uidIsStableAndNonNegative() {
        assertThat(ActorKeys.uid("k")).isEqualTo(ActorKeys.uid("k")).isNotNegative()
                .isNotEqualTo(ActorKeys.uid("k2"));
    }
}
