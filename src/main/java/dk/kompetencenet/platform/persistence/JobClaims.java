package dk.kompetencenet.platform.persistence;

import java.lang.management.ManagementFactory;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.i18n.Zones;

/**
 * Work done once per period however many nodes share the database (issue 11 runs several; each runs the same start-up
 * and the same nightly timer, and Payara's clustered timers have fired twice before). The caller claims (job, period)
 * in the transaction that does the work, before doing it: a row of {@code job_claim}, whose primary key lets one insert
 * win. A second node's insert waits for the first one's transaction and then fails if that committed (the work is
 * done) or goes ahead if it rolled back: a node stopped or killed half-way leaves no claim behind, so nothing needs a
 * lease or a clean-up, and the next start or night takes the work up again. No in-memory flag: nodes share nothing but
 * the database. The row stays as the record of who did the work when.
 */
@ApplicationScoped
public class JobClaims {

    private static final Logger LOG = Logger.getLogger(JobClaims.class.getName());

    /** Unique key violated, on Derby and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** This JVM, for the record: {@code pid@host}. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    @PersistenceContext
    private EntityManager em;

    private final Clock clock = Clock.systemUTC();

    /**
     * Claims the job for the period in the caller's transaction, waiting while another transaction holds the same
     * claim. Throws {@link Taken} when another node has done it or is still doing it (the database's lock wait ran
     * out); the transaction is then rolled back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(String job, String period) {
        try {
            em.createNativeQuery("INSERT INTO job_claim (job, period, claimed_at, node) VALUES (?, ?, ?, ?)")
                    .setParameter(1, job).setParameter(2, period).setParameter(3, Timestamp.from(clock.instant()))
                    .setParameter(4, NODE).executeUpdate();
        } catch (PersistenceException e) {
            if (uniqueViolation(e) || LockConflicts.in(e)) {
                throw new Taken(job, period);
            }
            throw e;
        }
    }

    /**
     * Claims today (Copenhagen's day) for a daily job, in the caller's transaction: false, and logged, when another
     * node has done it today or is doing it (the transaction is then rolled back, with nothing done).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claimToday(String job) {
        String day = LocalDate.now(clock.withZone(Zones.COPENHAGEN)).toString();
        try {
            claim(job, day);
            return true;
        } catch (Taken e) {
            LOG.info(() -> "Job " + job + " not run here: another node runs it today (" + day + ")");
            return false;
        }
    }

    /**
     * Claims one run of a recurring job (reading the organiser mailbox, say): wins, and records this node and time, when
     * no node has run the job within {@code gap}. The job's row ({@code period = 'last-run'}) is made by its migration;
     * the UPDATE takes the row's lock, so a second node at the same moment waits, then finds the new time and loses.
     * The claim commits at once, before the work: a node that dies while working leaves the next run to any node.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claimRun(String job, Duration gap) {
        Instant now = clock.instant();
        try {
            return em.createNativeQuery("UPDATE job_claim SET claimed_at = ?, node = ? WHERE job = ?"
                            + " AND period = 'last-run' AND claimed_at <= ?")
                    .setParameter(1, Timestamp.from(now)).setParameter(2, NODE).setParameter(3, job)
                    .setParameter(4, Timestamp.from(now.minus(gap))).executeUpdate() == 1;
        } catch (PersistenceException e) {
            if (LockConflicts.in(e)) {
                throw new Taken(job, "last-run");
            }
            throw e;
        }
    }

    private static boolean uniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Another node has done the job for this period, or is doing it now. */
    public static final class Taken extends RuntimeException {

        public Taken(String job, String period) {
            super("Job " + job + " for " + period + " was claimed by another node");
        }
    }
}
