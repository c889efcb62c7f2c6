package dk.kompetencenet.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

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
                .containsExactly("import.error.cell");
    }

    @Test
    void refusesControlCharactersInANameOrAnEmail() {
        assertThat(problems(HEADER + "An\u0000na;B;a@b.dk;lærer\nBo;B\u0007k;b@b.dk;lærer\nCarl;C;c\u0000@b.dk;lærer\n"))
                .extracting(Problem::line, Problem::key).containsExactly(tuple(2, "import.error.cell"),
                        tuple(3, "import.error.cell"), tuple(4, "import.error.email"));
    }

    @Test
    void aQuoteNeverClosedIsNamedAtTheLineItOpensWithoutTheParsersText() {
        List<Problem> problems = problems(HEADER + "Anna;\"Berg\nover to linjer\";a@b.dk;lærer\n"
                + "Bo;Bak;b@b.dk;lærer\nCarl;\"Cor;c@b.dk;lærer\nDan;D;d@b.dk;lærer\n");
        assertThat(problems).extracting(Problem::line, Problem::key).containsExactlyInAnyOrder(
                tuple(5, "import.error.malformed"), tuple(2, "import.error.cell"));
        assertThat(problems.get(0).arguments()).isEmpty();
        assertThat(problems.get(1).arguments()).containsExactly("Efternavn",
                dk.kompetencenet.platform.i18n.Message.of("text.error.controlCharacters"));
    }

    @Test
    void refusesAColumnThatStandsTwiceNamingIt() {
        assertThat(problems("Fornavn;Efternavn;E-mail;Stilling;fornavn\nA;B;a@b.dk;lærer;C\n"))
                .extracting(Problem::line, Problem::key, p -> p.arguments().get(0))
                .containsExactly(tuple(1, "import.error.duplicateColumn", "fornavn"));
    }
}
