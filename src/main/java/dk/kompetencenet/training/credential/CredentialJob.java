package dk.kompetencenet.training.credential;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.persistence.DailyWork;
import dk.kompetencenet.platform.persistence.JobClaims;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * Once a day per cluster (after start-up and every night, {@link DailyWork}; claimed for the day in {@link JobClaims}):
 * the credentials that completed programmes lack, and the revocation-list places that older credentials lack
 * ({@link Credentials#backfill()}). A new completion issues its credential at once; this is for what came before.
 */
@ApplicationScoped
public class CredentialJob {

    static final String JOB = "credentials.backfill";
    private static final Logger LOG = Logger.getLogger(CredentialJob.class.getName());

    @Inject
    private JobClaims claims;

    @Inject
    private Credentials credentials;

    void due(@Observes DailyWork.Due daily, CredentialJob job) {
        daily.queue("credentials of completed programmes", () -> SystemAccess.run(job::today));
    }

    @Transactional
    public void today() {
        if (!claims.claimToday(JOB)) {
            return;
        }
        int changed = credentials.backfill();
        LOG.info(() -> "Credentials of completed programmes: " + changed + " issued or placed in the status list");
    }
}
