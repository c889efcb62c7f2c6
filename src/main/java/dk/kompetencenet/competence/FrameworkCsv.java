package dk.kompetencenet.competence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.kompetencenet.platform.Csv;
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
        List<List<String>> rows = new ArrayList<>();
        for (ProficiencyLevel l : framework.getLevels()) {
            rows.add(cells(LEVEL, l.getCode(), l.danish(), l.english(), l.getStemDa(), l.getStemEn(), ""));
        }
        for (CompetenceArea a : framework.getAreas()) {
            rows.add(cells(AREA, a.getCode(), a.danish(), a.english(), "", "", ""));
            for (Competence c : a.getCompetences()) {
                rows.add(cells(COMPETENCE, c.getCode(), c.danish(), c.english(), c.getDescriptionDa(),
                        c.getDescriptionEn(), a.getCode()));
            }
        }
        return Csv.write(HEADER, rows);
    }

    private static List<String> cells(String... values) {
        return java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList();
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
        boolean header = true;
        for (Csv.Line r : Csv.read(text, problems)) {
            if (r.isBlank()) {
                continue;
            }
            if (header) {
                if (r.record().size() < 4 || !"type".equalsIgnoreCase(r.cell(0))) {
                    problems.add(Problem.atLine(r.number(), "import.error.header", String.join(";", HEADER), ""));
                    break;
                }
                header = false;
                continue;
            }
            row(framework, r, areas, problems);
        }
        if (problems.isEmpty() && (framework.getLevels().isEmpty() || framework.competences().isEmpty())) {
            problems.add(Problem.atLine(1, "competence.error.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return framework;
    }

    private static void row(Framework framework, Csv.Line r, Map<String, CompetenceArea> areas,
                            List<Problem> problems) {
        int line = r.number();
        String type = r.cell(0).toLowerCase(Locale.ROOT);
        String code = r.cell(1);
        String nameDa = r.cell(2);
        if (code.isEmpty() || nameDa.isEmpty()) {
            problems.add(Problem.atLine(line, "competence.error.nameRequired"));
            return;
        }
        try {
            switch (type) {
                case LEVEL -> framework.addLevel(code, nameDa, r.cell(3), r.cell(4), r.cell(5));
                case AREA -> areas.put(code, framework.addArea(code, nameDa, r.cell(3)));
                case COMPETENCE -> {
                    CompetenceArea area = areas.get(r.cell(6));
                    if (area == null) {
                        problems.add(Problem.atLine(line, "competence.error.unknownArea", r.cell(6)));
                    } else {
                        area.addCompetence(code, nameDa, r.cell(3), r.cell(4), r.cell(5));
                    }
                }
                default -> problems.add(Problem.atLine(line, "competence.error.rowType", r.cell(0)));
            }
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> problems.add(Problem.atLine(line, p.key(), p.arguments().toArray())));
        }
    }
}
