package dk.kompetencenet.organisation;

import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.platform.audit.AuditEntry;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.persistence.StatementCounter;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * The staff import at batch speed: one audit entry per import naming what it added, no statement per imported person
 * through EclipseLink (their rows go in JDBC batches: no per-row audit, query, id allocation or unit-of-work insert),
 * and the people it wrote read back and edited through JPA like anyone else.
 */
@ExtendWith(ArquillianExtension.class)
class StaffImportIT {

    private static final int ROWS = 300;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private StaffImport staffImport;

    @Inject
    private AuditLog audit;

    @Test
    void anImportOfThreeHundredIsOneAuditEntryNamingThemAndNoStatementPerPersonThroughJpa() {
        Institution school = anInstitution().create(institutions);
        String prefix = unique("import").toLowerCase();
        StringBuilder csv = new StringBuilder("Fornavn;Efternavn;E-mail;Stilling\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("Fornavn").append(i).append(";Efternavn").append(i).append(';').append(prefix).append('.')
                    .append(i).append("@test.example.dk;").append(i % 2 == 0 ? "lærer" : "pædagog").append('\n');
        }

        StatementCounter.Counted<Integer> imported = SystemAccess.call(() -> StatementCounter.count(
                () -> staffImport.importCsv(school.getId(), csv.toString().getBytes(StandardCharsets.UTF_8))));

        assertEquals(ROWS, imported.result());
        assertTrue(imported.statements() <= 10, "the people go in JDBC batches on the transaction's connection, not"
                + " one by one through EclipseLink; sent through it: " + imported.statements());
        List<AuditEntry> entries = SystemAccess.call(() -> audit.forEntity("Institution", school.getId(), 10)).stream()
                .filter(e -> e.getAction().equals(StaffImport.AUDIT_ACTION)).toList();
        assertEquals(1, entries.size(), "one audit entry for the whole import");
        AuditEntry entry = entries.get(0);
        assertTrue(entry.getDetails().startsWith(ROWS + " employees imported into " + school.getName()),
                entry.getDetails());
        List<EmployeeService.Row> staff = SystemAccess.call(
                () -> employees.page(EmployeeService.Filter.at(school.getId()), 0, 1000));
        assertEquals(ROWS, staff.size());
        for (EmployeeService.Row person : staff) {
            assertTrue(StaffImport.covers(entry.getDetails(), person.id()), person.id() + " in " + entry.getDetails());
        }
        Employee someone = SystemAccess.call(() -> employees.get(staff.get(ROWS / 2).id()));
        assertEquals(List.of(), SystemAccess.call(() -> audit.forEntity("Employee", someone.getId(), 10)),
                "no entry per person");
        assertEquals(entry.getId(), SystemAccess.call(() -> staffImport.importOf(someone)).orElseThrow().getId(),
                "the employee's history finds the import that added them");
        assertEquals(List.of(school.getId()), SystemAccess.call(() -> employees.get(someone.getId()).getInstitutions()
                .stream().map(Institution::getId).toList()));
        int line = Integer.parseInt(someone.getFirstName().substring("Fornavn".length()));
        assertEquals(line % 2 == 0 ? JobRole.LAERER : JobRole.PAEDAGOG, someone.getJobRole());
        Employee renamed = SystemAccess.call(() -> employees.update(someone.getId(), someone.getVersion(),
                new EmployeeService.Details("Omdøbt", someone.getLastName(), someone.getEmail(), someone.getJobRole(),
                        Set.of(school.getId()))));
        assertEquals(List.of("Omdøbt", someone.getVersion() + 1), List.of(renamed.getFirstName(), renamed.getVersion()),
                "an imported person is edited like anyone else, their version counted on from the import's");
    }
}
