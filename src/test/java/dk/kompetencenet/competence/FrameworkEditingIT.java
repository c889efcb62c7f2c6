package dk.kompetencenet.competence;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/**
 * Coordinators make and edit frameworks by hand, version them, set targets per job role and import them from CSV, on a
 * running server: through the API, and through the pages where a file is uploaded.
 */
@ExtendWith(ArquillianExtension.class)
class FrameworkEditingIT {

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
    private String coordinator;
    private String supervisor;

    @BeforeEach
    void aCoordinatorAndASupervisor() {
        school = anInstitution().create(institutions);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        supervisor = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR, Role.EMPLOYEE);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private static String path(JsonObject framework) {
        return "/api/frameworks/" + framework.getJsonNumber("id").longValue();
    }

    private static long version(JsonObject framework) {
        return framework.getJsonNumber("version").longValue();
    }

    private static JsonObject ok(Http.Response response, int status) {
        assertEquals(status, response.status(), response.body());
        return response.json();
    }

    /** A framework made by hand: levels 1–3, area A with competences A.1 and A.2; active. */
    private JsonObject aFramework(String name) {
        JsonObject f = ok(as(coordinator).post("/api/frameworks", JSON,
                "{\"nameDa\": \"%s\", \"nameEn\": \"%s EN\", \"versionLabel\": \"1\"}".formatted(name, name)), 201);
        assertFalse(f.getBoolean("active"), "made by hand: inactive until it has content");
        for (String level : List.of("1", "2", "3")) {
            f = ok(as(coordinator).post(path(f) + "/levels", JSON, """
                    {"code": "%s", "nameDa": "Trin %s", "stemDa": "Jeg kan %s", "version": %d}"""
                    .formatted(level, level, level, version(f))), 201);
        }
        f = ok(as(coordinator).post(path(f) + "/areas", JSON,
                "{\"code\": \"A\", \"nameDa\": \"Data\", \"version\": %d}".formatted(version(f))), 201);
        long area = f.getJsonArray("areas").getJsonObject(0).getJsonNumber("id").longValue();
        for (String competence : List.of("A.1", "A.2")) {
            f = ok(as(coordinator).post(path(f) + "/competences", JSON, """
                    {"code": "%s", "nameDa": "Kompetence %s", "areaId": %d, "version": %d}"""
                    .formatted(competence, competence, area, version(f))), 201);
        }
        return ok(as(coordinator).post(path(f) + "/activate?version=" + version(f), JSON, ""), 200);
    }

