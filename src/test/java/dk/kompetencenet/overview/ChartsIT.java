package dk.kompetencenet.overview;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.meeting.AfterMeeting;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/**
 * The charts on the institution overview and the profile, read from the pages as a leader and an employee see them:
 * the Chart.js configuration in the page's script and the table under each chart, on data made here.
 */
@ExtendWith(ArquillianExtension.class)
class ChartsIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private CompetenceService competences;

    @Inject
    private AfterMeeting afterMeeting;

    @Inject
    private BoardService board;

    private Institution school;
    private String leader;
    private String coordinator;
    private Framework framework;

    @BeforeEach
    void aSchoolWithALeader() {
        school = anInstitution().create(institutions);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        framework = SystemAccess.call(() -> competences.framework(
                competences.bySeedKey("digcompedu").orElseThrow().getId()));
    }

    @Test
    void levelsAgainstTargetsPerAreaLeaveAnAreaNoOneIsRatedInUnknown() {
        List<Competence> first = inArea(0);
        Employee one = anEmployee().at(school).create(employees);
        Employee two = anEmployee().at(school).create(employees);
        SystemAccess.run(() -> {
            competences.rate(one.getId(), first.get(0).getId(), "B2", LocalDate.now(), null, null, null);
            competences.rate(two.getId(), first.get(0).getId(), "A2", LocalDate.now(), null, null, null);
        });
        double target = rank(SystemAccess.call(() -> competences.profile(one.getId(), framework.getId())).get(0)
                .target().getCode());

        String page = overviewPage();
        JsonArray sets = datasets(chart(page, "figures:levelsChart"));
        List<Double> levels = values(sets.getJsonObject(0));
        assertEquals(3.0, levels.get(0), 0.001, "B2 and A2: ranks 4 and 2");
        assertEquals(Arrays.asList(null, null, null, null, null), levels.subList(1, 6),
                "no one rated in the other areas: no bar, not 0");
        assertEquals(target, values(sets.getJsonObject(1)).get(0), 0.001, "the teachers' target");
        assertTrue(tableAfter(page, "figures:levelsChart").contains("Ingen vurderet"), "the table says so too");
    }

    @Test
    void theTrendFollowsTwoRoundsInOrderAndDrawsNothingForARoundBelowTheMinimumGroup() {
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            staff.add(anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE));
        }
        String before = "Før " + school.getName();
        long first = openRound(before);
        staff.forEach(s -> answer(s, first, "B1"));
        int version = as(coordinator).get("/api/rounds/" + first).json().getInt("version");
        assertEquals(204, as(coordinator).post("/api/rounds/" + first + "/close?version=" + version, JSON, "").status());
        String after = "Efter " + school.getName();
        long second = openRound(after);
        staff.forEach(s -> answer(s, second, "B2"));
        String few = "Få " + school.getName();
        long third = openRound(few);
        staff.subList(0, 4).forEach(s -> answer(s, third, "C1"));

        String page = overviewPage();
        JsonObject config = chart(page, "figures:trendChart");
        List<String> rounds = config.getJsonObject("data").getJsonArray("labels").getValuesAs(JsonValue::toString)
                .stream().map(l -> l.substring(1, l.length() - 1)).toList();
        int a = rounds.indexOf(before);
        int b = rounds.indexOf(after);
        int c = rounds.indexOf(few);
        assertTrue(a >= 0 && a < b && b < c, "the rounds in order: " + rounds);
        List<Double> areaOne = values(datasets(config).getJsonObject(0));
        assertEquals(3.0, areaOne.get(a), 0.001, "B1 in the closed round, from its tallies");
        assertEquals(4.0, areaOne.get(b), 0.001, "B2 in the open round");
        assertEquals(null, areaOne.get(c), "four people's answers are not charted");
        assertEquals(null, values(datasets(config).getJsonObject(1)).get(a), "no answers in the second area");
        assertTrue(tableAfter(page, "figures:trendChart").contains("For få"), "the table says too few");
    }

    @Test
    void attendanceIsCountedPerMonthOfTheLastYear() {
        Employee one = anEmployee().at(school).create(employees);
        Employee two = anEmployee().at(school).create(employees);
        Employee three = anEmployee().at(school).create(employees);
        LocalDateTime recent = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(3).atTime(14, 0);
        LocalDateTime longAgo = recent.minusMonths(14);
        for (LocalDateTime start : List.of(recent, longAgo)) {
            long meeting = themeMeeting(start, one, two, three);
            SystemAccess.run(() -> afterMeeting.recordAttendance(meeting, start, Map.of(one.getId(),
                    AttendanceStatus.PRESENT, two.getId(), AttendanceStatus.PRESENT, three.getId(),
                    AttendanceStatus.ABSENT)));
        }

        JsonObject config = chart(overviewPage(), "figures:attendanceChart");
        JsonArray labels = config.getJsonObject("data").getJsonArray("labels");
        assertEquals(12, labels.size(), "twelve months");
        List<Double> network = values(datasets(config).getJsonObject(0));
        List<Double> theme = values(datasets(config).getJsonObject(1));
        int month = 11 - (int) ChronoUnit.MONTHS.between(YearMonth.from(recent),
                YearMonth.now(ZoneId.of("Europe/Copenhagen")));
        assertEquals(2.0, theme.get(month), 0.001, "two present, one absent: " + theme);
        assertEquals(2.0, theme.stream().mapToDouble(Double::doubleValue).sum(), 0.001,
                "the meeting fourteen months ago is outside the chart");
        assertEquals(0.0, network.stream().mapToDouble(Double::doubleValue).sum(), 0.001);
    }

    @Test
    void theProfileRadarShowsSelfAssessmentRatingAndTargetPerAreaAndAnAreaNeverRatedAsUnknown() {
        String user = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        Employee me = SystemAccess.call(() -> employees.findByEmail(user + "@test.example.dk").orElseThrow());
        List<Competence> first = inArea(0);
        SystemAccess.run(() -> {
            competences.rate(me.getId(), first.get(0).getId(), "B2", LocalDate.now(), null, null, null);
            competences.rate(me.getId(), first.get(1).getId(), "A2", LocalDate.now(), null, null, null);
        });
        Http asMe = Http.basic(base.toString(), user, PASSWORD);
        for (Competence c : List.of(first.get(0), inArea(1).get(0))) {
            assertEquals(201, asMe.post("/api/assessments", JSON,
                    "{\"competenceId\": %d, \"level\": \"C1\"}".formatted(c.getId())).status());
        }

        String page = Http.loggedIn(base.toString(), user, PASSWORD)
                .get("/competence/profile.xhtml?employee=" + me.getId() + "&framework=" + framework.getId()).body();
        JsonObject radar = chart(page, "radar");
        assertEquals("radar", radar.getString("type"));
        JsonArray sets = datasets(radar);
        assertEquals(List.of(5.0, 5.0), values(sets.getJsonObject(0)).subList(0, 2), "own assessment C1 in two areas");
        assertEquals(null, values(sets.getJsonObject(0)).get(2));
        List<Double> rated = values(sets.getJsonObject(1));
        assertEquals(3.0, rated.get(0), 0.001, "B2 and A2 in the first area");
        assertEquals(null, rated.get(1), "never rated in the second area: no point");
        assertTrue(tableAfter(page, "radar").contains("Ikke vurderet"));

        JsonArray standings = asMe.get("/api/assessments/employees/" + me.getId() + "/profile?framework="
                + framework.getId()).jsonArray();
        JsonObject unrated = standings.getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getJsonNumber("competenceId").longValue() == first.get(2).getId()).findFirst()
                .orElseThrow();
        assertTrue(!unrated.containsKey("gap") || unrated.isNull("gap"), "no gap for someone not rated: " + unrated);
        assertTrue(page.contains("Ikke vurderet</td>"), "the gap column says not rated, not 0");
    }

    // ---- reading the pages ----

    private String overviewPage() {
        Http.Response response = Http.loggedIn(base.toString(), leader, PASSWORD)
                .get("/overview/institution.xhtml?id=" + school.getId());
        assertEquals(200, response.status());
        return response.body();
    }

    /** The Chart.js configuration PrimeFaces wrote into the page's script for the chart with this client id. */
    static JsonObject chart(String page, String clientId) {
        int at = page.indexOf("id:\"" + clientId + "\"");
        assertTrue(at >= 0, "a chart " + clientId);
        int start = page.indexOf('{', page.indexOf("config:", at));
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < page.length(); i++) {
            char ch = page.charAt(i);
            if (inString) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    inString = false;
                }
            } else if (ch == '"') {
                inString = true;
            } else if (ch == '{') {
                depth++;
            } else if (ch == '}' && --depth == 0) {
                return Json.createReader(new StringReader(page.substring(start, i + 1))).readObject();
            }
        }
        throw new AssertionError("no configuration for " + clientId);
    }

    /** The table in the chart's disclosure. */
    private static String tableAfter(String page, String clientId) {
        int at = page.indexOf("id=\"" + clientId + "\"");
        int table = page.indexOf("<table class=\"chart-data\"", at);
        assertTrue(table > at, "a table under " + clientId);
        return page.substring(table, page.indexOf("</table>", table));
    }

    private static JsonArray datasets(JsonObject config) {
        return config.getJsonObject("data").getJsonArray("datasets");
    }

    private static List<Double> values(JsonObject dataset) {
        return dataset.getJsonArray("data").stream()
                .map(v -> v.getValueType() == JsonValue.ValueType.NULL ? null : ((JsonNumber) v).doubleValue())
                .toList();
    }

    // ---- making data ----

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private List<Competence> inArea(int index) {
        long area = framework.getAreas().get(index).getId();
        return framework.competences().stream().filter(c -> c.getArea().getId() == area).toList();
    }

    private double rank(String code) {
        return framework.getLevels().stream().filter(l -> l.getCode().equals(code)).findFirst().orElseThrow().getRank();
    }

    private long openRound(String name) {
        Http.Response created = as(coordinator).post("/api/rounds", JSON, """
                {"name": "%s", "frameworkId": %d, "institutionIds": [%d], "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(name, framework.getId(), school.getId(), LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(30)));
        assertTrue(created.status() < 300, created.body());
        return created.json().getJsonNumber("id").longValue();
    }

    /** The same level on every competence of the first area. */
    private void answer(String employee, long round, String level) {
        for (Competence c : inArea(0)) {
            Http.Response answered = as(employee).put("/api/rounds/" + round + "/answers", JSON,
                    "{\"competenceId\": %d, \"level\": \"%s\"}".formatted(c.getId(), level));
            assertTrue(answered.status() < 300, answered.body());
        }
    }

    private long themeMeeting(LocalDateTime start, Employee... invitees) {
        long initiative = SystemAccess.call(() -> board.columns(new BoardService.Filter(null, null))).get(0)
                .initiativeId();
        Http.Response created = as(coordinator).post("/api/meetings", JSON, """
                {"title": "%s", "kind": "THEME_MEETING", "start": "%s", "end": "%s", "initiativeIds": [%d],
                 "employeeIds": [%s]}"""
                .formatted(unique("Temamøde"), start, start.plusHours(2), initiative, String.join(", ",
                        Arrays.stream(invitees).map(e -> String.valueOf(e.getId())).toList())));
        assertEquals(201, created.status(), created.body());
        return created.json().getJsonNumber("id").longValue();
    }
}
