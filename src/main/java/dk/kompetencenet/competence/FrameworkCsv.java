package dk.kompetencenet.competence;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Utf8;

/**
 * A framework as one CSV file (UTF-8, semicolons), a row per level, area and competence:
 * {@code Type;Kode;Navn;Name;Beskrivelse;Description;Område}. Type is {@code niveau} (the description columns hold the
 * self-assessment answer), {@code område} or {@code kompetence} (Område names its area's code). Reading checks the
 * whole file and names every bad line; it saves nothing.
 */
public final class FrameworkCsv {

    public static final List<String> HEADER = List.of("Type", "Kode", "Navn", "Name", "Beskrivelse", "Description",
            "Område");
    static final String LEVEL = "niveau";
    static final String AREA = "område";
    static final String COMPETENCE = "kompetence";

    private FrameworkCsv() {
    }

    public static String write(Framework framework) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(HEADER);
            for (ProficiencyLevel l : framework.getLevels()) {
                printer.printRecord(LEVEL, l.getCode(), l.danish(), l.english(), l.getStemDa(), l.getStemEn(), "");
            }
            for (CompetenceArea a : framework.getAreas()) {
                printer.printRecord(AREA, a.getCode(), a.danish(), a.english(), "", "", "");
                for (Competence c : a.getCompetences()) {
                    printer.printRecord(COMPETENCE, c.getCode(), c.danish(), c.english(), c.getDescriptionDa(),
                            c.getDescriptionEn(), a.getCode());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "\uFEFF" + out;
    }

    /** A new framework from a file, or every problem of the file by line. */
    public static Framework read(byte[] content, String nameDa, String nameEn, String version) {
        String text = Utf8.decode(content, "import.error.notUtf8");
        List<Problem> problems = new ArrayList<>();
        if (nameDa == null || nameDa.isBlank()) {
            problems.add(Problem.inField("name", "competence.error.nameRequired"));
        }
        Framework framework = new Framework(null, version == null || version.isBlank() ? "1" : version,
                nameDa == null || nameDa.isBlank() ? "-" : nameDa, nameEn, null, null);
        Map<String, CompetenceArea> areas = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int line = 0;
            for (CSVRecord r : parser) {
                line++;
                if (line == 1) {
                    if (r.size() < 4 || !"type".equalsIgnoreCase(r.get(0).trim())) {
                        problems.add(Problem.atLine(1, "import.error.header", String.join(";", HEADER), ""));
                        break;
                    }
                    continue;
                }
                if (r.size() == 1 && r.get(0).isBlank()) {
                    continue;
                }
                row(framework, r, line, areas, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(Problem.atLine(1, "import.error.unreadable", String.valueOf(e.getMessage())));
        }
        if (problems.isEmpty() && (framework.getLevels().isEmpty() || framework.competences().isEmpty())) {
            problems.add(Problem.atLine(1, "competence.error.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return framework;
    }

    private static void row(Framework framework, CSVRecord r, int line, Map<String, CompetenceArea> areas,
                            List<Problem> problems) {
        String type = cell(r, 0).toLowerCase(Locale.ROOT);
        String code = cell(r, 1);
        String nameDa = cell(r, 2);
        if (code.isEmpty() || nameDa.isEmpty()) {
            problems.add(Problem.atLine(line, "competence.error.nameRequired"));
            return;
        }
        try {
            switch (type) {
                case LEVEL -> framework.addLevel(code, nameDa, cell(r, 3), cell(r, 4), cell(r, 5));
                case AREA -> areas.put(code, framework.addArea(code, nameDa, cell(r, 3)));
                case COMPETENCE -> {
                    CompetenceArea area = areas.get(cell(r, 6));
                    if (area == null) {
                        problems.add(Problem.atLine(line, "competence.error.unknownArea", cell(r, 6)));
                    } else {
                        area.addCompetence(code, nameDa, cell(r, 3), cell(r, 4), cell(r, 5));
                    }
                }
                default -> problems.add(Problem.atLine(line, "competence.error.rowType", cell(r, 0)));
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(Problem.atLine(line, p.key(), p.arguments().toArray())));
        }
    }

    private static String cell(CSVRecord r, int index) {
        return index < r.size() ? r.get(index).trim() : "";
    }
}
