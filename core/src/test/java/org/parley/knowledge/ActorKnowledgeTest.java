package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.extract.ActorKind;

class ActorKnowledgeTest {

    private static ActorKnowledge knowledge;

    @BeforeAll
    static void load() {
        knowledge = ActorKnowledge.loadBuiltIn();
    }

    // ---- coverage of the built-in tables

    @Test
    void coversEveryIsoCountryAndTerritoryWithValidCodes() {
        List<Country> countries = knowledge.countries();
        assertThat(countries).hasSizeGreaterThanOrEqualTo(240);
        Set<String> alpha3 = new HashSet<>();
        Set<String> alpha2 = new HashSet<>();
        for (Country c : countries) {
            assertThat(c.alpha3()).matches("[A-Z]{3}");
            assertThat(c.alpha2()).matches("[A-Z]{2}");
            assertThat(alpha3.add(c.alpha3())).as("duplicate %s", c.alpha3()).isTrue();
            assertThat(alpha2.add(c.alpha2())).as("duplicate %s", c.alpha2()).isTrue();
            assertThat(knowledge.countryByAlpha3(c.alpha3())).contains(c);
            assertThat(knowledge.countryByAlpha2(c.alpha2())).contains(c);
            assertThat(knowledge.countryByName(c.name())).as(c.name()).contains(c);
        }
    }

    @Test
    void everyUnMemberHasDemonymAndCapital() {
        List<Country> members = knowledge.countries().stream().filter(Country::unMember).toList();
        assertThat(members).hasSize(193);
        for (Country c : members) {
            assertThat(c.adjectives()).as("%s adjectives", c.name()).isNotEmpty();
            assertThat(c.capitals()).as("%s capitals", c.name()).isNotEmpty();
            for (String demonym : c.demonyms()) {
                if (c.isAmbiguous(demonym)) {
                    // shared with another country ("Dominican"): found, but maybe as the other's
                    assertThat(knowledge.countryByDemonym(demonym)).as(demonym).isPresent();
                } else {
                    assertThat(knowledge.countryByDemonym(demonym)).as(demonym).contains(c);
                }
            }
        }
    }

    @Test
    void everyCapitalIsAGovernmentSeatOfItsCountry() {
        int capitals = 0;
        for (Country c : knowledge.countries()) {
            for (String capital : c.capitals()) {
                Optional<GovernmentSeat> seat = knowledge.governmentSeat(capital);
                assertThat(seat).as(capital).isPresent();
                assertThat(seat.get().country()).as(capital).isEqualTo(c.alpha3());
                assertThat(seat.get().sector()).isEqualTo("GOV");
                capitals++;
            }
        }
        assertThat(capitals).isGreaterThan(200);
    }

    @Test
    void organizationsAndRolesAreBroad() {
        assertThat(knowledge.organizations()).hasSizeGreaterThan(200);
        assertThat(knowledge.organizations().stream().filter(o -> o.sector().equals("MED")).count())
                .isGreaterThanOrEqualTo(40);
        assertThat(knowledge.roles()).hasSizeGreaterThan(500);
        assertThat(knowledge.governmentSeats().stream().filter(s -> !s.capital()).count()).isGreaterThan(100);
        for (Organization o : knowledge.organizations()) {
            assertThat(o.code()).as(o.name()).isNotBlank();
            for (String n : o.names()) {
                assertThat(knowledge.organization(n)).as(n).contains(o);
            }
        }
    }

    @Test
    void partiesAndArmedMovementsOfManyCountriesAreKnownWithTheirCountry() {
        List<Organization> parties = knowledge.organizations().stream()
                .filter(o -> o.sector().equals("PTY") || o.sector().equals("OPP") || o.sector().equals("REB"))
                .toList();
        assertThat(parties).hasSizeGreaterThan(180);
        assertThat(parties.stream().map(Organization::country).filter(c -> c != null).distinct().count())
                .isGreaterThanOrEqualTo(80);
        assertThat(knowledge.organization("SPLM/A")).hasValueSatisfying(o -> assertThat(o.country()).isEqualTo("SDN"));
        assertThat(knowledge.organization("Liberation Tigers")).hasValueSatisfying(o -> assertThat(o.code()).isEqualTo("LKAREB"));
        assertThat(knowledge.organization("Islamic Salvation Front")).hasValueSatisfying(o -> assertThat(o.country()).isEqualTo("DZA"));
        assertThat(knowledge.organization("Sandinistas")).hasValueSatisfying(o -> assertThat(o.country()).isEqualTo("NIC"));
    }

