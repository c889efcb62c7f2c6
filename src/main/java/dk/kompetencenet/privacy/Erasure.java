package dk.kompetencenet.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.FeedToken;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.files.FileStore;
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.UserAccount;

/**
 * Erases someone who left once the retention period has passed, by anonymisation (GDPR art. 17 and 5(1)(e)): what
 * names or describes them goes (name, e-mail, account, feeds, their credentials (revoked), date-poll answers and links, free text written about
 * them, certificate files, their user name wherever it was written as "by", the record of reminders sent to them and
 * their mail choices, the details of audit entries about them), while their anonymous record stays with its job role
 * and workplaces, so that closed rounds' answers, attendance, enrolments and designations still count and the
 * strategy's history and follow-up snapshots stay as they were. Coordinators and administrators.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** Every attribute that holds a user name as "who did it", as {@code Entity.attribute}. */
    static final List<String> WRITTEN_BY = List.of("AuditEntry.actor", "Assessment.assessor", "StoredFile.uploadedBy",
            "LocalDocument.changedBy", "IndicatorSnapshot.takenBy", "Experiment.recordedBy", "Experiment.changedBy",
            "EquipmentNeed.requestedBy", "EquipmentNeed.approvedBy", "EquipmentNeed.deliveredBy",
            "EquipmentNeed.inUseBy", "EquipmentNeed.rejectedBy", "EquipmentNeed.changedBy", "ApiToken.createdBy",
            "ApiToken.revokedBy");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private FileStore files;

    @Inject
    private Retention retention;

    private final Clock clock = Clock.systemUTC();

    /** People who left long enough ago to be erased, longest ago first. */
    public List<Employee> due(int first, int max) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        return em.createQuery("select e from Employee e where e.active = false and e.anonymisedAt is null"
                        + " and e.leftOn <= :cutoff order by e.leftOn, e.id", Employee.class)
                .setParameter("cutoff", retention.leftOnOrBefore()).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    public long countDue() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        return em.createQuery("select count(e) from Employee e where e.active = false and e.anonymisedAt is null"
                + " and e.leftOn <= :cutoff", Long.class).setParameter("cutoff", retention.leftOnOrBefore())
                .getSingleResult();
    }

    /** Someone to erase, for the page that asks to confirm it. */
    public Employee candidate(Long employeeId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Employee person = employeeId == null ? null : em.find(Employee.class, employeeId);
        if (person == null) {
            throw new NotFoundException();
        }
        return person;
    }

    public void erase(Long employeeId, long version) {
        Employee person = candidate(employeeId);
        person.requireVersion(version);
        requireErasable(person);
        Long id = person.getId();
        List<String> usernames = em.createQuery("select u.username from UserAccount u where u.employee.id = :p",
                String.class).setParameter("p", id).getResultList();
        List<String> identifying = new ArrayList<>(usernames);
        identifying.add(person.getEmail());
        identifying.add(person.getFullName());
        removeAccountsAndFeeds(id);
        em.flush();
        removeFreeText(id, person.getEmail());
        String pseudonym = Employee.pseudonym(id);
        if (!usernames.isEmpty()) {
            for (String attribute : WRITTEN_BY) {
                String[] parts = attribute.split("\\.");
                em.createQuery("update " + parts[0] + " x set x." + parts[1] + " = :pseudonym where x." + parts[1]
                        + " in :u").setParameter("pseudonym", pseudonym).setParameter("u", usernames).executeUpdate();
            }
        }
        anonymiseAudit(id, identifying);
        person.anonymise(clock.instant());
        em.flush();
        audit.record("ANONYMISE", "Employee", id, "retention " + retention.months() + " months, left "
                + person.getLeftOn());
    }

    private void requireErasable(Employee person) {
        if (person.isAnonymised()) {
            throw new InvalidInputException(Problem.inField("employee", "erasure.error.done"));
        }
        if (person.isActive()) {
            throw new InvalidInputException(Problem.inField("employee", "erasure.error.active"));
        }
        LocalDate from = person.erasableFrom(retention.months())
                .orElseThrow(() -> new InvalidInputException(Problem.inField("employee", "erasure.error.leftUnknown")));
        if (retention.today().isBefore(from)) {
            // noon in UTC is the same calendar day in Copenhagen, whatever zone formats it
            Date day = Date.from(from.atTime(12, 0).toInstant(ZoneOffset.UTC));
            throw new InvalidInputException(Problem.inField("employee", "erasure.error.tooEarly", day,
                    retention.months()));
        }
    }

    private void removeAccountsAndFeeds(Long id) {
        em.createQuery("delete from ApiToken t where t.account.id in"
                + " (select u.id from UserAccount u where u.employee.id = :p)").setParameter("p", id).executeUpdate();
        em.createQuery("select u from UserAccount u where u.employee.id = :p", UserAccount.class).setParameter("p", id)
                .getResultList().forEach(em::remove);
        em.createQuery("delete from SentReminder s where s.employee.id = :p").setParameter("p", id).executeUpdate();
        em.createQuery("delete from MailPreference m where m.employee.id = :p").setParameter("p", id).executeUpdate();
        em.createQuery("delete from FeedToken t where t.ownerType = :person and t.ownerId = :p")
                .setParameter("person", FeedToken.OwnerType.PERSON).setParameter("p", id).executeUpdate();
        // date polls: their answers and personal links go; a poll they organised stays, as their meetings do
        em.createQuery("delete from PollAnswer a where a.invitee.id in"
                + " (select i.id from PollInvitee i where i.employee.id = :p)").setParameter("p", id).executeUpdate();
        em.createQuery("delete from PollInvitee i where i.employee.id = :p").setParameter("p", id).executeUpdate();
    }

    /** Text written about them, which may name or describe them; the records themselves stay and count. */
    private void removeFreeText(Long id, String email) {
        em.createQuery("update Assessment a set a.note = null, a.evidence = null, a.reflection = null"
                + " where a.employee.id = :p").setParameter("p", id).executeUpdate();
        em.createQuery("update DevelopmentGoal g set g.description = :removed where g.employee.id = :p")
                .setParameter("removed", "–").setParameter("p", id).executeUpdate();
        em.createQuery("update TimeProposal t set t.comment = null where t.employee.id = :p").setParameter("p", id)
                .executeUpdate();
        List<StoredFile> certificates = em.createQuery("select m.certificate from ModuleCompletion m"
                + " where m.enrolment.employee.id = :p and m.certificate is not null", StoredFile.class)
                .setParameter("p", id).getResultList();
        em.createQuery("update ModuleCompletion m set m.evidence = null, m.certificate = null where m.enrolment.id in"
                + " (select x.id from Enrolment x where x.employee.id = :p)").setParameter("p", id).executeUpdate();
        certificates.forEach(files::delete);
        // credentials name them: revoked, so that a certificate or badge they kept no longer verifies as theirs
        em.createQuery("update Credential c set c.revokedAt = :now, c.revokedBy = :by, c.revokeReason = :reason"
                + " where c.employee.id = :p and c.revokedAt is null").setParameter("now", clock.instant())
                .setParameter("by", caller.name()).setParameter("reason", "erased (GDPR art. 17)")
                .setParameter("p", id).executeUpdate();
        em.createQuery("update ProcessedReply r set r.attendee = null where lower(r.attendee) = :email")
                .setParameter("email", email).executeUpdate();
    }

    /** Audit entries keep who did what when, but not what they said about the person, nor their name anywhere. */
    private void anonymiseAudit(Long id, List<String> identifying) {
        em.flush();
        em.createQuery("update AuditEntry a set a.details = null where a.subjectId = :p").setParameter("p", id)
                .executeUpdate();
        for (String text : identifying) {
            em.createQuery("update AuditEntry a set a.details = null where lower(a.details) like :text escape '\\'")
                    .setParameter("text", "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%")
                            .replace("_", "\\_") + "%").executeUpdate();
        }
    }
}
