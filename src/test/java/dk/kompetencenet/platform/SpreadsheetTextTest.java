package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetText.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("'=HYPERLINK(\"http://evil\")");
        assertThat(SpreadsheetText.cell("+1+2")).isEqualTo("'+1+2");
        assertThat(SpreadsheetText.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetText.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetText.cell("\t=1")).isEqualTo("'\t=1");
        assertThat(SpreadsheetText.cell("\r=1")).isEqualTo("'\r=1");
    }

    @Test
    void otherTextIsLeftAsItIs() {
        assertThat(SpreadsheetText.cell("Rådhuset")).isEqualTo("Rådhuset");
        assertThat(SpreadsheetText.cell("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.cell("")).isEmpty();
        assertThat(SpreadsheetText.cell(null)).isNull();
    }
}
