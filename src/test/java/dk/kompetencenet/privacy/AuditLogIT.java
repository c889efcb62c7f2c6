package dk.kompetencenet.privacy;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/** The audit log page and API for administrators, leaders' reads of a profile, and the CSV without formulas. */
@ExtendWith(ArquillianExtension.class)
class AuditLogIT {

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    @Test
    void aLeaderOpeningAPersonIsLoggedOnceAndTheirOwnReadsAreNot() {
        Institution school = anInstitution().create(institutions);
        String leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        Builders.EmployeeBuilder teacher = anEmployee().at(school);
        String own = teacher.createWithAccount(employees, accounts, Role.EMPLOYEE);
        Employee person = SystemAccess.call(() -> employees.findByEmail(teacher.email()).orElseThrow());
        String admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN);

        assertEquals(200, as(leader).get("/api/employees/" + person.getId()).status());
        assertEquals(200, as(leader).get("/api/assessments/employees/" + person.getId()).status());
        assertEquals(200, as(own).get("/api/assessments/employees/" + person.getId()).status());

        Http.Response reads = as(admin).get("/api/audit?employee=" + person.getId() + "&action=read&actor=" + leader);
        assertEquals(200, reads.status(), reads.body());
        assertEquals("1", reads.header("X-Total-Count"), "one entry for the leader's two reads: " + reads.body());
        Http.Response ownReads = as(admin).get("/api/audit?employee=" + person.getId() + "&action=READ&actor=" + own);
        assertEquals("0", ownReads.header("X-Total-Count"), ownReads.body());

        String page = Http.loggedIn(base.toString(), admin, PASSWORD).get("/admin/audit.xhtml?employee="
                + person.getId()).body();
        assertTrue(page.contains("Revisionslog") && page.contains(">READ<"), page);
        assertEquals(403, Http.loggedIn(base.toString(), leader, PASSWORD).get("/admin/audit.xhtml").status());
        assertEquals(403, as(leader).get("/api/audit").status());
    }

    @Test
    void theCsvHoldsTheSelectionAndNoCellRunsAsAFormulaAndBadFiltersAreNamed() {
        String admin = anEmployee().createWithAccount(employees, accounts, Role.ADMIN);
        Institution evil = anInstitution().named("=HYPERLINK(\"http://x\") " + Builders.unique("i"))
                .create(institutions);
        String today = LocalDate.now().toString();

        Http.Response csv = as(admin).get("/api/audit.csv?entityType=Institution&from=" + today + "&to=" + today);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertTrue(csv.body().contains("'=HYPERLINK"), csv.body());
        assertFalse(csv.body().contains(";=HYPERLINK") || csv.body().contains(";\"=HYPERLINK"), csv.body());
        assertTrue(csv.body().contains(String.valueOf(evil.getId())));

        Http.Response badDate = as(admin).get("/api/audit?from=31-12-2026");
        assertEquals(400, badDate.status(), badDate.body());
        assertTrue(badDate.body().contains("\"from\""), badDate.body());
        Http.Response backwards = as(admin).get("/api/audit?from=2027-01-02&to=2027-01-01");
        assertEquals(400, backwards.status(), backwards.body());
        assertTrue(backwards.body().contains("\"to\""), backwards.body());
    }
}
