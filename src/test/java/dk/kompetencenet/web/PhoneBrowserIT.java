package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;
import dk.kompetencenet.testsupport.Http;

/**
 * The pages staff open on a phone (README "Phones") fit a 390 px wide screen, and 360 px, without scrolling sideways:
 * tables become cards, forms stack, long words and addresses wrap, and the calendar opens as a list. The pages carry
 * long content made for this test (a meeting series with a long title, an address in its agenda, minutes and an
 * action item; a round of the largest framework; an experiment; a rating with a link as evidence); the same pages
 * still fit a desktop window, where the calendar keeps its month.
 */
class PhoneBrowserIT extends BrowserTest {

    private static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");
    private static final String LONG_WORD = "Kompetenceudviklingsforløbsevalueringsrapporten";
    private static final String LONG_ADDRESS = "https://www.example.dk/kommune/boern-og-unge/digitalisering/netvaerk/"
            + "materialer/2026/referat-og-handleplan-for-pilotforloebet-med-digitale-laeremidler.pdf";

    private static long meeting;
    private static LocalDate lastOccurrence;
    private static long round;
    private static long experiment;
    private static long rated;

    /**
     * The content, made through the API as the people themselves would: a past series, so it is in this month's list
     * but in nobody's coming meetings; a round that opens tomorrow, so it is on nobody's start page yet.
     */
    @BeforeAll
    static void longContent() {
        String url = session.jar().url();
        Http admin = Http.basic(url, "admin", "browser-test-admin");
        Http supervisor = Http.basic(url, "vejleder.skole", "kompetencenet");
        long school = admin.get("/api/institutions?q=Birkely").jsonArray().getJsonObject(0).getInt("id");
        long employee = employeeId(admin, "mette.kristensen@birkely.example.dk");
        rated = employeeId(admin, "karen.thomsen@birkely.example.dk");
        long network = supervisor.get("/api/networks").jsonArray().getJsonObject(0).getInt("id");
        long initiative = supervisor.get("/api/networks/" + network).json().getJsonArray("initiatives")
                .getJsonObject(0).getInt("id");

        lastOccurrence = LocalDate.now(COPENHAGEN).with(TemporalAdjusters.firstDayOfMonth());
        LocalDate first = lastOccurrence.minusWeeks(2);
        meeting = created(supervisor.post("/api/meetings", "application/json", """
                {"title": "Erfaringsudveksling om %s og digitale læremidler i indskolingen", "kind": "OTHER",
                 "start": "%sT07:00:00", "end": "%sT08:30:00", "location": "Birkelyskolen, Skolevej 12, 9440 Aabybro",
                 "room": "Personalerummet", "agenda": "1. Velkomst\\n2. Gennemgang af %s\\n3. %s\\n4. Eventuelt",
                 "rrule": "FREQ=WEEKLY;COUNT=3", "employeeIds": [%d], "initiativeIds": [%d]}"""
                .formatted(LONG_WORD, first, first, LONG_ADDRESS, LONG_WORD, employee, initiative)));
        String occurrence = "/api/meetings/" + meeting + "/occurrences/" + lastOccurrence + "T07:00:00";
        assertThat(supervisor.put(occurrence + "/minutes", "application/json", """
                {"minutes": "Vi gennemgik %s og aftalte at afprøve %s i 1. klasse.", "version": 0}"""
                .formatted(LONG_ADDRESS, LONG_WORD)).status()).isEqualTo(204);
        created(supervisor.post(occurrence + "/action-items", "application/json", """
                {"description": "Del erfaringerne fra %s med teamet", "ownerId": %d, "dueOn": "%s"}"""
                .formatted(LONG_ADDRESS, employee, lastOccurrence.plusMonths(1))));

        long framework = admin.get("/api/frameworks").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(f -> "digcompedu".equals(f.getString("key", null))).findFirst().orElseThrow().getInt("id");
        round = created(admin.post("/api/rounds", "application/json", """
                {"name": "Selvevaluering af digitale kompetencer i et forløb med et langt navn", "frameworkId": %d,
                 "institutionIds": [%d], "opensOn": "%s", "closesOn": "2030-06-30"}"""
                .formatted(framework, school, LocalDate.now(COPENHAGEN).plusDays(1))));
        experiment = created(Http.basic(url, "medarbejder", "kompetencenet").post(
                "/api/institutions/" + school + "/experiments", "application/json", """
                {"what": "Bee-Bots og programmering i indskolingen med fokus på %s", "who": "1.a og 1.b",
                 "ageGroup": "GRADE_0_3", "startedOn": "%s", "outcome": "Se %s", "shared": false}"""
                .formatted(LONG_WORD, first, LONG_ADDRESS)));
        LocalDate later = LocalDate.now(COPENHAGEN).plusWeeks(6);
        created(supervisor.post("/api/polls", "application/json", """
                {"kind": "theme_meeting", "title": "Hvornår kan I? %s", "location": "%s", "initiativeIds": [%d],
                 "slots": [{"start": "%sT14:00", "end": "%sT16:00"}, {"start": "%sT09:00", "end": "%sT11:00"}],
                 "employeeIds": [%d]}""".formatted(LONG_WORD, LONG_ADDRESS, initiative, later, later,
                later.plusDays(1), later.plusDays(1), employee)));
        created(supervisor.post("/api/assessments", "application/json", """
                {"employeeId": %d, "competenceId": %d, "level": "B1", "assessedOn": "%s", "note": "%s viser fremgang",
                 "evidence": "%s", "evaluation": {"instrument": "Observation", "reflection": "%s"}}"""
                .formatted(rated, aCompetence(admin, framework), first, LONG_WORD, LONG_ADDRESS, LONG_WORD)));
    }

