package dk.kompetencenet.platform.files;

import java.time.Clock;
import java.time.LocalDate;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.BackgroundWork;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.persistence.JobClaims;

/**
 * Removes the bytes of files deleted more than {@link FileStore#DELETION_GRACE} ago, once a day per cluster: after
 * start-up and every night, queued as {@link BackgroundWork}, claimed for the day in {@link JobClaims} so that one node
 * of several does it (whichever claims the day first; the others skip it).
 */
@Singleton
public class DeletedFilesPurge {

    static final String JOB = "files.purge";
    private static final Logger LOG = Logger.getLogger(DeletedFilesPurge.class.getName());

    @Inject
    private BackgroundWork work;

    @Inject
    private Purge purge;

    public void atStartUp(@Observes @Priority(DatabaseReady.SEED_DEMO + 110) DatabaseReady ready) {
        work.afterReady("the bytes of deleted files", purge::today);
    }

    @Schedule(hour = "3", minute = "30", persistent = false)
    public void nightly() {
        work.afterReady("the bytes of deleted files (nightly)", purge::today);
    }

    /** One day's purge in one transaction with its claim. */
    @jakarta.enterprise.context.ApplicationScoped
    public static class Purge {

        @Inject
        private JobClaims claims;

        @Inject
        private FileStore files;

        private final Clock clock = Clock.systemUTC();

        @Transactional
        public void today() {
            String day = LocalDate.now(clock.withZone(Zones.COPENHAGEN)).toString();
            try {
                claims.claim(JOB, day);
            } catch (JobClaims.Taken e) {
                LOG.info(() -> "Deleted files not purged here: another node purges them today (" + day + ")");
                return;
            }
            int purged = files.purgeDeleted(clock.instant().minus(FileStore.DELETION_GRACE));
            LOG.info(() -> "Purged the bytes of " + purged + " files deleted more than " + FileStore.DELETION_GRACE
                    .toHours() + " hours ago");
        }
    }
}
