package org.parley.extract.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parley.extract.places.ArticleFixture.article;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.annotate.AnnotatedArticle;
import org.parley.extract.Place;
import org.parley.extract.TextSpan;

/** The extractor over hand-built articles and the real built-in gazetteer. */
class PlaceExtractorTest {

    private static PlaceExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new PlaceExtractor(Gazetteer.loadBuiltIn());
    }

    private static Place only(List<Place> places, String mention) {
        List<Place> hits = places.stream()
                .filter(p -> p.mentions().stream().anyMatch(m -> m.text().equals(mention))).toList();
        assertThat(hits).as("places mentioned as '%s' in %s", mention, places).hasSize(1);
        return hits.get(0);
    }

    private static List<String> mentionTexts(List<Place> places) {
        return places.stream().flatMap(p -> p.mentions().stream()).map(TextSpan::text).toList();
    }

    @Test
    void kyivAndKievAreOnePlaceEvenUntagged() {
        List<Place> places = extractor.extract(article(
                "Negotiators met in Kyiv on Tuesday .",
                "Officials in Kiev/LOCATION said the talks would resume ."));
        Place kyiv = only(places, "Kyiv");
        assertThat(kyiv.country()).isEqualTo("UA");
        assertThat(kyiv.precision()).isEqualTo("city");
        assertThat(kyiv.lat()).isCloseTo(50.45, within(0.2));
        assertThat(kyiv.mentions()).extracting(TextSpan::text).containsExactly("Kyiv", "Kiev");
        assertThat(places).hasSize(1);
        assertThat(kyiv.id()).isEqualTo("p1");
    }

    @Test
    void saintPetersburgSplitByNerIsTheRussianCity() {
        AnnotatedArticle a = article(
                "Russia/LOCATION hosted the meeting in St./O Petersburg/LOCATION on Friday .",
                "The envoy flew back from St./O Petersburg/LOCATION the next day .");
        List<Place> places = extractor.extract(a);
        Place spb = only(places, "St. Petersburg");
        assertThat(spb.country()).isEqualTo("RU");
        assertThat(spb.lat()).isCloseTo(59.94, within(0.3));
        assertThat(spb.mentions()).hasSize(2);
        Place russia = only(places, "Russia");
        assertThat(russia.precision()).isEqualTo("country");
        assertThat(russia.name()).isEqualTo("Russia");

        // an event's "in St. Petersburg" finds it from any part of the name
        int petersburg = a.text().indexOf("Petersburg");
        assertThat(PlaceExtractor.placeCovering(places, petersburg, petersburg + 10)).contains(spb);
        assertThat(PlaceExtractor.placeCovering(places, 0, 2)).contains(russia);
        assertThat(PlaceExtractor.placeCovering(places, a.text().indexOf("meeting"), a.text().indexOf("meeting") + 7))
                .isEqualTo(Optional.empty());
    }

    @Test
    void aContainingStateAfterACommaPicksTheSmallerNamesake() {
        List<Place> france = extractor.extract(article("The conference in Paris/LOCATION ended on Sunday ."));
        assertThat(only(france, "Paris").country()).isEqualTo("FR");

        List<Place> texas = extractor.extract(article(
                "She grew up in Paris/LOCATION ,/O Texas/LOCATION ,/O a small town ."));
        Place paris = only(texas, "Paris");
        assertThat(paris.country()).isEqualTo("US");
        assertThat(paris.lat()).isCloseTo(33.66, within(0.2));
        Place state = only(texas, "Texas");
        assertThat(state.precision()).isEqualTo("region");
        assertThat(state.country()).isEqualTo("US");

        List<Place> illinois = extractor.extract(article(
                "The rally was held in Springfield/LOCATION ,/O Illinois/LOCATION ."));
        assertThat(only(illinois, "Springfield").lat()).isCloseTo(39.8, within(0.3));
    }

    @Test
    void washingtonIsTheCapitalUnlessTheTextSaysState() {
        List<Place> capital = extractor.extract(article(
                "Washington/STATE_OR_PROVINCE imposed new sanctions on Moscow/LOCATION ."));
        Place washington = only(capital, "Washington");
        assertThat(washington.lat()).isCloseTo(38.9, within(0.2));
        assertThat(washington.lon()).isCloseTo(-77.0, within(0.2));
        assertThat(only(capital, "Moscow").country()).isEqualTo("RU");

        List<Place> state = extractor.extract(article(
                "Wildfires spread across Washington/LOCATION state on Monday ."));
        assertThat(only(state, "Washington").lat()).isCloseTo(47.5, within(0.5));
        assertThat(only(state, "Washington").precision()).isEqualTo("region");
    }

    @Test
    void countriesAndRegionsWinTheirNames() {
        List<Place> places = extractor.extract(article(
                "Russia/LOCATION annexed Crimea/LOCATION in/O 2014/DATE .",
                "The U.S./LOCATION and Syria/LOCATION were not invited ."));
        Place crimea = only(places, "Crimea");
        assertThat(crimea.precision()).isEqualTo("region");
        assertThat(crimea.country()).isEqualTo("UA");
        assertThat(crimea.lat()).isCloseTo(45.3, within(0.5));
        assertThat(crimea.lon()).isCloseTo(34.3, within(0.6));
        assertThat(only(places, "U.S.").country()).isEqualTo("US");
        assertThat(only(places, "U.S.").precision()).isEqualTo("country");
        assertThat(only(places, "Syria").country()).isEqualTo("SY");
    }

    @Test
    void junkAlternateNamesLoseToTheRealPlace() {
        // "Africa" is an alternate name of Mahdia, Tunisia, in GeoNames
        Place africa = only(extractor.extract(article("Aid to Africa/LOCATION fell last year .")), "Africa");
        assertThat(africa.country()).isNull();
        assertThat(africa.lat()).isCloseTo(7.2, within(1.0));
    }

    @Test
    void untaggedTownAfterALocativePrepositionIsTaken() {
        List<Place> places = extractor.extract(article("Shelling was reported near Bakhmut overnight ."));
        Place town = only(places, "Bakhmut");
        assertThat(town.country()).isEqualTo("UA");

        // the same small town with no tag and no preposition is not enough evidence
        assertThat(extractor.extract(article("Bakhmut officials declined to comment ."))).isEmpty();
    }

    @Test
    void peopleAndOrganisationsNamedLikeTownsAreNotPlaces() {
        List<Place> places = extractor.extract(article(
                "Victoria/PERSON Hughes/PERSON said the plan was sound .",
                "Chelsea/PERSON agreed .",
                "The Moscow/ORGANIZATION City/ORGANIZATION Council/ORGANIZATION voted on May/DATE 3/DATE .",
                "Police/O/NNS said nothing ."));
        assertThat(places).isEmpty();
    }

    @Test
    void organisationThatIsJustAPlaceIsThePlace() {
        List<Place> places = extractor.extract(article("Ukraine/ORGANIZATION rejected the proposal ."));
        assertThat(only(places, "Ukraine").country()).isEqualTo("UA");
    }

    @Test
    void countryContextPicksTheNamesakeInThatCountry() {
        // Birmingham, England is far bigger, but an article about Alabama means Birmingham, Alabama
        List<Place> us = extractor.extract(article(
                "Storms hit Alabama/LOCATION and Mississippi/LOCATION .",
                "In Birmingham/LOCATION ,/O crews cleared roads ."));
        assertThat(only(us, "Birmingham").country()).isEqualTo("US");
        List<Place> uk = extractor.extract(article("Fans gathered in Birmingham/LOCATION on Saturday ."));
        assertThat(only(uk, "Birmingham").country()).isEqualTo("GB");
    }

    @Test
    void everyMentionTextIsTheArticleText() {
        AnnotatedArticle a = article("From Kyiv to St./O Petersburg/LOCATION and on to Washington/LOCATION .");
        List<Place> places = extractor.extract(a);
        assertThat(mentionTexts(places)).containsExactly("Kyiv", "St. Petersburg", "Washington");
        for (Place p : places) {
            for (TextSpan m : p.mentions()) {
                assertThat(a.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(places).extracting(Place::id).containsExactly("p1", "p2", "p3");
    }

    @Test
    void apStyleStateAbbreviationsNameTheStateOnlyAfterATown() {
        List<Place> places = extractor.extract(article(
                "Students walked out in Parkland/LOCATION ,/O Fla./LOCATION ,/O on Wednesday ."));
        Place florida = only(places, "Fla.");
        assertThat(florida.precision()).isEqualTo("region");
        assertThat(florida.lat()).isCloseTo(28.2, within(1.0));
        assertThat(only(places, "Parkland").country()).isEqualTo("US");
        assertThat(extractor.extract(article("Miss. Jones/PERSON answered ."))).isEmpty();
    }

    @Test
    void aPlaceNameBeforeAStreetOrBuildingWordIsNotThePlace() {
        // "Street" is a town in England; "Royal Street" and "Kyiv Hotel" are not places the gazetteer holds
        List<Place> places = extractor.extract(article(
                "The parade went down Royal/LOCATION Street/LOCATION and past the Kyiv/ORGANIZATION Hotel/ORGANIZATION ."));
        assertThat(places).isEmpty();
    }

    @Test
    void aClubNamedJustLikeABigCityIsThatCity() {
        List<Place> places = extractor.extract(article("Liverpool/ORGANIZATION won on Saturday ."));
        assertThat(only(places, "Liverpool").country()).isEqualTo("GB");
        // but a small town's name as an organisation is not enough
        assertThat(extractor.extract(article("Bakhmut/ORGANIZATION won on Saturday ."))).isEmpty();
    }

    @Test
    void englishNameOfACityAbroadBeatsASmallNamesakeInTheCountryOfContext() {
        // GeoNames names the Swiss city "Genève"; its canton, named "Geneva", confirms the English name
        List<Place> places = extractor.extract(article(
                "Envoys of Syria/LOCATION ,/O Russia/LOCATION ,/O Turkey/LOCATION and the United/LOCATION States/LOCATION met"
                        + " in Geneva/LOCATION on Monday .",
                "The United/LOCATION States/LOCATION said the talks in Geneva/LOCATION would go on ."));
        Place geneva = only(places, "Geneva");
        assertThat(geneva.country()).isEqualTo("CH");
        assertThat(geneva.precision()).isEqualTo("city");
    }

    @Test
    void aStateNamedElsewhereDoesNotOutweighATwentyFoldBiggerNamesake() {
        List<Place> places = extractor.extract(article(
                "Fans in Columbus/LOCATION ,/O Ohio/LOCATION cheered as the team beat Louisville/LOCATION ."));
        Place louisville = only(places, "Louisville");
        assertThat(louisville.country()).isEqualTo("US");
        assertThat(louisville.lat()).isCloseTo(38.25, within(0.3)); // Kentucky, not Louisville, Ohio
        // a container right after the name still decides
        Place ohioTown = only(extractor.extract(article("The mayor of Louisville/LOCATION ,/O Ohio/LOCATION resigned .")),
                "Louisville");
        assertThat(ohioTown.lat()).isCloseTo(40.84, within(0.3));
    }

    @Test
    void aRegionTheArticleNamesOutweighsTheRegionOfAnotherTownsGuess() {
        // "Morris" alone is Morris, Illinois (the largest); its state must not pull Riverdale there
        // when the article names New Jersey itself
        List<Place> places = extractor.extract(article(
                "The ticket was sold in Riverdale/LOCATION ,/O in Morris/LOCATION County/O .",
                "Lottery officials in New/LOCATION Jersey/LOCATION confirmed the win ."));
        Place riverdale = only(places, "Riverdale");
        assertThat(riverdale.country()).isEqualTo("US");
        assertThat(riverdale.lat()).isCloseTo(40.99, within(0.2));
        assertThat(riverdale.lon()).isCloseTo(-74.30, within(0.2));
    }

    @Test
    void aNameListedWithAStateIsTheState() {
        List<Place> listed = extractor.extract(article(
                "Jobs went to western states such as California/LOCATION or/O Washington/LOCATION ."));
        Place washington = only(listed, "Washington");
        assertThat(washington.precision()).isEqualTo("region");
        assertThat(washington.lat()).isCloseTo(47.4, within(1.0));
        // alone, it stays the capital
        Place capital = only(extractor.extract(article("Talks in Washington/LOCATION ended .")), "Washington");
        assertThat(capital.precision()).isEqualTo("city");
    }

    @Test
    void aStateWrittenInCapitalsIsTheWholeName() {
        // CoreNLP tags words in capitals with little regard to their part of speech
        List<Place> places = extractor.extract(article(
                "CHECK/O/VB YOUR/O/PRP$ TICKETS/O/NNS NEW/O/JJ JERSEY/LOCATION/NNP !/O/."));
        Place nj = only(places, "NEW JERSEY");
        assertThat(nj.country()).isEqualTo("US");
        assertThat(nj.precision()).isEqualTo("region");
    }

    @Test
    void aCountryNameWithAPossessiveIsOneName() {
        List<Place> places = extractor.extract(article(
                "The Democratic/ORGANIZATION People/ORGANIZATION 's/ORGANIZATION Republic/ORGANIZATION"
                        + " of/ORGANIZATION Korea/ORGANIZATION rejected the offer ."));
        Place dprk = only(places, "Democratic People's Republic of Korea");
        assertThat(dprk.country()).isEqualTo("KP");
        assertThat(mentionTexts(places)).containsExactly("Democratic People's Republic of Korea");
    }

    @Test
    void aCityNamedLikeABigCitysOldNameKeepsItsName() {
        // "Salisbury" is an old alternate name of Harare; Salisbury, England bears it as its own
        Place salisbury = only(extractor.extract(article("Police in Salisbury/LOCATION closed the road .")), "Salisbury");
        assertThat(salisbury.country()).isNotEqualTo("ZW");
    }

    @Test
    void aNameTakenForAPersonIsThePlaceTheArticleNamesElsewhere() {
        List<Place> places = extractor.extract(article(
                "Troops reached the outskirts of the city of Douma/LOCATION on Sunday .",
                "Douma/PERSON 's fall would end the siege ."));
        Place douma = only(places, "Douma");
        assertThat(douma.country()).isEqualTo("SY");
        assertThat(douma.mentions()).hasSize(2);
        // without the tagged mention nothing settles it
        assertThat(extractor.extract(article("Douma/PERSON 's fall would end the siege ."))).isEmpty();
    }

    @Test
    void aNameTakenForAPersonIsNoPlaceWhenAPersonInTheArticleBearsIt() {
        List<Place> places = extractor.extract(article(
                "Doctors in Hinton/LOCATION met Sarah/PERSON Hinton/PERSON on Monday .",
                "Hinton/PERSON said the clinic would stay open ."));
        assertThat(places).hasSize(1);
        assertThat(places.get(0).mentions()).extracting(TextSpan::text).containsExactly("Hinton");
        assertThat(places.get(0).mentions().get(0).start()).isEqualTo(11);
    }

    @Test
    void aDoubtfulNameListedWithPlacesIsAPlace() {
        List<Place> places = extractor.extract(article(
                "The chain sold its stores in Zilina/LOCATION ,/O Nitra/ORGANIZATION ,/O Presov/PERSON and/O"
                        + " Kosice/LOCATION ."));
        assertThat(mentionTexts(places)).containsExactly("Zilina", "Nitra", "Presov", "Kosice");
        assertThat(places).allSatisfy(p -> assertThat(p.country()).isEqualTo("SK"));
    }

    @Test
    void aTownTakenForAPersonIsAPlaceWithItsContainerAfterIt() {
        List<Place> places = extractor.extract(article(
                "Migrants camped in Matias/PERSON Romero/PERSON ,/O Oaxaca/LOCATION on Wednesday ."));
        Place town = only(places, "Matias Romero");
        assertThat(town.country()).isEqualTo("MX");
        assertThat(town.precision()).isEqualTo("city");
    }

    @Test
    void aNameTaggedAsAnOrganisationAfterInIsAPlace() {
        Place afrin = only(extractor.extract(article(
                "Clashes continued in Afrin/ORGANIZATION on Sunday .")), "Afrin");
        assertThat(afrin.country()).isEqualTo("SY");
        // "to" is no such word: organisations take it too
        assertThat(extractor.extract(article("The letter went to Afrin/ORGANIZATION on Sunday ."))).isEmpty();
    }

    @Test
    void findsArabicPlacesWrittenWithoutTheArticle() {
        Place qamishli = only(extractor.extract(article("Shells fell on Qamishli/LOCATION overnight .")), "Qamishli");
        assertThat(qamishli.country()).isEqualTo("SY");
        assertThat(qamishli.lat()).isCloseTo(37.05, within(0.2));
    }

    @Test
    void aDatelineInCapitalsIsThePlaceNotAnAbbreviation() {
        Place cairo = only(extractor.extract(article("CAIRO/LOCATION - Boys trained on the field .")), "CAIRO");
        assertThat(cairo.country()).isEqualTo("EG");
        // untagged, five capitals stay an abbreviation that names no country
        assertThat(extractor.extract(article("CAIRO - Boys trained on the field ."))).isEmpty();
    }

    @Test
    void countsArticlesToponymsAndTime() {
        PlaceExtractor fresh = new PlaceExtractor(Gazetteer.loadBuiltIn());
        assertThat(fresh.stats()).isEqualTo(new PlaceExtractor.Stats(0, 0, 0));
        assertThat(fresh.stats().toponymsPerSecond()).isZero();
        fresh.extract(article("Talks in Kyiv/LOCATION and Kiev/LOCATION ended .", "Nothing here ."));
        fresh.extract(article("Paris/LOCATION was calm ."));
        PlaceExtractor.Stats stats = fresh.stats();
        assertThat(stats.articles()).isEqualTo(2);
        assertThat(stats.toponyms()).isEqualTo(3);
        assertThat(stats.nanos()).isPositive();
        assertThat(stats.toponymsPerSecond()).isPositive();
    }
}
