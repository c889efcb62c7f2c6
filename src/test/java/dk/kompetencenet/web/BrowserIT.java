package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.RunningJar;

/**
 * Kompetencenet in a real browser, on the runnable jar with demo data: a coordinator reads and edits the strategy, a
 * leader imports staff.
 */
class BrowserIT extends BrowserTest {

    private static RunningJar jar;

    @BeforeAll
    static void theRunsJar() {
        jar = session.jar();
    }

    @BeforeEach
    void newSession() {
        session.loggedOut();
    }

    private static void logIn(String username) {
        session.logIn(username);
    }

    @Test
    void demoCoordinatorLogsInAndSeesTheFocusAreasWithTheirInitiativesInDanishThenInEnglish() {
        browser.get(jar.url() + "/");
        wait.until(ExpectedConditions.titleContains("Log ind"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        assertEveryFieldHasALabel();

        browser.findElement(By.id("username")).sendKeys("koordinator");
        browser.findElement(By.id("password")).sendKeys("kompetencenet", Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Forside"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("koordinator");

        fromMenu("Overblik", "Strategi");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h2.focus-area-title")));
        List<String> focusAreas = texts(By.cssSelector("h2.focus-area-title"));
        assertThat(focusAreas).containsExactly("Udvikling af børn og unges digitale kompetencer",
                "Det digitale forældresamarbejde", "Ledelse og medarbejderes anvendelse af IT");
        assertThat(browser.findElements(By.cssSelector("li.initiative"))).hasSize(20);
        assertThat(texts(By.cssSelector("li.initiative a")))
                .contains("Netværksmøder for de digital didaktiske vejledere");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Tiltag", "Mål", "digital mobning");

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Dansk")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Initiatives", "Goals",
                "Udvikling af børn og unges digitale kompetencer");

        browser.findElement(By.linkText("Log out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    @Test
    void coordinatorEditsAnInitiativeAndASaveFromAnOlderCopyIsRefusedWithAMessage() {
        logIn("koordinator");
        browser.get(jar.url() + "/strategy/strategy.xhtml");
        browser.findElement(By.linkText("Netværksmøder for de digital didaktiske vejledere")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("initiative:description")));
        String initiativeUrl = browser.getCurrentUrl();
        String firstTab = browser.getWindowHandle();

        browser.switchTo().newWindow(WindowType.TAB).get(initiativeUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("initiative:description")));
        replaceText(By.id("initiative:description"), "Fire møder om året, skiftevis i nord og syd.");
        browser.findElement(By.id("initiative:save")).click();
        awaitMessage("Tiltaget er gemt.");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Fire møder om året");

        browser.switchTo().window(firstTab);
        replaceText(By.id("initiative:description"), "En anden tekst fra en ældre kopi.");
        browser.findElement(By.id("initiative:save")).click();
        awaitMessage("En anden har gemt");

        browser.get(initiativeUrl);
        assertThat(browser.findElement(By.id("main")).getText()).contains("Fire møder om året")
                .doesNotContain("En anden tekst fra en ældre kopi.");
    }

    @Test
    void leaderImportsStaffAFileWithABadLineIsRefusedWholeAndTheLineIsNamed() throws Exception {
        logIn("leder.skole");
        String before = staffCount();
        browser.get(jar.url() + "/organisation/import.xhtml");
        assertEveryFieldHasALabel();

        upload("Fornavn;Efternavn;E-mail;Stilling\n"
                + "Ulla;Uldall;ulla.uldall@birkely.example.dk;lærer\n"
                + "Viggo;;viggo@birkely.example.dk;lærer\n");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("errors")));
        assertThat(browser.findElement(By.id("errors")).getText()).contains("3").contains("Efternavn mangler");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("intet er importeret");
        assertThat(staffCount()).isEqualTo(before);

        upload("Fornavn;Efternavn;E-mail;Stilling\n"
                + "Ulla;Uldall;ulla.uldall@birkely.example.dk;lærer\n"
                + "Viggo;Vang;viggo@birkely.example.dk;lærer\n");
        awaitMessage("2 medarbejdere er importeret.");
        browser.get(jar.url() + "/organisation/employees.xhtml");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Ulla Uldall", "Viggo Vang");
    }

    @Test
    void coordinatorSchedulesAFortnightlySeriesForANetworkInOneForm() {
        logIn("koordinator");
        browser.get(jar.url() + "/meeting/networks.xhtml");
        browser.findElement(By.linkText("Netværket for IT-didaktiske vejledere")).click();
        browser.findElement(By.linkText("Planlæg netværksmøde")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:title")));
        assertEveryFieldHasALabel();

        browser.findElement(By.id("meeting:title")).sendKeys("Netværksmøde om robotter");
        browser.findElement(By.id("meeting:day_input")).sendKeys("07-01-2027");
        browser.findElement(By.id("meeting:from")).sendKeys("1400");
        browser.findElement(By.id("meeting:to")).sendKeys("1600");
        choose("meeting:repeat", "Med nogle ugers mellemrum");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting:count_input")));
        browser.findElement(By.id("meeting:room")).sendKeys("Mødelokale 2");
        browser.findElement(By.id("meeting:save")).click();

        awaitMessage("Mødet er planlagt");
        assertThat(browser.findElements(By.cssSelector("#occurrences\\:table_data tr"))).hasSize(10);
        assertThat(browser.findElement(By.id("main")).getText()).contains("torsdag 7. januar 2027 kl. 14:00",
                "Netværket for IT-didaktiske vejledere");
    }

    @Test
    void anEmployeeFindsAnOpenSelfAssessmentOnTheStartPageAndCanStopAndComeBack() {
        Http admin = Http.basic(jar.url(), "admin", "browser-test-admin");
        long framework = admin.get("/api/frameworks").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(f -> "evaluering".equals(f.getString("key", null))).findFirst().orElseThrow().getInt("id");
        long school = admin.get("/api/institutions?q=Birkely").jsonArray().getJsonObject(0).getInt("id");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();
        assertThat(admin.post("/api/rounds", "application/json", """
                {"name": "Selvevaluering: evaluering", "frameworkId": %d, "institutionIds": [%d], "opensOn": "%s",
                 "closesOn": "2030-06-30"}""".formatted(framework, school, today)).status()).isEqualTo(201);

        logIn("medarbejder");
        browser.findElement(By.linkText("Selvevaluering: evaluering")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#round input[type=radio]")));
        assertEveryFieldHasALabel();
        browser.findElements(By.cssSelector("#round .ui-radiobutton-box")).get(1).click();
        awaitMessage("Gemt (1 af");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#round input[type=radio]")));
        assertThat(browser.findElements(By.cssSelector("#round input[type=radio]")).get(1).isSelected()).isTrue();
    }

    @Test
    void aSupervisorRatesColleaguesInTheGridWithOneSave() {
        logIn("vejleder.skole");
        fromMenu("Kompetencer", "Vurdér");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid table.grid")));
        assertEveryFieldHasALabel();
        List<WebElement> cells = browser.findElements(By.cssSelector("#grid select"));
        new org.openqa.selenium.support.ui.Select(cells.get(0)).selectByVisibleText("B1");
        new org.openqa.selenium.support.ui.Select(cells.get(5)).selectByVisibleText("A2");
        browser.findElement(By.id("grid:save")).click();
        awaitMessage("2 vurderinger er gemt.");
    }

    @Test
    void aCoordinatorRecordsModulesUntilTheProgrammeMakesTheEmployeeASupervisor() {
        logIn("koordinator");
        fromMenu("Uddannelse", "Uddannelsesforløb");
        browser.findElement(By.linkText("Uddannelse af digital didaktiske vejledere")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enrolments:table")));
        assertEveryFieldHasALabel();
        for (int module = 2; module <= 4; module++) {
            try {
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//tr[td[contains(., 'Julie Knudsen')]]//button"))).click();
            } catch (org.openqa.selenium.TimeoutException e) {
                throw new AssertionError("Module " + module + ": no button for Julie Knudsen; the page shows: "
                        + browser.findElement(By.tagName("main")).getText(), e);
            }
            awaitMessage(module < 4 ? "er registreret som gennemført" : "er nu vejleder for institutionen");
        }
        browser.get(jar.url() + "/training/coverage.xhtml");
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'Troldehøjen')]]")).getText())
                .contains("Kun én vejleder");
    }

    /** Waits for a message; on a time-out, says what the page showed instead. */
    private static void upload(String csv) throws Exception {
        java.nio.file.Path file = java.nio.file.Files.createTempFile(
                java.nio.file.Path.of(System.getProperty("it.tmpdir", "target")), "staff-", ".csv");
        java.nio.file.Files.writeString(file, csv);
        browser.get(jar.url() + "/organisation/import.xhtml");
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import:upload")).click();
    }

    private static String staffCount() {
        browser.get(jar.url() + "/");
        String text = browser.findElement(By.id("main")).getText();
        assertThat(text).contains("Du er leder", "Mine institutioner", "Birkelyskolen");
        return text.replaceAll("(?s).*\\((\\d+) medarbejdere\\).*", "$1");
    }

    private static void replaceText(By by, String text) {
        WebElement field = browser.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    private static List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** WCAG 1.3.1 / 3.3.2: every visible form field has a label (for=id) or an aria-label. */
    @Test
    void aCoordinatorSeesAnExpiringSupervisorRoleAndAttachesACertificateToACompletedModule() throws Exception {
        logIn("koordinator");
        fromMenu("Uddannelse", "Vejledere");
        WebElement expiring = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("expiring")));
        assertThat(expiring.getText()).contains("Camilla Poulsen", "Udløber inden for 90 dage");
        expiring.findElement(By.linkText("Solsikken")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("designations")));
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'Camilla Poulsen')]]")).getText())
                .contains("Digital didaktisk vejleder", "Manuelt", "Udløber inden for 90 dage");
        assertEveryFieldHasALabel();

        fromMenu("Uddannelse", "Uddannelsesforløb");
        browser.findElement(By.linkText("Uddannelse af digital didaktiske vejledere")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("completion")));
        assertEveryFieldHasALabel();
        choose("completion:enrolment", "Julie Knudsen");
        choose("completion:module", "Digital dannelse og børns digitale kompetencer");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile(
                java.nio.file.Path.of(System.getProperty("it.tmpdir", "target")), "kursusbevis-", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n");
        browser.findElement(By.cssSelector("#completion input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("completion:save")).click();
        awaitMessage("Kursusbeviset er vedhæftet");
        assertThat(browser.findElement(By.xpath("//tr[td[contains(., 'Julie Knudsen')]]")).getText())
                .contains(pdf.getFileName().toString());
    }

    @Test
    void aSupervisorRatesAColleagueOnTheProfilePageAndSeesTheRatingInTheHistory() {
        logIn("vejleder.skole");
        browser.get(jar.url() + "/organisation/employees.xhtml");
        browser.findElement(By.linkText("Ahmad Rahimi")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Kompetenceprofil og udviklingsplan"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assess:save")));
        assertEveryFieldHasALabel();

        choose("assess:competence", "1.2 Professionelt samarbejde");
        choose("assess:level", "B2 Ekspert");
        replaceText(By.id("assess:note"), "Deler sine forløb i teamet.");
        browser.findElement(By.id("assess:save")).click();
        awaitMessage("Vurderingen er gemt.");

        String row = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//form[@id='history']//tr[td[contains(., 'Deler sine forløb i teamet.')]]"))).getText();
        assertThat(row).contains("1.2 Professionelt samarbejde", "B2 Ekspert", "Vurdering", "vejleder.skole");
    }

    @Test
    void aCoordinatorBuildsAFrameworkByHandInTheEditorAndActivatesIt() {
        logIn("koordinator");
        browser.get(jar.url() + "/competence/frameworks.xhtml");
        replaceText(By.id("create:nameDa"), "Ramme fra browseren");
        browser.findElement(By.id("create:save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("framework:nameDa")));
        awaitMessage("er oprettet");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Rammen er inaktiv");
        assertEveryFieldHasALabel();

        addPart(By.id("parts:addLevel"), "1", "Kender");
        addPart(By.id("parts:addArea"), "A", "Data");
        addPart(By.xpath("//button[.='Tilføj kompetence']"), "A.1", "Indsamle");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[aria-label='Ret A.1']"))).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("part:nameDa"), "value", "Indsamle"));
        replaceText(By.id("part:nameDa"), "Indsamle data digitalt");
        browser.findElement(By.id("part:save")).click();
        awaitMessage("Ændringen er gemt.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Indsamle data digitalt"));

        browser.findElement(By.id("framework:activate")).click();
        awaitMessage("Ændringen er gemt.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), "Rammen er aktiv"));
        assertThat(texts(By.cssSelector("[id='parts:levels'] td"))).contains("1");
    }

    /** Opens the editor's dialog with the button, fills code and Danish name, saves and waits for the reload. */
    private static void addPart(By button, String code, String name) {
        wait.until(ExpectedConditions.elementToBeClickable(button)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("part:code")));
        replaceText(By.id("part:code"), code);
        replaceText(By.id("part:nameDa"), name);
        browser.findElement(By.id("part:save")).click();
        awaitMessage("Ændringen er gemt.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("main"), name));
    }
}