    @Test
    void nGramBoundsCoverTheLongestEntries() {
        assertThat(knowledge.maxNameTokens())
                .isGreaterThanOrEqualTo(ActorKnowledge.tokenCount("United Kingdom of Great Britain and Northern Ireland"))
                .isLessThan(20);
        assertThat(knowledge.maxRoleTokens())
                .isGreaterThanOrEqualTo("chairman of the joint chiefs of staff".split(" ").length);
    }

    // ---- lookups in real-news phrasing

    @ParameterizedTest(name = "seat {0} -> {1} {2}")
    @CsvSource({
            "Kremlin, RUS, GOV",
            "the Kremlin, RUS, GOV",
            "Pentagon, USA, MIL",
            "White House, USA, GOV",
            "State Department, USA, GOV",
            "Downing Street, GBR, GOV",
            "Whitehall, GBR, GOV",
            "Élysée, FRA, GOV",
            "Elysee, FRA, GOV",
            "Quai d’Orsay, FRA, GOV",
            "Zhongnanhai, CHN, GOV",
            "Knesset, ISR, LEG",
            "Bundestag, DEU, LEG",
            "Blue House, KOR, GOV",
            "Moscow, RUS, GOV",
            "Washington, USA, GOV",
            "London, GBR, GOV",
            "Paris, FRA, GOV",
            "Beijing, CHN, GOV",
            "Kyiv, UKR, GOV",
            "Kiev, UKR, GOV",
            "Tehran, IRN, GOV",
            "Ankara, TUR, GOV",
            "Damascus, SYR, GOV",
            "Baghdad, IRQ, GOV",
            "Riyadh, SAU, GOV",
            "Pyongyang, PRK, GOV",
            "Seoul, KOR, GOV",
            "Tokyo, JPN, GOV",
            "Berlin, DEU, GOV",
            "Brussels, BEL, GOV",
            "The Hague, NLD, GOV",
            "Lubyanka, RUS, SPY",
    })
    void governmentSeats(String name, String country, String sector) {
        GovernmentSeat seat = knowledge.governmentSeat(name).orElseThrow();
        assertThat(seat.country()).isEqualTo(country);
        assertThat(seat.sector()).isEqualTo(sector);
        assertThat(seat.code()).isEqualTo(country + sector);
    }

    @ParameterizedTest(name = "name {0} -> {1}")
    @CsvSource({
            "U.S., USA", "US, USA", "USA, USA", "America, USA", "United States of America, USA", "the United States, USA",
            "Britain, GBR", "UK, GBR", "Great Britain, GBR", "United Kingdom, GBR",
            "South Korea, KOR", "North Korea, PRK", "DPRK, PRK", "Russia, RUS", "Russian Federation, RUS",
            "Ivory Coast, CIV", "Côte d'Ivoire, CIV", "Cote d’Ivoire, CIV", "Türkiye, TUR", "Turkiye, TUR",
            "Czech Republic, CZE", "Burma, MMR", "DR Congo, COD", "Iran, IRN", "Syria, SYR", "Vietnam, VNM",
            "Taiwan, TWN", "Kosovo, XKX", "the Netherlands, NLD", "UAE, ARE", "Palestine, PSE",
            "Russia's, RUS", "Britain’s, GBR", "the Philippines', PHL",
    })
    void countryNames(String name, String alpha3) {
        assertThat(knowledge.countryByName(name).map(Country::alpha3)).contains(alpha3);
    }

