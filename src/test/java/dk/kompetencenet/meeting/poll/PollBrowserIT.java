package dk.kompetencenet.meeting.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.testsupport.BrowserTest;

/**
 * A coordinator proposes times for a theme meeting on the new-poll page (kind, title, initiative, two times with the
 * date picker's field and the time masks, an institution's staff), lands on the poll with its tally, and chooses a
 * time there: the meeting is made and the poll shows itself closed. The times lie two months ahead and the staff are
 * Fjordskolen's, so no other browser class meets them among its coming meetings.
 */
class PollBrowserIT extends BrowserTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void aCoordinatorProposesTwoTimesOnThePageAndTurnsTheChosenOneIntoTheMeeting() {
        String title = "Temamøde om podcasts " + UUID.randomUUID().toString().substring(0, 8);
        LocalDate first = LocalDate.now(Zones.COPENHAGEN).plusWeeks(8);
        session.loggedOut();
        session.logIn("koordinator");
        browser.get(session.jar().url() + "/meeting/poll-new.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("poll:title")));
        assertEveryFieldHasALabel();

        choose("poll:kind", "Temamøde");
        browser.findElement(By.id("poll:title")).sendKeys(title);
        browser.findElement(By.id("poll:location")).sendKeys("Rådhuset");
        browser.findElement(By.id("poll:initiatives")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[id='poll:initiatives_panel'] li .ui-chkbox-box"))).click();
        browser.findElement(By.tagName("h1")).click(); // closes the menu, as a user clicking beside it does
        List<WebElement> slots = browser.findElements(By.cssSelector("fieldset.poll-slot"));
        assertThat(slots).as("two times to begin with").hasSize(2);
        time(slots.get(0), first, "1400", "1600");
        time(slots.get(1), first.plusDays(2), "0900", "1100");
        choose("poll:institution", "Fjordskolen");
        browser.findElement(By.id("poll:save")).click();

        awaitMessage("Forespørgslen er sendt til de inviterede.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        List<WebElement> times = browser.findElements(By.cssSelector("#tallyTable tbody tr"));
        assertThat(times).hasSize(2);
        assertThat(times.get(0).findElement(By.cssSelector("th")).getText()).contains(first.format(
                DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.forLanguageTag("da"))), "14:00", "16:00");
        assertThat(Integer.parseInt(times.get(0).findElement(By.cssSelector(".count-none")).getText().trim()))
                .as("Fjordskolen's staff, none answered yet").isPositive();

        String poll = browser.getCurrentUrl();
        times.get(0).findElement(By.cssSelector("button")).click();
        awaitMessage("Tidspunktet er valgt");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(title, "Rådhuset");
        browser.get(poll);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("closed")));
        assertThat(browser.findElements(By.cssSelector("#tallyTable button"))).as("no choosing twice").isEmpty();
    }

    /** Fills one proposed time: the day typed into the date picker's field, the times into their masks. */
    private static void time(WebElement slot, LocalDate day, String from, String to) {
        slot.findElement(By.cssSelector("input[id$='day_input']")).sendKeys(day.format(DAY));
        slot.findElement(By.cssSelector("input[id$=':from']")).sendKeys(from);
        slot.findElement(By.cssSelector("input[id$=':to']")).sendKeys(to);
    }
}
