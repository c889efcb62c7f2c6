package dk.kompetencenet.organisation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.audit.AuditEntry;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.persistence.IdBlocks;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * The staff CSV import into one institution ({@link EmployeeCsv}): the whole file is checked first, and a file with any
 * bad line imports nothing and names every bad line. A good file is saved at batch speed: the e-mails already taken
 * are found with one query per 500 lines, the new staff get one contiguous block of ids ({@link IdBlocks}) and are
 * inserted in JDBC batches on the transaction's own connection ({@link StaffRows}), and the import is written to the
 * audit log as one entry on the institution naming that block of ids ({@link #AUDIT_ACTION}), which the employee page
 * shows in each imported person's history.
 */
@ApplicationScoped
@Transactional
public class StaffImport {

    public static final String AUDIT_ACTION = "IMPORT";

    private static final int IN_LIST_CHUNK = 500;
    private static final int AUDIT_ENTRIES_SEARCHED = 200;
    private static final Pattern ID_RANGE = Pattern.compile(": ids (\\d+)-(\\d+)$");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private IdBlocks ids;

    @Inject
    private AuditLog audit;

    /**
     * Imports a staff file into one institution (administrators, coordinators, and leaders into their own).
     *
     * @return how many employees were imported
     */
    public int importCsv(Long institutionId, byte[] content) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Institution institution = institutions.get(institutionId);
        if (!institution.isActive()) {
            throw new InvalidInputException(Problem.atLine(1, "import.error.inactiveInstitution", institution.getName()));
        }
        List<EmployeeCsv.Row> rows = EmployeeCsv.read(content);
        Set<String> taken = existingEmails(rows.stream().map(EmployeeCsv.Row::email).toList());
        List<Problem> problems = rows.stream().filter(r -> taken.contains(r.email()))
                .map(r -> Problem.atLine(r.line(), "import.error.emailExists", r.email())).toList();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long first = ids.take(rows.size());
        long id = first;
        List<Employee> added = new ArrayList<>(rows.size());
        for (EmployeeCsv.Row row : rows) {
            added.add(Employee.withId(id++, row.firstName(), row.lastName(), row.email(), row.jobRole()));
        }
        StaffRows.insert(em, added, institutionId);
        audit.record(AUDIT_ACTION, Institution.class.getSimpleName(), institutionId,
                rows.size() + " employees imported into " + institution.getName() + ": ids " + first + "-" + (id - 1));
        return rows.size();
    }

    /** The import that added this employee, if they were imported (administrators only, as the audit log). */
    public Optional<AuditEntry> importOf(Employee employee) {
        return employee.getInstitutions().stream().map(Institution::getId).sorted()
                .flatMap(i -> audit.forEntity(Institution.class.getSimpleName(), i, AUDIT_ENTRIES_SEARCHED).stream())
                .filter(e -> AUDIT_ACTION.equals(e.getAction()) && covers(e.getDetails(), employee.getId()))
                .min(Comparator.comparing(AuditEntry::getOccurredAt));
    }

    /** Whether an import's audit details name this id among those it added. */
    static boolean covers(String details, long employeeId) {
        Matcher range = ID_RANGE.matcher(details == null ? "" : details);
        return range.find() && Long.parseLong(range.group(1)) <= employeeId
                && employeeId <= Long.parseLong(range.group(2));
    }

    private Set<String> existingEmails(List<String> emails) {
        Set<String> found = new HashSet<>();
        for (int from = 0; from < emails.size(); from += IN_LIST_CHUNK) {
            Collection<String> chunk = emails.subList(from, Math.min(emails.size(), from + IN_LIST_CHUNK));
            found.addAll(em.createNamedQuery("Employee.emailsIn", String.class).setParameter("emails", chunk)
                    .getResultList());
        }
        return found;
    }
}
