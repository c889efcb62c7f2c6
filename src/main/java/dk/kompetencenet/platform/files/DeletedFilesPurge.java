package dk.kompetencenet.platform.files;

import java.time.Clock;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.persistence.DailyWork;
import dk.kompetencenet.platform.persistence.JobClaims;

/**
 * Removes the bytes of files deleted more than {@link FileStore#DELETION_GRACE} ago, once a day per cluster: after
 * start-up and every night ({@link DailyWork}), queued as background work, claimed for the day in
 * {@link JobClaims} so that one node of several does it (whichever claims the day first; the others skip it).
 */
@ApplicationScoped
public class DeletedFilesPurge {

    static final String JOB = "files.purge";
    private static final Logger LOG = Logger.getLogger(DeletedFilesPurge.class.getName());

    @Inject
    private Purge purge;

    void purge(@Observes DailyWork.Due daily) {
        daily.queue("the bytes of deleted files", purge::today);
    }

    /** One day's purge in one transaction with its claim. */
    @ApplicationScoped
    public static class Purge {

        @Inject
        private JobClaims claims;

        @Inject
        private FileStore files;

        private final Clock clock = Clock.systemUTC();

        @Transactional
        public void today() {
            if (!claims.claimToday(JOB)) {
                return;
            }
            int purged = files.purgeDeleted(clock.instant().minus(FileStore.DELETION_GRACE));
            LOG.info(() -> "Purged the bytes of " + purged + " files deleted more than " + FileStore.DELETION_GRACE
                    .toHours() + " hours ago");
        }
    }
}
