package dk.kompetencenet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.testsupport.BrowserTest;
import dk.kompetencenet.testsupport.Http;

/**
 * The small demo, as the run's shared jar loads it, has a history: the municipality overview shows current levels,
 * closed and open self-assessment rounds with figures, and attendance; the demo employee has meetings to answer, an
 * open round she has begun and a goal due. Read through the API and pages, as a newcomer would meet them.
 */
class DemoHistoryBrowserIT extends BrowserTest {

    private static final List<String> ANSWERS = List.of("Deltager", "Måske", "Deltager ikke");

    @Test
    void theMunicipalityOverviewShowsLevelsRoundsAndAttendance() {
        JsonObject overview = api("koordinator").get("/api/overview/municipality").json();
        assertThat(overview.getJsonArray("levels")).isNotEmpty().allSatisfy(area -> {
            assertThat(area.asJsonObject().getJsonNumber("ratings").longValue()).as("ratings").isPositive();
            assertThat(area.asJsonObject().getJsonNumber("averageRank").doubleValue()).as("level").isPositive();
        });
        int minGroup = overview.getInt("minGroup");
        List<JsonObject> rounds = overview.getJsonArray("rounds").getValuesAs(JsonObject.class);
        List<JsonObject> closed = rounds.stream().filter(r -> r.getString("status").equals("CLOSED")).toList();
        assertThat(closed).hasSize(2).allSatisfy(r -> {
            assertThat(r.getJsonNumber("respondents").longValue()).isGreaterThanOrEqualTo(minGroup);
            assertThat(r.getBoolean("shown")).isTrue();
            assertThat(r.getJsonObject("averageRankPerArea")).isNotEmpty();
        });
        // other browser classes on this jar may add rounds of their own; the demo's open one has answers to show
        assertThat(rounds).filteredOn(r -> r.getString("status").equals("OPEN")).anySatisfy(r -> {
            assertThat(r.getJsonNumber("respondents").longValue()).isGreaterThanOrEqualTo(minGroup);
            assertThat(r.getBoolean("shown")).isTrue();
        });
        assertThat(overview.getJsonArray("participation").getValuesAs(JsonObject.class)).hasSize(2).allSatisfy(p -> {
            assertThat(p.getJsonNumber("recorded").longValue()).as(p.getString("kind")).isPositive();
            assertThat(p.getJsonNumber("present").longValue()).as(p.getString("kind")).isPositive();
        });

        session.loggedOut();
        session.logIn("koordinator");
        browser.get(session.jar().url() + "/overview/municipality.xhtml");
        String page = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main"))).getText();
        assertThat(page).contains(closed.get(0).getString("name"), closed.get(1).getString("name"));
    }

    @Test
    void theDemoEmployeeHasMeetingsToAnswerARoundBegunAndAGoalDue() {
        Http mette = api("medarbejder");
        JsonObject round = mette.get("/api/rounds/mine").jsonArray().getJsonObject(0);
        int competences = mette.get("/api/frameworks/" + round.getJsonNumber("frameworkId").longValue()).json()
                .getJsonArray("areas").stream().mapToInt(a -> a.asJsonObject().getJsonArray("competences").size()).sum();
        assertThat(mette.get("/api/rounds/" + round.getJsonNumber("id").longValue() + "/answers/mine").json())
                .as("answers so far in the open round").isNotEmpty().hasSizeLessThan(competences);

        long me = mette.get("/api/me/personal-data.json").json().getJsonNumber("employeeId").longValue();
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        assertThat(mette.get("/api/plans/employees/" + me).jsonArray().getValuesAs(JsonObject.class))
                .as("goals due within a fortnight").anySatisfy(goal -> {
                    assertThat(goal.getString("status")).isIn("PLANNED", "IN_PROGRESS");
                    assertThat(LocalDate.parse(goal.getString("dueOn"))).isBetween(today, today.plusDays(14));
                });

        session.loggedOut();
        session.logIn("medarbejder");
        LocalDateTime now = LocalDateTime.now(Zones.COPENHAGEN);
        long unanswered = 0;
        for (JsonValue entry : mette.get("/api/meetings").jsonArray()) {
            JsonObject meeting = entry.asJsonObject();
            if (LocalDateTime.parse(meeting.getString("start")).isAfter(now)) {
                browser.get(session.jar().url() + "/meeting/meeting.xhtml?id=" + meeting.getJsonNumber("meetingId"));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
                List<WebElement> answers = browser.findElements(By.xpath("//main//button")).stream()
                        .filter(b -> ANSWERS.contains(b.getAttribute("aria-label"))).toList();
                if (!answers.isEmpty() && answers.stream().allMatch(b -> b.getAttribute("class").contains("ui-button-secondary"))) {
                    unanswered++;
                }
            }
        }
        assertThat(unanswered).as("upcoming meetings she has not answered").isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDemoEmployeesStartPageListsHerMeetingsTheOpenRoundAndHerGoalsAndSheAcceptsAMeetingThere() {
        session.loggedOut();
        session.logIn("medarbejder");
        browser.get(session.jar().url() + "/index.xhtml");
        WebElement meetings = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("task-meetings")));
        assertThat(browser.findElements(By.cssSelector("#task-rounds progress"))).as("the open round she has begun")
                .anySatisfy(progress -> assertThat(progress.getAttribute("value")).isNotEqualTo("0"));
        assertThat(browser.findElements(By.cssSelector("#task-goals li"))).as("goals due").isNotEmpty();

        By enabledAccept = By.cssSelector("#task-meetings button.accept:not([disabled])");
        By accepted = By.xpath("//ul[@id='task-meetings']//span[@class='task-state'][. = 'Dit svar: Deltager']");
        int before = browser.findElements(enabledAccept).size();
        int acceptedBefore = browser.findElements(accepted).size();
        assertThat(before).as("meetings she can accept").isPositive();
        browser.findElements(enabledAccept).get(0).click();
        // PrimeFaces disables the buttons while the request is on its way: wait for the answer to be shown
        wait.until(driver -> driver.findElements(accepted).size() == acceptedBefore + 1);
        assertThat(browser.findElements(enabledAccept)).as("one meeting fewer to accept").hasSize(before - 1);
    }

    private static Http api(String user) {
        return Http.basic(session.jar().url(), user, "kompetencenet");
    }
}
