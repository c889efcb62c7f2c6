package dk.kompetencenet.platform.audit;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.persistence.BaseEntity;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * Who changed what, for the personal data Kompetencenet holds (GDPR art. 5(2) and 30). Written in the same transaction
 * as the change, so a rolled-back change leaves no entry.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    private final Clock clock = Clock.systemUTC();

    /** Entity types whose id is an employee's: entries about them are about that employee. */
    private static final Set<String> PERSONS = Set.of("Employee", "PERSON");

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, BaseEntity entity, String details) {
        record(action, entity.getClass().getSimpleName(), entity.getId(), details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String entityType, Long entityId, String details) {
        recordAbout(PERSONS.contains(entityType) ? entityId : null, action, entityType, entityId, details);
    }

    /** A change to something of one employee's (their account, enrolment, answer, membership): about them. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAbout(Long employeeId, String action, BaseEntity entity, String details) {
        recordAbout(employeeId, action, entity.getClass().getSimpleName(), entity.getId(), details);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAbout(Long employeeId, String action, String entityType, Long entityId, String details) {
        em.persist(new AuditEntry(clock.instant(), caller.name(), action, entityType, entityId, details, employeeId));
    }

    /** The newest entries about one entity; administrators only. */
    public List<AuditEntry> forEntity(String entityType, Long entityId, int max) {
        caller.requireAnyRole(Role.ADMIN);
        return em.createNamedQuery("AuditEntry.forEntity", AuditEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setMaxResults(max)
                .getResultList();
    }
}
