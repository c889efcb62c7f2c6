package dk.kompetencenet.training;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

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
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/**
 * Supervisor designations by hand on the designations page and the API, with their dates and expiry flags, and
 * certificate files as evidence of completed modules: who may grant, end, upload and download.
 */
@ExtendWith(ArquillianExtension.class)
class DesignationsIT {

    private static final LocalDate TODAY = LocalDate.now(Zones.COPENHAGEN);
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DANISH = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

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
    private String pedagogueLogin;
    private String colleague;
    private String supervisor;
    private String coordinator;
    private String leaderElsewhere;

    @BeforeEach
    void aDaycareWithStaffAndACoordinator() {
        daycare = anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions);
        Builders.EmployeeBuilder person = anEmployee().at(daycare).as(JobRole.PAEDAGOG);
        pedagogueLogin = person.createWithAccount(employees, accounts, Role.EMPLOYEE);
        pedagogue = SystemAccess.call(() -> employees.findByEmail(person.email()).orElseThrow());
        colleague = anEmployee().at(daycare).as(JobRole.PAEDAGOG).createWithAccount(employees, accounts, Role.EMPLOYEE);
        supervisor = anEmployee().at(daycare).as(JobRole.PAEDAGOG)
                .createWithAccount(employees, accounts, Role.SUPERVISOR, Role.EMPLOYEE);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        Institution other = anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions);
        leaderElsewhere = anEmployee().at(other).as(JobRole.LEDER).createWithAccount(employees, accounts, Role.LEADER);
    }

    private Http api(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private Http pages(String user) {
        return Http.loggedIn(base.toString(), user, PASSWORD);
    }

    private String designationsPage() {
        return "/training/designations.xhtml?institution=" + daycare.getId();
    }

    private JsonObject grant(LocalDate from, LocalDate to) {
        Http.Response granted = api(coordinator).post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "DIGITAL_DIDACTIC_SUPERVISOR", "validFrom": "%s"%s}"""
                .formatted(pedagogue.getId(), daycare.getId(), from, to == null ? "" : ", \"validTo\": \"" + to + "\""));
        assertEquals(201, granted.status(), granted.body());
        return granted.json();
    }

    private JsonObject designations() {
        return api(coordinator).get("/api/training/institutions/" + daycare.getId() + "/designations").jsonArray()
                .getJsonObject(0);
    }

    // ---- designations ----

    @Test
    void aCoordinatorGrantsADesignationOnThePageAndEndsItWithBothDatesKept() {
        LocalDate from = TODAY.minusYears(1);
        Http coordinatorPages = pages(coordinator);
        Http.Response page = coordinatorPages.get(designationsPage());
        assertEquals(200, page.status());
        Map<String, String> form = grantForm(page, from, null);
        assertEquals(302, coordinatorPages.postForm("/training/designations.xhtml", form).status());

        JsonObject granted = designations();
        assertEquals("MANUAL", granted.getString("source"));
        assertEquals(from.toString(), granted.getString("validFrom"));
        assertEquals("VALID", granted.getString("expiry"));

        LocalDate end = TODAY.minusDays(10);
        Http.Response ended = api(coordinator).post("/api/training/designations/" + granted.getInt("id") + "/end",
                "application/json", "{\"on\": \"" + end + "\", \"version\": " + granted.getJsonNumber("version") + "}");
        assertEquals(200, ended.status(), ended.body());

        JsonObject history = designations();
        assertEquals(from.toString(), history.getString("validFrom"));
        assertEquals(end.toString(), history.getString("validTo"));
        assertEquals("EXPIRED", history.getString("expiry"));
        String shown = coordinatorPages.get(designationsPage()).body();
        assertTrue(shown.contains(pedagogue.getFullName()), "an ended designation stays visible as history");
        assertTrue(shown.contains(DANISH.format(from)) && shown.contains(DANISH.format(end)), shown);
        assertTrue(shown.contains("Manuelt") && shown.contains("Udløbet"));
        assertEquals("NO_SUPERVISOR", api(coordinator).get("/api/institutions/" + daycare.getId() + "/coverage").json()
                .getString("flag"));
        assertTrue(coordinatorPages.get("/organisation/institution.xhtml?id=" + daycare.getId()).body()
                .contains("/training/designations.xhtml?institution=" + daycare.getId()), "the institution links here");
    }

    @Test
    void aDesignationEndingWithin90DaysIsFlaggedAndListedForCoordinators() {
        Employee later = anEmployee().at(daycare).create(employees);
        JsonObject soon = grant(TODAY.minusMonths(6), TODAY.plusDays(30));
        Http.Response other = api(coordinator).post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "DIGITAL_DIDACTIC_SUPERVISOR", "validFrom": "%s", "validTo": "%s"}"""
                .formatted(later.getId(), daycare.getId(), TODAY.minusMonths(6), TODAY.plusDays(200)));
        assertEquals(201, other.status(), other.body());

        assertEquals("EXPIRING", soon.getString("expiry"));
        assertTrue(soon.getBoolean("expiring"));
        assertEquals("VALID", other.json().getString("expiry"));
        assertFalse(other.json().getBoolean("expiring"));

        String coverage = pages(coordinator).get("/training/coverage.xhtml").body();
        String expiringList = coverage.substring(coverage.indexOf("id=\"expiring\""));
        assertTrue(expiringList.contains(pedagogue.getFullName()), "the soon-ending role is listed");
        assertTrue(expiringList.contains(DANISH.format(TODAY.plusDays(30))));
        assertFalse(expiringList.contains(later.getFullName()), "a role ending in 200 days is not");
        assertTrue(pages(coordinator).get(designationsPage()).body().contains("Udløber inden for 90 dage"));
        assertEquals(200, pages(supervisor).get("/training/coverage.xhtml").status(),
                "supervisors open the coverage page too");
    }

    @Test
    void aLeaderOfAnotherInstitutionGets403ByPageUrlAndByApi() {
        JsonObject designation = grant(TODAY.minusMonths(1), null);
        assertEquals(403, pages(leaderElsewhere).get(designationsPage()).status());
        Http leaderApi = api(leaderElsewhere);
        assertEquals(403, leaderApi.get("/api/training/institutions/" + daycare.getId() + "/designations").status());
        assertEquals(403, leaderApi.post("/api/training/designations/" + designation.getInt("id") + "/end",
                "application/json", "{\"on\": \"" + TODAY + "\", \"version\": 1}").status());
        assertEquals(403, pages(colleague).get(designationsPage()).status(), "plain staff do not see the roles page");
    }

    @Test
    void aSupervisorOfTheInstitutionSeesTheDesignationsButCannotGrantOrEndThem() {
        JsonObject designation = grant(TODAY.minusMonths(1), null);
        Http.Response page = pages(supervisor).get(designationsPage());
        assertEquals(200, page.status());
        assertTrue(page.body().contains(pedagogue.getFullName()));
        assertFalse(page.body().contains("id=\"grant\""), "no grant form for a supervisor");
        assertFalse(page.body().contains("id=\"end\""), "no end form for a supervisor");

        Http supervisorApi = api(supervisor);
        assertEquals(200, supervisorApi.get("/api/training/institutions/" + daycare.getId() + "/designations").status());
        assertEquals(403, supervisorApi.post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "DIGITAL_DIDACTIC_SUPERVISOR", "validFrom": "%s"}"""
                .formatted(pedagogue.getId(), daycare.getId(), TODAY)).status());
        assertEquals(403, supervisorApi.post("/api/training/designations/" + designation.getInt("id") + "/end",
                "application/json", "{\"on\": \"" + TODAY + "\", \"version\": " + designation.getJsonNumber("version")
                        + "}").status());
        assertEquals("VALID", designations().getString("expiry"));
    }

    @Test
    void badInputGetsAMessageAndSavesNothing() {
        Http coordinatorApi = api(coordinator).acceptLanguage("en");
        Http.Response endBeforeStart = coordinatorApi.post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "DIGITAL_DIDACTIC_SUPERVISOR", "validFrom": "2026-03-01", "validTo": "2026-02-01"}"""
                .formatted(pedagogue.getId(), daycare.getId()));
        assertEquals(400, endBeforeStart.status());
        assertTrue(endBeforeStart.body().contains("validTo"), endBeforeStart.body());

        Employee elsewhere = anEmployee().at(anInstitution().ofType(InstitutionType.BOERNEHAVE).create(institutions))
                .create(employees);
        Http.Response notThere = coordinatorApi.post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "DIGITAL_DIDACTIC_SUPERVISOR", "validFrom": "2026-01-01"}"""
                .formatted(elsewhere.getId(), daycare.getId()));
        assertEquals(400, notThere.status());
        assertTrue(notThere.body().contains("does not work at that institution"), notThere.body());

        Http.Response noKind = coordinatorApi.post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "validFrom": "2026-01-01"}"""
                .formatted(pedagogue.getId(), daycare.getId()));
        assertEquals(400, noKind.status());
        assertTrue(noKind.body().contains("Choose the supervisor role"), noKind.body());

        Http.Response schoolRole = coordinatorApi.post("/api/training/designations", "application/json", """
                {"employeeId": %d, "institutionId": %d, "kind": "IT_DIDACTIC_SUPERVISOR", "validFrom": "2026-01-01"}"""
                .formatted(pedagogue.getId(), daycare.getId()));
        assertEquals(400, schoolRole.status());

        Http coordinatorPages = pages(coordinator);
        Http.Response page = coordinatorPages.get(designationsPage());
        Http.Response refused = coordinatorPages.postForm("/training/designations.xhtml",
                grantForm(page, TODAY, TODAY.minusDays(1)));
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Slutdatoen skal ligge efter startdatoen."), refused.body());

        assertEquals(0, api(coordinator).get("/api/training/institutions/" + daycare.getId() + "/designations")
                .jsonArray().size());
    }

    @Test
    void endingFromAStaleCopyIsAConflictAndOverwritesNothing() {
        JsonObject designation = grant(TODAY.minusYears(1), null);
        Http coordinatorPages = pages(coordinator);
        Http.Response page = coordinatorPages.get(designationsPage());

        String end = "/api/training/designations/" + designation.getInt("id") + "/end";
        LocalDate first = TODAY.minusDays(5);
        assertEquals(200, api(coordinator).post(end, "application/json", "{\"on\": \"" + first + "\", \"version\": "
                + designation.getJsonNumber("version") + "}").status());
        assertEquals(409, api(coordinator).post(end, "application/json", "{\"on\": \"" + TODAY.minusDays(1)
                + "\", \"version\": " + designation.getJsonNumber("version") + "}").status());

        Map<String, String> form = new LinkedHashMap<>();
        form.put("end", "end");
        form.put("end:designation_input", String.valueOf(designation.getInt("id")));
        form.put("end:on_input", INPUT.format(TODAY.minusDays(2)));
        form.put("end:save", "");
        form.put("jakarta.faces.ViewState", page.viewState());
        Http.Response stale = coordinatorPages.postForm("/training/designations.xhtml", form);
        assertEquals(200, stale.status());
        assertTrue(stale.body().contains("En anden har gemt en ændring imens."), stale.body());

        assertEquals(first.toString(), designations().getString("validTo"), "the first end date stands");
    }

    private Map<String, String> grantForm(Http.Response page, LocalDate from, LocalDate to) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant", "grant");
        form.put("grant:employee_input", String.valueOf(pedagogue.getId()));
        form.put("grant:kind_input", "DIGITAL_DIDACTIC_SUPERVISOR");
        form.put("grant:from_input", INPUT.format(from));
        form.put("grant:to_input", to == null ? "" : INPUT.format(to));
        form.put("grant:save", "");
        form.put("jakarta.faces.ViewState", page.viewState());
        return form;
    }

    // ---- certificates ----

    /** The pedagogue enrolled in a new run of a programme with one module recorded as completed. */
    private JsonObject completedModule(JsonObject[] programmeOut) {
        JsonObject programme = api(coordinator).get("/api/training/programmes").jsonArray().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getJsonArray("modules").size() > 1).findFirst().orElseThrow();
        programmeOut[0] = programme;
        long run = api(coordinator).post("/api/training/programmes/" + programme.getInt("id") + "/runs",
                "application/json", """
                        {"name": "%s", "provider": "UCN", "startDate": "%s", "endDate": "%s"}"""
                        .formatted(Builders.unique("Hold"), TODAY.minusMonths(3), TODAY.plusMonths(6)))
                .json().getJsonNumber("id").longValue();
        JsonObject enrolment = api(coordinator).post("/api/training/enrolments", "application/json", """
                {"runId": %d, "employeeId": %d, "institutionId": %d}"""
                .formatted(run, pedagogue.getId(), daycare.getId())).json();
        int module = programme.getJsonArray("modules").getJsonObject(0).getInt("id");
        Http.Response done = api(coordinator).post("/api/training/enrolments/" + enrolment.getInt("id")
                + "/completions", "application/json", """
                {"moduleId": %d, "completedOn": "%s", "evidence": "Bestået", "validUntil": "%s", "version": %d}"""
                .formatted(module, TODAY.minusDays(7), TODAY.plusDays(60), enrolment.getJsonNumber("version").longValue()));
        assertEquals(200, done.status(), done.body());
        return done.json();
    }

    private static String certificatePath(JsonObject enrolment, int module) {
        return "/api/training/enrolments/" + enrolment.getInt("id") + "/completions/" + module + "/certificate";
    }

    @Test
    void aPdfCertificateIsStoredAndTheEnrolledPersonDownloadsIt() {
        JsonObject[] programme = new JsonObject[1];
        JsonObject enrolment = completedModule(programme);
        int module = programme[0].getJsonArray("modules").getJsonObject(0).getInt("id");
        JsonObject completion = enrolment.getJsonArray("completions").getJsonObject(0);
        assertEquals("EXPIRING", completion.getString("expiry"), "a certificate valid for 60 more days is flagged");

        Http.Response stored = api(coordinator).putBytes(certificatePath(enrolment, module) + "?version="
                + enrolment.getJsonNumber("version") + "&name=Kursusbevis%20modul%201.pdf", "application/pdf", PDF);
        assertEquals(200, stored.status(), stored.body());
        JsonObject certificate = stored.json().getJsonArray("completions").getJsonObject(0).getJsonObject("certificate");
        assertEquals("Kursusbevis modul 1.pdf", certificate.getString("name"));
        assertEquals("application/pdf", certificate.getString("contentType"));
        assertEquals(PDF.length, certificate.getInt("size"));
        assertEquals(64, certificate.getString("sha256").length());
        assertTrue(stored.json().getJsonNumber("version").longValue() > enrolment.getJsonNumber("version").longValue());

        Http.Response download = api(pedagogueLogin).get(certificatePath(enrolment, module));
        assertEquals(200, download.status(), download.body());
        assertTrue(download.header("Content-Type").startsWith("application/pdf"), download.header("Content-Type"));
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"));
        assertTrue(download.header("Content-Disposition").contains("Kursusbevis modul 1.pdf"));
        assertEquals(new String(PDF, StandardCharsets.US_ASCII), download.body());

        assertEquals(200, api(supervisor).get(certificatePath(enrolment, module)).status());
        assertEquals(200, api(coordinator).get(certificatePath(enrolment, module)).status());
        assertEquals(403, api(colleague).get(certificatePath(enrolment, module)).status(), "a colleague may not");
        assertEquals(403, api(leaderElsewhere).get(certificatePath(enrolment, module)).status());
        assertEquals(403, api(pedagogueLogin).putBytes(certificatePath(enrolment, module) + "?version="
                + stored.json().getJsonNumber("version"), "application/pdf", PDF).status(), "only coordinators upload");
        assertEquals(404, api(coordinator).get(certificatePath(enrolment,
                programme[0].getJsonArray("modules").getJsonObject(1).getInt("id"))).status());
        String server = base.getProtocol() + "://" + base.getAuthority(); // /openapi sits at the server's root
        String openApi = Http.basic(server, coordinator, PASSWORD).get("/openapi").body();
        assertTrue(openApi.contains("operationId: attachCertificate") && openApi.contains("format: binary"),
                "the upload is described");
    }

    @Test
    void aFileThatIsNotPdfPngOrJpegOrIsOver10MegabytesOrStaleStoresNothing() throws Exception {
        JsonObject[] programme = new JsonObject[1];
        JsonObject enrolment = completedModule(programme);
        int module = programme[0].getJsonArray("modules").getJsonObject(0).getInt("id");
        String upload = certificatePath(enrolment, module) + "?version=" + enrolment.getJsonNumber("version");
        long rows = storedFileRows();
        long files = filesOnDisk();

        Http.Response text = api(coordinator).acceptLanguage("en").putBytes(upload + "&name=bevis.pdf",
                "application/pdf", "Kursusbevis: bestået".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, text.status());
        assertTrue(text.body().contains("PDF, PNG, JPEG"), text.body());
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        Http.Response large = api(coordinator).acceptLanguage("en").putBytes(upload, "application/pdf", tooLarge);
        assertEquals(400, large.status());
        assertTrue(large.body().contains("at most 10 MB"), large.body());
        Http.Response empty = api(coordinator).putBytes(upload, "application/pdf", new byte[0]);
        assertEquals(400, empty.status());
        Http.Response stale = api(coordinator).putBytes(certificatePath(enrolment, module) + "?version="
                + (enrolment.getJsonNumber("version").longValue() - 1), "application/pdf", PDF);
        assertEquals(409, stale.status(), "a good file sent against an old version is refused too");

        JsonObject after = api(coordinator).get("/api/training/enrolments/" + enrolment.getInt("id")).json();
        JsonObject completion = after.getJsonArray("completions").getJsonObject(0);
        assertTrue(!completion.containsKey("certificate") || completion.isNull("certificate"), completion.toString());
        assertEquals(enrolment.getJsonNumber("version"), after.getJsonNumber("version"));
        assertEquals(rows, storedFileRows(), "no row");
        assertEquals(files, filesOnDisk(), "no file");
    }

    @Test
    void aCoordinatorUploadsACertificateOnTheProgrammePageAndABadFileIsRefusedThere() throws Exception {
        JsonObject[] programme = new JsonObject[1];
        JsonObject enrolment = completedModule(programme);
        int first = programme[0].getJsonArray("modules").getJsonObject(0).getInt("id");
        int second = programme[0].getJsonArray("modules").getJsonObject(1).getInt("id");
        String pagePath = "/training/programme.xhtml?id=" + programme[0].getInt("id") + "&run=" + enrolment.getInt("runId");
        Http coordinatorPages = pages(coordinator);
        long rows = storedFileRows();

        Http.Response page = coordinatorPages.get(pagePath);
        assertEquals(200, page.status());
        Http.Response refused = coordinatorPages.postMultipart("/training/programme.xhtml",
                completionForm(page, enrolment, second), "completion:certificate", "bevis.pdf", "application/pdf",
                "<html>ikke et bevis</html>".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("Filen er ikke af en tilladt type. Brug PDF, PNG, JPEG."), refused.body());
        assertEquals(1, api(coordinator).get("/api/training/enrolments/" + enrolment.getInt("id")).json()
                .getJsonArray("completions").size(), "the module is not recorded either");
        assertEquals(rows, storedFileRows());

        page = coordinatorPages.get(pagePath);
        Http.Response recorded = coordinatorPages.postMultipart("/training/programme.xhtml",
                completionForm(page, enrolment, second), "completion:certificate", "bevis.png", "image/png",
                Arrays.copyOf(PNG, 3 * 1024 * 1024));
        assertEquals(302, recorded.status(), recorded.body());
        JsonObject after = api(coordinator).get("/api/training/enrolments/" + enrolment.getInt("id")).json();
        JsonObject completion = after.getJsonArray("completions").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getInt("moduleId") == second).findFirst().orElseThrow();
        assertEquals("image/png", completion.getJsonObject("certificate").getString("contentType"));
        assertEquals(3 * 1024 * 1024, completion.getJsonObject("certificate").getInt("size"), "a scan of a few MB fits");
        assertEquals(rows + 1, storedFileRows());
        assertTrue(coordinatorPages.get(pagePath).body().contains(certificatePath(enrolment, second)),
                "the page links to the certificate");
        assertTrue(first != second);
    }

    private Map<String, String> completionForm(Http.Response page, JsonObject enrolment, int module) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("completion", "completion");
        form.put("completion:enrolment_input", String.valueOf(enrolment.getInt("id")));
        form.put("completion:module_input", String.valueOf(module));
        form.put("completion:completedOn_input", INPUT.format(TODAY.minusDays(1)));
        form.put("completion:evidence", "");
        form.put("completion:validUntil_input", "");
        form.put("completion:save", "");
        form.put("jakarta.faces.ViewState", page.viewState());
        return form;
    }

    private static long storedFileRows() throws NamingException, SQLException {
        DataSource dataSource = (DataSource) new InitialContext().lookup(Database.JNDI_NAME);
        try (Connection c = dataSource.getConnection();
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM stored_file")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long filesOnDisk() {
        Path root = Path.of(System.getProperty("kompetencenet.data.dir", "./data"), "files");
        if (!Files.isDirectory(root)) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
