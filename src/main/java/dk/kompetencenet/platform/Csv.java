package dk.kompetencenet.platform;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * CSV files in and out, as Danish Excel writes them (semicolons, UTF-8 with a byte-order mark). Reading names each
 * record by the line it begins on (a quoted cell may span lines), and a file the parser cannot read is a problem at
 * the line where the broken record begins, in the user's words, never the parser's. Writing puts every cell through
 * {@link CellText}.
 */
public final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';')
            .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(false).setRecordSeparator("\r\n").get();

    private Csv() {
    }

    /** A record of the file and the line it begins on (1 is the first). */
    public record Line(int number, CSVRecord record) {

        public boolean isBlank() {
            return record.stream().allMatch(String::isBlank);
        }

        public String cell(int index) {
            return index >= 0 && index < record.size() ? record.get(index).trim() : "";
        }
    }

    /**
     * Every record of the text, blank ones included. Where the parser stops (a quote never closed, text after a closing
     * quote) a problem at that record's first line is added and the records before it are returned.
     */
    public static List<Line> read(String text, List<Problem> problems) {
        List<Line> lines = new ArrayList<>();
        LineCounter counter = new LineCounter(text);
        long endOfLast = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            for (CSVRecord record : parser) {
                lines.add(new Line(counter.lineAt(record.getCharacterPosition()), record));
                endOfLast = parser.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.atLine((int) endOfLast + 1, "import.error.malformed"));
        }
        return lines;
    }

    /** A file of the header and rows, each cell safe for a spreadsheet; with a byte-order mark, for Excel. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(header.stream().map(CellText::safe).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(CellText::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out;
    }

    /** Counts lines up to ever later positions of the text, so that a whole file costs one pass. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long target) {
            while (position < target && position < text.length()) {
                if (text.charAt(position++) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
