package org.parley.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OfficeHolderTest {

    private static ActorKnowledge knowledge;

    @BeforeAll
    static void load() {
        knowledge = ActorKnowledge.loadBuiltIn();
    }

    private static List<String> words(String name) {
        return Arrays.asList(name.split(" "));
    }

    private static Optional<OfficeHolder> lookup(String name, String date) {
        return knowledge.officeHolder(words(name), date == null || date.isEmpty() ? null : LocalDate.parse(date));
    }

    // ---- coverage of the built-in table

    @ParameterizedTest
    @ValueSource(strings = {"2025-01-01", "2018-01-01"})
    void everyUnMemberAndObserverHasAHolderInOffice(String date) {
        LocalDate day = LocalDate.parse(date);
        Set<String> served = knowledge.officeHolders().stream()
                .filter(h -> h.country() != null && h.inOffice(day))
                .map(OfficeHolder::country).collect(Collectors.toSet());
        List<String> missing = knowledge.countries().stream()
                .filter(c -> c.unMember() || c.status() == CountryStatus.UN_OBSERVER
                        || c.alpha3().equals("TWN") || c.alpha3().equals("XKX"))
                .map(Country::alpha3).filter(a -> !served.contains(a)).toList();
        assertThat(missing).as("countries with nobody in office on %s", date).isEmpty();
    }

    @Test
    void tableIsLargeAndWellFormed() {
        List<OfficeHolder> all = knowledge.officeHolders();
        assertThat(all).hasSizeGreaterThan(1500);
        for (OfficeHolder h : all) {
            if (h.country() == null) {
                assertThat(h.sector()).as(h.name()).isIn("IGO", "REB");
                assertThat(h.code()).as(h.name()).startsWith("I");
            } else {
                assertThat(knowledge.countryByAlpha3(h.country())).as(h.name()).isPresent();
                assertThat(h.code()).as(h.name()).startsWith(h.country());
            }
            assertThat(h.office()).as(h.name()).matches("[a-z][a-z -]*( of| for| in)?( .*)?");
            assertThat(h.from()).as(h.name()).isBefore(LocalDate.of(2027, 1, 1));
            // every form must reach its holder through the lookup it is there for
            for (String form : h.names()) {
                assertThat(knowledge.officeHolders(form)).as("%s via '%s'", h.name(), form).contains(h);
            }
        }
        // G20 members: a head of state or government, a foreign and a defence minister at every date since 2010
        for (String g20 : List.of("USA", "GBR", "FRA", "RUS", "CHN", "DEU", "JPN", "IND", "BRA", "CAN", "AUS",
                "ARG", "ITA", "KOR", "MEX", "SAU", "ZAF", "TUR", "IDN")) {
            for (LocalDate day : List.of(LocalDate.of(2010, 6, 1), LocalDate.of(2015, 6, 1), LocalDate.of(2025, 1, 1))) {
                Set<String> offices = new HashSet<>();
                all.stream().filter(h -> g20.equals(h.country()) && h.inOffice(day))
                        .forEach(h -> offices.add(h.office()));
                assertThat(offices).as("%s offices on %s", g20, day).hasSizeGreaterThanOrEqualTo(3);
            }
        }
    }

    // ---- lookups

    @ParameterizedTest(name = "{0} on {1} -> {2} {3}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "erdogan;2018-06-01;TUR;Recep Tayyip Erdoğan;president",
            "recep tayyip erdogan;2010-01-01;TUR;Recep Tayyip Erdoğan;prime minister",
            "Erdoğan;2024-01-01;TUR;Recep Tayyip Erdoğan;president",
            "tayyip erdogan;-;TUR;Recep Tayyip Erdoğan;president",
            "putin;2024-01-01;RUS;Vladimir Putin;president",
            "putin;2010-01-01;RUS;Vladimir Putin;prime minister",
            "bush;2005-01-01;USA;George W. Bush;president",
            "george bush;2005-01-01;USA;George W. Bush;president",
            "g. w. bush;2005-01-01;USA;George W. Bush;president",
            "kim jong un;2020-01-01;PRK;Kim Jong Un;supreme leader",
            "kim jong-un;2020-01-01;PRK;Kim Jong Un;supreme leader",
            "macron;2019-01-01;FRA;Emmanuel Macron;president",
            "modi;2020-01-01;IND;Narendra Modi;prime minister",
            "netanyahu;2024-01-01;ISR;Benjamin Netanyahu;prime minister",
            "zelenskiy;2025-03-01;UKR;Volodymyr Zelenskyy;president",
            "zelensky;-;UKR;Volodymyr Zelenskyy;president",
            "xi;2020-01-01;CHN;Xi Jinping;president",
            "assad;2015-01-01;SYR;Bashar al-Assad;president",
            "al-assad;2015-01-01;SYR;Bashar al-Assad;president",
            "bashar assad;2015-01-01;SYR;Bashar al-Assad;president",
            "al-sisi;2020-01-01;EGY;Abdel Fattah el-Sisi;president",
            "merkel;2010-01-01;DEU;Angela Merkel;chancellor",
            "trump;2018-01-01;USA;Donald Trump;president",
            "lula;2024-01-01;BRA;Luiz Inácio Lula da Silva;president",
            "starmer;2025-01-01;GBR;Keir Starmer;prime minister",
            "stoltenberg;2010-01-01;NOR;Jens Stoltenberg;prime minister",
            "rutte;2020-01-01;NLD;Mark Rutte;prime minister",
            "von der leyen;2015-01-01;DEU;Ursula von der Leyen;defence minister",
            "lavrov;2022-01-01;RUS;Sergei Lavrov;foreign minister",
            "blinken;2022-01-01;USA;Antony Blinken;secretary of state",
            "khamenei;2020-01-01;IRN;Ali Khamenei;supreme leader",
            "abbas;2020-01-01;PSE;Mahmoud Abbas;president",
            "salman;2020-01-01;SAU;Salman bin Abdulaziz;king",
            "bin salman;2021-01-01;SAU;Mohammed bin Salman;crown prince",
            "charles;2023-01-01;GBR;Charles III;king",
            "marcos;2023-01-01;PHL;Ferdinand Marcos Jr.;president",
            "milei;2024-01-01;ARG;Javier Milei;president",
            "sheinbaum;2025-01-01;MEX;Claudia Sheinbaum;president",
            "ramaphosa;2019-01-01;ZAF;Cyril Ramaphosa;president",
            "yildirim;2017-01-01;TUR;Binali Yıldırım;prime minister",
            "kaczynski;2009-01-01;POL;Lech Kaczyński;president",
            "thaksin;2004-01-01;THA;Thaksin Shinawatra;prime minister"})
    void findsTheHolderAndCountry(String name, String date, String country, String holder, String office) {
        OfficeHolder h = lookup(name, date).orElseThrow(() -> new AssertionError("nothing for " + name));
        assertThat(h.country()).isEqualTo(country);
        assertThat(h.name()).isEqualTo(holder);
        assertThat(h.office()).isEqualTo(office);
        assertThat(h.sector()).isEqualTo("GOV");
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = ';', value = {
            "guterres;2024-01-01;IGOUNO;António Guterres",
            "stoltenberg;2020-01-01;IGOWSTNAT;Jens Stoltenberg",
            "rutte;2025-01-01;IGOWSTNAT;Mark Rutte",
            "von der leyen;2021-01-01;IGOEUREEC;Ursula von der Leyen",
            "tedros;2020-01-01;IGOUNOHLHWHO;Tedros Adhanom Ghebreyesus",
            "grossi;2022-01-01;IGOUNOIAE;Rafael Grossi",
            "georgieva;2021-01-01;IGOBUSIMF;Kristalina Georgieva",
            "banga;2024-01-01;IGOUNODEVWBK;Ajay Banga",
            "ban ki-moon;2010-01-01;IGOUNO;Ban Ki-moon"})
    void internationalOfficesHaveNoCountryAndTheirOrganizationsCode(String name, String date, String code,
                                                                    String holder) {
        OfficeHolder h = lookup(name, date).orElseThrow(() -> new AssertionError("nothing for " + name));
        assertThat(h.country()).isNull();
        assertThat(h.sector()).isEqualTo("IGO");
        assertThat(h.code()).isEqualTo(code);
        assertThat(h.name()).isEqualTo(holder);
        assertThat(knowledge.organizations().stream().map(Organization::code)).contains(code);
    }

    @Test
    void armedGroupLeadersCarryTheirGroupsCode() {
        OfficeHolder haniyeh = lookup("haniyeh", "2020-01-01").orElseThrow();
        assertThat(haniyeh.country()).isEqualTo("PSE");
        assertThat(haniyeh.sector()).isEqualTo("REB");
        assertThat(haniyeh.code()).isEqualTo("PSEREBHMS");
        assertThat(lookup("nasrallah", "2020-01-01").map(OfficeHolder::code)).contains("LBNREBHEZ");
        assertThat(lookup("hemedti", "2024-01-01").map(OfficeHolder::sector)).contains("REB");
        assertThat(lookup("hemedti", "2020-01-01").map(OfficeHolder::sector)).contains("MIL");
    }

    @ParameterizedTest(name = "{0} on {1} is ambiguous or unknown")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            "kaczynski;2007-01-01",    // Lech president and Jarosław prime minister
            "sharif;2015-01-01",       // Nawaz Sharif prime minister, Raheel Sharif army chief
            "rajapaksa;2020-06-01",    // Gotabaya president, Mahinda prime minister
            "guterres;2018-01-01",     // António at the UN, Francisco president of Timor-Leste
            "king abdullah;2010-01-01", // Saudi Arabia and Jordan
            "clinton;-",               // Bill and Hillary, no date to choose
            "assad;-",                 // Hafez and Bashar
            "jeb bush;2005-01-01",     // no holder of that name
            "bin salman;2020-01-01",   // Bahrain's prime minister Khalifa bin Salman was still in office
            "koirala;2024-01-01",      // no holder in office, two former ones
            "nobody-at-all;2024-01-01"})
    void ambiguousOrUnknownNamesGiveNothing(String name, String date) {
        assertThat(lookup(name, date)).isEmpty();
    }

    @Test
    void aFormerHolderStillGivesTheCountryWithDatesThatSaySo() {
        OfficeHolder obama = lookup("obama", "2022-01-01").orElseThrow();
        assertThat(obama.country()).isEqualTo("USA");
        assertThat(obama.inOffice(LocalDate.of(2022, 1, 1))).isFalse();
        assertThat(obama.to()).isEqualTo(LocalDate.of(2017, 1, 20));
        OfficeHolder trump = lookup("trump", "2022-06-01").orElseThrow();
        assertThat(trump.from()).isEqualTo(LocalDate.of(2017, 1, 20));
        assertThat(lookup("trump", "2025-06-01").orElseThrow().current()).isTrue();
    }

    @Test
    void withoutADateTheLatestTenureOfTheOnlyMatchingPersonIsGiven() {
        OfficeHolder putin = lookup("putin", null).orElseThrow();
        assertThat(putin.office()).isEqualTo("president");
        assertThat(putin.current()).isTrue();
        assertThat(lookup("kim", null)).isEmpty();
    }

    @Test
    void officeHoldersListsEveryTenureWhateverTheDate() {
        List<OfficeHolder> putin = knowledge.officeHolders("Putin");
        assertThat(putin).hasSizeGreaterThanOrEqualTo(4).allMatch(h -> h.country().equals("RUS"));
        assertThat(putin).extracting(OfficeHolder::office).contains("president", "prime minister");
        assertThat(knowledge.officeHolders("Bush")).extracting(OfficeHolder::name).containsOnly("George W. Bush");
        assertThat(knowledge.officeHolders("Rasmussen")).extracting(OfficeHolder::name)
                .contains("Anders Fogh Rasmussen", "Lars Løkke Rasmussen", "Poul Nyrup Rasmussen");
        assertThat(knowledge.officeHolders("Lars Lokke Rasmussen")).extracting(OfficeHolder::name)
                .containsOnly("Lars Løkke Rasmussen");
        assertThat(knowledge.officeHolders("  ")).isEmpty();
        assertThat(knowledge.officeHolders(null)).isEmpty();
    }

    @Test
    void wordsAreFoldedWhetherOrNotTheCallerDidIt() {
        assertThat(knowledge.officeHolder(List.of("Recep", "Tayyip", "Erdoğan"), LocalDate.of(2020, 1, 1)))
                .map(OfficeHolder::country).contains("TUR");
        assertThat(knowledge.officeHolder(List.of("Erdogan's"), LocalDate.of(2020, 1, 1)))
                .map(OfficeHolder::country).contains("TUR");
        assertThat(knowledge.officeHolder(List.of("Lech", "Kaczynski"), LocalDate.of(2007, 1, 1)))
                .map(OfficeHolder::name).contains("Lech Kaczyński");
        assertThat(knowledge.officeHolder(List.of(), LocalDate.of(2007, 1, 1))).isEmpty();
    }

    // ---- small tables, bad lines

    private static final String HEADER = String.join("\t", KnowledgeTableReader.OFFICE_HOLDER_COLUMNS) + "\n";

    private static List<OfficeHolder> read(String table) {
        return KnowledgeTableReader.officeHolders("office_holders.tsv", new StringReader(table));
    }

    @Test
    void datesMayBeGivenToTheYearOrMonth() {
        List<OfficeHolder> hs = read(HEADER
                + "Ann Example\t\tNOR\tGOV\t\tprime minister\t2019\t2021-03\n"
                + "Bo Example\tBo\t\tIGO\tIGOUNO\tenvoy\t2021-04-02\t\n");
        assertThat(hs.get(0).from()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(hs.get(0).to()).isEqualTo(LocalDate.of(2021, 3, 31));
        assertThat(hs.get(0).code()).isEqualTo("NORGOV");
        assertThat(hs.get(1).country()).isNull();
        assertThat(hs.get(1).current()).isTrue();
    }

    @Test
    void badLinesAreRejectedWithTheirLineNumber() {
        assertThatThrownBy(() -> read("# comment\n" + HEADER + "A B\t\tNOR\tGOV\t\tking\t2019-13-01\t\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("office_holders.tsv line 3:").hasMessageContaining("2019-13-01");
        assertThatThrownBy(() -> read(HEADER + "A B\t\tNOR\tGOV\t\tking\t2019\t2018\n"))
                .hasMessageStartingWith("office_holders.tsv line 2:").hasMessageContaining("before");
        assertThatThrownBy(() -> read(HEADER + "A B\t\t\tIGO\t\tenvoy\t2019\t\n"))
                .hasMessageStartingWith("office_holders.tsv line 2:").hasMessageContaining("CAMEO code");
        assertThatThrownBy(() -> read(HEADER + "A B\t\tNORWAY\tGOV\t\tking\t2019\t\n"))
                .hasMessageStartingWith("office_holders.tsv line 2:").hasMessageContaining("alpha-3");
        assertThatThrownBy(() -> read(HEADER + "A B\t\tNOR\tgovernment\t\tking\t2019\t\n"))
                .hasMessageStartingWith("office_holders.tsv line 2:").hasMessageContaining("sector");
        assertThatThrownBy(() -> read(HEADER + "A B\t\tNOR\tGOV\t\t\t2019\t\n"))
                .hasMessageStartingWith("office_holders.tsv line 2:").hasMessageContaining("office");
        assertThatThrownBy(() -> read("name\taliases\n"))
                .hasMessageStartingWith("office_holders.tsv line 1:");
    }

    @Test
    void overlappingTenuresOfOnePersonInOneOfficeAreRejected() {
        assertThatThrownBy(() -> read(HEADER
                + "A B\t\tNOR\tGOV\t\tking\t2001\t2010\n"
                + "C D\t\tNOR\tGOV\t\tprime minister\t2001\t2010\n"
                + "A B\t\tNOR\tGOV\t\tking\t2009-06-01\t\n"))
                .hasMessageStartingWith("office_holders.tsv line 4:").hasMessageContaining("line 2");
        // a handover written with the same day at both ends is not an overlap
        assertThat(read(HEADER
                + "A B\t\tNOR\tGOV\t\tking\t2001-01-01\t2005-05-05\n"
                + "A B\t\tNOR\tGOV\t\tking\t2005-05-05\t\n")).hasSize(2);
    }

    @Test
    void aHolderOfAnUnknownCountryIsRejected() {
        String countries = String.join("\t", KnowledgeTableReader.COUNTRY_COLUMNS) + "\n"
                + "NOR\tNO\t578\tNorway\t\t\tNorwegian\t\tOslo\tUN\n";
        assertThatThrownBy(() -> ActorKnowledge.read(new StringReader(countries),
                new StringReader(String.join("\t", KnowledgeTableReader.ORGANIZATION_COLUMNS) + "\n"),
                new StringReader(String.join("\t", KnowledgeTableReader.ROLE_COLUMNS) + "\n"),
                new StringReader(String.join("\t", KnowledgeTableReader.SEAT_COLUMNS) + "\n"),
                new StringReader(HEADER + "Sven Svensson\t\tSWE\tGOV\t\tking\t2001\t\n")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SWE");
    }
}
