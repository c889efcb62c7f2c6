package dk.kompetencenet.localstrategy;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/** The register of local strategies and procedures on a running server: the municipality view, edits and scope. */
@ExtendWith(ArquillianExtension.class)
class LocalDocumentsIT {

    private static final String PROCEDURE = "digital-bullying-procedure";
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
    private Employee owner;
    private String leader;
    private String coordinator;

    @BeforeEach
    void aSchoolWithALeaderAndACoordinator() {
        school = anInstitution().named(Builders.unique("Procedureskolen")).create(institutions);
        owner = anEmployee().at(school).create(employees);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER, Role.EMPLOYEE);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private String url() {
        return base.toString();
    }

    private List<JsonObject> lacking(String user, String kind) {
        return as(user).get("/api/documents?lacking=" + kind + "&q=" + URLEncoder.encode(school.getName(),
                StandardCharsets.UTF_8)).json().getJsonArray("rows").getValuesAs(JsonObject.class);
    }

    private String municipalityPageLacking(String kind) {
        return Http.loggedIn(url(), coordinator, PASSWORD).get("/strategy/documents.xhtml?lacking=" + kind + "&q="
                + URLEncoder.encode(school.getName(), StandardCharsets.UTF_8)).body();
    }

    private String linkToSchool() {
        return "institution-documents.xhtml?institution=" + school.getId() + "\"";
    }

