package dk.kompetencenet.overview;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

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
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/** The initiative × institution board on a running server: every initiative, each cell derived from the records. */
@ExtendWith(ArquillianExtension.class)
class BoardIT {

    private static final String BULLYING_GUIDANCE = "Den skal specifikt indeholde en vejledning for, hvordan digital"
            + " mobning håndteres";
    private static final String IT_NETWORK = "Netværket for IT-didaktiske vejledere styrkes i samarbejde mellem"
            + " skoleledergruppen og medarbejdere";
    private static final String DAYCARE_SUPERVISORS = "Uddannelse af digital didaktiske vejledere, der kan vejlede og"
            + " inspirere kollegaer i anvendelsen af digitale redskaber";
    private static final String JSON = "application/json";

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private Institution school;
    private Employee teacher;
    private String leader;
    private String coordinator;

    @BeforeEach
    void aSchoolWithALeader() {
        school = anInstitution().named(Builders.unique("Tavleskolen")).create(institutions);
        teacher = anEmployee().at(school).create(employees);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    /** The leader sees only their own school: one row. */
    private JsonObject board() {
        Http.Response response = as(leader).get("/api/board");
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static String progress(JsonObject board, String initiativeTitle) {
        String id = board.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(initiativeTitle)).findFirst().orElseThrow()
                .getJsonNumber("initiativeId").toString();
        return board.getJsonArray("rows").getJsonObject(0).getJsonObject("cells").getJsonObject(id)
                .getString("progress");
    }

    private void adopt(String kind) {
        Http.Response saved = as(leader).put("/api/institutions/" + school.getId() + "/documents/" + kind, JSON, """
                {"status": "ADOPTED", "adoptedOn": "2026-06-01"}""");
        assertEquals(200, saved.status(), saved.body());
    }

    @Test
    void theBoardShowsEveryInitiativeOfTheStrategyAgainstTheInstitution() {
        JsonObject board = board();
        int initiatives = as(leader).get("/api/strategies/current").json().getJsonArray("focusAreas")
                .getValuesAs(JsonObject.class).stream().mapToInt(a -> a.getJsonArray("initiatives").size()).sum();

        assertEquals(initiatives, board.getJsonArray("initiatives").size());
        assertEquals(1, board.getJsonNumber("count").intValue());
        JsonObject row = board.getJsonArray("rows").getJsonObject(0);
        assertEquals(school.getName(), row.getString("institution"));
        assertEquals(initiatives, row.getJsonObject("cells").size());
        assertEquals("NOT_RELEVANT", progress(board, DAYCARE_SUPERVISORS), "a daycare initiative, a school");
        assertEquals("NOTHING_YET", progress(board, BULLYING_GUIDANCE));
    }

    @Test
    void aCellFollowsTheDocumentsLinkedToItsInitiative() {
        assertEquals("NOTHING_YET", progress(board(), BULLYING_GUIDANCE));

        adopt("digital-bullying-procedure");
        assertEquals("UNDER_WAY", progress(board(), BULLYING_GUIDANCE), "one of the two documents it asks for");

        adopt("school-digital-strategy");
        assertEquals("IN_PLACE", progress(board(), BULLYING_GUIDANCE));
    }

    @Test
    void aCellFollowsTheSupervisorsOfTheProgrammeLinkedToItsInitiative() {
        assertEquals("NOTHING_YET", progress(board(), IT_NETWORK));

        Http.Response granted = as(coordinator).post("/api/training/designations", JSON, """
                {"employeeId": %d, "institutionId": %d, "kind": "IT_DIDACTIC_SUPERVISOR", "validFrom": "2026-01-01"}"""
                .formatted(teacher.getId(), school.getId()));
        assertEquals(201, granted.status(), granted.body());

        JsonObject board = board();
        assertEquals("IN_PLACE", progress(board, IT_NETWORK));
        String id = board.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("title").equals(IT_NETWORK)).findFirst().orElseThrow()
                .getJsonNumber("initiativeId").toString();
        assertEquals(1, board.getJsonArray("rows").getJsonObject(0).getJsonObject("cells").getJsonObject(id)
                .getJsonObject("evidence").getInt("supervisors"));
    }