    @Test
    void theStaffPagesFitAPhoneAndTheCalendarOpensAsAList() {
        // The calendar last, to look at its view afterwards.
        List<String> employeePages = List.of("/index.xhtml", "/meeting/meeting.xhtml?id=" + meeting,
                "/competence/round.xhtml?id=" + round, "/competence/profile.xhtml", "/practice/experiments.xhtml",
                "/practice/experiment.xhtml?id=" + experiment, "/meeting/polls.xhtml", "/account/notifications.xhtml",
                "/meeting/calendar.xhtml");
        List<String> supervisorPages = List.of(
                "/meeting/occurrence.xhtml?id=" + meeting + "&at=" + lastOccurrence + "T07:00",
                "/competence/profile.xhtml?employee=" + rated);
        List<String> overflowing = new ArrayList<>();
        Map<String, List<String>> inaccessible = new LinkedHashMap<>();
        SoftAssertions softly = new SoftAssertions();
        try {
            viewport(390, 844);
            session.loggedOut();
            session.logIn("medarbejder");
            employeePages.forEach(page -> scanned(page, overflowing, inaccessible));
            scanned(pollAnswerPage(), overflowing, inaccessible);
            open("/meeting/calendar.xhtml", overflowing);
            softly.assertThat(browser.findElements(By.cssSelector(".fc-list-event")))
                    .as("the calendar's list view with the meeting").isNotEmpty();
            softly.assertThat(browser.findElements(By.cssSelector(".fc-daygrid, .fc-timegrid")))
                    .as("no grid on a phone").isEmpty();
            open("/meeting/meeting.xhtml?id=" + meeting, overflowing);
            softly.assertThat(cardLabels("form[id='occurrences'] tbody tr:first-child td")).as("each cell's header")
                    .containsExactly("Tidspunkt", "Mit svar");

            viewport(360, 740);
            List.of("/meeting/meeting.xhtml?id=" + meeting, "/competence/profile.xhtml", "/practice/experiments.xhtml",
                    "/meeting/calendar.xhtml").forEach(page -> open(page, overflowing));
            softly.assertThat(browser.findElements(By.cssSelector(".fc-list-event"))).as("the list at 360 px")
                    .isNotEmpty();

            desktop();
            employeePages.forEach(page -> open(page, overflowing));
            softly.assertThat(browser.findElements(By.cssSelector(".fc-daygrid"))).as("the month on a desktop")
                    .isNotEmpty();

            viewport(390, 844);
            session.loggedOut();
            session.logIn("vejleder.skole");
            supervisorPages.forEach(page -> scanned(page, overflowing, inaccessible));
            desktop();
            supervisorPages.forEach(page -> open(page, overflowing));
        } finally {
            desktop();
        }
        softly.assertThat(overflowing).as("pages wider than the window").isEmpty();
        softly.assertThat(inaccessible).as("WCAG 2.1 AA on a phone (axe-core)").isEmpty();
        softly.assertAll();
    }