    private JsonObject registered(String kind) {
        return as(coordinator).get("/api/institutions/" + school.getId() + "/documents").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> kind.equals(d.getString("kind"))).findFirst()
                .orElseThrow();
    }

    private Http.Response save(String user, String kind, String body) {
        return as(user).put("/api/institutions/" + school.getId() + "/documents/" + kind, JSON, body);
    }

    @Test
    void anInstitutionWithoutADigitalBullyingProcedureShowsAsMissingUntilOneIsAdopted() {
        List<JsonObject> before = lacking(coordinator, PROCEDURE);
        assertEquals(1, before.size());
        assertEquals("MISSING", before.get(0).getJsonObject("standings").getString(PROCEDURE));
        assertTrue(municipalityPageLacking(PROCEDURE).contains(linkToSchool()),
                "the municipality view lists the school as lacking the procedure");

        Http.Response saved = save(leader, PROCEDURE, """
                {"status": "ADOPTED", "adoptedOn": "2026-09-01", "ownerId": %d, "link": "https://skole.example.dk/mobning",
                 "sections": ["prevention", "handling"], "version": null}""".formatted(owner.getId()));

        assertEquals(200, saved.status(), saved.body());
        assertEquals("ADOPTED", saved.json().getString("standing"));
        assertEquals("2028-09-01", saved.json().getString("nextReviewOn"), "reviewed two years on by default");
        assertTrue(lacking(coordinator, PROCEDURE).isEmpty(), "no longer lacking the procedure");
        assertEquals("ADOPTED", as(coordinator).get("/api/documents?q=" + URLEncoder.encode(school.getName(),
                StandardCharsets.UTF_8)).json().getJsonArray("rows").getJsonObject(0).getJsonObject("standings")
                .getString(PROCEDURE));
        assertFalse(municipalityPageLacking(PROCEDURE).contains(linkToSchool()));
    }

    @Test
    void aSchoolMustHaveItsDigitalStrategyWhileOnlyDaycareMustHaveALocalDigitalStrategy() {
        List<String> schoolKinds = as(coordinator).get("/api/institutions/" + school.getId() + "/documents")
                .jsonArray().getValuesAs(JsonObject.class).stream().map(d -> d.getString("kind")).toList();
        assertEquals(List.of("school-digital-strategy", PROCEDURE, "parent-collaboration-principles"), schoolKinds);

        Institution daycare = anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions);
        List<String> daycareKinds = as(coordinator).get("/api/institutions/" + daycare.getId() + "/documents")
                .jsonArray().getValuesAs(JsonObject.class).stream().map(d -> d.getString("kind")).toList();
        assertEquals(List.of("local-digital-strategy", PROCEDURE, "parent-collaboration-principles"), daycareKinds);
        assertEquals(404, save(coordinator, "local-digital-strategy", """
                {"status": "IN_PROGRESS"}""").status());
    }

    @Test
    void badInputIsRefusedWithAReasonAndSavesNothing() {
        assertBad(save(leader, PROCEDURE, """
                {"status": "ADOPTED"}"""), "adoptedOn");
        assertBad(save(leader, PROCEDURE, """
                {"status": "IN_PROGRESS", "link": "javascript:alert(1)"}"""), "link");
        assertBad(save(leader, PROCEDURE, """
                {"status": "IN_PROGRESS", "sections": ["no-such-section"]}"""), "sections");
        assertBad(save(leader, PROCEDURE, """
                {"status": "ADOPTED", "adoptedOn": "2026-09-01", "nextReviewOn": "2026-08-01"}"""), "nextReviewOn");
        assertBad(save(leader, PROCEDURE, """
                {"status": "DONE"}"""), "status");
        Employee elsewhere = anEmployee().at(anInstitution().create(institutions)).create(employees);
        assertBad(save(leader, PROCEDURE, """
                {"status": "IN_PROGRESS", "ownerId": %d}""".formatted(elsewhere.getId())), "ownerId");
        assertBad(as(coordinator).get("/api/documents?sector=nowhere"), "sector");

        JsonObject after = registered(PROCEDURE);
        assertEquals("MISSING", after.getString("standing"));
        assertFalse(isRecorded(after), "nothing was recorded");
    }

    private static boolean isRecorded(JsonObject document) {
        return document.containsKey("version") && !document.isNull("version");
    }

    private static void assertBad(Http.Response response, String field) {
        assertEquals(400, response.status(), response.body());
        assertTrue(response.body().contains(field), response.body());
    }

    @Test
    void aStaleEditIsRefusedAndOverwritesNothing() {
        long version = save(leader, PROCEDURE, """
                {"status": "IN_PROGRESS"}""").json().getJsonNumber("version").longValue();
        assertEquals(200, save(coordinator, PROCEDURE, """
                {"status": "ADOPTED", "adoptedOn": "2026-10-01", "version": %d}""".formatted(version)).status());

        assertEquals(409, save(leader, PROCEDURE, """
                {"status": "MISSING", "version": %d}""".formatted(version)).status());
        assertEquals(409, save(leader, PROCEDURE, """
                {"status": "MISSING", "version": null}""").status(), "a first record cannot be made twice");
        assertEquals("ADOPTED", registered(PROCEDURE).getString("status"));
    }

    @Test
    void aLeaderOfAnotherInstitutionCanNeitherReadNorEditTheRegisterAndASupervisorCannotEdit() {
        Institution other = anInstitution().create(institutions);
        String otherLeader = anEmployee().at(other).createWithAccount(employees, accounts, Role.LEADER);
        String supervisor = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR);

        assertEquals(403, as(otherLeader).get("/api/institutions/" + school.getId() + "/documents").status());
        assertEquals(403, save(otherLeader, PROCEDURE, """
                {"status": "IN_PROGRESS"}""").status());
        assertEquals(403, Http.loggedIn(url(), otherLeader, PASSWORD)
                .get("/strategy/institution-documents.xhtml?institution=" + school.getId()).status());
        assertEquals(403, Http.loggedIn(url(), otherLeader, PASSWORD)
                .get("/strategy/document.xhtml?institution=" + school.getId() + "&kind=" + PROCEDURE).status());
        assertTrue(as(otherLeader).get("/api/documents?q=" + URLEncoder.encode(school.getName(),
                StandardCharsets.UTF_8)).json().getJsonArray("rows").isEmpty(), "the municipality view is scoped");
        long required = as(otherLeader).get("/api/documents/tallies").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(t -> PROCEDURE.equals(t.getString("kind"))).findFirst().orElseThrow()
                .getJsonNumber("required").longValue();
        assertEquals(1, required, "a leader's tallies count only their own institution");

        assertEquals(200, as(supervisor).get("/api/institutions/" + school.getId() + "/documents").status());
        assertEquals(403, save(supervisor, PROCEDURE, """
                {"status": "IN_PROGRESS"}""").status());
        assertFalse(isRecorded(registered(PROCEDURE)));
    }

    @Test
    void theLeaderRecordsADocumentThroughTheForm() {
        Http browser = Http.loggedIn(url(), leader, PASSWORD);
        String path = "/strategy/document.xhtml?institution=" + school.getId() + "&kind=" + PROCEDURE;
        Http.Response form = browser.get(path);
        assertEquals(200, form.status());
        assertTrue(form.body().contains("Procedure ved digital mobning"));

        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Http.Response saved = browser.postMultipart(path, java.util.Map.of("document", "document",
                "document:status_input", "IN_PROGRESS", "document:link", "https://skole.example.dk/procedure",
                "document:sections", "prevention", "document:save", "document:save",
                "jakarta.faces.ViewState", form.viewState()), "document:file", "procedure.pdf", "application/pdf", pdf);

        assertTrue(saved.status() < 400, saved.body());
        JsonObject recorded = registered(PROCEDURE);
        assertEquals("procedure.pdf", recorded.getJsonObject("file").getString("name"), "the file came along");
        assertEquals("IN_PROGRESS", recorded.getString("status"));
        assertEquals("https://skole.example.dk/procedure", recorded.getString("link"));
        assertTrue(recorded.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                .anyMatch(s -> "prevention".equals(s.getString("code")) && s.getBoolean("done")));
    }

    @Test
    void theDocumentIsKeptAsAPdfWhichOnlyTheInstitutionsStaffInScopeDownload() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String path = "/api/institutions/" + school.getId() + "/documents/" + PROCEDURE + "/file";
        assertBad(as(leader).putBytes(path + "?version=0&name=procedure.pdf", "application/pdf", pdf), "file");

        long version = save(leader, PROCEDURE, """
                {"status": "IN_PROGRESS"}""").json().getJsonNumber("version").longValue();
        assertBad(as(leader).putBytes(path + "?version=" + version + "&name=procedure.docx",
                "application/octet-stream", "PK\u0003\u0004 not a pdf".getBytes(StandardCharsets.UTF_8)), "");
        assertFalse(registered(PROCEDURE).containsKey("file") && !registered(PROCEDURE).isNull("file"));

        Http.Response attached = as(leader).putBytes(path + "?version=" + version + "&name=procedure.pdf",
                "application/pdf", pdf);
        assertEquals(200, attached.status(), attached.body());
        assertEquals("procedure.pdf", attached.json().getJsonObject("file").getString("name"));
        assertEquals(409, as(leader).putBytes(path + "?version=" + version + "&name=again.pdf", "application/pdf",
                pdf).status(), "a stale version");

        Http.Response download = as(coordinator).get(path);
        assertEquals(200, download.status());
        assertTrue(download.body().startsWith("%PDF-"));
        assertTrue(download.header("Content-Disposition").contains("procedure.pdf"));
        String otherLeader = anEmployee().at(anInstitution().create(institutions))
                .createWithAccount(employees, accounts, Role.LEADER);
        assertEquals(403, as(otherLeader).get(path).status());
    }
}
