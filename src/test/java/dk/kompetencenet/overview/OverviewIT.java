package dk.kompetencenet.overview;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.platform.persistence.StatementCounter;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/** The capacity-building overview on a running server: its figures, the minimum group, scope and statement count. */
@ExtendWith(ArquillianExtension.class)
class OverviewIT {

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
    private OverviewService overview;

    private Institution school;
    private String leader;
    private String coordinator;

    @BeforeEach
    void aSchoolWithALeader() {
        school = anInstitution().create(institutions);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private Framework digCompEdu() {
        return SystemAccess.call(() -> competences.framework(competences.bySeedKey("digcompedu").orElseThrow().getId()));
    }

    private JsonObject roundSeenByLeader(long roundId) {
        Http.Response response = as(leader).get("/api/overview/institutions/" + school.getId());
        assertEquals(200, response.status(), response.body());
        return response.json().getJsonArray("rounds").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("roundId").longValue() == roundId).findFirst().orElseThrow();
    }

    private void answers(String employee, long roundId, Framework framework) {
        for (var competence : framework.competences().subList(0, 3)) {
            Http.Response answered = as(employee).put("/api/rounds/" + roundId + "/answers", JSON, """
                    {"competenceId": %d, "level": "B1"}""".formatted(competence.getId()));
            assertTrue(answered.status() < 300, answered.body());
        }
    }

    @Test
    void aGroupOfFourSelfAssessmentsIsNotShownToALeaderAndAGroupOfFiveIsShownAsAnAggregateOnly() {
        Framework framework = digCompEdu();
        long round = openRound(framework);
        List<String> staff = staffOfTheSchool(5);
        for (String employee : staff.subList(0, 4)) {
            answers(employee, round, framework);
        }

        JsonObject four = roundSeenByLeader(round);
        assertEquals(4, four.getInt("respondents"));
        assertFalse(four.getBoolean("shown"));
        assertTrue(four.getJsonObject("averageRankPerArea").isEmpty(), "nothing of four people's answers");

        answers(staff.get(4), round, framework);
        JsonObject five = roundSeenByLeader(round);
        assertTrue(five.getBoolean("shown"));
        assertEquals(5, five.getInt("respondents"));
        String area = String.valueOf(framework.competences().get(0).getArea().getId());
        assertEquals(3.0, five.getJsonObject("averageRankPerArea").getJsonNumber(area).doubleValue(), 0.001,
                "B1 is the third level");
        String body = as(leader).get("/api/overview/institutions/" + school.getId()).body();
        assertFalse(body.contains(staff.get(0)), "no person is named next to the answers");

        String page = Http.loggedIn(base.toString(), leader, PASSWORD)
                .get("/overview/institution.xhtml?id=" + school.getId()).body();
        assertTrue(page.contains("Runde " + school.getName()));
    }

    @Test
    void aClosedRoundKeepsItsFiguresAsTheyStoodAtClosingWhenSomeoneMovesOn() {
        Framework framework = digCompEdu();
        long round = openRound(framework);
        List<String> staff = staffOfTheSchool(5);
        staff.forEach(employee -> answers(employee, round, framework));
        int version = as(coordinator).get("/api/rounds/" + round).json().getInt("version");
        assertEquals(204, as(coordinator).post("/api/rounds/" + round + "/close?version=" + version, JSON, "").status());

        Institution elsewhere = anInstitution().create(institutions);
        Employee moving = SystemAccess.call(() -> employees.findByEmail(staff.get(0) + "@test.example.dk")
                .orElseThrow());
        SystemAccess.run(() -> employees.update(moving.getId(), moving.getVersion(), new EmployeeService.Details(
                moving.getFirstName(), moving.getLastName(), moving.getEmail(), moving.getJobRole(),
                java.util.Set.of(elsewhere.getId()))));

        JsonObject closed = roundSeenByLeader(round);
        assertEquals(5, closed.getInt("respondents"), "the five who answered while working here");
        assertTrue(closed.getBoolean("shown"));
        String area = String.valueOf(framework.competences().get(0).getArea().getId());
        assertEquals(3.0, closed.getJsonObject("averageRankPerArea").getJsonNumber(area).doubleValue(), 0.001);
        JsonObject municipality = as(coordinator).get("/api/overview/municipality").json().getJsonArray("rounds")
                .getValuesAs(JsonObject.class).stream().filter(r -> r.getJsonNumber("roundId").longValue() == round)
                .findFirst().orElseThrow();
        assertEquals(5, municipality.getInt("respondents"), "each counted once in the municipality");
    }

