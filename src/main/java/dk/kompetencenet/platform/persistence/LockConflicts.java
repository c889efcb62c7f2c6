package dk.kompetencenet.platform.persistence;

import java.sql.SQLException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;

/**
 * Whether a failure means that another transaction got in the way, so that nothing was saved and trying again may
 * succeed: a lost optimistic lock, a lock not granted in time, a deadlock the database broke, or a serialisation
 * failure. The pages and the API both report these as a concurrent change (409), never as an unexpected error.
 */
public final class LockConflicts {

    /**
     * SQL states: 40001 (serialisation failure; Derby's deadlock too), 40P01 (PostgreSQL deadlock), 40XL1 and 40XL2
     * (Derby lock timeout), 55P03 (PostgreSQL lock not available).
     */
    private static final Set<String> STATES = Set.of("40001", "40P01", "40XL1", "40XL2", "55P03");

    /** SQL states of a transaction the database rolled back to break a deadlock or a serialisation failure. */
    private static final Set<String> DEADLOCKS = Set.of("40001", "40P01");

    private LockConflicts() {
    }

    public static boolean in(Throwable failure) {
        return in(failure, STATES, true);
    }

    /**
     * Whether the failure is a deadlock or serialisation failure only: the transaction was rolled back although it
     * did nothing wrong, so running it again from the start is safe (unlike a stale version or a lock wait given up).
     */
    public static boolean isDeadlock(Throwable failure) {
        return in(failure, DEADLOCKS, false);
    }

    private static boolean in(Throwable failure, Set<String> states, boolean lockExceptions) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (lockExceptions && (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException)) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && states.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
