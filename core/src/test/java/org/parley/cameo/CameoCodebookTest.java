package org.parley.cameo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CameoCodebookTest {

    private static final CameoCodebook BOOK = CameoCodebook.loadBuiltIn();

    @Test
    void holdsEveryCodeOfTheManual() {
        assertThat(BOOK.size()).isEqualTo(312);
        assertThat(BOOK.codes().stream().filter(CameoCode::isRoot).map(CameoCode::code))
                .containsExactly("01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "14",
                        "15", "16", "17", "18", "19", "20");
    }

    @Test
    void matchesTheReferenceTableRowForRow() throws IOException {
        Path reference = Path.of(System.getProperty("parley.root", "."), "..", "shared", "reference", "cameo_codes.tsv");
        Assumptions.assumeTrue(Files.exists(reference), "reference table not present: " + reference);
        List<String[]> rows = Files.readAllLines(reference, StandardCharsets.UTF_8).stream().skip(1)
                .filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).collect(Collectors.toList());
        assertThat(BOOK.size()).isEqualTo(rows.size());
        for (String[] row : rows) {
            CameoCode code = BOOK.code(row[0]).orElseThrow();
            assertThat(code.root()).isEqualTo(row[1]);
            assertThat(code.name()).isEqualTo(row[2].trim());
            assertThat(code.goldstein()).isEqualTo(Double.parseDouble(row[3]));
            assertThat(code.quad()).isEqualTo(Integer.parseInt(row[4]));
        }
    }

    @Test
    void readsNameRootGoldsteinAndQuad() {
        CameoCode shelling = BOOK.code("194").orElseThrow();
        assertThat(shelling.name()).isEqualTo("fight with artillery and tanks");
        assertThat(shelling.root()).isEqualTo("19");
        assertThat(shelling.goldstein()).isEqualTo(-10.0);
        assertThat(shelling.quad()).isEqualTo(4);
        assertThat(BOOK.code("057").orElseThrow().goldstein()).isEqualTo(8.0);
        assertThat(BOOK.code("016").orElseThrow().goldstein()).isEqualTo(-2.0); // GDELT's value, not ICEWS's
        assertThat(BOOK.quad("112")).isEqualTo(3);
        assertThat(BOOK.goldstein("0874")).isEqualTo(10.0);
        assertThat(BOOK.code("999")).isEmpty();
        assertThat(BOOK.code(" 043 ")).map(CameoCode::name).contains("Host a visit");
    }

    @Test
    void unknownSubCodesFallBackToTheirParentForQuadAndGoldstein() {
        assertThat(BOOK.contains("1214")).isFalse();
        assertThat(BOOK.quad("1214")).isEqualTo(3);
        assertThat(BOOK.goldstein("1214")).isEqualTo(-4.0);
        assertThatThrownBy(() -> BOOK.quad("99")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99");
    }

    @Test
    void ploverFollowsCameo2Plover2021() {
        for (String none : List.of("01", "010", "018", "02", "020", "0256", "028")) {
            assertThat(BOOK.ploverType(none)).as(none).isNull();
            assertThat(BOOK.ploverTypes(none)).as(none).isEmpty();
        }
        assertThat(BOOK.ploverType("036")).isEqualTo("AGREE");
        assertThat(BOOK.ploverType("046")).isEqualTo("CONSULT");
        assertThat(BOOK.ploverType("057")).isEqualTo("SUPPORT");
        assertThat(BOOK.ploverType("064")).isEqualTo("COOPERATE");
        assertThat(BOOK.ploverType("075")).isEqualTo("AID");
        for (String concede : List.of("080", "081", "0811", "0812", "0813", "0814", "082", "083", "0834")) {
            assertThat(BOOK.ploverType(concede)).as(concede).isEqualTo("CONCEDE");
        }
        for (String retreat : List.of("084", "0841", "0842", "085", "086", "0863", "087", "0871", "0874")) {
            assertThat(BOOK.ploverType(retreat)).as(retreat).isEqualTo("RETREAT");
        }
        assertThat(BOOK.ploverType("08")).isNull();
        assertThat(BOOK.ploverTypes("08")).containsExactlyInAnyOrder("CONCEDE", "RETREAT");
        assertThat(BOOK.ploverType("090")).isEqualTo("ACCUSE");
        assertThat(BOOK.ploverType("091")).isEqualTo("ACCUSE");
        assertThat(BOOK.ploverType("1053")).isEqualTo("REQUEST");
        assertThat(BOOK.ploverType("112")).isEqualTo("ACCUSE");
        assertThat(BOOK.ploverType("125")).isEqualTo("REJECT");
        assertThat(BOOK.ploverType("1214")).isEqualTo("REJECT");
        assertThat(BOOK.ploverType("138")).isEqualTo("THREATEN");
        assertThat(BOOK.ploverType("1411")).isEqualTo("PROTEST");
        assertThat(BOOK.ploverType("154")).isEqualTo("MOBILIZE");
        assertThat(BOOK.ploverType("161")).isEqualTo("SANCTION");
        assertThat(BOOK.ploverType("163")).isEqualTo("COERCE");
        assertThat(BOOK.ploverType("166")).isEqualTo("SANCTION");
        assertThat(BOOK.ploverType("1711")).isEqualTo("COERCE");
        assertThat(BOOK.ploverType("1712")).isEqualTo("ASSAULT");
        assertThat(BOOK.ploverType("173")).isEqualTo("COERCE");
        assertThat(BOOK.ploverType("175")).isEqualTo("ASSAULT");
        assertThat(BOOK.ploverType("186")).isEqualTo("ASSAULT");
        assertThat(BOOK.ploverType("190")).isEqualTo("ASSAULT");
        assertThat(BOOK.ploverType("191")).isEqualTo("COERCE");
        assertThat(BOOK.ploverType("192")).isEqualTo("COERCE");
        assertThat(BOOK.ploverType("195")).isEqualTo("ASSAULT");
        assertThat(BOOK.ploverType("201")).isEqualTo("ASSAULT");
        assertThat(BOOK.ploverType("2042")).isEqualTo("ASSAULT");
    }

    @Test
    void everyCodeOutsideAppealsAndStatementsHasAPloverType() {
        for (CameoCode code : BOOK.codes()) {
            boolean dropped = code.root().equals("01") || code.root().equals("02");
            Set<String> types = BOOK.ploverTypes(code.code());
            assertThat(types.isEmpty()).as(code.code()).isEqualTo(dropped);
        }
    }

    @Test
    void keepsPloverModesAndContexts() {
        PloverMapping shelling = BOOK.ploverMappings("194").get(0);
        assertThat(shelling.mode()).isEqualTo("heavy-weapons");
        assertThat(shelling.contexts()).containsExactly("military");
        assertThat(BOOK.ploverMappings("094").get(0).contexts()).containsExactly("military", "legal");
        assertThat(BOOK.ploverMappings("1823").get(0).mode()).isEmpty();
    }

    @Test
    void aBadLineFailsWithItsSourceAndLineNumber() {
        String codes = "# comment\ncode\tname\tgoldstein\tquad\n01\tMAKE PUBLIC STATEMENT\t0.0\t1\n010\tMake statement\tzero\t1\n";
        assertThatThrownBy(() -> CameoCodebook.read(new StringReader(codes), "codes.tsv", new StringReader(""), "plover.tsv"))
                .isInstanceOf(CameoFormatException.class)
                .hasMessageStartingWith("codes.tsv:4:")
                .satisfies(e -> assertThat(((CameoFormatException) e).line()).isEqualTo(4));
        String badQuad = "01\tMAKE PUBLIC STATEMENT\t0.0\t7\n";
        assertThatThrownBy(() -> CameoCodebook.read(new StringReader(badQuad), "codes.tsv", new StringReader(""), "plover.tsv"))
                .hasMessageContaining("codes.tsv:1:").hasMessageContaining("quad");
        String twice = "01\tA\t0.0\t1\n01\tB\t0.0\t1\n";
        assertThatThrownBy(() -> CameoCodebook.read(new StringReader(twice), "codes.tsv", new StringReader(""), "plover.tsv"))
                .hasMessageContaining("codes.tsv:2:").hasMessageContaining("twice");
        String plover = "cameo\tplover\tmode\tcontext\n19x\tASSAULT\t\t\n";
        assertThatThrownBy(() -> CameoCodebook.read(new StringReader(""), "codes.tsv", new StringReader(plover), "plover.tsv"))
                .hasMessageStartingWith("plover.tsv:2:");
    }
}
