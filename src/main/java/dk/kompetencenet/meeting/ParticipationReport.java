package dk.kompetencenet.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/** Recorded attendance counted per institution or per person over a period, within the caller's scope. */
@ApplicationScoped
@Transactional
public class ParticipationReport {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    /** Participation counts for an institution or a person over a period. */
    public record Participation(Long id, String name, long present, long absent, long excused) implements Serializable {

        public long total() {
            return present + absent + excused;
        }

        /** Share present of all recorded, in whole per cent. */
        public long presentPercent() {
            return total() == 0 ? 0 : Math.round(100.0 * present / total());
        }
    }

    /** Recorded attendance per institution in a period, within the caller's scope; one query. */
    public List<Participation> participationByInstitution(LocalDate from, LocalDate to) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        String scope = caller.seesAllInstitutions() ? "" : " and i.id in :scope";
        var query = em.createQuery("select i.id, i.name, a.status, count(a) from Attendance a join a.invitation inv"
                + " join inv.employee e join e.institutions i where a.occurrenceStart >= :from and a.occurrenceStart < :to"
                + scope + " group by i.id, i.name, a.status order by i.name", Object[].class);
        return participation(scoped(query).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList());
    }

    /** Recorded attendance per person in a period (of one institution, or all in scope); one query. */
    public List<Participation> participationByPerson(LocalDate from, LocalDate to, Long institutionId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        if (institutionId != null) {
            institutions.get(institutionId);
        }
        String filter = institutionId != null ? " and e.id in (select x.id from Employee x join x.institutions xi"
                + " where xi.id = :institution)" : caller.seesAllInstitutions() ? "" : " and e.id in (select x.id"
                + " from Employee x join x.institutions xi where xi.id in :scope)";
        var query = em.createQuery("select e.id, concat(concat(e.firstName, ' '), e.lastName), a.status, count(a)"
                + " from Attendance a join a.invitation inv join inv.employee e where a.occurrenceStart >= :from"
                + " and a.occurrenceStart < :to" + filter + " group by e.id, e.firstName, e.lastName, a.status"
                + " order by e.lastName, e.firstName", Object[].class)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay());
        if (institutionId != null) {
            query.setParameter("institution", institutionId);
        } else {
            scoped(query);
        }
        return participation(query.getResultList());
    }

    private <T> jakarta.persistence.TypedQuery<T> scoped(jakarta.persistence.TypedQuery<T> query) {
        if (!caller.seesAllInstitutions()) {
            query.setParameter("scope", caller.institutionIds().isEmpty() ? List.of(-1L)
                    : List.copyOf(caller.institutionIds()));
        }
        return query;
    }

    private static List<Participation> participation(List<Object[]> rows) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : rows) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[3]);
            names.put((Long) r[0], (String) r[1]);
            c[((AttendanceStatus) r[2]).ordinal()] += (Long) r[3];
        }
        return counts.entrySet().stream().map(e -> new Participation(e.getKey(), names.get(e.getKey()),
                e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
