package dk.kompetencenet.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.FeedToken;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * Everything held about one person (GDPR art. 15 and 20), for an administrator about anyone and for the person about
 * themselves; anyone else is refused. One query per section of {@link PersonalDataQueries}, whatever the number of
 * records. The export itself is audited, about the person.
 */
@ApplicationScoped
@Transactional
public class PersonalDataExport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The caller's own data. */
    public PersonalData mine() {
        return of(caller.employeeId().orElseThrow(NotFoundException::new));
    }

    public PersonalData of(Long employeeId) {
        if (!caller.hasRole(Role.ADMIN) && caller.employeeId().filter(id -> id.equals(employeeId)).isEmpty()) {
            throw new AccessDeniedException();
        }
        if (employeeId == null || em.find(Employee.class, employeeId) == null) {
            throw new NotFoundException();
        }
        List<String> usernames = em.createQuery("select u.username from UserAccount u where u.employee.id = :p",
                String.class).setParameter("p", employeeId).getResultList();
        audit.record("EXPORT_PERSONAL_DATA", "Employee", employeeId, null);
        List<PersonalData.Section> sections = new ArrayList<>();
        for (PersonalDataQueries.Query query : PersonalDataQueries.ALL) {
            sections.add(section(query, employeeId, usernames));
        }
        return new PersonalData(employeeId, clock.instant(), List.copyOf(sections));
    }

    private PersonalData.Section section(PersonalDataQueries.Query query, Long employeeId, List<String> usernames) {
        Query jpql = em.createQuery(query.jpql());
        if (query.jpql().contains(":p")) {
            jpql.setParameter("p", employeeId);
        }
        if (query.jpql().contains(":u")) {
            jpql.setParameter("u", usernames.isEmpty() ? List.of("") : usernames);
        }
        if (query.jpql().contains(":person")) {
            jpql.setParameter("person", FeedToken.OwnerType.PERSON);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Object result : jpql.getResultList()) {
            Object[] values = result instanceof Object[] array ? array : new Object[] {result};
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < values.length; i++) {
                row.put(query.columns().get(i), plain(values[i]));
            }
            rows.add(row);
        }
        return new PersonalData.Section(query.source(), query.columns(), List.copyOf(rows));
    }

    /** Text, a number, true/false or null: enums by name, dates and times as ISO text. */
    private static Object plain(Object value) {
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString(); // dates and times as ISO 8601
    }
}
