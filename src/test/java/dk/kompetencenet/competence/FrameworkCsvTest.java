package dk.kompetencenet.competence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

class FrameworkCsvTest {

    private static Framework digCompEdu() throws IOException {
        try (var reader = Json.createReader(new StringReader(
                Files.readString(Path.of("seed/competence/frameworks/digcompedu.json"))))) {
            JsonObject json = reader.readObject();
            return CompetenceSeed.toFramework(json);
        }
    }

    @Test
    void aFrameworkWrittenAsCsvReadsBackWithTheSameLevelsAreasAndCompetences() throws IOException {
        Framework original = digCompEdu();
        String csv = FrameworkCsv.write(original);

        Framework copy = FrameworkCsv.read(csv.getBytes(StandardCharsets.UTF_8), "DigCompEdu (kopi)", null, "2");

        assertThat(copy.getLevels()).extracting(ProficiencyLevel::getCode).containsExactly("A1", "A2", "B1", "B2",
                "C1", "C2");
        assertThat(copy.getAreas()).hasSize(6);
        assertThat(copy.competences()).hasSize(22);
        assertThat(copy.competences().get(0).english()).isEqualTo(original.competences().get(0).english());
        assertThat(copy.getLevels().get(0).getStemDa()).isEqualTo(original.getLevels().get(0).getStemDa());
    }

    @Test
    void aFileWithBadLinesIsRefusedWholeNamingEveryLine() {
        String csv = """
                Type;Kode;Navn;Name;Beskrivelse;Description;Område
                niveau;1;Begynder;Beginner;Jeg kender;I know;
                område;A;Data;Data;;;
                kompetence;A.1;Indsamle;Collect;;;A
                kompetence;B.1;Analysere;Analyse;;;B
                kompetence;A.1;Igen;Again;;;A
                snegl;X;Y;Z;;;
                kompetence;;Uden kode;No code;;;A
                """;

        List<Problem> problems = catchThrowableOfType(InvalidInputException.class,
                () -> FrameworkCsv.read(csv.getBytes(StandardCharsets.UTF_8), "Test", null, "1")).problems();

        assertThat(problems).extracting(Problem::line).containsExactly(5, 6, 7, 8);
        assertThat(problems).extracting(Problem::key).containsExactly("competence.error.unknownArea",
                "competence.error.duplicateCode", "competence.error.rowType", "competence.error.nameRequired");
    }

    @Test
    void aFileWithoutLevelsOrCompetencesIsRefused() {
        String csv = "Type;Kode;Navn;Name;Beskrivelse;Description;Område\nområde;A;Data;Data;;;\n";
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> FrameworkCsv.read(csv.getBytes(StandardCharsets.UTF_8), "Test", null, "1")).problems())
                .extracting(Problem::key).containsExactly("competence.error.empty");
    }

    @Test
    void aLineAfterAQuotedCellOverTwoLinesIsNamedByItsOwnLineAndAnUnclosedQuoteWithoutTheParsersText() {
        String csv = "Type;Kode;Navn;Name;Beskrivelse;Description;Område\n"
                + "niveau;1;Begynder;Beginner;\"Jeg kender\nover to linjer\";I know;\n"
                + "område;A;Data;Data;;;\n"
                + "snegl;X;Y;Z;;;\n"
                + "kompetence;A.1;\"Indsamle;Collect;;;A\n";
        List<Problem> problems = catchThrowableOfType(InvalidInputException.class,
                () -> FrameworkCsv.read(csv.getBytes(StandardCharsets.UTF_8), "Test", null, "1")).problems();
        assertThat(problems).extracting(Problem::line, Problem::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(5, "competence.error.rowType"),
                org.assertj.core.groups.Tuple.tuple(6, "import.error.malformed"));
    }

    @Test
    void aNameThatASpreadsheetWouldRunAsAFormulaIsExportedAsText() throws IOException {
        Framework framework = digCompEdu();
        Competence first = framework.getAreas().get(0).getCompetences().get(0);
        first.change(first.getCode(), "=HYPERLINK(\"http://x\")", "@SUM(A1)", "-1+2", null);
        String csv = FrameworkCsv.write(framework);
        assertThat(csv).contains("'=HYPERLINK", "'@SUM(A1)", "'-1+2")
                .doesNotContain(";=HYPERLINK", ";\"=HYPERLINK", ";@SUM", ";-1+2");
    }
}
