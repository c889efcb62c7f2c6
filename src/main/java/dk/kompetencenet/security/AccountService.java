package dk.kompetencenet.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/** Accounts: login checks, and their administration (administrators only). */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final Logger LOG = Logger.getLogger(AccountService.class.getName());
    private static final Duration LOGIN_NOTE_INTERVAL = Duration.ofMinutes(15);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Passwords passwords;

    @Inject
    private LoginLocks locks;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * The active account with this name and password, its last login noted; refused for anything else, and locked
     * (the right password refused too) after too many wrong ones in a row ({@link LoginLocks}).
     */
    public Login authenticate(String username, char[] password) {
        Optional<UserAccount> account = find(username);
        if (account.isEmpty()) {
            passwords.hash(password); // same work as a real check, so that timing does not tell which names exist
            return Login.refused();
        }
        UserAccount found = account.get();
        Instant now = clock.instant();
        LoginLocks.State lock = locks.state(found.getId());
        Optional<Instant> locked = lock.lockedAt(now);
        if (locked.isPresent()) {
            LOG.info(() -> "Login refused for " + found.getUsername() + ": locked until " + locked.get());
            return Login.locked(locked.get());
        }
        if (!found.isActive() || !passwords.matches(password, found.getPasswordHash())) {
            LOG.info(() -> "Failed login for " + found.getUsername());
            return locks.failed(found.getId(), found.getUsername(), now).map(Login::locked).orElseGet(Login::refused);
        }
        if (lock.anyToReset()) { // written only when there is something to reset, as most logins find nothing
            locks.reset(found.getId());
        }
        noteLogin(found);
        return Login.of(found);
    }

    /** Until when an account is locked after wrong passwords, if it is now. */
    public Optional<Instant> lockedUntil(Long id) {
        return locks.state(get(id).getId()).lockedAt(clock.instant());
    }

    /** An administrator lifts a lock (and the count of wrong passwords) at once. */
    public void unlock(Long id) {
        UserAccount account = get(id);
        locks.reset(account.getId());
        recordAbout("UNLOCK", account, null);
    }

    /**
     * Notes when the account last logged in, at most every 15 minutes (the API logs in on every request). Written past
     * the entity, so that it does not count as an edit: an administrator editing the account meanwhile gets no conflict.
     */
    void noteLogin(UserAccount account) {
        Instant now = clock.instant();
        if (account.getLastLoginAt() == null || account.getLastLoginAt().isBefore(now.minus(LOGIN_NOTE_INTERVAL))) {
            // SQL, not JPQL: EclipseLink raises the @Version of rows a JPQL bulk update touches.
            em.createNativeQuery("UPDATE user_account SET last_login_at = ? WHERE id = ?")
                    .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, account.getId()).executeUpdate();
        }
    }

    public Optional<UserAccount> find(String username) {
        return em.createNamedQuery("UserAccount.byUsername", UserAccount.class)
                .setParameter("username", UserAccount.normalise(username))
                .getResultStream().findFirst();
    }

    public boolean anyWithRole(Role role) {
        return em.createNamedQuery("UserAccount.countWithRole", Long.class).setParameter("role", role)
                .getSingleResult() > 0;
    }

    public UserAccount get(Long id) {
        caller.requireAnyRole(Role.ADMIN);
        return Optional.ofNullable(em.find(UserAccount.class, id)).orElseThrow(NotFoundException::new);
    }

    public List<UserAccount> page(String text, int first, int max) {
        caller.requireAnyRole(Role.ADMIN);
        return em.createQuery("select u from UserAccount u left join fetch u.employee where lower(u.username) like :t"
                        + " order by u.username", UserAccount.class)
                .setParameter("t", like(text)).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String text) {
        caller.requireAnyRole(Role.ADMIN);
        return em.createQuery("select count(u) from UserAccount u where lower(u.username) like :t", Long.class)
                .setParameter("t", like(text)).getSingleResult();
    }

    private static String like(String text) {
        return "%" + (text == null ? "" : text.trim().toLowerCase()) + "%";
    }

    /** Creates an account; administrators only, except the system's own start-up work. */
    public UserAccount create(String username, Long employeeId, Set<Role> roles, char[] password) {
        requireStrong(password);
        return createAccount(username, employeeId, roles, password);
    }

    /** The start-up administrator: the operator's configured password is taken as given (a short one is warned of). */
    UserAccount createInitialAdministrator(String username, char[] password) {
        if (password.length < UserAccount.MIN_PASSWORD_LENGTH) {
            LOG.warning("The configured administrator password is shorter than " + UserAccount.MIN_PASSWORD_LENGTH
                    + " characters; change it after the first login.");
        }
        return createAccount(username, null, EnumSet.of(Role.ADMIN), password);
    }

    private UserAccount createAccount(String username, Long employeeId, Set<Role> roles, char[] password) {
        caller.requireAnyRole(Role.ADMIN);
        String name = UserAccount.normalise(username);
        if (name == null || !name.matches("[a-z0-9._@-]{2,100}")) {
            throw new InvalidInputException(Problem.inField("username", "account.error.username"));
        }
        if (find(name).isPresent()) {
            throw new InvalidInputException(Problem.inField("username", "account.error.usernameTaken", name));
        }
        UserAccount account = new UserAccount(name, passwords.hash(password), employee(employeeId), roles,
                clock.instant());
        em.persist(account);
        em.flush();
        recordAbout("CREATE", account, "username=" + name + ", roles=" + roles);
        return account;
    }

    /** Changes an account's employee and roles, and its password where a new one is given. */
    public UserAccount update(Long id, long version, Long employeeId, Set<Role> roles, char[] newPassword) {
        UserAccount account = get(id);
        account.requireVersion(version);
        if (account.getUsername().equals(caller.name()) && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException(Problem.inField("roles", "account.error.demoteSelf"));
        }
        account.assign(employee(employeeId), roles);
        if (newPassword != null && newPassword.length > 0) {
            requireStrong(newPassword);
            account.changePasswordHash(passwords.hash(newPassword));
        }
        em.flush();
        recordAbout("UPDATE", account, "roles=" + roles + ", employee=" + employeeId);
        return account;
    }

    public void resetPassword(Long id, long version, char[] password) {
        UserAccount account = get(id);
        account.requireVersion(version);
        requireStrong(password);
        account.changePasswordHash(passwords.hash(password));
        em.flush();
        recordAbout("PASSWORD", account, null);
    }

    public void setActive(Long id, long version, boolean active) {
        UserAccount account = get(id);
        account.requireVersion(version);
        if (!active && account.getUsername().equals(caller.name())) {
            throw new InvalidInputException(Problem.inField("active", "account.error.deactivateSelf"));
        }
        if (active) {
            account.reactivate();
        } else {
            account.deactivate();
        }
        em.flush();
        recordAbout(active ? "REACTIVATE" : "DEACTIVATE", account, null);
    }

    /** An account's audit entry, about its employee. */
    private void recordAbout(String action, UserAccount account, String details) {
        Long about = account.getEmployee() == null ? null : account.getEmployee().getId();
        audit.recordAbout(about, action, account, details);
    }

    private Employee employee(Long employeeId) {
        if (employeeId == null) {
            return null;
        }
        return Optional.ofNullable(em.find(Employee.class, employeeId)).orElseThrow(
                () -> new InvalidInputException(Problem.inField("employee", "account.error.employeeUnknown")));
    }

    private static void requireStrong(char[] password) {
        if (password == null || password.length < UserAccount.MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(Problem.inField("password", "account.error.passwordTooShort",
                    UserAccount.MIN_PASSWORD_LENGTH));
        }
    }
}