    @ParameterizedTest(name = "demonym {0} -> {1}")
    @CsvSource({
            "Russian, RUS", "Russians, RUS", "American, USA", "Americans, USA", "British, GBR", "Britons, GBR",
            "Ukrainian, UKR", "Ukrainians, UKR", "Ivorian, CIV", "Emirati, ARE", "Emiratis, ARE", "Israeli, ISR",
            "Palestinians, PSE", "Chinese, CHN", "French, FRA", "Filipinos, PHL", "Saudi, SAU", "Kenyans, KEN",
            "Iraqis, IRQ", "Turks, TUR", "Poles, POL", "Swiss, CHE", "Dutch, NLD", "Afghans, AFG", "Kosovar, XKX",
    })
    void demonyms(String demonym, String alpha3) {
        assertThat(knowledge.countryByDemonym(demonym).map(Country::alpha3)).contains(alpha3);
    }

    @ParameterizedTest(name = "organization {0} -> {1} {2}")
    @CsvSource({
            "Taliban, AFG, GOV",
            "the Taliban, AFG, GOV",
            "Hamas, PSE, REB",
            "Hezbollah, LBN, REB",
            "Houthis, YEM, REB",
            "PKK, TUR, REB",
            "YPG, SYR, REB",
            "SDF, SYR, REB",
            "Wagner Group, RUS, MIL",
            "Reuters, GBR, MED",
            "Associated Press, USA, MED",
            "AFP, FRA, MED",
            "The New York Times, USA, MED",
            "New York Times, USA, MED",
            "Al Jazeera, QAT, MED",
            "TASS, RUS, MED",
            "Xinhua, CHN, MED",
            "IDF, ISR, MIL",
            "Revolutionary Guards, IRN, MIL",
    })
    void nationalOrganizations(String name, String country, String sector) {
        Organization o = knowledge.organization(name).orElseThrow();
        assertThat(o.country()).isEqualTo(country);
        assertThat(o.sector()).isEqualTo(sector);
    }

    @ParameterizedTest(name = "international {0} -> {1}")
    @CsvSource({
            "United Nations, IGOUNO", "U.N., IGOUNO", "UN, IGOUNO", "NATO, IGOWSTNAT", "EU, IGOEUREEC",
            "European Commission, IGOEUREEC", "IAEA, IGOUNOIAE", "UN nuclear watchdog, IGOUNOIAE",
            "UNHCR, IGOUNOREFHCR", "WHO, IGOUNOHLHWHO", "ICC, IGOJUDICC", "IMF, IGOBUSIMF",
            "World Bank, IGOUNODEVWBK", "OPEC, IGOBUSOPC", "Arab League, IGOMEAARL", "Red Cross, NGOHLHIRC",
            "Médecins Sans Frontières, NGOHLHMSF", "Medecins Sans Frontieres, NGOHLHMSF",
            "Amnesty International, NGOHRIAMN", "Human Rights Watch, NGOHRIHRW", "al-Qaeda, IMGMOSALQ",
    })
    void internationalOrganizations(String name, String code) {
        Organization o = knowledge.organization(name).orElseThrow();
        assertThat(o.code()).isEqualTo(code);
        assertThat(o.country()).isNull();
    }

    @ParameterizedTest(name = "role {0} -> {1} {2}")
    @CsvSource({
            "foreign minister, GOV, PERSON",
            "Foreign Minister, GOV, PERSON",
            "prime minister, GOV, PERSON",
            "secretary of state, GOV, PERSON",
            "special envoy, GOV, PERSON",
            "ambassador, GOV, PERSON",
            "officials, GOV, GROUP",
            "lawmakers, LEG, GROUP",
            "senator, LEG, PERSON",
            "general, MIL, PERSON",
            "troops, MIL, GROUP",
            "army, MIL, ORGANIZATION",
            "police, COP, ORGANIZATION",
            "judge, JUD, PERSON",
            "prosecutors, JUD, GROUP",
            "rebels, REB, GROUP",
            "militants, REB, GROUP",
            "insurgents, REB, GROUP",
            "protesters, CVL, GROUP",
            "opposition leader, OPP, PERSON",
            "journalist, MED, PERSON",
            "CEO, BUS, PERSON",
            "imam, REL, PERSON",
            "pope, REL, PERSON",
            "professor, EDU, PERSON",
            "students, EDU, GROUP",
            "defence ministry, MIL, ORGANIZATION",
    })
    void roles(String phrase, String sector, ActorKind kind) {
        Role role = knowledge.role(phrase).orElseThrow();
        assertThat(role.sector()).isEqualTo(sector);
        assertThat(role.kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"spokesman", "spokeswoman", "spokesperson", "leader", "chairman"})
    void rolesThatLeaveTheSectorToTheirOrganization(String phrase) {
        Role role = knowledge.role(phrase).orElseThrow();
        assertThat(role.sector()).isNull();
        assertThat(role.weight()).isEqualTo(1);
    }

