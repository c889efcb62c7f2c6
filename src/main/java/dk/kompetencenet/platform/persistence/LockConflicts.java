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

    private LockConflicts() {
    }

    public static boolean in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
