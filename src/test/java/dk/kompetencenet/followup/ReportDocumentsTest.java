package dk.kompetencenet.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dk.kompetencenet.overview.observations.Observation;

class ReportDocumentsTest {

    @Test
    void noCellOfTheSpreadsheetIsAFormulaWhateverATitleOrLabelBeginsWith() throws IOException {
        Indicator figure = new Indicator("x", Indicator.Section.INITIATIVE, 1L, 1, "@SUM(A1)", BigDecimal.ONE, null);
        FollowUpReport report = new FollowUpReport("=HYPERLINK(\"http://x\")",
                new FollowUpReport.Taken(1L, SnapshotKind.BASELINE, "+Start", LocalDate.of(2027, 1, 1)),
                new FollowUpReport.Taken(2L, SnapshotKind.FOLLOW_UP, "-1+2", LocalDate.of(2028, 1, 1)),
                List.of(new FollowUpReport.Part("=1+1", List.of(new FollowUpReport.Line("x", "@SUM(A1)", figure,
                        figure)))));

        List<String> texts = new ArrayList<>();
        Observation lone = new Observation("observation.loneSupervisor",
                List.<Serializable>of("=Skolen", new Date(0), 24L), "/x", "id", 1L);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportDocuments.xlsx(report, null,
                List.of(lone))))) {
            for (Row row : workbook.getSheetAt(0)) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
        }
        assertThat(texts).contains("'=1+1", "'@SUM(A1)").noneMatch(t -> t.matches("^[=+@-].*"));
        assertThat(texts).anyMatch(t -> t.startsWith("'+Start")).anyMatch(t -> t.startsWith("'-1+2"));
        assertThat(texts).contains("Observationer").anyMatch(t -> t.startsWith("'=Skolen: den eneste vejleders"));
    }
}
