package dk.kompetencenet.organisation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * Institutions: leaders, supervisors and employees see their own; administrators and coordinators see and maintain
 * all of them.
 */
@ApplicationScoped
@Transactional
public class InstitutionService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** A filter for the institution list. */
    public record Filter(String text, InstitutionType type, boolean includeInactive) {

        public static Filter all() {
            return new Filter(null, null, true);
        }
    }

    /** A row of the institution list, with its number of active staff. */
    public record Row(Long id, String name, InstitutionType type, String area, String address, boolean active,
                      long staff) implements Serializable {
    }

    public Institution get(Long id) {
        Institution institution = find(id).orElseThrow(NotFoundException::new);
        caller.requireInstitution(id);
        return institution;
    }

    public Optional<Institution> find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Institution.class, id));
    }

    public Optional<Institution> findByName(String name) {
        return em.createNamedQuery("Institution.byName", Institution.class).setParameter("name", name)
                .getResultStream().findFirst();
    }

    public boolean isEmpty() {
        return em.createNamedQuery("Institution.count", Long.class).getSingleResult() == 0;
    }

    public long count(Filter filter) {
        return query("select count(i) from Institution i", filter, Long.class).getSingleResult();
    }

    public List<Row> page(Filter filter, int first, int max) {
        List<Institution> institutions = query("select i from Institution i", filter, Institution.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
        Map<Long, Long> staff = staffCounts(institutions.stream().map(Institution::getId).toList());
        return institutions.stream().map(i -> new Row(i.getId(), i.getName(), i.getType(), i.getArea(),
                i.getAddress().oneLine(), i.isActive(), staff.getOrDefault(i.getId(), 0L))).toList();
    }

    /** The institutions in the caller's scope, by name, for choosers. */
    public List<Institution> choices() {
        return query("select i from Institution i", new Filter(null, null, false), Institution.class).getResultList();
    }

    private Map<Long, Long> staffCounts(List<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select i.id, count(e) from Employee e join e.institutions i"
                        + " where i.id in :ids and e.active = true group by i.id", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    private <T> TypedQuery<T> query(String select, Filter filter, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(lower(i.name) like :text or lower(i.area) like :text)");
        }
        if (filter.type() != null) {
            where.add("i.type = :type");
        }
        if (!filter.includeInactive()) {
            where.add("i.active = true");
        }
        if (!caller.seesAllInstitutions()) {
            where.add("i.id in :scope");
        }
        String jpql = select + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + (type == Long.class ? "" : " order by i.name");
        TypedQuery<T> query = em.createQuery(jpql, type);
        if (filter.text() != null && !filter.text().isBlank()) {
            query.setParameter("text", "%" + filter.text().trim().toLowerCase() + "%");
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (!caller.seesAllInstitutions()) {
            query.setParameter("scope", scopeIds());
        }
        return query;
    }

    private List<Long> scopeIds() {
        // "in ()" is not valid SQL; -1 matches no institution.
        return caller.institutionIds().isEmpty() ? List.of(-1L) : List.copyOf(caller.institutionIds());
    }

    public Institution create(String name, InstitutionType type, String area, Address address) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        String checked = requireName(name);
        requireUniqueName(checked, null);
        Institution institution = new Institution(checked, requireType(type), area, address);
        em.persist(institution);
        em.flush();
        audit.record("CREATE", institution, institution.getName());
        return institution;
    }

    public Institution update(Long id, long version, String name, InstitutionType type, String area, Address address) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Institution institution = get(id);
        institution.requireVersion(version);
        String checked = requireName(name);
        requireUniqueName(checked, id);
        institution.describe(checked, requireType(type), area, address);
        em.flush();
        audit.record("UPDATE", institution, institution.getName());
        return institution;
    }

    public void setActive(Long id, long version, boolean active) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Institution institution = get(id);
        institution.requireVersion(version);
        if (active) {
            institution.reactivate();
        } else {
            institution.deactivate();
        }
        em.flush();
        audit.record(active ? "REACTIVATE" : "DEACTIVATE", institution, null);
    }

    private static String requireName(String name) {
        return Text.required("name", name, Institution.NAME_LENGTH, "institution.error.nameRequired");
    }

    private static InstitutionType requireType(InstitutionType type) {
        if (type == null) {
            throw new InvalidInputException(Problem.inField("type", "institution.error.typeRequired"));
        }
        return type;
    }

    private void requireUniqueName(String name, Long self) {
        if (name != null && findByName(name.trim()).filter(other -> !other.getId().equals(self)).isPresent()) {
            throw new InvalidInputException(Problem.inField("name", "institution.error.nameTaken", name.trim()));
        }
    }
}