    private long openRound(Framework framework) {
        return as(coordinator).post("/api/rounds", JSON, """
                {"name": "Runde %s", "frameworkId": %d, "institutionIds": [%d], "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(school.getName(), framework.getId(), school.getId(), LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(30))).json().getJsonNumber("id").longValue();
    }

    private List<String> staffOfTheSchool(int count) {
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            staff.add(anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE));
        }
        return staff;
    }

    @Test
    void theOverviewCountsCoverageStaffAndCurrentLevelsAgainstTargets() {
        Framework framework = digCompEdu();
        Employee teacher = anEmployee().at(school).create(employees);
        var competence = framework.competences().get(0);
        SystemAccess.run(() -> {
            competences.rate(teacher.getId(), competence.getId(), "A1", LocalDate.now().minusDays(10), null, null, null);
            competences.rate(teacher.getId(), competence.getId(), "B2", LocalDate.now(), null, null, null);
        });
        as(coordinator).post("/api/training/designations", JSON, """
                {"employeeId": %d, "institutionId": %d, "kind": "IT_DIDACTIC_SUPERVISOR", "validFrom": "2026-01-01"}"""
                .formatted(teacher.getId(), school.getId()));

        JsonObject figures = as(leader).get("/api/overview/institutions/" + school.getId()).json();

        assertEquals(2, figures.getInt("staff"));
        assertEquals(1, figures.getJsonObject("coverage").getInt("single"));
        JsonObject area = figures.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("areaId").longValue() == competence.getArea().getId()).findFirst()
                .orElseThrow();
        assertEquals(1, area.getInt("ratings"), "only the latest rating counts");
        assertEquals(4.0, area.getJsonNumber("averageRank").doubleValue(), 0.001, "B2 is the fourth level");
        assertEquals(3, figures.getJsonArray("documents").size());
    }

    @Test
    void theCurrentLevelIsTheLatestRatingByDateAsOnTheProfileAndAGridSaveMovesIt() {
        Framework framework = digCompEdu();
        Employee teacher = anEmployee().at(school).create(employees);
        var competence = framework.competences().get(0);
        SystemAccess.run(() -> {
            competences.rate(teacher.getId(), competence.getId(), "B2", LocalDate.now(), null, null, null);
            competences.rate(teacher.getId(), competence.getId(), "A1", LocalDate.now().minusDays(30), "earlier",
                    null, null);
        });
        assertEquals(4.0, averageRankSeenByLeader(competence.getArea().getId()), 0.001,
                "a rating entered later but dated earlier does not become the current level");
        assertEquals("B2", SystemAccess.call(() -> competences.profile(teacher.getId(), framework.getId())).get(0)
                .rated().getCode(), "the profile agrees");

        SystemAccess.run(() -> competences.rateGrid(List.of(
                new CompetenceService.Cell(teacher.getId(), competence.getId(), "C1")), LocalDate.now()));
        assertEquals(5.0, averageRankSeenByLeader(competence.getArea().getId()), 0.001, "C1 is the fifth level");
    }

    private double averageRankSeenByLeader(long areaId) {
        JsonObject area = as(leader).get("/api/overview/institutions/" + school.getId()).json().getJsonArray("levels")
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getJsonNumber("areaId").longValue() == areaId)
                .findFirst().orElseThrow();
        assertEquals(1, area.getInt("ratings"), "one current level: " + area);
        return area.getJsonNumber("averageRank").doubleValue();
    }

    @Test
    void leadersSeeOnlyTheirOwnInstitutionAndOnlyCoordinatorsTheMunicipality() {
        Institution other = anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions);
        String otherLeader = anEmployee().at(other).createWithAccount(employees, accounts, Role.LEADER);
        String employee = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);

        assertEquals(403, as(otherLeader).get("/api/overview/institutions/" + school.getId()).status());
        assertEquals(403, Http.loggedIn(base.toString(), otherLeader, PASSWORD)
                .get("/overview/institution.xhtml?id=" + school.getId()).status());
        assertEquals(403, as(leader).get("/api/overview/municipality").status());
        assertEquals(403, as(employee).get("/api/overview/institutions/" + school.getId()).status());
        assertEquals(200, as(coordinator).get("/api/overview/municipality").status());
        assertEquals(400, as(coordinator).get("/api/overview/municipality?framework=x").status());
        assertEquals(404, as(coordinator).get("/api/overview/municipality?framework=999999999").status());
    }

    @Test
    void theMunicipalityOverviewSendsTheSameNumberOfStatementsAtTwoDataSizes() {
        int before = statementsForTheMunicipalityOverview();

        Framework framework = digCompEdu();
        for (int i = 0; i < 5; i++) {
            Institution more = anInstitution().ofType(i % 2 == 0 ? InstitutionType.SKOLE : InstitutionType.DAGPLEJE)
                    .create(institutions);
            for (int j = 0; j < 4; j++) {
                Employee person = anEmployee().at(more).create(employees);
                SystemAccess.run(() -> framework.competences().subList(0, 4).forEach(c ->
                        competences.rate(person.getId(), c.getId(), "A2", LocalDate.now(), null, null, null)));
            }
        }
        int after = statementsForTheMunicipalityOverview();

        assertTrue(before > 5, "the counter counts: " + before);
        assertEquals(before, after);
    }

    private int statementsForTheMunicipalityOverview() {
        return SystemAccess.call(() -> {
            overview.municipality(null);
            return StatementCounter.count(() -> overview.municipality(null)).statements();
        });
    }
}
