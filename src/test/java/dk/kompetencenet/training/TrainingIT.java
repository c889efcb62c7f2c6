package dk.kompetencenet.training;

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
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/** Supervisors' training on a running server: from enrolment to designation, coverage, and who may see it. */
@ExtendWith(ArquillianExtension.class)
class TrainingIT {

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private Institution daycare;
    private Employee pedagogue;
    private String coordinator;

    @BeforeEach
    void aDaycareWithAPedagogue() {
        daycare = anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions);
        pedagogue = anEmployee().at(daycare).as(JobRole.PAEDAGOG).create(employees);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
    }

    private Http api() {
        return Http.basic(base.toString(), coordinator, PASSWORD);
    }

    @Test
    void completingEveryModuleMakesTheEmployeeASupervisorOfTheirInstitutionAndCoverageFollows() {
        JsonObject programme = api().get("/api/training/programmes").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(p -> "DIGITAL_DIDACTIC_SUPERVISOR".equals(p.getString("grants", null))).findFirst().orElseThrow();
        assertEquals("NO_SUPERVISOR", api().get("/api/institutions/" + daycare.getId() + "/coverage").json()
                .getString("flag"));
        long run = api().post("/api/training/programmes/" + programme.getInt("id") + "/runs", "application/json", """
                {"name": "Hold 2026", "provider": "UCN", "startDate": "2026-01-10", "endDate": "2026-11-20"}""")
                .json().getJsonNumber("id").longValue();

        JsonObject enrolment = api().post("/api/training/enrolments", "application/json", """
                {"runId": %d, "employeeId": %d, "institutionId": %d}""".formatted(run, pedagogue.getId(), daycare.getId()))
                .json();
        JsonObject during = api().get("/api/institutions/" + daycare.getId() + "/coverage").json();
        assertEquals(1, during.getInt("inTraining"));
        assertEquals("NO_SUPERVISOR", during.getString("flag"));

        List<JsonObject> modules = programme.getJsonArray("modules").getValuesAs(JsonObject.class);
        long version = enrolment.getJsonNumber("version").longValue();
        for (JsonObject module : modules) {
            Http.Response done = api().post("/api/training/enrolments/" + enrolment.getInt("id") + "/completions",
                    "application/json", """
                            {"moduleId": %d, "completedOn": "2026-11-15", "evidence": "Kursusbevis", "version": %d}"""
                            .formatted(module.getInt("id"), version));
            assertEquals(200, done.status(), done.body());
            version = done.json().getJsonNumber("version").longValue();
        }

        JsonObject after = api().get("/api/training/enrolments/" + enrolment.getInt("id")).json();
        assertEquals("COMPLETED", after.getString("status"));
        JsonObject designation = api().get("/api/training/institutions/" + daycare.getId() + "/designations")
                .jsonArray().getJsonObject(0);
        assertEquals("DIGITAL_DIDACTIC_SUPERVISOR", designation.getString("kind"));
        assertEquals(pedagogue.getId().longValue(), designation.getJsonNumber("employeeId").longValue());
        assertEquals("PROGRAMME", designation.getString("source"));
        JsonObject covered = api().get("/api/institutions/" + daycare.getId() + "/coverage").json();
        assertEquals(1, covered.getInt("trained"));
        assertEquals(0, covered.getInt("inTraining"));
        assertEquals("SINGLE_SUPERVISOR", covered.getString("flag"));
    }

    @Test
    void aDesignationGrantedByHandCanBeEndedAndThenNoLongerCounts() {
        Employee second = anEmployee().at(daycare).create(employees);
        JsonObject first = api().post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "DIGITAL_DIDACTIC_SUPERVISOR", "validFrom": "2026-01-01"}"""
                .formatted(pedagogue.getId(), daycare.getId())).json();
        api().post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "DIGITAL_DIDACTIC_SUPERVISOR", "validFrom": "2026-01-01"}"""
                .formatted(second.getId(), daycare.getId()));
        assertEquals("COVERED", api().get("/api/institutions/" + daycare.getId() + "/coverage").json().getString("flag"));

        assertEquals(200, api().post("/api/training/designations/" + first.getInt("id") + "/end", "application/json",
                "{\"on\": \"2026-02-01\", \"version\": " + first.getJsonNumber("version") + "}").status());

        assertEquals("SINGLE_SUPERVISOR", api().get("/api/institutions/" + daycare.getId() + "/coverage").json()
                .getString("flag"));
        assertTrue(api().get("/api/training/coverage").body().contains(daycare.getName()));
    }

    @Test
    void aLeaderOfAnotherInstitutionCannotSeeItsTrainingAndBadInputIsRefused() {
        Institution other = anInstitution().create(institutions);
        String leader = anEmployee().at(other).as(JobRole.LEDER).createWithAccount(employees, accounts, Role.LEADER);
        Http leaderApi = Http.basic(base.toString(), leader, PASSWORD);

        assertEquals(403, leaderApi.get("/api/institutions/" + daycare.getId() + "/coverage").status());
        assertEquals(403, leaderApi.get("/api/training/institutions/" + daycare.getId() + "/designations").status());
        assertEquals(200, leaderApi.get("/api/institutions/" + other.getId() + "/coverage").status());
        assertEquals(403, leaderApi.post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "IT_DIDACTIC_SUPERVISOR", "validFrom": "2026-01-01"}"""
                .formatted(pedagogue.getId(), other.getId())).status());
        assertEquals(400, api().post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "WIZARD", "validFrom": "2026-01-01"}"""
                .formatted(pedagogue.getId(), daycare.getId())).status());
        assertEquals(400, api().post("/api/training/enrolments", "application/json", """
                {"runId": 1, "employeeId": %d, "institutionId": %d}""".formatted(pedagogue.getId(), other.getId()))
                .status());
    }
}
