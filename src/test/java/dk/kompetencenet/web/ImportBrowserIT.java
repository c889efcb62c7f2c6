package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dk.kompetencenet.testsupport.BrowserSession;

/** The .ics import page in a real browser: upload shows a preview table of what would be imported, and saves nothing. */
@ExtendWith(BrowserSession.Shared.class)
class ImportBrowserIT {

    private static BrowserSession session;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void browser(BrowserSession shared) {
        session = shared;
        browser = session.browser();
        wait = session.waiting();
    }

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
}