    private static long levelId(JsonObject framework, String code) {
        return framework.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .filter(l -> l.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    private static long competenceId(JsonObject framework, String code) {
        return framework.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competences").getValuesAs(JsonObject.class).stream())
                .filter(c -> c.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id")
                .longValue();
    }

    private static List<String> competenceNames(JsonObject framework) {
        return framework.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competences").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getString("name")).toList();
    }

    private Long employeeId(String login) {
        return SystemAccess.call(() -> employees.findByEmail(login + "@test.example.dk").orElseThrow().getId());
    }

    private int allFrameworks() {
        return as(coordinator).get("/api/frameworks?inactive=true").jsonArray().size();
    }

    @Test
    void aCoordinatorCreatesAFrameworkByHandThenRenamesItAndItsParts() {
        JsonObject f = aFramework(Builders.unique("Digital dannelse"));
        assertTrue(f.getBoolean("active"));
        assertEquals(List.of("1", "2", "3"), f.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("code")).toList());

        f = ok(as(coordinator).put(path(f), JSON, """
                {"nameDa": "Digital dannelse i skolen", "nameEn": "Digital literacy at school", "versionLabel": "2026",
                 "descriptionDa": "Elevernes digitale dannelse", "version": %d}""".formatted(version(f))), 200);
        f = ok(as(coordinator).put(path(f) + "/competences/" + competenceId(f, "A.2"), JSON, """
                {"code": "A.2", "nameDa": "Analysere data", "nameEn": "Analysing data", "version": %d}"""
                .formatted(version(f))), 200);
        f = ok(as(coordinator).post(path(f) + "/levels/" + levelId(f, "3") + "/move?by=-1&version=" + version(f),
                JSON, ""), 200);

        JsonObject english = as(coordinator).acceptLanguage("en").get(path(f)).json();
        assertEquals("Digital literacy at school", english.getString("name"));
        assertEquals("2026", english.getString("versionLabel"));
        assertEquals(List.of("Kompetence A.1", "Analysing data"), competenceNames(english));
        assertEquals(List.of("1", "3", "2"), english.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("code")).toList());
        Http.Response page = Http.loggedIn(base.toString(), coordinator, PASSWORD)
                .get("/competence/framework-edit.xhtml?id=" + f.getJsonNumber("id"));
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Digital dannelse i skolen") && page.body().contains("Analysere data"));
    }

    @Test
    void removingAUsedLevelCompetenceOrAreaIsRefusedAndChangesNothing() {
        JsonObject f = aFramework(Builders.unique("Brugt"));
        Long teacher = anEmployee().at(school).create(employees).getId();
        assertEquals(201, as(coordinator).post("/api/assessments", JSON,
                "{\"employeeId\": %d, \"competenceId\": %d, \"level\": \"1\"}".formatted(teacher,
                        competenceId(f, "A.1"))).status());
        assertEquals(201, as(coordinator).post("/api/plans/employees/" + teacher, JSON,
                "{\"description\": \"Øve analyse\", \"competenceId\": %d}".formatted(competenceId(f, "A.2")))
                .status());
        f = ok(as(coordinator).put(path(f) + "/targets", JSON,
                "{\"targets\": {\"LAERER\": \"3\"}, \"version\": %d}".formatted(version(f))), 200);

        Http.Response level = as(coordinator).delete(path(f) + "/levels/" + levelId(f, "1") + "?version="
                + version(f));
        assertEquals(400, level.status(), level.body());
        assertTrue(level.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("Niveauet 1"),
                level.body());
        assertEquals(400, as(coordinator).delete(path(f) + "/levels/" + levelId(f, "3") + "?version=" + version(f))
                .status(), "a job role's target");
        Http.Response competence = as(coordinator).acceptLanguage("en").delete(path(f) + "/competences/"
                + competenceId(f, "A.1") + "?version=" + version(f));
        assertEquals(400, competence.status());
        assertTrue(competence.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("The competence A.1 is used"), competence.body());
        assertEquals(400, as(coordinator).delete(path(f) + "/competences/" + competenceId(f, "A.2") + "?version="
                + version(f)).status(), "a development goal's competence");
        long area = f.getJsonArray("areas").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(400, as(coordinator).delete(path(f) + "/areas/" + area + "?version=" + version(f)).status());

        JsonObject after = as(coordinator).get(path(f)).json();
        assertEquals(version(f), version(after), "nothing changed");
        assertEquals(3, after.getJsonArray("levels").size());
        assertEquals(2, competenceNames(after).size());

        assertEquals(200, as(coordinator).delete(path(f) + "/levels/" + levelId(f, "2") + "?version=" + version(f))
                .status(), "a level nobody uses goes");
        assertEquals(List.of(1, 2), as(coordinator).get(path(f)).json().getJsonArray("levels")
                .getValuesAs(JsonObject.class).stream().map(l -> l.getInt("rank")).toList());
    }

    @Test
    void anEditMadeOnAStaleVersionIsRefusedAndOverwritesNothing() {
        JsonObject f = aFramework(Builders.unique("Samtidig"));
        String rename = "{\"nameDa\": \"%s\", \"versionLabel\": \"1\", \"version\": %d}";
        JsonObject mine = ok(as(coordinator).put(path(f), JSON, rename.formatted("Først", version(f))), 200);

        Http.Response stale = as(coordinator).put(path(f), JSON, rename.formatted("Sidst", version(f)));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(409, as(coordinator).post(path(f) + "/levels", JSON,
                "{\"code\": \"4\", \"nameDa\": \"Fire\", \"version\": %d}".formatted(version(f))).status());
        assertEquals(409, as(coordinator).put(path(f) + "/targets", JSON,
                "{\"targets\": {\"LAERER\": \"2\"}, \"version\": %d}".formatted(version(f))).status());
        assertEquals(400, as(coordinator).put(path(f), JSON, "{\"nameDa\": \"Uden version\", \"versionLabel\": \"1\"}")
                .status());

        JsonObject after = as(coordinator).get(path(f)).json();
        assertEquals("Først", after.getString("name"));
        assertEquals(version(mine), version(after));
        assertEquals(3, after.getJsonArray("levels").size());
        assertTrue(after.getJsonObject("targets").isEmpty());
    }

    @Test
    void aNewVersionIsACopyWhoseEditsLeaveTheOldAssessmentsAloneAndTheOldOneCanBeDeactivated() {
        JsonObject old = aFramework(Builders.unique("Versioneret"));
        old = ok(as(coordinator).put(path(old) + "/targets", JSON,
                "{\"targets\": {\"lærer\": \"2\"}, \"version\": %d}".formatted(version(old))), 200);
        Long teacher = anEmployee().at(school).create(employees).getId();
        assertEquals(201, as(coordinator).post("/api/assessments", JSON,
                "{\"employeeId\": %d, \"competenceId\": %d, \"level\": \"1\"}".formatted(teacher,
                        competenceId(old, "A.1"))).status());

        assertEquals(400, as(coordinator).post(path(old) + "/versions", JSON, "{\"versionLabel\": \"1\"}").status());
        JsonObject copy = ok(as(coordinator).post(path(old) + "/versions", JSON, "{\"versionLabel\": \"2\"}"), 201);
        assertFalse(copy.getBoolean("active"));
        assertEquals("2", copy.getString("versionLabel"));
        assertEquals(competenceNames(old), competenceNames(copy));
        assertEquals(Map.of("LAERER", "2"), Map.of("LAERER", copy.getJsonObject("targets").getString("LAERER")));
        assertNotEquals(competenceId(old, "A.1"), competenceId(copy, "A.1"));

        copy = ok(as(coordinator).put(path(copy) + "/competences/" + competenceId(copy, "A.1"), JSON, """
                {"code": "A.1", "nameDa": "Indsamle data digitalt", "version": %d}""".formatted(version(copy))), 200);
        copy = ok(as(coordinator).delete(path(copy) + "/competences/" + competenceId(copy, "A.2") + "?version="
                + version(copy)), 200);
        copy = ok(as(coordinator).post(path(copy) + "/activate?version=" + version(copy), JSON, ""), 200);
        ok(as(coordinator).post(path(old) + "/deactivate?version=" + version(old), JSON, ""), 200);

        List<Long> chooser = as(supervisor).get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class).stream()
                .map(x -> x.getJsonNumber("id").longValue()).toList();
        assertTrue(chooser.contains(copy.getJsonNumber("id").longValue()));
        assertFalse(chooser.contains(old.getJsonNumber("id").longValue()), "inactive: out of the choosers");
        JsonObject oldNow = as(coordinator).get(path(old)).json();
        assertEquals(List.of("Kompetence A.1", "Kompetence A.2"), competenceNames(oldNow));
        List<JsonObject> history = as(supervisor).get("/api/assessments/employees/" + teacher + "/profile?framework="
                + old.getJsonNumber("id")).jsonArray().getValuesAs(JsonObject.class);
        assertEquals("1", history.get(0).getString("rated"), "the old assessment is still read on the old version");
        assertEquals(400, as(coordinator).post("/api/rounds", JSON, """
                {"name": "Runde", "frameworkId": %d, "institutionIds": [%d], "opensOn": "2026-01-01",
                 "closesOn": "2030-12-31"}""".formatted(old.getJsonNumber("id").longValue(), school.getId())).status(),
                "no new round on an inactive framework");
    }

