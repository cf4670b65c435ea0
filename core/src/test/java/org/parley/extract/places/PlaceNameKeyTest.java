package org.parley.extract.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlaceNameKeyTest {

    @Test
    void ignoresCaseAndDiacritics() {
        assertThat(PlaceNameKey.of("São Paulo")).isEqualTo(PlaceNameKey.of("SAO PAULO")).isEqualTo("sao paulo");
        assertThat(PlaceNameKey.of("Kraków")).isEqualTo("krakow");
        assertThat(PlaceNameKey.of("Łódź")).isEqualTo("lodz");
        assertThat(PlaceNameKey.of("Düsseldorf")).isEqualTo(PlaceNameKey.of("Dusseldorf"));
    }

    @Test
    void spellsOutSaintAndMountAndStraightensApostrophes() {
        assertThat(PlaceNameKey.of("St. Petersburg")).isEqualTo("saint petersburg");
        assertThat(PlaceNameKey.of("St Petersburg")).isEqualTo("saint petersburg");
        assertThat(PlaceNameKey.of("Saint-Petersburg")).isEqualTo("saint petersburg");
        assertThat(PlaceNameKey.of("Mt. Vernon")).isEqualTo("mount vernon");
        assertThat(PlaceNameKey.of("Côte d’Ivoire")).isEqualTo(PlaceNameKey.of("Cote d'Ivoire"));
    }

    @Test
    void dropsLeadingTheAndHyphens() {
        assertThat(PlaceNameKey.of("the Netherlands")).isEqualTo("netherlands");
        assertThat(PlaceNameKey.of("The Hague")).isEqualTo("hague");
        assertThat(PlaceNameKey.of("Ivano-Frankivsk")).isEqualTo("ivano frankivsk");
    }

    @Test
    void keepsAbbreviationsInCapitalsApartFromWords() {
        assertThat(PlaceNameKey.of("U.S.")).isEqualTo(PlaceNameKey.of("US")).isEqualTo("#US");
        assertThat(PlaceNameKey.of("The U.S.")).isEqualTo("#US");
        assertThat(PlaceNameKey.of("us")).isEqualTo("us");
        assertThat(PlaceNameKey.isAbbreviation("UAE")).isTrue();
        assertThat(PlaceNameKey.isAbbreviation("Iraq")).isFalse();
        assertThat(PlaceNameKey.isAbbreviation("USSRXY")).isFalse();
    }

    @Test
    void blankHasEmptyKey() {
        assertThat(PlaceNameKey.of("  ")).isEmpty();
        assertThat(PlaceNameKey.of(null)).isEmpty();
        assertThat(PlaceNameKey.of("--")).isEmpty();
    }

    @Test
    void dropsTransliterationMarksAndApostrophesAtWordEdges() {
        assertThat(PlaceNameKey.of("‘Afrīn")).isEqualTo("afrin");
        assertThat(PlaceNameKey.of("Oʻahu")).isEqualTo("oahu");
        assertThat(PlaceNameKey.of("Maʿarrat")).isEqualTo("maarrat");
        assertThat(PlaceNameKey.of("St. John's")).isEqualTo("saint john's");
    }

    @Test
    void stripsALeadingArabicArticle() {
        assertThat(PlaceNameKey.withoutArabicArticle(PlaceNameKey.of("Al Qāmishlī"))).isEqualTo("qamishli");
        assertThat(PlaceNameKey.withoutArabicArticle(PlaceNameKey.of("Ar-Raqqah"))).isEqualTo("raqqah");
        assertThat(PlaceNameKey.withoutArabicArticle("aleppo")).isNull();
        assertThat(PlaceNameKey.withoutArabicArticle("al")).isNull();
    }
}
