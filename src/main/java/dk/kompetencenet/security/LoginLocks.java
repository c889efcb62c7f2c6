package dk.kompetencenet.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Wrong passwords in a row lock an account for a while, for the login form and HTTP Basic alike, so that no one can
 * try password after password online: {@value #DEFAULT_ATTEMPTS} wrong ones lock it for
 * {@code kompetencenet.login.lock-minutes} (15 by default), and each further run of as many doubles the lock, up to a
 * day, until a right password (or an administrator) resets the count. While locked, even the right password is refused.
 * <p>
 * Kept in the account's row and written past the entity (as the last login is), so that every node of a cluster sees
 * the same count, a restart forgets nothing, and an administrator editing the account meanwhile gets no conflict.
 */
@ApplicationScoped
@Transactional
public class LoginLocks {

    static final int DEFAULT_ATTEMPTS = 5;
    private static final Duration LONGEST = Duration.ofDays(1);
    private static final Logger LOG = Logger.getLogger(LoginLocks.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "kompetencenet.login.lock-minutes", defaultValue = "15")
    private int lockMinutes;

    @Inject
    @ConfigProperty(name = "kompetencenet.login.attempts", defaultValue = "" + DEFAULT_ATTEMPTS)
    private int attempts;

    @PostConstruct
    void check() {
        if (lockMinutes < 1 || attempts < 1) {
            throw new IllegalStateException("kompetencenet.login.lock-minutes and kompetencenet.login.attempts must be"
                    + " at least 1, not " + lockMinutes + " and " + attempts);
        }
    }

    /** An account's wrong passwords in a row, and until when it is locked (null if never, or lifted). */
    public record State(int failures, Instant lockedUntil) {

        /** Until when the account is locked, if it is at {@code now}. */
        public Optional<Instant> lockedAt(Instant now) {
            return Optional.ofNullable(lockedUntil).filter(until -> until.isAfter(now));
        }

        /** Whether a right password has anything to reset. */
        boolean anyToReset() {
            return failures != 0 || lockedUntil != null;
        }
    }

    /** The account's state, read in one statement (a login reads it on every request of the API). */
    public State state(long accountId) {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT failed_logins, locked_until FROM user_account WHERE id = ?")
                .setParameter(1, accountId).getSingleResult();
        return new State(((Number) row[0]).intValue(), row[1] instanceof Timestamp t ? t.toInstant() : null);
    }

    /** Counts a wrong password; returns until when the account is now locked, if this one locked it. */
    public Optional<Instant> failed(long accountId, String username, Instant now) {
        em.createNativeQuery("UPDATE user_account SET failed_logins = failed_logins + 1 WHERE id = ?")
                .setParameter(1, accountId).executeUpdate();
        int failures = ((Number) em.createNativeQuery("SELECT failed_logins FROM user_account WHERE id = ?")
                .setParameter(1, accountId).getSingleResult()).intValue();
        Optional<Duration> lock = lockAfter(failures, attempts, Duration.ofMinutes(lockMinutes));
        lock.ifPresent(duration -> {
            em.createNativeQuery("UPDATE user_account SET locked_until = ? WHERE id = ?")
                    .setParameter(1, Timestamp.from(now.plus(duration))).setParameter(2, accountId).executeUpdate();
            LOG.warning(() -> "Account " + username + " locked for " + duration.toMinutes() + " minutes after "
                    + failures + " wrong passwords in a row");
        });
        return lock.map(now::plus);
    }

    /** A right password, or an administrator's unlock: the count starts again. */
    public void reset(long accountId) {
        em.createNativeQuery("UPDATE user_account SET failed_logins = 0, locked_until = NULL WHERE id = ?")
                .setParameter(1, accountId).executeUpdate();
    }

    /**
     * How long the {@code failures}-th wrong password in a row locks the account: none until {@code attempts}, then
     * {@code first} at each multiple of {@code attempts}, doubled at each next multiple, at most a day.
     */
    static Optional<Duration> lockAfter(int failures, int attempts, Duration first) {
        if (failures < attempts || failures % attempts != 0) {
            return Optional.empty();
        }
        int doublings = Math.min(failures / attempts - 1, 20);
        Duration lock = first.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(LONGEST) > 0 ? LONGEST : lock);
    }
}