    /** Opens a page and notes it, with what reaches past the window's right edge, if it scrolls sideways. */
    @SuppressWarnings("unchecked")
    private static void open(String page, List<String> overflowing) {
        browser.get(session.jar().url() + page);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        if (page.startsWith("/meeting/calendar")) {
            // The meetings arrive by a request of their own after the calendar is drawn; this month has one.
            wait.until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector(".fc-list-event, .fc-daygrid-event, .fc-timegrid-event")));
        }
        Map<String, Object> fit = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                var root = document.documentElement, width = window.innerWidth, clientWidth = root.clientWidth;
                var wide = Array.from(document.body.querySelectorAll('*')).filter(function (e) {
                    var box = e.getBoundingClientRect();
                    return box.width > 0 && box.right > clientWidth + 0.5;
                }).slice(0, 5).map(function (e) { return e.tagName.toLowerCase() + '.' + e.className; });
                return {fits: root.scrollWidth <= width && document.body.scrollWidth <= width
                        && root.scrollWidth <= clientWidth,
                        width: width, scrollWidth: root.scrollWidth, wide: wide};""");
        if (!Boolean.TRUE.equals(fit.get("fits"))) {
            overflowing.add(page + " at " + fit.get("width") + " px is " + fit.get("scrollWidth") + " px wide: "
                    + fit.get("wide"));
        }
    }

    /** Opens the page as {@link #open} does, then notes what axe-core finds against WCAG 2.1 AA at this width. */
    private static void scanned(String page, List<String> overflowing, Map<String, List<String>> inaccessible) {
        open(page, overflowing);
        List<String> violations = accessibilityViolations();
        if (!violations.isEmpty()) {
            inaccessible.put(page, violations);
        }
    }

    /** The demo employee's answer page of the poll she was invited to, as her list of polls links it. */
    private static String pollAnswerPage() {
        browser.get(session.jar().url() + "/meeting/polls.xhtml");
        String href = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//main//a[starts-with(normalize-space(), 'Hvornår kan I?')]"))).getAttribute("href");
        return href.substring(session.jar().url().length());
    }

    /** The header labels a stacked table shows in the cells found ("" for a cell that shows none). */
    private static List<String> cardLabels(String cells) {
        return browser.findElements(By.cssSelector(cells)).stream()
                .map(cell -> cell.findElements(By.cssSelector(".ui-column-title")).stream()
                        .filter(title -> title.isDisplayed()).map(title -> title.getText()).findFirst().orElse(""))
                .toList();
    }

    /**
     * A phone's viewport. Headless Chromium lays a window out no narrower than 500 px, so the width is set as Chrome's
     * device emulation does (desktop-style: the page may not zoom out to make room, as a phone's browser would).
     */
    private static void viewport(int width, int height) {
        ((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Back to the window the other browser classes share. */
    private static void desktop() {
        ((HasCdp) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private static long created(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().getJsonNumber("id").longValue();
    }

    private static long employeeId(Http admin, String email) {
        return admin.get("/api/employees?q=" + email).jsonArray().getJsonObject(0).getInt("id");
    }

    private static long aCompetence(Http admin, long framework) {
        return admin.get("/api/frameworks/" + framework).json().getJsonArray("areas").getJsonObject(0)
                .getJsonArray("competences").getJsonObject(1).getInt("id");
    }
}
