package dk.kompetencenet.followup;

import java.awt.Color;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import dk.kompetencenet.overview.effect.EffectFigures;
import dk.kompetencenet.overview.effect.InitiativeEffect;
import dk.kompetencenet.platform.CellText;
import dk.kompetencenet.platform.i18n.Texts;

/** The follow-up report's section on the effect of initiatives, in the PDF and the XLSX workbook (in Danish). */
final class EffectSection {

    private static final Locale DANISH = Texts.DANISH;

    private static final String[] HEADERS = {"effect.initiative", "effect.group", "effect.people", "effect.selfBefore",
        "effect.selfAfter", "effect.selfChange", "effect.formalBefore", "effect.formalAfter", "effect.formalChange"};

    private EffectSection() {
    }

    /** The heading, the caution and the caption: the lines above the table. */
    static List<String> preamble(InitiativeEffect.Comparison e) {
        return e == null ? List.of(text("effect.title"), text("effect.caution"), text("effect.none"))
                : List.of(text("effect.title"), text("effect.caution"), text("effect.caption", e.framework(),
                e.from().name(), e.to().name(), e.minGroup()));
    }

    /** Each row's cells as written: initiative, group, size and the six figures (or "for få"). */
    static List<List<String>> rows(InitiativeEffect.Comparison e) {
        if (e == null) {
            return List.of();
        }
        return e.effects().stream().flatMap(x -> List.of(row(x, x.reached(), "effect.reached"),
                row(x, x.notReached(), "effect.notReached")).stream()).toList();
    }

    private static List<String> row(InitiativeEffect.Effect x, InitiativeEffect.Group g, String groupKey) {
        String initiative = x.code() + " " + x.title();
        if (!g.shown()) {
            String few = text("effect.tooFew");
            return List.of(initiative, text(groupKey), Long.toString(g.people()), few, few, few, few, few, few);
        }
        return List.of(initiative, text(groupKey), Long.toString(g.people()), figure(g.selfBefore(), false),
                figure(g.selfAfter(), false), figure(g.selfChange(), true), figure(g.formalBefore(), false),
                figure(g.formalAfter(), false), figure(g.formalChange(), true));
    }

    static void pdf(Document document, InitiativeEffect.Comparison e, Font heading, Font normal, Font bold)
            throws DocumentException {
        List<String> preamble = preamble(e);
        Paragraph h = new Paragraph(preamble.get(0), heading);
        h.setSpacingBefore(12);
        h.setSpacingAfter(6);
        document.add(h);
        for (String line : preamble.subList(1, preamble.size())) {
            document.add(new Paragraph(line, normal));
        }
        if (e == null) {
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {5, 2, 1, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f, 1.3f});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(6);
        for (String header : HEADERS) {
            PdfPCell cell = new PdfPCell(new Phrase(text(header), bold));
            cell.setBackgroundColor(new Color(0xE4, 0xE7, 0xEB));
            table.addCell(cell);
        }
        for (List<String> row : rows(e)) {
            row.forEach(value -> table.addCell(new Phrase(value, normal)));
        }
        document.add(table);
    }

    /** Writes the section from row {@code r} on; the next free row. */
    static int xlsx(Sheet sheet, int r, InitiativeEffect.Comparison e) {
        r++;
        for (String line : preamble(e)) {
            cell(sheet.createRow(r++), 0, line);
        }
        if (e == null) {
            return r;
        }
        Row header = sheet.createRow(r++);
        for (int c = 0; c < HEADERS.length; c++) {
            cell(header, c, text(HEADERS[c]));
        }
        for (List<String> values : rows(e)) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                cell(row, c, values.get(c));
            }
        }
        return r;
    }

    private static void cell(Row row, int column, String value) {
        row.createCell(column).setCellValue(CellText.safe(value));
    }

    private static String figure(Double value, boolean signed) {
        return EffectFigures.figure(value, signed, DANISH);
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(DANISH, key, arguments);
    }
}
