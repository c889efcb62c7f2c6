package dk.kompetencenet.organisation;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * Staff records. Administrators and coordinators reach everyone; leaders maintain the staff of their own
 * institution(s); supervisors read them; employees see only themselves. Files of staff are imported by
 * {@link StaffImport}.
 */
@ApplicationScoped
@Transactional
public class EmployeeService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AuditLog audit;

    /** A filter for the staff list; institutionId null means every institution in the caller's scope. */
    public record Filter(String text, Long institutionId, JobRole jobRole, boolean includeInactive) {

        public static Filter at(Long institutionId) {
            return new Filter(null, institutionId, null, false);
        }
    }

    /** A row of the staff list. */
    public record Row(Long id, String firstName, String lastName, String email, JobRole jobRole, boolean active,
                      List<String> institutions) implements Serializable {

        public String fullName() {
            return firstName + " " + lastName;
        }

        /** The institutions as one line, for lists. */
        public String workplaces() {
            return String.join(", ", institutions);
        }
    }

    /** What a create or edit form gives. */
    public record Details(String firstName, String lastName, String email, JobRole jobRole, Set<Long> institutionIds) {
    }

    public Employee get(Long id) {
        Employee employee = Optional.ofNullable(id == null ? null : em.find(Employee.class, id))
                .orElseThrow(NotFoundException::new);
        requireReadable(employee);
        return employee;
    }

    /** The employee with this e-mail address, if the caller may see them. */
    public Optional<Employee> findByEmail(String email) {
        Optional<Employee> found = em.createNamedQuery("Employee.byEmail", Employee.class)
                .setParameter("email", Employee.normaliseEmail(email)).getResultStream().findFirst();
        found.ifPresent(this::requireReadable);
        return found;
    }

    private void requireReadable(Employee employee) {
        if (caller.seesAllInstitutions() || caller.employeeId().filter(employee.getId()::equals).isPresent()) {
            return;
        }
        if (!caller.hasAnyRole(Role.LEADER, Role.SUPERVISOR)
                || employee.getInstitutions().stream().noneMatch(i -> caller.canAccessInstitution(i.getId()))) {
            throw new AccessDeniedException();
        }
    }

    public long count(Filter filter) {
        return query("select count(e) from Employee e", filter, Long.class).getSingleResult();
    }

    /** One page of the staff list: two queries, whatever the page size. */
    public List<Row> page(Filter filter, int first, int max) {
        List<Object[]> people = query("select e.id, e.firstName, e.lastName, e.email, e.jobRole, e.active from Employee e",
                filter, Object[].class).setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, List<String>> workplaces = workplaces(people.stream().map(r -> (Long) r[0]).toList());
        return people.stream().map(r -> new Row((Long) r[0], (String) r[1], (String) r[2], (String) r[3],
                (JobRole) r[4], (Boolean) r[5], workplaces.getOrDefault((Long) r[0], List.of()))).toList();
    }

    /** The first matching employees as entities, for choosers (workplaces fetched in the same query). */
    public List<Employee> search(String text, int max) {
        List<Long> ids = query("select e.id from Employee e", new Filter(text, null, null, false), Long.class)
                .setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select distinct e from Employee e left join fetch e.institutions where e.id in :ids"
                + " order by e.lastName, e.firstName", Employee.class).setParameter("ids", ids).getResultList();
    }

    private Map<Long, List<String>> workplaces(List<Long> employeeIds) {
        if (employeeIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e.id, i.name from Employee e join e.institutions i where e.id in :ids"
                        + " order by i.name", Object[].class)
                .setParameter("ids", employeeIds).getResultStream()
                .collect(Collectors.groupingBy(r -> (Long) r[0], LinkedHashMap::new,
                        Collectors.mapping(r -> (String) r[1], Collectors.toList())));
    }

    private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type) {
        if (!caller.seesAllInstitutions() && !caller.hasAnyRole(Role.LEADER, Role.SUPERVISOR)) {
            throw new AccessDeniedException();
        }
        if (filter.institutionId() != null) {
            institutions.get(filter.institutionId()); // 404 or 403 outside the caller's scope
        }
        List<String> where = new ArrayList<>();
        boolean text = filter.text() != null && !filter.text().isBlank();
        if (text) {
            where.add("(lower(e.firstName) like :text or lower(e.lastName) like :text or e.email like :text"
                    + " or lower(concat(concat(e.firstName, ' '), e.lastName)) like :text)");
        }
        if (filter.institutionId() != null) {
            where.add("e.id in (select x.id from Employee x join x.institutions xi where xi.id = :institution)");
        } else if (!caller.seesAllInstitutions()) {
            where.add("e.id in (select x.id from Employee x join x.institutions xi where xi.id in :scope)");
        }
        if (filter.jobRole() != null) {
            where.add("e.jobRole = :jobRole");
        }
        if (!filter.includeInactive()) {
            where.add("e.active = true");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (select.startsWith("select count(") ? "" : " order by e.lastName, e.firstName, e.id");
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (text) {
            query.setParameter("text", "%" + filter.text().trim().toLowerCase() + "%");
        }
        if (filter.institutionId() != null) {
            query.setParameter("institution", filter.institutionId());
        } else if (!caller.seesAllInstitutions()) {
            query.setParameter("scope", caller.institutionIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.institutionIds()));
        }
        if (filter.jobRole() != null) {
            query.setParameter("jobRole", filter.jobRole());
        }
        return query;
    }

    public Employee create(Details details) {
        Set<Institution> workplaces = workplacesToMaintain(details.institutionIds());
        requireEmailFree(details.email(), null);
        Employee employee = new Employee(details.firstName(), details.lastName(), details.email(), details.jobRole());
        workplaces.forEach(employee::joinInstitution);
        em.persist(employee);
        em.flush();
        audit.record("CREATE", employee, describe(employee));
        return employee;
    }

    public Employee update(Long id, long version, Details details) {
        Employee employee = get(id);
        requireMaintainable(employee);
        employee.requireVersion(version);
        // Links to institutions outside the caller's scope are not the caller's to change: they are kept as they are.
        Set<Long> requested = new HashSet<>(details.institutionIds() == null ? Set.of() : details.institutionIds());
        employee.getInstitutions().stream().map(Institution::getId).filter(i -> !caller.canAccessInstitution(i))
                .forEach(requested::remove);
        Set<Institution> wanted = workplacesToMaintain(requested);
        requireEmailFree(details.email(), id);
        employee.rename(details.firstName(), details.lastName());
        employee.changeEmail(details.email());
        employee.changeJobRole(details.jobRole());
        // A leader changes only the links to institutions they lead; other links stay as they are.
        for (Institution current : Set.copyOf(employee.getInstitutions())) {
            if (caller.canAccessInstitution(current.getId()) && !wanted.contains(current)) {
                employee.leaveInstitution(current);
            }
        }
        wanted.forEach(employee::joinInstitution);
        em.flush();
        audit.record("UPDATE", employee, describe(employee));
        return employee;
    }

    public void setActive(Long id, long version, boolean active) {
        Employee employee = get(id);
        requireMaintainable(employee);
        employee.requireVersion(version);
        if (active) {
            employee.reactivate();
        } else {
            employee.deactivate(LocalDate.now(Zones.COPENHAGEN));
        }
        em.flush();
        audit.record(active ? "REACTIVATE" : "DEACTIVATE", employee, null);
    }

    private void requireMaintainable(Employee employee) {
        if (caller.seesAllInstitutions()) {
            return;
        }
        if (!caller.hasRole(Role.LEADER)
                || employee.getInstitutions().stream().noneMatch(i -> caller.canAccessInstitution(i.getId()))) {
            throw new AccessDeniedException();
        }
    }

    private Set<Institution> workplacesToMaintain(Set<Long> ids) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Set<Institution> result = new HashSet<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            result.add(institutions.get(id));
        }
        if (!caller.seesAllInstitutions() && result.isEmpty()) {
            // a leader's new colleague must work at one of the leader's institutions, or the leader loses sight of them
            throw new InvalidInputException(Problem.inField("institutions", "employee.error.institutionRequired"));
        }
        return result;
    }

    private void requireEmailFree(String email, Long self) {
        String normalised = Employee.normaliseEmail(email);
        em.createNamedQuery("Employee.byEmail", Employee.class).setParameter("email", normalised).getResultStream()
                .filter(other -> !other.getId().equals(self)).findFirst()
                .ifPresent(other -> {
                    throw new InvalidInputException(Problem.inField("email", "employee.error.emailTaken", normalised));
                });
    }

    private static String describe(Employee e) {
        return "name=" + e.getFullName() + ", email=" + e.getEmail() + ", jobRole=" + e.getJobRole()
                + ", institutions=" + e.getInstitutions().stream().map(Institution::getId).sorted().toList();
    }
}
