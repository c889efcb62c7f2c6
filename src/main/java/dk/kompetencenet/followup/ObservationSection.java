package dk.kompetencenet.followup;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;

import org.apache.poi.ss.usermodel.Sheet;

import dk.kompetencenet.overview.observations.Observation;
import dk.kompetencenet.platform.CellText;
import dk.kompetencenet.platform.i18n.Texts;

/** The follow-up report's section "Observationer": what the data shows, in the PDF and the XLSX workbook (Danish). */
final class ObservationSection {

    private ObservationSection() {
    }

    /** The heading, then each observation's sentence (or that there is nothing to act on). */
    static List<String> lines(List<Observation> observations) {
        List<String> lines = new ArrayList<>();
        lines.add(Texts.get(Texts.DANISH, "followup.observations"));
        if (observations.isEmpty()) {
            lines.add(Texts.get(Texts.DANISH, "observation.none"));
        }
        observations.forEach(o -> lines.add(o.text(Texts.DANISH)));
        return lines;
    }

    static void pdf(Document document, List<Observation> observations, Font heading, Font normal)
            throws DocumentException {
        List<String> lines = lines(observations);
        Paragraph h = new Paragraph(lines.get(0), heading);
        h.setSpacingBefore(12);
        h.setSpacingAfter(6);
        document.add(h);
        for (String line : lines.subList(1, lines.size())) {
            document.add(new Paragraph(line, normal));
        }
    }

    /** Writes the section from row {@code r} on; the next free row. */
    static int xlsx(Sheet sheet, int r, List<Observation> observations) {
        r++;
        for (String line : lines(observations)) {
            sheet.createRow(r++).createCell(0).setCellValue(CellText.safe(line));
        }
        return r;
    }
}
