package dk.kompetencenet.organisation;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Utf8;

/**
 * The staff CSV file: UTF-8, semicolon-separated, a header line with the Danish column names
 * {@code Fornavn;Efternavn;E-mail;Stilling}. Reads the whole file and reports every bad line; it saves nothing itself.
 */
public final class EmployeeCsv {

    public static final String FIRST_NAME = "Fornavn";
    public static final String LAST_NAME = "Efternavn";
    public static final String EMAIL = "E-mail";
    public static final String JOB_ROLE = "Stilling";
    public static final List<String> HEADER = List.of(FIRST_NAME, LAST_NAME, EMAIL, JOB_ROLE);
    public static final int MAX_ROWS = 20_000;

    private static final Map<String, String> HEADER_ALIASES = Map.of(
            "fornavn", FIRST_NAME, "efternavn", LAST_NAME, "e-mail", EMAIL, "email", EMAIL, "mail", EMAIL,
            "e-mailadresse", EMAIL, "stilling", JOB_ROLE, "jobrolle", JOB_ROLE);

    private EmployeeCsv() {
    }

    /** A good line of the file. */
    public record Row(int line, String firstName, String lastName, String email, JobRole jobRole) {
    }

    /**
     * Every row of the file, or an {@link InvalidInputException} naming every bad line (line 1 is the header).
     */
    public static List<Row> read(byte[] content) {
        String text = Utf8.decode(content, "import.error.notUtf8");
        List<Problem> problems = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = null;
            Map<String, Integer> emailLines = new HashMap<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord record : parser) {
                int line = lines.lineAt(record.getCharacterPosition());
                if (isBlank(record)) {
                    continue;
                }
                if (columns == null) {
                    columns = header(record, line, problems);
                    if (columns == null) {
                        break;
                    }
                    continue;
                }
                if (rows.size() + problems.size() >= MAX_ROWS) {
                    problems.add(Problem.atLine(line, "import.error.tooManyRows", MAX_ROWS));
                    break;
                }
                row(record, line, columns, emailLines, problems).ifPresent(rows::add);
            }
            if (columns == null && problems.isEmpty()) {
                problems.add(Problem.atLine(1, "import.error.empty"));
            } else if (columns != null && rows.isEmpty() && problems.isEmpty()) {
                problems.add(Problem.atLine(2, "import.error.noRows"));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            problems.add(Problem.atLine(1, "import.error.unreadable", String.valueOf(e.getMessage())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
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

    private static Map<String, Integer> header(CSVRecord record, int line, List<Problem> problems) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = HEADER_ALIASES.get(record.get(i).trim().toLowerCase(Locale.ROOT));
            if (name != null) {
                columns.putIfAbsent(name, i);
            }
        }
        List<String> missing = HEADER.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.atLine(line, "import.error.header", String.join(";", HEADER), String.join(", ", missing)));
            return null;
        }
        return columns;
    }

    private static Optional<Row> row(CSVRecord record, int line, Map<String, Integer> columns,
                                     Map<String, Integer> emailLines, List<Problem> problems) {
        int before = problems.size();
        String firstName = cell(record, columns.get(FIRST_NAME));
        String lastName = cell(record, columns.get(LAST_NAME));
        String email = cell(record, columns.get(EMAIL));
        String role = cell(record, columns.get(JOB_ROLE));
        if (firstName.isEmpty()) {
            problems.add(Problem.atLine(line, "import.error.missing", FIRST_NAME));
        } else if (firstName.length() > 100) {
            problems.add(Problem.atLine(line, "import.error.tooLong", FIRST_NAME, 100));
        }
        if (lastName.isEmpty()) {
            problems.add(Problem.atLine(line, "import.error.missing", LAST_NAME));
        } else if (lastName.length() > 100) {
            problems.add(Problem.atLine(line, "import.error.tooLong", LAST_NAME, 100));
        }
        String normalisedEmail = null;
        if (email.isEmpty()) {
            problems.add(Problem.atLine(line, "import.error.missing", EMAIL));
        } else {
            try {
                normalisedEmail = Employee.normaliseEmail(email);
                Integer earlier = emailLines.putIfAbsent(normalisedEmail, line);
                if (earlier != null) {
                    problems.add(Problem.atLine(line, "import.error.duplicateInFile", email, earlier));
                }
            } catch (InvalidInputException e) {
                problems.add(Problem.atLine(line, "import.error.email", email));
            }
        }
        Optional<JobRole> jobRole = JobRole.parse(role);
        if (jobRole.isEmpty()) {
            problems.add(Problem.atLine(line, "import.error.jobRole", role, JobRole.validWords()));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Row(line, firstName, lastName, normalisedEmail, jobRole.get()));
    }

    private static String cell(CSVRecord record, int index) {
        return index < record.size() ? record.get(index).trim() : "";
    }

    private static boolean isBlank(CSVRecord record) {
        for (String value : record) {
            if (!value.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
