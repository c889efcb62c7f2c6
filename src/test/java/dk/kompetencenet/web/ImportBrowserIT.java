package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;
import dk.kompetencenet.testsupport.Http;

/**
 * The .ics import page in a real browser: upload shows a preview table of what would be imported and saves nothing;
 * confirming creates the meetings, for the initiatives chosen before the upload.
 */
class ImportBrowserIT extends BrowserTest {

    @Test
    void anUploadShowsEachEventAndEachSkippedOneInAccessibleTablesAndCancelSavesNothing() throws IOException {
        Path file = Files.createTempFile("outlook", ".ics");
        Files.writeString(file, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
                BEGIN:VEVENT\r
                UID:browser-weekly@test\r
                DTSTART;TZID=Romance Standard Time:20270906T140000\r
                DTEND;TZID=Romance Standard Time:20270906T153000\r
                RRULE:FREQ=WEEKLY;INTERVAL=2\r
                SUMMARY:Netværk for it-vejledere\r
                ATTENDEE:mailto:ekstern@example.org\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:browser-allday@test\r
                DTSTART;VALUE=DATE:20270910\r
                SUMMARY:Pædagogisk dag\r
                END:VEVENT\r
                END:VCALENDAR\r
                """, StandardCharsets.UTF_8);
        session.loggedOut();
        session.logIn("koordinator");
        browser.get(session.jar().url() + "/meeting/import.xhtml");

        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.findElement(By.id("import:upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("events")));

        WebElement events = browser.findElement(By.id("events"));
        assertThat(events.findElement(By.tagName("caption")).getText()).isNotBlank();
        assertThat(events.findElements(By.cssSelector("thead th[scope=col]"))).hasSize(6);
        List<String> row = events.findElements(By.cssSelector("tbody tr:first-child > *")).stream()
                .map(WebElement::getText).toList();
        assertThat(row.get(0)).isEqualTo("Netværk for it-vejledere");
        assertThat(row.get(2)).startsWith("Hver 2. uge").contains("2028");
        assertThat(row.get(5)).isEqualTo("ekstern@example.org");
        assertThat(browser.findElement(By.cssSelector("#skipped tbody tr")).getText())
                .contains("Pædagogisk dag", "Linje 12", "Heldagsbegivenhed");

        browser.findElement(By.id("preview:cancel")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("events")));
        Files.delete(file);
    }

    @Test
    void confirmingThePreviewCreatesTheMeetingsForTheChosenInitiativeAndNetworkAndWhatWouldFailIsSaidFirst()
            throws IOException {
        String title = "Importeret i browseren " + System.nanoTime();
        Path file = Files.createTempFile("thunderbird", ".ics");
        Files.writeString(file, """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r
                BEGIN:VEVENT\r
                UID:browser-confirm@test\r
                DTSTART;TZID=Europe/Copenhagen:20270913T090000\r
                DTEND;TZID=Europe/Copenhagen:20270913T100000\r
                RRULE:FREQ=WEEKLY;COUNT=3\r
                SUMMARY:%s\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(title), StandardCharsets.UTF_8);
        session.loggedOut();
        session.logIn("koordinator");
        browser.get(session.jar().url() + "/meeting/import.xhtml");

        browser.findElement(By.id("import:initiatives")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='import:initiatives_panel'] li .ui-chkbox-box"))).click();
        browser.findElement(By.tagName("h1")).click(); // closes the menu, as a user clicking beside it does
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.findElement(By.id("import:upload")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ingen at invitere"));
        assertThat(browser.findElement(By.id("events")).getText()).contains(title);
        assertThat(browser.findElements(By.id("preview:confirm"))).as("no confirming what would be refused").isEmpty();

        By network = By.cssSelector("[id='import:network_panel'] li[data-label='Netværket for IT-didaktiske vejledere']");
        for (int attempt = 1; !browser.findElement(By.id("import:network_label")).getText().contains("IT-didaktiske");
             attempt++) { // under load the menu may still be opening when the option is clicked: try again, as a user
            if (!browser.findElement(By.id("import:network_panel")).isDisplayed()) {
                browser.findElement(By.id("import:network")).click();
            }
            try {
                wait.until(ExpectedConditions.elementToBeClickable(network)).click();
            } catch (org.openqa.selenium.WebDriverException e) {
                assertThat(attempt).as("choosing the network: %s", e).isLessThan(3);
            }
        }
        browser.findElement(By.id("import:file")).sendKeys(file.toString());
        browser.findElement(By.id("import:upload")).click();
        try {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("preview:confirm"))).click();
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No confirm; the page says: " + browser.findElement(By.tagName("main")).getText(), e);
        }

        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Et møde er oprettet"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not imported; the page says: " + browser.findElement(By.tagName("main")).getText(), e);
        }
        assertThat(browser.findElements(By.id("events"))).isEmpty();
        Http coordinator = Http.basic(session.jar().url(), "koordinator", "kompetencenet");
        List<String> titles = coordinator.get("/api/meetings?from=2027-09-01T00:00&to=2027-10-01T00:00").jsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream().map(m -> m.getString("title")).toList();
        assertThat(titles).as("one series, three meetings in September").filteredOn(title::equals).hasSize(3);
        Files.delete(file);
    }
}
