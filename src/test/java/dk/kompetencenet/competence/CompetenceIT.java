package dk.kompetencenet.competence;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/** Frameworks as seeded, and assessments on a running server: the rating grid, history, profile and scope. */
@ExtendWith(ArquillianExtension.class)
class CompetenceIT {

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

    private Institution school;
    private String supervisor;

    @BeforeEach
    void aSchoolWithASupervisor() {
        school = anInstitution().create(institutions);
        supervisor = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR, Role.EMPLOYEE);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private JsonObject digCompEdu() {
        return as(supervisor).get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> "digcompedu".equals(f.getString("key", null))).findFirst().orElseThrow();
    }

    private List<Long> competenceIds(JsonObject framework, int count) {
        return framework.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competences").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getJsonNumber("id").longValue()).limit(count).toList();
    }

    @Test
    void seededDigCompEduHasSixAreasTwentyTwoCompetencesAndSixLevelsAndTheOtherFrameworksLoadToo() {
        List<JsonObject> frameworks = as(supervisor).get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class);
        assertEquals(List.of("digcompedu", "evaluering", "ledelse-data"), frameworks.stream()
                .map(f -> f.getString("key", null)).filter(k -> k != null).sorted().toList(),
                "the seeded frameworks, whatever else coordinators have imported");
        JsonObject dig = digCompEdu();
        assertEquals(6, dig.getJsonArray("areas").size());
        assertEquals(22, competenceIds(dig, 100).size());
        assertEquals(List.of("A1", "A2", "B1", "B2", "C1", "C2"), dig.getJsonArray("levels")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getString("code")).toList());
        assertEquals("Pioner", dig.getJsonArray("levels").getJsonObject(5).getString("name"));
        JsonObject english = Http.basic(base.toString(), supervisor, PASSWORD).acceptLanguage("en")
                .get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> "digcompedu".equals(f.getString("key", null))).findFirst().orElseThrow();
        assertEquals("Pioneer", english.getJsonArray("levels").getJsonObject(5).getString("name"));
        assertTrue(frameworks.stream().filter(f -> f.getString("key", null) != null)
                .allMatch(f -> !f.getJsonArray("initiativeIds").isEmpty()));
    }

    @Test
    void aGridOfTenPeopleByFiveCompetencesSavesFiftyRatingsAndOneBadCellSavesNone() {
        List<Employee> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(anEmployee().at(school).create(employees));
        }
        List<Long> competencesToRate = competenceIds(digCompEdu(), 5);
        StringBuilder cells = new StringBuilder();
        for (Employee p : people) {
            for (Long c : competencesToRate) {
                cells.append(cells.length() == 0 ? "" : ",")
                        .append("{\"employeeId\": %d, \"competenceId\": %d, \"level\": \"B1\"}".formatted(p.getId(), c));
            }
        }
        String bad = cells.toString().replaceFirst("\"level\": \"B1\"}$", "\"level\": \"Z9\"}");

        Http.Response refused = as(supervisor).post("/api/assessments/grid", "application/json",
                "{\"cells\": [" + bad + "]}");
        assertEquals(400, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("cells[49]", error.getString("field"));
        assertTrue(error.getString("message").contains("Z9") && error.getString("message").contains(
                people.get(9).getFullName()), error.getString("message"));
        assertEquals(0, ratingsOf(people));

        Http.Response saved = as(supervisor).post("/api/assessments/grid", "application/json",
                "{\"cells\": [" + cells + "]}");
        assertEquals(200, saved.status(), saved.body());
        assertEquals(50, saved.json().getInt("saved"));
        assertEquals(50, ratingsOf(people));
    }

    private long ratingsOf(List<Employee> people) {
        return SystemAccess.call(() -> people.stream().mapToLong(p -> competences.history(p.getId(), null).size()).sum());
    }

    @Test
    void reRatingKeepsTheOldEntryAndTheProfileShowsTheLatestWithSelfAssessmentApart() {
        String teacherLogin = anEmployee().at(school).as(JobRole.LAERER).createWithAccount(employees, accounts,
                Role.EMPLOYEE);
        Long teacher = SystemAccess.call(() -> employees.findByEmail(teacherLogin + "@test.example.dk").orElseThrow()
                .getId());
        JsonObject dig = digCompEdu();
        long competence = competenceIds(dig, 1).get(0);
        String rating = "{\"employeeId\": %d, \"competenceId\": %d, \"level\": \"%s\", \"assessedOn\": \"%s\"}";

        assertEquals(201, as(supervisor).post("/api/assessments", "application/json",
                rating.formatted(teacher, competence, "A2", "2026-09-01")).status());
        assertEquals(201, as(supervisor).post("/api/assessments", "application/json",
                rating.formatted(teacher, competence, "B1", "2026-11-01")).status());
        assertEquals(201, as(teacherLogin).post("/api/assessments", "application/json",
                "{\"competenceId\": %d, \"level\": \"B2\"}".formatted(competence)).status());

        List<JsonObject> history = as(supervisor).get("/api/assessments/employees/" + teacher + "?competence="
                + competence).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(3, history.size());
        assertEquals(List.of("A2", "B1"), history.stream().filter(h -> h.getString("kind").equals("RATING"))
                .map(h -> h.getString("level")).sorted().toList());
        JsonObject standing = as(teacherLogin).get("/api/assessments/employees/" + teacher + "/profile?framework="
                + dig.getInt("id")).jsonArray().getJsonObject(0);
        assertEquals("B1", standing.getString("rated"));
        assertEquals("B2", standing.getString("self"));
        assertEquals("B1", standing.getString("target"), "a teacher's DigCompEdu target");
        assertEquals(0, standing.getInt("gap"));
    }

    @Test
    void aSelfAssessmentRoundAcrossThreeInstitutionsReportsCompletionPerInstitutionAndClosingFreezesIt() {
        List<Institution> three = List.of(school, anInstitution().create(institutions), anInstitution().create(institutions));
        List<List<String>> staff = new ArrayList<>();
        for (Institution institution : three) {
            staff.add(List.of(anEmployee().at(institution).createWithAccount(employees, accounts, Role.EMPLOYEE),
                    anEmployee().at(institution).createWithAccount(employees, accounts, Role.EMPLOYEE)));
        }
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        JsonObject evaluation = as(supervisor).get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(f -> "evaluering".equals(f.getString("key", null))).findFirst().orElseThrow();
        List<Long> all = competenceIds(evaluation, 100);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen")).toString();
        JsonObject round = as(coordinator).post("/api/rounds", "application/json", """
                {"name": "Evaluering efterår", "frameworkId": %d, "institutionIds": [%d, %d, %d],
                 "opensOn": "%s", "closesOn": "2030-12-31"}""".formatted(evaluation.getInt("id"), three.get(0).getId(),
                three.get(1).getId(), three.get(2).getId(), today)).json();
        String answers = "/api/rounds/" + round.getInt("id") + "/answers";
        assertTrue(as(staff.get(0).get(0)).get("/api/rounds/mine").body().contains("Evaluering efterår"));

        for (Long competence : all) {
            assertEquals(204, as(staff.get(0).get(0)).put(answers, "application/json",
                    "{\"competenceId\": %d, \"level\": \"2\"}".formatted(competence)).status());
        }
        assertEquals(204, as(staff.get(0).get(1)).put(answers, "application/json",
                "{\"competenceId\": %d, \"level\": \"1\"}".formatted(all.get(0))).status());
        assertEquals(204, as(staff.get(1).get(0)).put(answers, "application/json",
                "{\"competenceId\": %d, \"level\": \"3\"}".formatted(all.get(0))).status());

        List<JsonObject> progress = as(coordinator).get("/api/rounds/" + round.getInt("id") + "/progress").jsonArray()
                .getValuesAs(JsonObject.class);
        java.util.Map<Long, String> byInstitution = progress.stream().collect(Collectors.toMap(
                p -> p.getJsonNumber("institutionId").longValue(),
                p -> p.getInt("staff") + "/" + p.getInt("started") + "/" + p.getInt("completed")));
        assertEquals("3/2/1", byInstitution.get(three.get(0).getId()), "the supervisor works there too");
        assertEquals("2/1/0", byInstitution.get(three.get(1).getId()));
        assertEquals("2/0/0", byInstitution.get(three.get(2).getId()));

        assertEquals(204, as(coordinator).post("/api/rounds/" + round.getInt("id") + "/close?version="
                + as(coordinator).get("/api/rounds/" + round.getInt("id")).json().getInt("version"), "application/json",
                "").status());
        assertEquals(400, as(staff.get(0).get(0)).put(answers, "application/json",
                "{\"competenceId\": %d, \"level\": \"4\"}".formatted(all.get(0))).status());
        assertEquals("2", as(staff.get(0).get(0)).get(answers + "/mine").json().getString(String.valueOf(all.get(0))));
        assertEquals(403, as(staff.get(0).get(0)).get("/api/rounds/" + round.getInt("id") + "/progress").status());
        Http.Response page = Http.loggedIn(base.toString(), coordinator, PASSWORD)
                .get("/competence/rounds.xhtml?round=" + round.getInt("id"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Evaluering efterår") && page.body().contains("Lukket"), "closed round listed");
        assertEquals(403, Http.loggedIn(base.toString(), staff.get(0).get(0), PASSWORD).get("/competence/rounds.xhtml")
                .status());
    }

    @Test
    void aDevelopmentPlanHoldsGoalsTiedToCompetencesThatTheEmployeeCanRead() {
        String teacherLogin = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        Long teacher = SystemAccess.call(() -> employees.findByEmail(teacherLogin + "@test.example.dk").orElseThrow()
                .getId());
        long competence = competenceIds(digCompEdu(), 1).get(0);

        Http.Response added = as(supervisor).post("/api/plans/employees/" + teacher, "application/json", """
                {"description": "Prøve Book Creator med 3. klasse", "competenceId": %d, "dueOn": "2027-03-01"}"""
                .formatted(competence));
        assertEquals(201, added.status(), added.body());
        assertEquals(400, as(supervisor).post("/api/plans/employees/" + teacher, "application/json",
                "{\"description\": \"Uden kobling\"}").status());
        JsonObject goal = as(teacherLogin).get("/api/plans/employees/" + teacher).jsonArray().getJsonObject(0);
        assertEquals("PLANNED", goal.getString("status"));
        String change = """
                {"description": "Prøve Book Creator med 3. klasse", "competenceId": %d, "status": "%s", "version": %d}""";
        assertEquals(200, as(supervisor).put("/api/plans/goals/" + goal.getInt("id"), "application/json",
                change.formatted(competence, "IN_PROGRESS", goal.getInt("version"))).status());
        assertEquals(409, as(supervisor).put("/api/plans/goals/" + goal.getInt("id"), "application/json",
                change.formatted(competence, "DONE", goal.getInt("version"))).status());
        assertEquals(403, as(teacherLogin).post("/api/plans/employees/" + teacher, "application/json",
                "{\"description\": \"Selv\", \"competenceId\": %d}".formatted(competence)).status());
    }

    @Test
    void coordinatorsExportAFrameworkAsCsvAndImportItAsANewOneWhileABadFileCreatesNothing() {
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        JsonObject dig = digCompEdu();
        Http.Response csv = as(coordinator).get("/api/frameworks/" + dig.getInt("id") + ".csv");
        assertEquals(200, csv.status());
        int before = as(coordinator).get("/api/frameworks").jsonArray().size();

        String broken = csv.body().replaceFirst("\nkompetence;1\\.1;", "\nkompetence;;");
        assertEquals(400, as(coordinator).post("/api/frameworks/import?name=Kopi", "text/csv", broken).status());
        assertEquals(before, as(coordinator).get("/api/frameworks").jsonArray().size());
        assertEquals(403, as(supervisor).post("/api/frameworks/import?name=Kopi", "text/csv", csv.body()).status());

        Http.Response imported = as(coordinator).post("/api/frameworks/import?name=" + Builders.unique("Kopi")
                + "&version=2", "text/csv", csv.body());
        assertEquals(201, imported.status(), imported.body());
        JsonObject copy = as(coordinator).get("/api/frameworks/" + imported.json().getInt("id")).json();
        assertEquals(22, competenceIds(copy, 100).size());
        assertEquals(6, copy.getJsonArray("levels").size());
    }

    @Test
    void aSupervisorCannotReadOrRateStaffOfAnotherInstitution() {
        Institution other = anInstitution().create(institutions);
        Employee stranger = anEmployee().at(other).create(employees);
        long competence = competenceIds(digCompEdu(), 1).get(0);

        assertEquals(403, as(supervisor).post("/api/assessments", "application/json",
                "{\"employeeId\": %d, \"competenceId\": %d, \"level\": \"B1\"}".formatted(stranger.getId(), competence))
                .status());
        assertEquals(403, as(supervisor).post("/api/assessments/grid", "application/json",
                "{\"cells\": [{\"employeeId\": %d, \"competenceId\": %d, \"level\": \"B1\"}]}"
                        .formatted(stranger.getId(), competence)).status());
        assertEquals(403, as(supervisor).get("/api/assessments/employees/" + stranger.getId()).status());
        String employeeOnly = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        Long colleague = SystemAccess.call(() -> employees.findByEmail(supervisor + "@test.example.dk").orElseThrow()
                .getId());
        assertEquals(403, as(employeeOnly).get("/api/assessments/employees/" + colleague).status());
        assertTrue(SystemAccess.call(() -> competences.history(stranger.getId(), null)).isEmpty());
    }
}
