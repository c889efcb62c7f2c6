package dk.kompetencenet.organisation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Csv;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.Utf8;
import dk.kompetencenet.platform.i18n.Message;

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
        Map<String, Integer> columns = null;
        Map<String, Integer> emailLines = new HashMap<>();
        for (Csv.Line record : Csv.read(text, problems)) {
            int line = record.number();
            if (record.isBlank()) {
                continue;
            }
            if (columns == null) {
                columns = header(record, problems);
                if (columns == null) {
                    break;
                }
                continue;
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                problems.add(Problem.atLine(line, "import.error.tooManyRows", MAX_ROWS));
                break;
            }
            row(record, columns, emailLines, problems).ifPresent(rows::add);
        }
        if (columns == null && problems.isEmpty()) {
            problems.add(Problem.atLine(1, "import.error.empty"));
        } else if (columns != null && rows.isEmpty() && problems.isEmpty()) {
            problems.add(Problem.atLine(2, "import.error.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return rows;
    }

    private static Map<String, Integer> header(Csv.Line record, List<Problem> problems) {
        int line = record.number();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < record.record().size(); i++) {
            String name = HEADER_ALIASES.get(record.cell(i).toLowerCase(Locale.ROOT));
            if (name != null && columns.putIfAbsent(name, i) != null) {
                problems.add(Problem.atLine(line, "import.error.duplicateColumn", record.cell(i)));
                return null;
            }
        }
        List<String> missing = HEADER.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            problems.add(Problem.atLine(line, "import.error.header", String.join(";", HEADER), String.join(", ", missing)));
            return null;
        }
        return columns;
    }

    private static Optional<Row> row(Csv.Line record, Map<String, Integer> columns,
                                     Map<String, Integer> emailLines, List<Problem> problems) {
        int line = record.number();
        int before = problems.size();
        String firstName = record.cell(columns.get(FIRST_NAME));
        String lastName = record.cell(columns.get(LAST_NAME));
        String email = record.cell(columns.get(EMAIL));
        String role = record.cell(columns.get(JOB_ROLE));
        name(FIRST_NAME, firstName, line, problems);
        name(LAST_NAME, lastName, line, problems);
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

    private static void name(String column, String value, int line, List<Problem> problems) {
        if (value.isEmpty()) {
            problems.add(Problem.atLine(line, "import.error.missing", column));
        }
        Text.stored(column, value, Employee.NAME_LENGTH).ifPresent(p -> problems.add(Problem.atLine(line,
                "import.error.cell", column, Message.of(p.key(), p.arguments().toArray()))));
    }
}