    @Test
    void aRatingCountsAsEvidenceForTheInitiativesItsFrameworkServes() {
        assertEquals(0, assessmentsOnTheRow(board()));
        long competence = as(leader).get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").contains("DigCompEdu")).findFirst().orElseThrow()
                .getJsonArray("areas").getJsonObject(0).getJsonArray("competences").getJsonObject(0)
                .getJsonNumber("id").longValue();

        Http.Response rated = as(leader).post("/api/assessments", JSON, """
                {"employeeId": %d, "competenceId": %d, "level": "B1"}""".formatted(teacher.getId(), competence));
        assertEquals(201, rated.status(), rated.body());

        assertTrue(assessmentsOnTheRow(board()) > 0, "the rating shows on the initiatives DigCompEdu serves");
    }

    private static int assessmentsOnTheRow(JsonObject board) {
        return board.getJsonArray("rows").getJsonObject(0).getJsonObject("cells").values().stream()
                .mapToInt(cell -> cell.asJsonObject().getJsonObject("evidence").getInt("assessments")).sum();
    }

    @Test
    void theBoardFiltersBySectorAndFocusAreaAndRefusesBadFilters() {
        List<JsonObject> schoolColumns = as(leader).get("/api/board?sector=skole").json().getJsonArray("initiatives")
                .getValuesAs(JsonObject.class);
        assertTrue(schoolColumns.stream().noneMatch(c -> "dagtilbud".equals(c.getString("sector"))));
        long area = as(leader).get("/api/strategies/current").json().getJsonArray("focusAreas").getJsonObject(1)
                .getJsonNumber("id").longValue();
        List<JsonObject> areaColumns = as(leader).get("/api/board?area=" + area).json().getJsonArray("initiatives")
                .getValuesAs(JsonObject.class);
        assertTrue(areaColumns.stream().allMatch(c -> c.getString("code").startsWith("2.")), areaColumns.toString());

        assertEquals(400, as(leader).get("/api/board?sector=hospital").status());
        assertEquals(400, as(leader).get("/api/board?area=abc").status());
        assertEquals(400, as(leader).get("/api/board?max=0").status());
    }

    @Test
    void employeesCannotSeeTheBoardAndTheLeadersPageShowsTheirInstitution() {
        String employee = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        assertEquals(403, as(employee).get("/api/board").status());
        assertEquals(403, Http.loggedIn(base.toString(), employee, PASSWORD).get("/overview/board.xhtml").status());

        Http.Response page = Http.loggedIn(base.toString(), leader, PASSWORD).get("/overview/board.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains(school.getName()));
        assertTrue(page.body().contains("Ikke begyndt"));
    }

    @Test
    void theBoardDownloadsAsCsvAndAsASpreadsheet() {
        Http browser = Http.loggedIn(base.toString(), leader, PASSWORD);
        Http.Response page = browser.get("/overview/board.xhtml");

        Http.Response csv = browser.postForm("/overview/board.xhtml", java.util.Map.of("board", "board",
                "board:exportCsv", "", "jakarta.faces.ViewState", page.viewState()));

        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Disposition").contains("tiltag-institutioner.csv"), csv.headers().toString());
        assertTrue(csv.body().contains(school.getName()), csv.body());
        assertTrue(csv.body().contains("Ikke begyndt") && csv.body().contains("Ikke relevant"), csv.body());

        Http.Response xlsx = browser.postForm("/overview/board.xhtml", java.util.Map.of("board", "board",
                "board:exportXlsx", "", "jakarta.faces.ViewState", browser.get("/overview/board.xhtml").viewState()));
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.header("Content-Type").contains("spreadsheetml"), xlsx.headers().toString());
        assertTrue(xlsx.body().startsWith("PK"), "a zip: an XLSX workbook");
    }

    @Test
    void anInstitutionNamedLikeAFormulaIsExportedAsTextInTheCsv() {
        Institution formula = anInstitution().named("=HYPERLINK(\"http://x\")" + Builders.unique("")).create(institutions);
        String formulaLeader = anEmployee().at(formula).createWithAccount(employees, accounts, Role.LEADER);
        Http browser = Http.loggedIn(base.toString(), formulaLeader, PASSWORD);
        Http.Response page = browser.get("/overview/board.xhtml");

        Http.Response csv = browser.postForm("/overview/board.xhtml", java.util.Map.of("board", "board",
                "board:exportCsv", "", "jakarta.faces.ViewState", page.viewState()));

        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("'=HYPERLINK"), csv.body());
        assertTrue(!csv.body().contains("\"=HYPERLINK") && !csv.body().contains(",=HYPERLINK")
                && !csv.body().contains("\n=HYPERLINK"), csv.body());
    }
}
