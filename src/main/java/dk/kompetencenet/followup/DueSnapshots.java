package dk.kompetencenet.followup;

import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.kompetencenet.platform.persistence.BackgroundWork;
import dk.kompetencenet.platform.persistence.JobClaims;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * Takes the snapshots that are due and missing (the baseline always, the follow-up and the evaluation from their
 * dates), each in a transaction of its own, as background work after start-up and every night
 * ({@link SnapshotSchedule}); logs each one it takes, and each one another node took.
 */
@ApplicationScoped
public class DueSnapshots {

    private static final Logger LOG = Logger.getLogger(DueSnapshots.class.getName());
    private static final List<SnapshotKind> DUE_KINDS = List.of(SnapshotKind.BASELINE, SnapshotKind.FOLLOW_UP,
            SnapshotKind.EVALUATION);

    @Inject
    private SnapshotService snapshots;

    @Inject
    private BackgroundWork work;

    public void take() {
        for (SnapshotKind kind : DUE_KINDS) {
            work.checkpoint();
            long start = System.nanoTime();
            try {
                Optional<IndicatorSnapshot> taken = SystemAccess.call(() -> snapshots.takeIfDue(kind));
                taken.ifPresent(s -> LOG.info(() -> String.format("Due snapshot taken: %s '%s' (%.1f s)", kind,
                        s.getLabel(), (System.nanoTime() - start) / 1e9)));
            } catch (JobClaims.Taken e) {
                LOG.info(() -> "Due snapshot " + kind + " not taken here: another node took it or is taking it");
            }
        }
    }
}
