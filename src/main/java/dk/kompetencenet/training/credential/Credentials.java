package dk.kompetencenet.training.credential;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.training.Enrolment;
import dk.kompetencenet.training.EnrolmentStatus;
import dk.kompetencenet.training.ModuleCompletion;

/**
 * Credentials: issued when an enrolment is completed (one per enrolment), downloaded by the person and by
 * coordinators, revoked with a reason by coordinators and administrators (audited), and looked up publicly by token
 * for the verification page.
 */
@ApplicationScoped
@Transactional
public class Credentials {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private StatusList statusList;

    private final Clock clock = Clock.systemUTC();

    /**
     * Issues the credential a completed enrolment earned, valid from its completion day until the first day a module's
     * certificate runs out (if any); nothing when it has one already.
     */
    public Credential issue(Enrolment enrolment) {
        Optional<Credential> existing = em.createQuery("select c from Credential c where c.enrolment = :e",
                Credential.class).setParameter("e", enrolment).getResultStream().findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        return create(enrolment, statusList.taken());
    }

    /**
     * What the daily credential job does ({@link CredentialJob}): issues the credentials of programmes completed
     * before credentials existed (or recorded without one), and gives credentials made before the revocation list
     * their place in it. Two queries to find them, whatever their number. Returns how many it changed.
     */
    public int backfill() {
        Set<Integer> taken = statusList.taken();
        List<Credential> unplaced = em.createQuery("select c from Credential c where c.statusIndex is null",
                Credential.class).getResultList();
        unplaced.forEach(c -> c.placeInStatusList(StatusList.draw(taken)));
        List<Enrolment> missing = em.createQuery("select distinct e from Enrolment e join fetch e.completions"
                + " where e.status = :completed and not exists (select c.id from Credential c where c.enrolment = e)",
                Enrolment.class).setParameter("completed", EnrolmentStatus.COMPLETED).getResultList();
        missing.forEach(e -> create(e, taken));
        em.flush();
        return unplaced.size() + missing.size();
    }

    private Credential create(Enrolment enrolment, Set<Integer> taken) {
        LocalDate until = enrolment.getCompletions().stream().map(ModuleCompletion::getValidUntil)
                .filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
        Credential credential = new Credential(newToken(), enrolment, clock.instant(), enrolment.getCompletedOn(), until);
        credential.placeInStatusList(StatusList.draw(taken));
        em.persist(credential);
        em.flush();
        audit.recordAbout(enrolment.getEmployee().getId(), "ISSUE_CREDENTIAL", credential,
                "enrolment=" + enrolment.getId());
        return credential;
    }

    /** A credential, for its holder, and coordinators and administrators. */
    public Credential get(Long id) {
        Credential credential = Optional.ofNullable(id == null ? null : em.find(Credential.class, id))
                .orElseThrow(NotFoundException::new);
        boolean own = caller.employeeId().filter(credential.getEmployee().getId()::equals).isPresent();
        if (!own && !caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR)) {
            throw new AccessDeniedException();
        }
        return credential;
    }

    /** The caller's own credentials, newest first. */
    public List<Credential> mine() {
        Long me = caller.employeeId().orElse(-1L);
        return em.createQuery("select c from Credential c join fetch c.enrolment e join fetch e.run r"
                + " join fetch r.programme where c.employee.id = :p order by c.issuedAt desc, c.id desc",
                Credential.class).setParameter("p", me).getResultList();
    }

    /** Credentials issued, newest first, a page at a time: coordinators and administrators. */
    public List<Credential> issued(int first, int max) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        return em.createQuery("select c from Credential c join fetch c.employee join fetch c.enrolment e"
                + " join fetch e.run r join fetch r.programme order by c.issuedAt desc, c.id desc", Credential.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public Credential revoke(Long id, long version, String reason) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        Credential credential = get(id);
        credential.requireVersion(version);
        credential.revoke(reason, caller.name(), clock.instant());
        em.flush();
        audit.recordAbout(credential.getEmployee().getId(), "REVOKE_CREDENTIAL", credential, reason.strip());
        return credential;
    }

    /** The credential behind a verification link, for anyone; empty for a malformed or unknown token. */
    public Optional<Credential> byToken(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        return em.createQuery("select c from Credential c join fetch c.employee join fetch c.enrolment e"
                + " join fetch e.run r join fetch r.programme where c.token = :t", Credential.class)
                .setParameter("t", token).getResultStream().findFirst();
    }

    public static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