    // ---- case, ambiguity and what must not match

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Isis;Islamic State", "Isil;Islamic State", "Nato;NATO", "Unesco;UNESCO", "Unicef;UNICEF",
            "Opec;OPEC", "Opec+;OPEC+", "Unrwa;UN Relief and Works Agency", "Asean;ASEAN",
            "Farc;Revolutionary Armed Forces of Colombia",
            "Hamas;Hamas", "Kurdistan Workers’ Party;Kurdistan Workers' Party",
            "Kurdistan Workers’ party;Kurdistan Workers' Party", "the Kurdistan Workers' Party;Kurdistan Workers' Party"})
    void houseStyleAndTypographicFormsOfOrganizations(String written, String canonical) {
        // British papers write acronyms said as words in title case; curly apostrophes come from typesetting
        assertThat(knowledge.organization(written).map(Organization::name)).as(written).contains(canonical);
    }

    @Test
    void namesAreCaseSensitiveButRolesAreNot() {
        assertThat(knowledge.countryByName("turkey")).isEmpty();
        assertThat(knowledge.countryByName("us")).isEmpty();
        assertThat(knowledge.countryByName("chad")).isEmpty();
        assertThat(knowledge.organization("who")).isEmpty();
        assertThat(knowledge.role("PRIME MINISTER")).isPresent();
        assertThat(knowledge.countryByName("Atlantis")).isEmpty();
        assertThat(knowledge.countryByName("")).isEmpty();
        assertThat(knowledge.countryByName(null)).isEmpty();
    }

    @Test
    void ambiguousFormsAreFlaggedButStillFound() {
        Country georgia = knowledge.countryByName("Georgia").orElseThrow();
        assertThat(georgia.alpha3()).isEqualTo("GEO");
        assertThat(georgia.isAmbiguous("Georgia")).isTrue();
        assertThat(georgia.isAmbiguous("Sakartvelo")).isFalse();
        for (String name : List.of("Jordan", "Chad", "Turkey", "Guinea")) {
            Country c = knowledge.countryByName(name).orElseThrow();
            assertThat(c.isAmbiguous(name)).as(name).isTrue();
        }
        Country usa = knowledge.countryByAlpha3("USA").orElseThrow();
        assertThat(usa.isAmbiguous("US")).isTrue();
        assertThat(usa.isAmbiguous("U.S.")).isFalse();
        assertThat(knowledge.governmentSeat("Washington").orElseThrow().ambiguous()).isTrue();
        assertThat(knowledge.governmentSeat("Kremlin").orElseThrow().ambiguous()).isFalse();
        assertThat(knowledge.organization("WHO").orElseThrow().isAmbiguous("WHO")).isTrue();
        assertThat(knowledge.organization("World Health Organization").orElseThrow()
                .isAmbiguous("World Health Organization")).isFalse();
    }

    @Test
    void sharedFormsGoToTheEntryThatDoesNotFlagThem() {
        assertThat(knowledge.countryByDemonym("Dominican").map(Country::alpha3)).contains("DOM");
        assertThat(knowledge.countryByAlpha3("DMA").orElseThrow().adjectives()).contains("Dominican");
        assertThat(knowledge.countryByDemonym("Congolese").map(Country::alpha3)).contains("COD");
        assertThat(knowledge.countryByName("Congo").map(Country::alpha3)).contains("COG");
    }

    @Test
    void codeLookupsIgnoreCase() {
        assertThat(knowledge.countryByAlpha3("ukr").map(Country::name)).contains("Ukraine");
        assertThat(knowledge.countryByAlpha2("gb").map(Country::alpha3)).contains("GBR");
        assertThat(knowledge.countryByAlpha3("ZZZ")).isEmpty();
    }

    // ---- scanning token sequences

    @Test
    void longestRoleAtPrefersTheLongestPhrase() {
        List<String> words = List.of("the", "deputy", "foreign", "minister", "said");
        RoleMatch match = knowledge.longestRoleAt(words, 1).orElseThrow();
        assertThat(match.role().phrase()).isEqualTo("deputy foreign minister");
        assertThat(match.start()).isEqualTo(1);
        assertThat(match.end()).isEqualTo(4);
        assertThat(knowledge.longestRoleAt(words, 2).orElseThrow().role().phrase()).isEqualTo("foreign minister");
        assertThat(knowledge.longestRoleAt(words, 4)).isEmpty();
        assertThat(knowledge.longestRoleAt(words, 5)).isEmpty();
        assertThat(knowledge.longestRoleAt(words, -1)).isEmpty();
    }

    @Test
    void longestRoleAtStopsWhereThePhraseStops() {
        // "prime" alone is no role, and "minister" after "prime" must not be taken on its own from index 0
        List<String> words = List.of("prime", "minister", "of", "the", "day");
        assertThat(knowledge.longestRoleAt(words, 0).orElseThrow().length()).isEqualTo(2);
        List<String> partial = List.of("prime", "time");
        assertThat(knowledge.longestRoleAt(partial, 0)).isEmpty();
    }

    @Test
    void longestRoleAtMatchesHyphenatedRolesSplitOrWhole() {
        RoleMatch whole = knowledge.longestRoleAt(List.of("UN", "Secretary-General", "Guterres"), 1).orElseThrow();
        assertThat(whole.role().phrase()).isEqualTo("secretary-general");
        assertThat(whole.length()).isEqualTo(1);
        RoleMatch split = knowledge.longestRoleAt(List.of("secretary", "-", "general", "Guterres"), 0).orElseThrow();
        assertThat(split.role().phrase()).isEqualTo("secretary-general");
        assertThat(split.length()).isEqualTo(3);
    }

    @Test
    void titleAbbreviationsAreRolesToo() {
        assertThat(knowledge.longestRoleAt(List.of("Gen.", "Valery", "Gerasimov"), 0).orElseThrow().role().sector())
                .isEqualTo("MIL");
        assertThat(knowledge.role("Sen.").orElseThrow().title()).isTrue();
    }

    // ---- small tables, bad lines

    private static final String COUNTRIES_HEADER = String.join("\t", KnowledgeTableReader.COUNTRY_COLUMNS) + "\n";
    private static final String ORGANIZATIONS_HEADER =
            String.join("\t", KnowledgeTableReader.ORGANIZATION_COLUMNS) + "\n";
    private static final String ROLES_HEADER = String.join("\t", KnowledgeTableReader.ROLE_COLUMNS) + "\n";
    private static final String SEATS_HEADER = String.join("\t", KnowledgeTableReader.SEAT_COLUMNS) + "\n";

    private static ActorKnowledge small(String countries, String organizations, String roles, String seats) {
        return ActorKnowledge.read(new StringReader(countries), new StringReader(organizations),
                new StringReader(roles), new StringReader(seats));
    }

    @Test
    void buildsFromSmallTables() {
        ActorKnowledge k = small(
                "# a comment\n" + COUNTRIES_HEADER
                        + "NOR\tNO\t578\tNorway\tKingdom of Norway\t\tNorwegian\tNorwegian|Norwegians\tOslo\tUN\n",
                ORGANIZATIONS_HEADER + "Storting group\t\tSTG\tNOR\tLEG\tNORLEG\t\n",
                ROLES_HEADER + "minister\tGOV\tPERSON\t3\tyes\n",
                SEATS_HEADER + "Storting\tNOR\tLEG\t\n");
        assertThat(k.countryByName("Kingdom of Norway").map(Country::alpha3)).contains("NOR");
        assertThat(k.countryByDemonym("Norwegians").map(Country::alpha3)).contains("NOR");
        assertThat(k.governmentSeat("Oslo").map(GovernmentSeat::capital)).contains(true);
        assertThat(k.governmentSeat("Storting").map(GovernmentSeat::code)).contains("NORLEG");
        assertThat(k.organization("STG").map(Organization::sector)).contains("LEG");
        assertThat(k.role("minister").map(Role::title)).contains(true);
        assertThat(k.countries()).hasSize(1);
    }

    @Test
    void badLineNamesTableAndLine() {
        String countries = COUNTRIES_HEADER
                + "NOR\tNO\t578\tNorway\t\t\tNorwegian\t\tOslo\tUN\n"
                + "\n"
                + "SWE\tSWEDEN\t752\tSweden\t\t\tSwedish\t\tStockholm\tUN\n";
        assertThatThrownBy(() -> KnowledgeTableReader.countries("countries.tsv", new StringReader(countries)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("countries.tsv line 4:")
                .hasMessageContaining("alpha-2");
    }

    @Test
    void badStatusWeightKindAndHeaderAreRejected() {
        assertThatThrownBy(() -> KnowledgeTableReader.countries("c.tsv", new StringReader(
                COUNTRIES_HEADER + "NOR\tNO\t578\tNorway\t\t\t\t\t\tMEMBER\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("c.tsv line 2:");
        assertThatThrownBy(() -> KnowledgeTableReader.roles("r.tsv", new StringReader(
                ROLES_HEADER + "minister\tGOV\tPERSON\t7\t\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("r.tsv line 2:");
        assertThatThrownBy(() -> KnowledgeTableReader.roles("r.tsv", new StringReader(
                ROLES_HEADER + "minister\tGOV\tPERSON\t3\t\n# x\ntroops\tMIL\tCROWD\t3\t\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("r.tsv line 4:");
        assertThatThrownBy(() -> KnowledgeTableReader.roles("r.tsv", new StringReader(
                "phrase\tsector\n" + "minister\tGOV\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("r.tsv line 1:");
        assertThatThrownBy(() -> KnowledgeTableReader.governmentSeats("s.tsv", new StringReader(
                SEATS_HEADER + "Storting\tNOR\tLEG\tperhaps\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("s.tsv line 2:");
    }

    @Test
    void aNameGivenToTwoEntriesIsRejectedWithBothLines() {
        String countries = COUNTRIES_HEADER
                + "COD\tCD\t180\tDemocratic Republic of the Congo\t\tCongo\tCongolese\t\tKinshasa\tUN\n"
                + "COG\tCG\t178\tRepublic of the Congo\t\tCongo\t\t\tBrazzaville\tUN\n";
        assertThatThrownBy(() -> KnowledgeTableReader.countries("countries.tsv", new StringReader(countries)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("countries.tsv line 3:")
                .hasMessageContaining("COD (line 2)");
        assertThatThrownBy(() -> KnowledgeTableReader.roles("roles.tsv", new StringReader(
                ROLES_HEADER + "minister\tGOV\tPERSON\t3\t\nMinister\tGOV\tPERSON\t2\t\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageStartingWith("roles.tsv line 3:");
    }

    @Test
    void ambiguousNameMustBeOneOfTheRowsOwnNames() {
        assertThatThrownBy(() -> KnowledgeTableReader.countries("countries.tsv", new StringReader(COUNTRIES_HEADER
                + "NOR\tNO\t578\tNorway\t\t\tNorwegian\t\tOslo\tUN\tSweden\n")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("countries.tsv line 2:")
                .hasMessageContaining("Sweden");
    }

    @Test
    void seatOrOrganizationOfAnUnknownCountryIsRejected() {
        String countries = COUNTRIES_HEADER + "NOR\tNO\t578\tNorway\t\t\tNorwegian\t\tOslo\tUN\n";
        assertThatThrownBy(() -> small(countries, ORGANIZATIONS_HEADER, ROLES_HEADER,
                SEATS_HEADER + "Riksdag\tSWE\tLEG\t\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SWE");
        assertThatThrownBy(() -> small(countries, ORGANIZATIONS_HEADER + "Riksdag group\t\t\tSWE\tLEG\tSWELEG\t\n",
                ROLES_HEADER, SEATS_HEADER))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SWE");
        assertThatThrownBy(() -> small(countries, ORGANIZATIONS_HEADER, ROLES_HEADER,
                SEATS_HEADER + "Oslo\tNOR\tMIL\t\n"))
                .as("a seat that contradicts a capital")
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Oslo");
    }
}
