package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellTextTest {

    @Test
    void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(CellText.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(CellText.safe("+45 1234")).isEqualTo("'+45 1234");
        assertThat(CellText.safe("-2+3")).isEqualTo("'-2+3");
        assertThat(CellText.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellText.safe("\t=1")).isEqualTo("'\t=1");
        assertThat(CellText.safe("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void plainTextAndPlainNumbersAreLeftAlone() {
        assertThat(CellText.safe("Birkelyskolen")).isEqualTo("Birkelyskolen");
        assertThat(CellText.safe("-3")).isEqualTo("-3");
        assertThat(CellText.safe("-2,5")).isEqualTo("-2,5");
        assertThat(CellText.safe("")).isEmpty();
        assertThat(CellText.safe(null)).isNull();
    }

    @Test
    void aCsvFileWritesEveryCellSafely() {
        String file = Csv.write(java.util.List.of("Navn"), java.util.List.of(java.util.List.of("=1+1"),
                java.util.List.of("Anna")));
        assertThat(file).isEqualTo("\uFEFFNavn\r\n'=1+1\r\nAnna\r\n");
    }
}
