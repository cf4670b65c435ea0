package org.parley.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shipped ISO-to-FIPS table and the refusal of bad tables with their line numbers. */
class FipsCountryCodesTest {

    @Test
    void mapsIsoCodesWhereFipsDiffersAndWhereItAgrees() {
        FipsCountryCodes fips = FipsCountryCodes.builtIn();
        assertThat(fips.fipsOf("DE")).isEqualTo("GM");
        assertThat(fips.fipsOf("RU")).isEqualTo("RS");
        assertThat(fips.fipsOf("GB")).isEqualTo("UK");
        assertThat(fips.fipsOf("ua")).isEqualTo("UP");
        assertThat(fips.fipsOf("CN")).isEqualTo("CH");
        assertThat(fips.fipsOf("US")).isEqualTo("US");
        assertThat(fips.fipsOf("FR")).isEqualTo("FR");
        assertThat(fips.fipsOf("ZZ")).isNull();
        assertThat(fips.fipsOf(null)).isNull();
    }

    @Test
    void coversEverySovereignCountry() {
        FipsCountryCodes fips = FipsCountryCodes.builtIn();
        // the US Minor Outlying Islands are several FIPS entities, not one
        Set<String> none = Set.of("UM");
        for (String iso : Locale.getISOCountries()) {
            if (!none.contains(iso)) {
                assertThat(fips.fipsOf(iso)).as(iso).isNotNull();
            }
        }
    }

    @Test
    void badTablesNameTheLine() {
        assertThatThrownBy(() -> FipsCountryCodes.read(new BufferedReader(new StringReader(
                "# c\niso2\tfips\tname\nDE\tGM\tGermany\nRU\tR\tRussia\n")), "t.tsv"))
                .hasMessageContaining("t.tsv line 4");
        assertThatThrownBy(() -> FipsCountryCodes.read(new BufferedReader(new StringReader(
                "iso2\tfips\nDE\tGM\nDE\tGE\n")), "t.tsv"))
                .hasMessageContaining("t.tsv line 3: DE is listed twice");
        assertThatThrownBy(() -> FipsCountryCodes.read(new BufferedReader(new StringReader("code\tfips\n")), "t.tsv"))
                .hasMessageContaining("t.tsv line 1: expected the header");
    }
}
