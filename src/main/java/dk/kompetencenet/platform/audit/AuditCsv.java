package dk.kompetencenet.platform.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import dk.kompetencenet.platform.CellText;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * Audit entries as CSV for a spreadsheet: semicolons (Danish Excel), Copenhagen time, no cell that would run as a
 * formula ({@link CellText}).
 */
public final class AuditCsv {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final CSVPrinter printer;

    public AuditCsv(Writer out, List<String> headers) throws IOException {
        printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
        printer.printRecord(headers.stream().map(CellText::safe).toList());
    }

    public void write(AuditEntry entry) throws IOException {
        printer.printRecord(Zones.local(entry.getOccurredAt()).format(TIME), CellText.safe(entry.getActor()),
                CellText.safe(entry.getAction()), CellText.safe(entry.getEntityType()),
                entry.getEntityId(), entry.getSubjectId(), CellText.safe(entry.getDetails()));
    }

    public void flush() throws IOException {
        printer.flush();
    }
}