    @Test
    void targetsPerJobRoleShowAsTheGapOnAPersonsProfile() {
        JsonObject f = aFramework(Builders.unique("Mål"));
        String teacherLogin = anEmployee().at(school).as(JobRole.LAERER).createWithAccount(employees, accounts,
                Role.EMPLOYEE);
        Long teacher = employeeId(teacherLogin);
        assertEquals(201, as(supervisor).post("/api/assessments", JSON,
                "{\"employeeId\": %d, \"competenceId\": %d, \"level\": \"1\"}".formatted(teacher,
                        competenceId(f, "A.1"))).status());
        String profile = "/api/assessments/employees/" + teacher + "/profile?framework=" + f.getJsonNumber("id");
        assertEquals(null, as(teacherLogin).get(profile).jsonArray().getJsonObject(0).getString("target", null));

        Http.Response unknown = as(coordinator).put(path(f) + "/targets", JSON,
                "{\"targets\": {\"LAERER\": \"3\", \"PAEDAGOG\": \"9\"}, \"version\": %d}".formatted(version(f)));
        assertEquals(400, unknown.status());
        assertEquals("targets.PAEDAGOG", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, as(coordinator).put(path(f) + "/targets", JSON,
                "{\"targets\": {\"astronaut\": \"3\"}, \"version\": %d}".formatted(version(f))).status());
        assertEquals(null, as(teacherLogin).get(profile).jsonArray().getJsonObject(0).getString("target", null),
                "nothing changed");

        f = ok(as(coordinator).put(path(f) + "/targets", JSON,
                "{\"targets\": {\"LAERER\": \"3\", \"PAEDAGOG\": \"2\"}, \"version\": %d}".formatted(version(f))), 200);
        assertEquals("3", f.getJsonObject("targets").getString("LAERER"));
        JsonObject standing = as(teacherLogin).get(profile).jsonArray().getJsonObject(0);
        assertEquals("1", standing.getString("rated"));
        assertEquals("3", standing.getString("target"));
        assertEquals(2, standing.getInt("gap"));

        ok(as(coordinator).put(path(f) + "/targets", JSON,
                "{\"targets\": {\"LAERER\": \"2\"}, \"version\": %d}".formatted(version(f))), 200);
        assertEquals(1, as(teacherLogin).get(profile).jsonArray().getJsonObject(0).getInt("gap"));
    }

