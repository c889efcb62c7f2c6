package dk.kompetencenet.organisation;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.platform.ConcurrentChangeException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/**
 * Institutions and staff on a running Payara Micro: scoping by institution through the API and the pages, the
 * all-or-nothing CSV import, optimistic locking and the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class OrganisationIT {

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    private Institution schoolA;
    private Institution schoolB;
    private String leaderOfA;
    private String supervisorOfA;
    private Employee colleagueAtA;
    private Employee teacherAtB;

    @BeforeEach
    void twoSchoolsWithStaff() {
        schoolA = anInstitution().create(institutions);
        schoolB = anInstitution().create(institutions);
        leaderOfA = anEmployee().at(schoolA).as(JobRole.LEDER).createWithAccount(employees, accounts, Role.LEADER);
        supervisorOfA = anEmployee().at(schoolA).createWithAccount(employees, accounts, Role.SUPERVISOR, Role.EMPLOYEE);
        colleagueAtA = anEmployee().named("Anna", "Andersen").at(schoolA).create(employees);
        teacherAtB = anEmployee().named("Bent", "Bertelsen").at(schoolB).create(employees);
    }

    private String url() {
        return base.toString();
    }

    @Test
    void leaderSeesOwnStaffButGetsForbiddenForAnotherInstitutionsStaffByApi() {
        Http leader = Http.basic(url(), leaderOfA, PASSWORD);

        Http.Response own = leader.get("/api/employees?institution=" + schoolA.getId());
        assertEquals(200, own.status());
        assertTrue(own.body().contains("Andersen"));
        assertFalse(own.body().contains("Bertelsen"));

        assertEquals(403, leader.get("/api/employees?institution=" + schoolB.getId()).status());
        assertEquals(403, leader.get("/api/employees/" + teacherAtB.getId()).status());
        assertEquals(403, leader.get("/api/institutions/" + schoolB.getId()).status());

        Http.Response all = leader.get("/api/employees?max=1000");
        assertEquals(200, all.status());
        assertFalse(all.body().contains("Bertelsen"), "the unfiltered list stays inside the leader's institution");
        Http.Response list = leader.get("/api/institutions");
        assertEquals(1, list.jsonArray().size());
        assertEquals(schoolA.getName(), list.jsonArray().getJsonObject(0).getString("name"));
    }

    @Test
    void leaderGetsForbiddenForAnotherInstitutionsStaffByPageUrl() {
        Http leader = Http.loggedIn(url(), leaderOfA, PASSWORD);

        Http.Response own = leader.get("/organisation/employees.xhtml?institution=" + schoolA.getId());
        assertEquals(200, own.status());
        assertTrue(own.body().contains("Andersen"));

        assertEquals(403, leader.get("/organisation/employees.xhtml?institution=" + schoolB.getId()).status());
        assertEquals(403, leader.get("/organisation/employee.xhtml?id=" + teacherAtB.getId()).status());
        assertEquals(403, leader.get("/organisation/institution.xhtml?id=" + schoolB.getId()).status());
        assertEquals(403, leader.get("/organisation/import.xhtml?institution=" + schoolB.getId()).status());
        assertEquals(403, leader.get("/admin/accounts.xhtml").status());
        assertEquals(200, leader.get("/organisation/employee.xhtml?id=" + colleagueAtA.getId()).status());
    }

    @Test
    void withoutCredentialsTheApiAnswers401AndPagesSendToLogin() {
        Http nobody = Http.anonymous(url());
        Http.Response api = nobody.get("/api/employees?institution=" + schoolA.getId());
        assertEquals(401, api.status());
        assertTrue(api.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals(401, Http.basic(url(), leaderOfA, "wrong-password").get("/api/institutions").status());

        Http.Response page = nobody.get("/organisation/employees.xhtml");
        assertEquals(302, page.status());
        assertTrue(page.header("Location").contains("/login.xhtml"));
        assertEquals(200, nobody.get("/login.xhtml").status());
    }

    @Test
    void leaderCreatesStaffAtTheirOwnInstitutionButNotAtAnother() {
        Http leader = Http.basic(url(), leaderOfA, PASSWORD);
        String body = """
                {"firstName": "Nina", "lastName": "Nygaard", "email": "%s", "jobRole": "pædagog", "institutionIds": [%d]}""";

        Http.Response created = leader.post("/api/employees", "application/json",
                body.formatted(unique("nina"), schoolA.getId()));
        assertEquals(201, created.status(), created.body());
        assertEquals("PAEDAGOG", created.json().getString("jobRole"));
        assertTrue(created.header("Location").endsWith("/api/employees/" + created.json().getInt("id")));

        assertEquals(403, leader.post("/api/employees", "application/json",
                body.formatted(unique("nina"), schoolB.getId())).status());
        assertEquals(403, Http.basic(url(), supervisorOfA, PASSWORD).post("/api/employees", "application/json",
                body.formatted(unique("nina"), schoolA.getId())).status());
    }

    @Test
    void aChangeSentWithAnOlderVersionAnswers409AndOverwritesNothing() {
        Http leader = Http.basic(url(), leaderOfA, PASSWORD);
        long version = leader.get("/api/employees/" + colleagueAtA.getId()).json().getJsonNumber("version").longValue();
        String change = """
                {"firstName": "%s", "lastName": "Andersen", "email": "%s", "jobRole": "lærer", "institutionIds": [%d],
                 "version": %d}""";

        Http.Response first = leader.put("/api/employees/" + colleagueAtA.getId(), "application/json",
                change.formatted("Anne", colleagueAtA.getEmail(), schoolA.getId(), version));
        assertEquals(200, first.status(), first.body());
        Http.Response second = leader.put("/api/employees/" + colleagueAtA.getId(), "application/json",
                change.formatted("Annie", colleagueAtA.getEmail(), schoolA.getId(), version));

        assertEquals(409, second.status());
        assertTrue(second.json().getString("message").contains("En anden har gemt"));
        assertEquals("Anne", leader.get("/api/employees/" + colleagueAtA.getId()).json().getString("firstName"));
    }

    @Test
    void badEmployeeInputGetsA400NamingTheFieldAndSavesNothing() {
        Http admin = Http.basic(url(), "admin", "it-admin-password");
        long before = staffAt(schoolA);

        Http.Response badEmail = admin.post("/api/employees", "application/json", """
                {"firstName": "X", "lastName": "Y", "email": "not-an-address", "jobRole": "lærer", "institutionIds": [%d]}"""
                .formatted(schoolA.getId()));
        assertEquals(400, badEmail.status());
        assertEquals("email", badEmail.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, admin.post("/api/employees", "application/json", "{not json").status());
        assertEquals(400, admin.post("/api/employees", "application/json", """
                {"firstName": "X", "lastName": "Y", "email": "%s", "jobRole": "rektor"}""".formatted(unique("x")))
                .status());
        assertEquals(400, admin.put("/api/employees/" + colleagueAtA.getId(), "application/json", """
                {"firstName": "X", "lastName": "Y", "email": "%s", "jobRole": "lærer"}""".formatted(unique("x")))
                .status());
        assertEquals(before, staffAt(schoolA));
    }

    @Test
    void malformedParametersGetA400WithTheReasonAndChangeNothing() {
        Http admin = Http.basic(url(), "admin", "it-admin-password");
        Http.Response notAnId = admin.get("/api/employees?institution=abc");
        assertEquals(400, notAnId.status());
        assertEquals("institution", notAnId.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(400, admin.get("/api/employees?max=5000").status());
        assertEquals(400, admin.post("/api/employees/import", "text/csv", "Fornavn;Efternavn;E-mail;Stilling\n").status());
        assertEquals(415, admin.post("/api/employees/import?institution=" + schoolA.getId(), "application/json", "{}")
                .status());
        assertEquals(404, admin.get("/api/employees/99999999999").status());
    }

    @Test
    void fileWithOneBadRowImportsNothingAndNamesTheBadLine() {
        Http admin = Http.basic(url(), "admin", "it-admin-password");
        long before = staffAt(schoolA);
        String csv = """
                Fornavn;Efternavn;E-mail;Stilling
                Karen;Kristensen;%s;lærer
                Lars;;lars@test.example.dk;pædagog
                Mads;Madsen;%s;pædagogmedhjælper
                """.formatted(unique("karen"), unique("mads"));

        Http.Response refused = admin.postBytes("/api/employees/import?institution=" + schoolA.getId(),
                "text/csv; charset=UTF-8", csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertEquals(400, refused.status());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(1, refused.json().getJsonArray("errors").size());
        assertEquals(3, error.getInt("line"));
        assertTrue(error.getString("message").contains("Efternavn"), error.getString("message"));
        assertEquals(before, staffAt(schoolA), "nothing imported");

        String good = csv.replace("Lars;;lars@test.example.dk", "Lars;Larsen;" + unique("lars"));
        Http.Response accepted = admin.postBytes("/api/employees/import?institution=" + schoolA.getId(),
                "text/csv", good.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, accepted.status(), accepted.body());
        assertEquals(3, accepted.json().getInt("imported"));
        assertEquals(before + 3, staffAt(schoolA));
    }

    @Test
    void importRefusalIsInEnglishWhenTheClientAsksForEnglish() {
        Http admin = Http.basic(url(), "admin", "it-admin-password").acceptLanguage("en");
        Http.Response refused = admin.post("/api/employees/import?institution=" + schoolA.getId(), "text/csv",
                "Fornavn;Efternavn;E-mail;Stilling\nKaren;K;not-an-address;lærer\n");
        assertEquals(400, refused.status());
        assertTrue(refused.json().getJsonArray("errors").getJsonObject(0).getString("message")
                .contains("is not a valid e-mail address"));
    }

    @Test
    void leaderCannotImportIntoAnotherInstitutionAndSupervisorCannotImportAtAll() {
        String csv = "Fornavn;Efternavn;E-mail;Stilling\nOle;Olsen;" + unique("ole") + ";lærer\n";
        assertEquals(403, Http.basic(url(), leaderOfA, PASSWORD)
                .post("/api/employees/import?institution=" + schoolB.getId(), "text/csv", csv).status());
        assertEquals(403, Http.basic(url(), supervisorOfA, PASSWORD)
                .post("/api/employees/import?institution=" + schoolA.getId(), "text/csv", csv).status());
        assertEquals(200, Http.basic(url(), leaderOfA, PASSWORD)
                .post("/api/employees/import?institution=" + schoolA.getId(), "text/csv", csv).status());
    }

    @Test
    void aSaveFromAnOlderCopyIsRefusedAndOverwritesNothing() {
        long readVersion = colleagueAtA.getVersion();
        var first = new EmployeeService.Details("Anne", "Andersen", colleagueAtA.getEmail(), JobRole.PAEDAGOG,
                Set.of(schoolA.getId()));
        var second = new EmployeeService.Details("Annie", "Andersen", colleagueAtA.getEmail(), JobRole.LAERER,
                Set.of(schoolA.getId()));

        SystemAccess.run(() -> employees.update(colleagueAtA.getId(), readVersion, first));

        assertThrows(ConcurrentChangeException.class,
                () -> SystemAccess.run(() -> employees.update(colleagueAtA.getId(), readVersion, second)));
        Employee now = SystemAccess.call(() -> employees.get(colleagueAtA.getId()));
        assertEquals("Anne", now.getFirstName());
        assertEquals(JobRole.PAEDAGOG, now.getJobRole());
    }

    @Test
    void changesToStaffAreWrittenToTheAuditLog() {
        SystemAccess.run(() -> employees.setActive(teacherAtB.getId(), teacherAtB.getVersion(), false));

        List<String> actions = SystemAccess.call(() -> audit.forEntity("Employee", teacherAtB.getId(), 10)).stream()
                .map(e -> e.getAction() + " by " + e.getActor()).toList();
        assertEquals(List.of("DEACTIVATE by system", "CREATE by system"), actions);
    }

    @Test
    void deactivatedStaffLeaveTheListButKeepTheirRecord() {
        SystemAccess.run(() -> employees.setActive(colleagueAtA.getId(), colleagueAtA.getVersion(), false));
        Http leader = Http.basic(url(), leaderOfA, PASSWORD);

        assertFalse(leader.get("/api/employees?institution=" + schoolA.getId()).body().contains("Andersen"));
        assertTrue(leader.get("/api/employees?includeInactive=true&institution=" + schoolA.getId()).body()
                .contains("Andersen"));
        assertEquals(200, leader.get("/api/employees/" + colleagueAtA.getId()).status());
    }

    private long staffAt(Institution institution) {
        return SystemAccess.call(() -> employees.count(EmployeeService.Filter.at(institution.getId())));
    }

    private static String unique(String name) {
        return dk.kompetencenet.testsupport.Builders.unique(name).toLowerCase() + "@test.example.dk";
    }
}
