package dk.kompetencenet.reminder;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.tokens.TokenSecret;

/**
 * A person's choice of reminder mails: on their own page (logged in, their own record only), or one kind turned off
 * through the token link of a mail, without login. Every change is audited.
 */
@ApplicationScoped
@Transactional
public class MailPreferences {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    /** The caller's choices (everything on, Danish, until they change something); refused without an own record. */
    public MailPreference mine() {
        Long me = caller.employeeId().orElseThrow(AccessDeniedException::new);
        return find(me).orElseGet(() -> new MailPreference(em.find(Employee.class, me)));
    }

    /** The kinds meant for the caller: meetings, rounds; due dates for leaders, the digest for coordinators. */
    public Set<ReminderKind> kindsForMe() {
        Set<ReminderKind> kinds = EnumSet.of(ReminderKind.MEETING, ReminderKind.ROUND);
        if (caller.hasRole(Role.LEADER)) {
            kinds.add(ReminderKind.DUE_DATES);
        }
        if (caller.hasRole(Role.COORDINATOR)) {
            kinds.add(ReminderKind.DIGEST);
        }
        return kinds;
    }

    /** Saves the caller's choices, against the version they were shown (0 before the first save). */
    public MailPreference save(Map<ReminderKind, Boolean> wanted, Locale language, long version) {
        MailPreference preference = mine();
        preference.requireVersion(version);
        wanted.forEach(preference::choose);
        preference.chooseLanguage(language);
        if (preference.isNew()) {
            em.persist(preference);
        }
        em.flush();
        audit.recordAbout(preference.getEmployee().getId(), "UPDATE", preference, "mails=" + wanted
                + ", language=" + preference.locale().getLanguage());
        return preference;
    }

    /** Whether a person gets mails of a kind (what the jobs go by); a yes or no, nothing else about them. */
    public boolean wants(Long employeeId, ReminderKind kind) {
        return find(employeeId).map(p -> p.wants(kind)).orElse(true);
    }

    /** The kind a mail's unsubscribe token is for; empty for a token that is unknown or malformed. */
    public Optional<ReminderKind> kindOf(String token) {
        return sentWith(token).map(SentReminder::getKind);
    }

    /**
     * Turns off the kind of mail the token came with, for its recipient; no login, the token is the key. Empty (and
     * nothing changed) for a token that is unknown or malformed.
     */
    public Optional<ReminderKind> unsubscribe(String token) {
        Optional<SentReminder> sent = sentWith(token);
        sent.ifPresent(s -> {
            Employee person = s.getEmployee();
            MailPreference preference = find(person.getId()).orElseGet(() -> new MailPreference(person));
            preference.choose(s.getKind(), false);
            if (preference.isNew()) {
                em.persist(preference);
            }
            em.flush();
            audit.recordAbout(person.getId(), "UNSUBSCRIBE", preference, "kind=" + s.getKind());
        });
        return sent.map(SentReminder::getKind);
    }

    private Optional<SentReminder> sentWith(String token) {
        if (!ReminderLinks.wellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select s from SentReminder s join fetch s.employee where s.tokenHash = :h",
                SentReminder.class).setParameter("h", TokenSecret.hash(token)).setMaxResults(1).getResultStream()
                .findFirst();
    }

    private Optional<MailPreference> find(Long employeeId) {
        return em.createQuery("select p from MailPreference p where p.employee.id = :e", MailPreference.class)
                .setParameter("e", employeeId).getResultStream().findFirst();
    }
}
