package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;

/**
 * The calendar views as Danish staff expect them, in a real browser: weeks from Monday with ISO week numbers, and the
 * public and school holidays drawn behind the meetings.
 */
class CalendarBrowserIT extends BrowserTest {

    @BeforeEach
    void loggedInCoordinatorOnTheCalendar() {
        session.loggedOut();
        session.logIn("koordinator");
        browser.get(session.jar().url() + "/meeting/calendar.xhtml");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-daygrid-day")));
    }

    @Test
    void theMonthViewStartsOnMondayWithIsoWeekNumbersAndDrawsEasterAndTheSchoolHoliday() {
        goTo("2027-03-10");

        List<WebElement> headers = browser.findElements(By.cssSelector(".fc-col-header-cell"));
        assertThat(headers.get(0).getAttribute("class")).contains("fc-day-mon");
        assertThat(headers.get(6).getAttribute("class")).contains("fc-day-sun");
        List<WebElement> rows = browser.findElements(By.cssSelector(".fc-daygrid-body tr"));
        for (WebElement row : rows) {
            LocalDate first = LocalDate.parse(row.findElement(By.cssSelector(".fc-daygrid-day"))
                    .getAttribute("data-date"));
            assertThat(first.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
            assertThat(row.findElement(By.cssSelector(".fc-daygrid-week-number")).getText())
                    .containsPattern("\\b" + first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) + "$");
        }
        assertThat(rows.get(0).findElement(By.cssSelector(".fc-daygrid-day")).getAttribute("data-date"))
                .isEqualTo("2027-03-01");

        assertThat(daysOffDrawn()).contains("2027-03-25 public Skærtorsdag", "2027-03-26 public Langfredag",
                "2027-03-28 public Påskedag", "2027-03-29 public 2. påskedag", "2027-03-22 school Påskeferie 2027")
                .noneMatch(d -> d.startsWith("2027-03-10"));
    }

    @Test
    void theWeekViewStartsOnMondayAndShowsTheIsoWeekNumber() {
        goTo("2027-01-01");
        browser.findElement(By.cssSelector(".fc-timeGridWeek-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-timegrid")));

        List<WebElement> headers = browser.findElements(By.cssSelector(".fc-col-header-cell"));
        assertThat(headers.get(0).getAttribute("data-date")).isEqualTo("2026-12-28");
        assertThat(headers.get(6).getAttribute("data-date")).isEqualTo("2027-01-03");
        assertThat(browser.findElement(By.cssSelector(".fc-timegrid-axis-cushion")).getText())
                .containsPattern("\\b53$");
    }

    private static void goTo(String day) {
        ((JavascriptExecutor) browser).executeScript(
                "PrimeFaces.widgets['widget_calendar_schedule'].calendar.gotoDate(arguments[0]);", day);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-day[data-date='" + day + "']")));
    }

    /** The days off drawn in the month shown: "date kind title" for each, the date being the cell it starts in. */
    @SuppressWarnings("unchecked")
    private static List<String> daysOffDrawn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fc-bg-event")));
        return (List<String>) ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('.fc-bg-event')).map(e =>
                    e.closest('.fc-daygrid-day').dataset.date + ' '
                    + (e.classList.contains('holiday-public') ? 'public' : 'school') + ' ' + e.textContent.trim());""");
    }
}
