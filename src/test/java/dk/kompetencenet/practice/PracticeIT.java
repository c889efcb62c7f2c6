package dk.kompetencenet.practice;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.StatementCounter;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/**
 * Room to experiment and equipment on a running server: the experiments log and the equipment register per institution,
 * their checks, scope and versions, the network's view of shared experiments, and their evidence on the board.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeIT {

    private static final String EXPERIMENTING = "I skoler og dagtilbuds planlægning skal der skabes rum til fælles"
            + " nysgerrighed omkring teknologi og muligheder for at eksperimentere med teknologi i praksis";
    private static final String TOOLS = "Adgang til de nødvendige digitale redskaber for at implementere"
            + " digitaliseringsstrategien i praksis";
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
    private ExperimentService experimentService;

    private Institution school;
    private String teacher;
    private String leader;
    private String coordinator;
    private final LocalDate today = LocalDate.now(Zones.COPENHAGEN);

    @BeforeEach
    void aSchoolWithATeacherALeaderAndACoordinator() {
        school = anInstitution().named(Builders.unique("Eksperimentskolen")).create(institutions);
        teacher = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private String experiments() {
        return "/api/institutions/" + school.getId() + "/experiments";
    }

    private String equipment() {
        return "/api/institutions/" + school.getId() + "/equipment";
    }

    private Http.Response logExperiment(String user, boolean shared) {
        return as(user).post(experiments(), JSON, """
                {"what": "Micro:bits i matematik", "who": "4.B og to lærere", "ageGroup": "GRADE_4_6",
                 "startedOn": "%s", "outcome": "Eleverne programmerede selv", "shared": %s}"""
                .formatted(today.minusDays(14), shared));
    }

    private JsonObject logged(String user, boolean shared) {
        Http.Response response = logExperiment(user, shared);
        assertEquals(201, response.status(), response.body());
        return response.json();
    }

    private JsonObject requested() {
        Http.Response response = as(leader).post(equipment(), JSON, """
                {"what": "iPads til indskolingen", "quantity": 12, "requestedOn": "%s"}""".formatted(today.minusDays(10)));
        assertEquals(201, response.status(), response.body());
        return response.json();
    }

    private Http.Response step(String user, long id, String status, LocalDate on, long version) {
        return as(user).put("/api/equipment/" + id + "/status", JSON, """
                {"status": "%s", "on": %s, "version": %d}""".formatted(status, on == null ? "null" : "\"" + on + "\"",
                version));
    }

    private long initiativeId(String title) {
        return as(leader).get("/api/strategies/current").json().getJsonArray("focusAreas")
                .getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream())
                .filter(i -> i.getString("title").equals(title)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    private static List<Long> ids(JsonObject page) {
        return page.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> longs(JsonArray numbers) {
        return numbers.getValuesAs(JsonNumber.class).stream().map(JsonNumber::longValue).toList();
    }

    private static long id(JsonObject o) {
        return o.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject o) {
        return o.getJsonNumber("version").longValue();
    }

    private static void assertBad(Http.Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertTrue(response.body().contains("\"" + field + "\""), response.body());
    }

    @Test
    void staffLogAnExperimentThatServesTheInitiativeOnRoomToExperimentAndChangeIt() {
        JsonObject logged = logged(teacher, false);

        assertEquals("GRADE_4_6", logged.getString("ageGroup"));
        assertEquals(List.of(initiativeId(EXPERIMENTING)), longs(logged.getJsonArray("initiativeIds")),
                "the default initiative");
        assertEquals(teacher, logged.getString("recordedBy"));
        JsonObject log = as(teacher).get(experiments()).json();
        assertEquals(1, log.getInt("count"));
        assertEquals(List.of(id(logged)), ids(log));

        Http.Response changed = as(teacher).put("/api/experiments/" + id(logged), JSON, """
                {"what": "Micro:bits i matematik og natur/teknologi", "who": "4.B", "ageGroup": "GRADE_4_6",
                 "startedOn": "%s", "endedOn": "%s", "outcome": "Vi fortsætter", "shared": true, "version": %d}"""
                .formatted(today.minusDays(14), today, version(logged)));

        assertEquals(200, changed.status(), changed.body());
        assertEquals("Micro:bits i matematik og natur/teknologi", changed.json().getString("what"));
        assertTrue(changed.json().getBoolean("shared"));
        assertEquals(version(logged) + 1, version(changed.json()));
    }

    @Test
    void badExperimentsAreRefusedWithAReasonAndSaveNothing() {
        assertBad(as(teacher).post(experiments(), JSON, """
                {"who": "4.B", "ageGroup": "GRADE_4_6", "startedOn": "%s"}""".formatted(today)), "what");
        assertBad(as(teacher).post(experiments(), JSON, """
                {"what": "Robotter", "who": "4.B", "ageGroup": "AGE_99", "startedOn": "%s"}""".formatted(today)),
                "ageGroup");
        assertBad(as(teacher).post(experiments(), JSON, """
                {"what": "Robotter", "who": "4.B", "ageGroup": "GRADE_4_6", "startedOn": "%s", "endedOn": "%s"}"""
                .formatted(today, today.minusDays(1))), "endedOn");
        assertBad(as(teacher).post(experiments(), JSON, """
                {"what": "Robotter", "who": "4.B", "ageGroup": "GRADE_4_6", "startedOn": "%s", "initiativeIds": [-5]}"""
                .formatted(today)), "initiativeIds");
        Http.Response english = as(teacher).acceptLanguage("en").post(experiments(), JSON, """
                {"who": "4.B", "ageGroup": "GRADE_4_6", "startedOn": "%s"}""".formatted(today));
        assertTrue(english.body().contains("Write what was tried"), english.body());
        assertEquals(0, as(teacher).get(experiments()).json().getInt("count"), "nothing was logged");

        JsonObject logged = logged(teacher, false);
        assertBad(as(teacher).put("/api/experiments/" + id(logged), JSON, """
                {"what": "", "who": "4.B", "ageGroup": "GRADE_4_6", "startedOn": "%s", "version": %d}"""
                .formatted(today, version(logged))), "what");
        JsonObject after = as(teacher).get("/api/experiments/" + id(logged)).json();
        assertEquals("Micro:bits i matematik", after.getString("what"));
        assertEquals(version(logged), version(after));
    }

    @Test
    void anEquipmentNeedMovesForwardOneDatedStepAtATimeAndBadStepsChangeNothing() {
        JsonObject need = requested();
        long id = id(need);
        assertEquals("REQUESTED", need.getString("status"));
        assertEquals(List.of(initiativeId(TOOLS)), longs(need.getJsonArray("initiativeIds")),
                "the default initiative");

        assertBad(step(leader, id, "DELIVERED", today, version(need)), "status");
        assertBad(step(leader, id, "APPROVED", today.minusDays(11), version(need)), "on");
        assertBad(step(leader, id, "APPROVED", today.plusDays(1), version(need)), "on");
        assertBad(step(leader, id, "LOST", today, version(need)), "status");
        assertBad(as(leader).post(equipment(), JSON, """
                {"what": "Robotter", "quantity": 0}"""), "quantity");
        JsonObject unchanged = as(teacher).get("/api/equipment/" + id).json();
        assertEquals("REQUESTED", unchanged.getString("status"));
        assertEquals(version(need), version(unchanged));
        assertEquals(1, as(leader).get(equipment()).json().getInt("count"));

        Http.Response approved = step(coordinator, id, "APPROVED", today.minusDays(5), version(need));
        assertEquals(200, approved.status(), approved.body());
        Http.Response delivered = step(leader, id, "DELIVERED", null, version(approved.json()));
        assertEquals(200, delivered.status(), delivered.body());
        Http.Response inUse = step(leader, id, "IN_USE", today, version(delivered.json()));
        assertEquals(200, inUse.status(), inUse.body());

        List<JsonObject> steps = inUse.json().getJsonArray("steps").getValuesAs(JsonObject.class);
        assertEquals(List.of("REQUESTED", "APPROVED", "DELIVERED", "IN_USE"),
                steps.stream().map(s -> s.getString("status")).toList());
        assertEquals(coordinator, steps.get(1).getString("by"));
        assertEquals(today.minusDays(5).toString(), steps.get(1).getString("on"));
        assertEquals(today.toString(), steps.get(2).getString("on"), "today when no date is given");
        assertTrue(inUse.json().getJsonArray("next").isEmpty());
        assertBad(step(leader, id, "REJECTED", today, version(inUse.json())), "status");
    }

    @Test
    void aStaleEditIsRefusedAndOverwritesNothing() {
        JsonObject logged = logged(teacher, false);
        String change = """
                {"what": "%s", "who": "4.B", "ageGroup": "GRADE_4_6", "startedOn": "%s", "version": %d}""";
        assertEquals(200, as(leader).put("/api/experiments/" + id(logged), JSON,
                change.formatted("Lederens udgave", today, version(logged))).status());
        assertEquals(409, as(teacher).put("/api/experiments/" + id(logged), JSON,
                change.formatted("Lærerens udgave", today, version(logged))).status());
        assertEquals("Lederens udgave", as(teacher).get("/api/experiments/" + id(logged)).json().getString("what"));

        JsonObject need = requested();
        assertEquals(200, step(coordinator, id(need), "REJECTED", today, version(need)).status());
        assertEquals(409, step(leader, id(need), "APPROVED", today, version(need)).status());
        assertEquals(409, as(leader).put("/api/equipment/" + id(need), JSON, """
                {"what": "Andet", "quantity": 1, "version": %d}""".formatted(version(need))).status());
        JsonObject after = as(leader).get("/api/equipment/" + id(need)).json();
        assertEquals("REJECTED", after.getString("status"));
        assertEquals("iPads til indskolingen", after.getString("what"));
    }

    @Test
    void staffOfAnotherInstitutionReadSharedExperimentsOnlyAndChangeNothing() {
        JsonObject unshared = logged(teacher, false);
        JsonObject shared = logged(teacher, true);
        JsonObject need = requested();
        Institution other = anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions);
        String outsider = anEmployee().at(other).createWithAccount(employees, accounts, Role.EMPLOYEE);
        String otherLeader = anEmployee().at(other).createWithAccount(employees, accounts, Role.LEADER);

        assertEquals(403, as(outsider).get("/api/experiments/" + id(unshared)).status());
        assertEquals(200, as(outsider).get("/api/experiments/" + id(shared)).status());
        assertEquals(403, as(outsider).put("/api/experiments/" + id(shared), JSON, """
                {"what": "Overtaget", "who": "x", "ageGroup": "AGE_3_5", "startedOn": "%s", "version": %d}"""
                .formatted(today, version(shared))).status());
        assertEquals(403, as(outsider).get(experiments()).status(), "the whole log is the institution's");
        assertEquals(403, as(outsider).post(experiments(), JSON, """
                {"what": "x", "who": "x", "ageGroup": "AGE_3_5", "startedOn": "%s"}""".formatted(today)).status());
        assertEquals(List.of(id(shared)), ids(as(outsider).get("/api/experiments?shared=true&institution="
                + school.getId()).json()));
        List<Long> visible = ids(as(outsider).get("/api/experiments?max=500").json());
        assertTrue(visible.contains(id(shared)));
        assertFalse(visible.contains(id(unshared)));
        assertEquals(2, as(coordinator).get("/api/experiments?institution=" + school.getId()).json().getInt("count"),
                "coordinators see every experiment");

        assertEquals(403, as(outsider).get("/api/equipment/" + id(need)).status());
        assertEquals(403, step(otherLeader, id(need), "APPROVED", today, version(need)).status());
        assertEquals(403, step(teacher, id(need), "APPROVED", today, version(need)).status(),
                "staff read the register, leaders and coordinators keep it");
        assertEquals(403, as(teacher).post(equipment(), JSON, """
                {"what": "x", "quantity": 1}""").status());
        assertEquals("REQUESTED", as(teacher).get("/api/equipment/" + id(need)).json().getString("status"));
        assertTrue(ids(as(otherLeader).get("/api/equipment?max=500").json()).stream().noneMatch(i -> i == id(need)));

        Http outsiderBrowser = Http.loggedIn(base.toString(), outsider, PASSWORD);
        assertEquals(403, outsiderBrowser.get("/practice/experiment.xhtml?id=" + id(unshared)).status());
        assertEquals(403, outsiderBrowser.get("/practice/institution-experiments.xhtml?institution="
                + school.getId()).status());
        Http.Response sharedPage = outsiderBrowser.get("/practice/experiment.xhtml?id=" + id(shared));
        assertEquals(200, sharedPage.status());
        assertTrue(sharedPage.body().contains("Kun institutionens egne medarbejdere kan"));
        assertFalse(sharedPage.body().contains("experiment:save"), "read only");
    }

    @Test
    void theBoardShowsTheInitiativesUnderWayOnceAnExperimentOrAnEquipmentNeedIsRecorded() {
        assertEquals("NOTHING_YET", cell(EXPERIMENTING).getString("progress"));
        assertEquals("NOTHING_YET", cell(TOOLS).getString("progress"));

        logged(teacher, false);
        JsonObject experimenting = cell(EXPERIMENTING);
        assertEquals("UNDER_WAY", experimenting.getString("progress"));
        assertEquals(1, experimenting.getJsonObject("evidence").getInt("experiments"));
        assertEquals("NOTHING_YET", cell(TOOLS).getString("progress"));

        JsonObject need = requested();
        assertEquals("UNDER_WAY", cell(TOOLS).getString("progress"));
        assertEquals(1, cell(TOOLS).getJsonObject("evidence").getInt("equipmentNeeds"));
        step(leader, id(need), "REJECTED", today, version(need));
        assertEquals("NOTHING_YET", cell(TOOLS).getString("progress"), "a rejected need is no evidence");
    }

    /** The leader's board has one row: their school. */
    private JsonObject cell(String initiativeTitle) {
        Http.Response board = as(leader).get("/api/board");
        assertEquals(200, board.status(), board.body());
        return board.json().getJsonArray("rows").getJsonObject(0).getJsonObject("cells")
                .getJsonObject(String.valueOf(initiativeId(initiativeTitle)));
    }

    @Test
    void coordinatorsFilterTheMunicipalityListsBySectorStatusAndInitiative() {
        JsonObject need = requested();
        step(coordinator, id(need), "APPROVED", today, version(need));
        requested();
        String onlyHere = "&institution=" + school.getId();

        assertEquals(2, as(coordinator).get("/api/equipment?sector=skole" + onlyHere).json().getInt("count"));
        assertEquals(0, as(coordinator).get("/api/equipment?sector=dagtilbud" + onlyHere).json().getInt("count"));
        assertEquals(List.of(id(need)), ids(as(coordinator).get("/api/equipment?status=APPROVED" + onlyHere).json()));
        assertEquals(2, as(coordinator).get("/api/equipment?initiative=" + initiativeId(TOOLS) + onlyHere).json()
                .getInt("count"));
        assertEquals(0, as(coordinator).get("/api/equipment?initiative=" + initiativeId(EXPERIMENTING) + onlyHere)
                .json().getInt("count"));
        assertBad(as(coordinator).get("/api/equipment?status=LOST"), "status");
        assertBad(as(coordinator).get("/api/experiments?ageGroup=AGE_99"), "ageGroup");
        assertBad(as(coordinator).get("/api/experiments?max=0"), "max");

        logged(teacher, true);
        assertEquals(1, as(coordinator).get("/api/experiments?ageGroup=GRADE_4_6&sector=skole" + onlyHere).json()
                .getInt("count"));
        assertEquals(0, as(coordinator).get("/api/experiments?ageGroup=AGE_0_2" + onlyHere).json().getInt("count"));

        Http browser = Http.loggedIn(base.toString(), coordinator, PASSWORD);
        Http.Response list = browser.get("/practice/equipment.xhtml");
        assertEquals(200, list.status());
        assertTrue(list.body().contains("Udstyrsbehov"));
        assertEquals(200, browser.get("/practice/experiments.xhtml").status());
        Http.Response institution = browser.get("/organisation/institution.xhtml?id=" + school.getId());
        assertTrue(institution.body().contains("institution-experiments.xhtml?institution=" + school.getId()));
        assertTrue(institution.body().contains("institution-equipment.xhtml?institution=" + school.getId()));
    }

    @Test
    void theInstitutionsPagesShowItsLogAndItsRegisterWithEachNeedsSteps() {
        JsonObject logged = logged(teacher, false);
        JsonObject need = requested();
        step(coordinator, id(need), "APPROVED", today, version(need));
        Http browser = Http.loggedIn(base.toString(), leader, PASSWORD);

        Http.Response log = browser.get("/practice/institution-experiments.xhtml?institution=" + school.getId());
        assertEquals(200, log.status());
        assertTrue(log.body().contains("experiment.xhtml?id=" + id(logged)), log.body());
        Http.Response register = browser.get("/practice/institution-equipment.xhtml?institution=" + school.getId());
        assertEquals(200, register.status());
        assertTrue(register.body().contains("iPads til indskolingen"));
        assertTrue(register.body().contains("Godkendt"));
        Http.Response page = browser.get("/practice/equipment-need.xhtml?id=" + id(need));
        assertEquals(200, page.status());
        assertTrue(page.body().contains(coordinator), "who approved it");
        assertTrue(page.body().contains("step:advance"), "the leader can take the next step");
        assertFalse(Http.loggedIn(base.toString(), teacher, PASSWORD).get("/practice/equipment-need.xhtml?id="
                + id(need)).body().contains("step:advance"), "staff read the register only");
    }

    @Test
    void aTeacherLogsAnExperimentThroughTheFormAndAMissingWhatSavesNothing() {
        Http browser = Http.loggedIn(base.toString(), teacher, PASSWORD);
        String path = "/practice/experiment.xhtml?institution=" + school.getId();
        Http.Response form = browser.get(path);
        assertEquals(200, form.status());

        Http.Response refused = browser.postForm(path, Map.of("experiment", "experiment", "experiment:what", "",
                "experiment:who", "Stue 2", "experiment:ageGroup_input", "GRADE_0_3",
                "experiment:save", "experiment:save", "jakarta.faces.ViewState", form.viewState()));
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Skriv, hvad der blev afpr"), refused.body());
        assertEquals(0, as(teacher).get(experiments()).json().getInt("count"));

        Http.Response saved = browser.postForm(path, Map.of("experiment", "experiment",
                "experiment:what", "Lydoptagelser med børnene", "experiment:who", "Stue 2",
                "experiment:ageGroup_input", "GRADE_0_3", "experiment:shared_input", "on",
                "experiment:save", "experiment:save", "jakarta.faces.ViewState", refused.viewState()));
        assertTrue(saved.status() < 400, saved.body());
        JsonObject log = as(teacher).get(experiments()).json();
        assertEquals(1, log.getInt("count"));
        JsonObject row = log.getJsonArray("rows").getJsonObject(0);
        assertEquals("Lydoptagelser med børnene", row.getString("what"));
        assertTrue(row.getBoolean("shared"));
        assertEquals(today.toString(), row.getString("startedOn"), "the form starts today");
    }

    @Test
    void aPageOfExperimentsCostsTheSameQueriesWhateverItsSize() {
        logged(teacher, true);
        logged(teacher, false);
        int few = statementsForAPage();
        for (int i = 0; i < 4; i++) {
            logged(teacher, i % 2 == 0);
        }
        int more = statementsForAPage();

        assertTrue(few > 1, "the counter counts: " + few);
        assertEquals(few, more);
    }

    private int statementsForAPage() {
        return SystemAccess.call(() -> {
            ExperimentService.Filter filter = ExperimentService.Filter.at(school.getId());
            experimentService.page(filter, 0, 50);
            return StatementCounter.count(() -> experimentService.page(filter, 0, 50)).statements();
        });
    }
}
