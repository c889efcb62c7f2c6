package dk.kompetencenet.followup;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dk.kompetencenet.overview.effect.InitiativeEffect;
import dk.kompetencenet.overview.observations.Observation;
import dk.kompetencenet.platform.CellText;
import dk.kompetencenet.platform.i18n.Texts;

/** The follow-up report written as a PDF for reading and as an XLSX workbook for working on, both in Danish. */
public final class ReportDocuments {

    private static final Locale DANISH = Texts.DANISH;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ReportDocuments() {
    }

    /** The report, the effect of initiatives (null: no two rounds to compare) and what the data shows. */
    public static byte[] pdf(FollowUpReport report, InitiativeEffect.Comparison effect,
                             List<Observation> observations, LocalDate generatedOn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(text("followup.report") + " – " + report.strategy());
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font normal = FontFactory.getFont(FontFactory.HELVETICA, 9);
            Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
            document.add(new Paragraph(text("followup.report") + ": " + report.strategy(), title));
            document.add(new Paragraph(text("followup.generated", generatedOn.format(DATE)) + " · "
                    + taken(report.from()) + " → " + taken(report.to()), normal));
            for (FollowUpReport.Part part : report.parts()) {
                Paragraph h = new Paragraph(part.title() == null ? text("followup.capacity") : part.title(), heading);
                h.setSpacingBefore(12);
                h.setSpacingAfter(6);
                document.add(h);
                PdfPTable table = new PdfPTable(new float[] {6, 2, 2, 1.5f});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                for (String header : new String[] {text("followup.indicator"), taken(report.from()),
                        taken(report.to()), text("followup.change")}) {
                    PdfPCell cell = new PdfPCell(new Phrase(header, bold));
                    cell.setBackgroundColor(new Color(0xE4, 0xE7, 0xEB));
                    table.addCell(cell);
                }
                for (FollowUpReport.Line line : part.lines()) {
                    table.addCell(new Phrase(line.label(), normal));
                    table.addCell(right(value(line.from()), normal));
                    table.addCell(right(value(line.to()), normal));
                    table.addCell(right(change(line), normal));
                }
                document.add(table);
            }
            EffectSection.pdf(document, effect, heading, normal, bold);
            ObservationSection.pdf(document, observations, heading, normal);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /** The report, the effect of initiatives (null: no two rounds to compare) and what the data shows. */
    public static byte[] xlsx(FollowUpReport report, InitiativeEffect.Comparison effect,
                              List<Observation> observations) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(text("followup.report"));
            CellStyle boldStyle = workbook.createCellStyle();
            XSSFFont boldFont = workbook.createFont();
            boldFont.setBold(true);
            boldStyle.setFont(boldFont);
            int r = 0;
            cell(sheet.createRow(r++), 0, text("followup.report") + ": " + report.strategy(), boldStyle);
            Row header = sheet.createRow(r++);
            String[] headers = {text("followup.indicator"), taken(report.from()), text("followup.total"),
                    text("followup.percent"), taken(report.to()), text("followup.total"), text("followup.percent"),
                    text("followup.change")};
            for (int c = 0; c < headers.length; c++) {
                cell(header, c, headers[c], boldStyle);
            }
            for (FollowUpReport.Part part : report.parts()) {
                cell(sheet.createRow(r++), 0, part.title() == null ? text("followup.capacity") : part.title(),
                        boldStyle);
                for (FollowUpReport.Line line : part.lines()) {
                    Row row = sheet.createRow(r++);
                    cell(row, 0, line.label(), null);
                    numbers(row, 1, line.from());
                    numbers(row, 4, line.to());
                    number(row, 7, line.change());
                }
            }
            ObservationSection.xlsx(sheet, EffectSection.xlsx(sheet, r, effect), observations);
            sheet.setColumnWidth(0, 90 * 256);
            for (int c = 1; c < headers.length; c++) {
                sheet.setColumnWidth(c, 16 * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void numbers(Row row, int first, Indicator indicator) {
        if (indicator != null) {
            number(row, first, indicator.amount());
            number(row, first + 1, indicator.total());
            number(row, first + 2, indicator.percent());
        }
    }

    private static void number(Row row, int column, BigDecimal value) {
        if (value != null) {
            row.createCell(column).setCellValue(value.doubleValue());
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(CellText.safe(value));
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static PdfPCell right(String value, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(value, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static String taken(FollowUpReport.Taken taken) {
        return taken.label() + " (" + taken.on().format(DATE) + ")";
    }

    /** "12 af 40 (30,0 %)" for a share, "2,4" for a figure, "–" where not measured. */
    public static String value(Indicator indicator) {
        if (indicator == null) {
            return "–";
        }
        if (indicator.total() == null) {
            return number(indicator.amount());
        }
        BigDecimal percent = indicator.percent();
        return number(indicator.amount()) + " " + text("followup.of") + " " + number(indicator.total())
                + (percent == null ? "" : " (" + number(percent) + " %)");
    }

    public static String change(FollowUpReport.Line line) {
        BigDecimal change = line.change();
        if (change == null) {
            return "–";
        }
        String signed = (change.signum() > 0 ? "+" : "") + number(change);
        return line.isShare() ? signed + " " + text("followup.pointsShort") : signed;
    }

    private static String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(DANISH);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 1 : 0);
        return format.format(value);
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(DANISH, key, arguments);
    }
}
