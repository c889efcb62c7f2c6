package dk.kompetencenet.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;

class EmployeeCsvTest {

    private static final String HEADER = "Fornavn;Efternavn;E-mail;Stilling\n";

    private static List<EmployeeCsv.Row> read(String text) {
        return EmployeeCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Problem> problems(byte[] content) {
        return catchThrowableOfType(InvalidInputException.class, () -> EmployeeCsv.read(content)).problems();
    }

    private static List<Problem> problems(String text) {
        return problems(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsEveryRowOfAGoodFileWithDanishJobRoles() {
        List<EmployeeCsv.Row> rows = read(HEADER + "Søren;Ærbø;Soren@Skole.dk;Lærer\n\"Anne, Marie\";Holm;anne@skole.dk;pædagogmedhjælper");

        assertThat(rows).extracting(EmployeeCsv.Row::line).containsExactly(2, 3);
        assertThat(rows.get(0)).isEqualTo(new EmployeeCsv.Row(2, "Søren", "Ærbø", "soren@skole.dk", JobRole.LAERER));
        assertThat(rows.get(1).firstName()).isEqualTo("Anne, Marie");
        assertThat(rows.get(1).jobRole()).isEqualTo(JobRole.PAEDAGOGMEDHJAELPER);
    }

    @Test
    void acceptsTheByteOrderMarkExcelWritesAndColumnsInAnyOrder() {
        List<EmployeeCsv.Row> rows = read("\uFEFFStilling;E-mail;Efternavn;Fornavn\nleder;lis@skole.dk;Lund;Lis\n");
        assertThat(rows).singleElement().isEqualTo(new EmployeeCsv.Row(2, "Lis", "Lund", "lis@skole.dk", JobRole.LEDER));
    }

    @Test
    void namesEveryBadLineWithItsNumberCountingBlankLines() {
        List<Problem> problems = problems(HEADER
                + "Ok;Person;ok@skole.dk;lærer\n"
                + "\n"
                + "Ingen;Mail;;lærer\n"
                + "Forkert;Rolle;rolle@skole.dk;rektor\n"
                + "Dårlig;Mail;ikke-en-adresse;pædagog\n"
                + "Dobbelt;Person;ok@skole.dk;lærer\n");

        assertThat(problems).extracting(Problem::line).containsExactly(4, 5, 6, 7);
        assertThat(problems).extracting(Problem::key).containsExactly("import.error.missing", "import.error.jobRole",
                "import.error.email", "import.error.duplicateInFile");
        assertThat(problems.get(3).arguments()).containsExactly("ok@skole.dk", 2);
    }

    @Test
    void refusesAFileWithoutTheDanishHeader() {
        assertThat(problems("Name;Surname;Email;Role\nA;B;a@b.dk;lærer\n")).singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(1);
                    assertThat(p.key()).isEqualTo("import.error.header");
                });
    }

    @Test
    void refusesAnEmptyFileAndAFileWithOnlyAHeader() {
        assertThat(problems("")).extracting(Problem::key).containsExactly("import.error.empty");
        assertThat(problems(HEADER)).extracting(Problem::key).containsExactly("import.error.noRows");
    }

    @Test
    void refusesAFileThatIsNotUtf8() {
        byte[] latin1 = (HEADER + "Søren;Ærbø;s@skole.dk;lærer\n").getBytes(Charset.forName("windows-1252"));
        assertThat(problems(latin1)).extracting(Problem::key).containsExactly("import.error.notUtf8");
    }

    @Test
    void refusesOverlongNames() {
        assertThat(problems(HEADER + "x".repeat(101) + ";B;a@b.dk;lærer\n")).extracting(Problem::key)
                .containsExactly("import.error.tooLong");
    }
}
