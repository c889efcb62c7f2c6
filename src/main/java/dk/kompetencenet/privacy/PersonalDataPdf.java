package dk.kompetencenet.privacy;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;

/** An export of personal data as a PDF for reading: one titled table per section, in the reader's language. */
public final class PersonalDataPdf {

    private static final Color HEADER = new Color(0xE4, 0xE7, 0xEB);

    private PersonalDataPdf() {
    }

    public static byte[] write(PersonalData data, String name, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(Texts.get(locale, "personalData.title", name));
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            document.add(new Paragraph(Texts.get(locale, "personalData.title", name), title));
            String generated = Zones.local(data.generatedAt()).format(DateTimeFormatter.ofPattern(
                    Texts.get(locale, "format.dateTime"), Texts.supported(locale)));
            document.add(new Paragraph(Texts.get(locale, "personalData.generated", generated), normal));
            for (PersonalData.Section section : data.sections()) {
                Paragraph h = new Paragraph(Texts.get(locale, section.titleKey()) + " (" + section.rows().size() + ")",
                        heading);
                h.setSpacingBefore(10);
                h.setSpacingAfter(4);
                document.add(h);
                if (section.rows().isEmpty()) {
                    document.add(new Paragraph(Texts.get(locale, "personalData.none"), normal));
                    continue;
                }
                PdfPTable table = new PdfPTable(section.columns().size());
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String column : section.columns()) {
                    String header = Texts.get(locale, PersonalData.Section.columnKey(column));
                    PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                    cell.setBackgroundColor(HEADER);
                    table.addCell(cell);
                }
                for (Map<String, Object> row : section.rows()) {
                    for (String column : section.columns()) {
                        table.addCell(new Phrase(text(row.get(column), locale), normal));
                    }
                }
                document.add(table);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    private static String text(Object value, Locale locale) {
        if (value instanceof Boolean yes) {
            return Texts.get(locale, yes ? "form.yes" : "form.no");
        }
        return value == null ? "" : String.valueOf(value);
    }
}