    @Test
    void initiativesAreLinkedToAFrameworkAndAnUnknownOneChangesNothing() {
        JsonObject f = aFramework(Builders.unique("Tiltag"));
        long initiative = as(supervisor).get("/api/strategies/current").json().getJsonArray("focusAreas")
                .getJsonObject(0).getJsonArray("initiatives").getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(400, as(coordinator).put(path(f) + "/initiatives", JSON,
                "{\"initiativeIds\": [%d, 987654321], \"version\": %d}".formatted(initiative, version(f))).status());
        assertTrue(as(coordinator).get(path(f)).json().getJsonArray("initiativeIds").isEmpty());
        f = ok(as(coordinator).put(path(f) + "/initiatives", JSON,
                "{\"initiativeIds\": [%d], \"version\": %d}".formatted(initiative, version(f))), 200);
        assertEquals(initiative, f.getJsonArray("initiativeIds").getJsonNumber(0).longValue());
    }

    @Test
    void aSupervisorOrALeaderGets403CreatingOrEditingAFrameworkByApiAndPage() {
        JsonObject f = aFramework(Builders.unique("Beskyttet"));
        String leader = anEmployee().at(anInstitution().create(institutions)).createWithAccount(employees, accounts,
                Role.LEADER);
        int before = allFrameworks();
        for (String user : List.of(supervisor, leader)) {
            Http http = as(user);
            assertEquals(403, http.post("/api/frameworks", JSON, "{\"nameDa\": \"Min\", \"versionLabel\": \"1\"}")
                    .status());
            assertEquals(403, http.put(path(f), JSON, "{\"nameDa\": \"Min\", \"versionLabel\": \"1\", \"version\": %d}"
                    .formatted(version(f))).status());
            assertEquals(403, http.post(path(f) + "/levels", JSON,
                    "{\"code\": \"9\", \"nameDa\": \"Ni\", \"version\": %d}".formatted(version(f))).status());
            assertEquals(403, http.delete(path(f) + "/levels/" + levelId(f, "2") + "?version=" + version(f)).status());
            assertEquals(403, http.put(path(f) + "/targets", JSON,
                    "{\"targets\": {\"LAERER\": \"1\"}, \"version\": %d}".formatted(version(f))).status());
            assertEquals(403, http.put(path(f) + "/initiatives", JSON,
                    "{\"initiativeIds\": [], \"version\": %d}".formatted(version(f))).status());
            assertEquals(403, http.post(path(f) + "/versions", JSON, "{\"versionLabel\": \"9\"}").status());
            assertEquals(403, http.post(path(f) + "/deactivate?version=" + version(f), JSON, "").status());
            Http page = Http.loggedIn(base.toString(), user, PASSWORD);
            assertEquals(403, page.get("/competence/framework-edit.xhtml?id=" + f.getJsonNumber("id")).status());
            Http.Response list = page.get("/competence/frameworks.xhtml");
            assertEquals(200, list.status());
            assertFalse(list.body().contains("create:nameDa"), "no form to create one");
        }
        assertEquals(before, allFrameworks());
        assertEquals(version(f), version(as(coordinator).get(path(f)).json()));
    }

