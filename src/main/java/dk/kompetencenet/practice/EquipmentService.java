package dk.kompetencenet.practice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * The register of equipment needs. Leaders of an institution and the coordinators keep it: they request equipment,
 * change what is requested, and move each need on (approved, delivered, in use, or rejected). Staff of the institution
 * read it; coordinators see every institution's. Lists page in the database: a count, a page, and one batch query
 * for the initiatives of the whole page.
 */
@ApplicationScoped
@Transactional
public class EquipmentService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private PracticeInitiatives initiatives;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Which needs to list: of one institution, of one sector, in one status, serving one initiative (all optional). */
    public record Filter(Long institutionId, Sector sector, EquipmentStatus status, Long initiativeId) {

        public static Filter at(Long institutionId) {
            return new Filter(institutionId, null, null, null);
        }
    }

    /** One need of an institution in the caller's scope. */
    public EquipmentNeed get(Long id) {
        EquipmentNeed need = find(id);
        caller.requireInstitution(need.getInstitution().getId());
        need.getInitiatives().size();
        return need;
    }

    /** Whether the caller keeps the institution's register: its leaders, and the coordinators. */
    public boolean canKeep(Long institutionId) {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER) && caller.canAccessInstitution(institutionId);
    }

    /**
     * Requests equipment for an institution, on the given day or today; without initiatives chosen it serves the
     * strategy's initiative on access to the necessary digital tools.
     */
    public EquipmentNeed request(Long institutionId, EquipmentNeed.Details details, LocalDate requestedOn,
                                 Set<Long> initiativeIds) {
        Institution institution = keeper(institutionId);
        EquipmentNeed need = new EquipmentNeed(institution, details,
                initiatives.chosenOrDefault(initiativeIds, PracticeInitiatives.Kind.EQUIPMENT), requestedOn, today(),
                caller.name(), clock.instant());
        em.persist(need);
        em.flush();
        audit.record("CREATE", need, institution.getName() + ": " + need.getQuantity() + " × " + need.getWhat());
        return need;
    }

    /** Changes what is needed; an edit made on an older copy is refused. */
    public EquipmentNeed change(Long id, long version, EquipmentNeed.Details details, Set<Long> initiativeIds) {
        EquipmentNeed need = find(id);
        keeper(need.getInstitution().getId());
        need.requireVersion(version);
        need.describe(details, initiatives.chosenOrDefault(initiativeIds, PracticeInitiatives.Kind.EQUIPMENT),
                caller.name(), clock.instant());
        em.flush();
        audit.record("UPDATE", need, need.getQuantity() + " × " + need.getWhat());
        return need;
    }

    /** Moves a need on to its next status, dated {@code on} (today when null); see {@link EquipmentNeed#advance}. */
    public EquipmentNeed advance(Long id, long version, EquipmentStatus to, LocalDate on) {
        EquipmentNeed need = find(id);
        keeper(need.getInstitution().getId());
        need.requireVersion(version);
        need.advance(to, on, today(), caller.name(), clock.instant());
        em.flush();
        audit.record("STATUS", need, to + " " + need.lastStep().on());
        return need;
    }

    public long count(Filter filter) {
        Where where = where(filter);
        return where.query(em, "select count(n)" + where.from("EquipmentNeed") + where.where(), Long.class)
                .getSingleResult();
    }

    /** A page of needs, newest request first, with their institution and initiatives. */
    public List<EquipmentNeed> page(Filter filter, int first, int max) {
        Where where = where(filter);
        List<EquipmentNeed> page = where.query(em, "select n" + where.from("EquipmentNeed")
                        + " join fetch n.institution" + where.where() + " order by n.requestedOn desc, n.id desc",
                        EquipmentNeed.class)
                .setHint("eclipselink.batch", "n.initiatives").setHint("eclipselink.batch.type", "IN")
                .setFirstResult(first).setMaxResults(max).getResultList();
        page.forEach(r -> r.getInitiatives().size());
        return page;
    }

    private Where where(Filter filter) {
        if (filter.institutionId() != null) {
            institutions.get(filter.institutionId());
        }
        Where where = new Where("n").institution(filter.institutionId()).sector(filter.sector())
                .initiative(filter.initiativeId()).scope(caller);
        if (filter.status() != null) {
            where.and("n.status = :status", "status", filter.status());
        }
        return where;
    }

    private Institution keeper(Long institutionId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        return institutions.get(institutionId);
    }

    private EquipmentNeed find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(EquipmentNeed.class, id))
                .orElseThrow(NotFoundException::new);
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }
}
