package org.parley.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static Gazetteer builtIn;

    @BeforeAll
    static void load() {
        builtIn = Gazetteer.loadBuiltIn();
    }

    private static Gazetteer small(String... lines) {
        return Gazetteer.read(new BufferedReader(new StringReader(String.join("\n", lines))), "small.tsv");
    }

    @Test
    void builtInHoldsPlacesRegionsAndEveryCountry() {
        assertThat(builtIn.size()).isGreaterThan(130_000);
        for (String cc : List.of("US", "RU", "UA", "SY", "IQ", "TR", "CN", "BR", "NG", "AU", "FJ", "PS", "XK")) {
            assertThat(builtIn.country(cc)).as(cc).isPresent();
        }
        // the standard country points (CIA World Factbook, as in GeoNames), not polygon centroids:
        // France is not pulled out to sea by French Guiana, Russia sits at 60N 100E
        assertPoint(builtIn.country("FR").orElseThrow(), 46, 2);
        assertPoint(builtIn.country("RU").orElseThrow(), 60, 100);
        assertPoint(builtIn.country("CN").orElseThrow(), 35, 105);
        assertPoint(builtIn.country("US").orElseThrow(), 38, -97);
        assertThat(builtIn.region("US", "TX").orElseThrow().name()).isEqualTo("Texas");
        // regions at the area-weighted centre of their polygon: Hawaii between Maui and the Big
        // Island (not the Big Island's label point), Florida in the peninsula's middle
        GazetteerEntry hawaii = builtIn.region("US", "HI").orElseThrow();
        assertThat(hawaii.lat()).isBetween(19.9, 20.7);
        assertThat(hawaii.lon()).isBetween(-156.6, -155.7);
        GazetteerEntry florida = builtIn.region("US", "FL").orElseThrow();
        assertThat(florida.lat()).isBetween(27.8, 29.2);
        assertThat(florida.lon()).isBetween(-83.0, -82.0);
    }

    private static void assertPoint(GazetteerEntry e, double lat, double lon) {
        assertThat(e.lat()).as(e.name() + " lat").isCloseTo(lat, within(0.01));
        assertThat(e.lon()).as(e.name() + " lon").isCloseTo(lon, within(0.01));
    }

    @Test
    void findsPlacesByAlternateAndFoldedNames() {
        GazetteerEntry kyiv = builtIn.lookup("Kiev").get(0);
        assertThat(kyiv.name()).isEqualTo("Kyiv");
        assertThat(kyiv.country()).isEqualTo("UA");
        assertThat(kyiv.capital()).isTrue();
        assertThat(builtIn.lookup("Kyiv")).contains(kyiv);
        assertThat(builtIn.lookup("Sao Paulo").get(0)).isEqualTo(builtIn.lookup("São Paulo").get(0));
        assertThat(builtIn.lookup("St. Petersburg")).anySatisfy(e -> {
            assertThat(e.country()).isEqualTo("RU");
            assertThat(e.kind()).isEqualTo(PlaceKind.CITY);
        }).anySatisfy(e -> assertThat(e.country()).isEqualTo("US"));
        assertThat(builtIn.lookup("Côte d’Ivoire")).extracting(GazetteerEntry::country).containsExactly("CI");
        assertThat(builtIn.lookup("Bavaria")).extracting(GazetteerEntry::country).contains("DE");
        assertThat(builtIn.lookup("Lombardy")).extracting(GazetteerEntry::country).containsExactly("IT");
    }

    @Test
    void matchesAbbreviationsOnlyInCapitals() {
        assertThat(builtIn.lookup("U.S.")).extracting(GazetteerEntry::kind).containsExactly(PlaceKind.COUNTRY);
        assertThat(builtIn.lookup("us")).noneMatch(e -> e.kind() == PlaceKind.COUNTRY);
    }

    @Test
    void listsBiggestFirstAndTellsOwnNamesFromAlternates() {
        Gazetteer g = small(
                "#geonameid\tkind\tname\tascii_name\talternate_names\tcountry\tadmin1\tlat\tlon\tpopulation",
                "1\tcity\tSpringfield\tSpringfield\t\tUS\tMO\t37.2\t-93.3\t166000",
                "2\tcapital\tSpringfield\tSpringfield\tSpringfield City\tUS\tIL\t39.8\t-89.6\t116000",
                "3\tcity\tShelbyville\tShelbyville\tSpringfield\tUS\tTN\t35.5\t-86.5\t900000",
                "4\tregion\tIllinois\tIllinois\tIL\tUS\tIL\t40.0\t-89.2\t12000000");
        assertThat(g.lookup("springfield")).extracting(GazetteerEntry::geonameid).containsExactly(3L, 1L, 2L);
        GazetteerEntry shelbyville = g.lookup("Springfield").get(0);
        assertThat(g.isPrimaryName(shelbyville, "Springfield")).isFalse();
        assertThat(g.isPrimaryName(g.lookup("Springfield").get(1), "SPRINGFIELD")).isTrue();
        assertThat(g.lookup("IL")).extracting(GazetteerEntry::name).containsExactly("Illinois");
        GazetteerEntry illinois = g.region("US", "IL").orElseThrow();
        assertThat(illinois.contains(g.lookup("Springfield City").get(0))).isTrue();
        assertThat(illinois.contains(g.lookup("Shelbyville").get(0))).isFalse();
        assertThat(g.largestPlaceIn(illinois)).map(GazetteerEntry::geonameid).contains(2L);
        assertThat(g.lookup("Nowhere")).isEmpty();
        assertThat(g.mayStartName("Springfield")).isTrue();
        assertThat(g.mayStartName("Nowhere")).isFalse();
        assertThat(builtIn.mayStartName("New")).isTrue(); // New York
        assertThat(builtIn.mayStartName("US")).isTrue(); // US Virgin Islands, "U.S."
        assertThat(builtIn.mayStartName("CAIRO")).isTrue();
        assertThat(builtIn.mayStartName("Xqzzy")).isFalse();
    }

    @Test
    void filesArabicPlacesAlsoWithoutTheArticleButOnlyAsAnAlternate() {
        Gazetteer g = small(
                "1\tcity\tAr Raqqah\tAr Raqqah\t\tSY\t04\t35.95\t39.01\t177000",
                "2\tcity\tAs Salt\tAs Salt\t\tJO\t02\t32.04\t35.73\t80000",
                "3\tcity\tEl Paso\tEl Paso\t\tUS\tTX\t31.76\t-106.49\t650000");
        GazetteerEntry raqqa = g.lookup("Raqqah").get(0);
        assertThat(raqqa.geonameid()).isEqualTo(1L);
        assertThat(g.isPrimaryName(raqqa, "Raqqah")).isFalse();
        assertThat(g.lookup("Salt")).extracting(GazetteerEntry::geonameid).containsExactly(2L);
        assertThat(g.lookup("Paso")).isEmpty(); // only where GeoNames romanises from Arabic
    }

    @Test
    void badLineFailsWithSourceAndLineNumber() {
        assertThatThrownBy(() -> small("# header", "1\tcity\tA\tA\t\tUS\t\t1.0\t2.0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("small.tsv:2");
        assertThatThrownBy(() -> small("1\tvillage\tA\tA\t\tUS\t\t1.0\t2.0\t5"))
                .hasMessageContaining("small.tsv:1").hasMessageContaining("village");
        assertThatThrownBy(() -> small("1\tcity\tA\tA\t\tUS\t\t91.0\t2.0\t5"))
                .hasMessageContaining("small.tsv:1").hasMessageContaining("coordinates");
    }
}