    @Test
    void aCsvFileWithABadLineImportsNothingAndNamesTheLineByApiAndPage() {
        String good = """
                Type;Kode;Navn;Name;Beskrivelse;Description;Område
                niveau;1;Kender;Aware;Jeg kender;I am aware;
                niveau;2;Bruger;Uses;;;
                område;A;Data;Data;;;
                kompetence;A.1;Indsamle;Collect;;;A
                """;
        String bad = good.replace("kompetence;A.1;Indsamle;Collect;;;A", "kompetence;A.1;Indsamle;Collect;;;X");
        int before = allFrameworks();

        Http.Response refused = as(coordinator).post("/api/frameworks/import?name=" + Builders.unique("Fil"),
                "text/csv", bad);
        assertEquals(400, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(5, error.getInt("line"));
        assertTrue(error.getString("message").contains("\"X\""), error.getString("message"));
        assertEquals(403, as(supervisor).post("/api/frameworks/import?name=Fil", "text/csv", good).status());

        Http browser = Http.loggedIn(base.toString(), coordinator, PASSWORD);
        Http.Response page = upload(browser, Builders.unique("Fil fra siden"), bad);
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Ukendt område &quot;X&quot;") || page.body().contains("Ukendt område \"X\""),
                page.body());
        assertTrue(page.body().contains("<td role=\"gridcell\">5</td>") || page.body().matches("(?s).*>\\s*5\\s*</td>.*"),
                "the bad line's number");
        assertEquals(before, allFrameworks(), "nothing created");

        String name = Builders.unique("Fil fra siden");
        Http.Response created = upload(browser, name, good);
        assertEquals(302, created.status(), created.body());
        assertTrue(created.header("Location").contains("/competence/framework-edit.xhtml?id="));
        assertEquals(before + 1, allFrameworks());
        JsonObject imported = as(coordinator).get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(x -> x.getString("name").equals(name)).findFirst().orElseThrow();
        Http.Response csv = browser.get(path(imported) + ".csv");
        assertEquals(200, csv.status(), "downloaded with the page's login");
        assertTrue(csv.body().contains("kompetence;A.1;Indsamle;Collect;;;A"), csv.body());
    }

    /** The frameworks page's create form, sent as a browser sends it (multipart, with the JSF view state). */
    private static Http.Response upload(Http browser, String name, String csv) {
        String viewState = browser.get("/competence/frameworks.xhtml").viewState();
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("create", "create");
        fields.put("create:nameDa", name);
        fields.put("create:nameEn", "");
        fields.put("create:versionLabel", "1");
        fields.put("create:save", "");
        fields.put("jakarta.faces.ViewState", viewState);
        return browser.postMultipart("/competence/frameworks.xhtml", fields, "create:file", "ramme.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8));
    }
}
