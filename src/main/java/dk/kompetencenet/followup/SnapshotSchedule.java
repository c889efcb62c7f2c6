package dk.kompetencenet.followup;

import jakarta.annotation.Priority;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dk.kompetencenet.platform.persistence.BackgroundWork;
import dk.kompetencenet.platform.persistence.DatabaseReady;

/**
 * Takes the snapshots that are due: after start-up (after the demo data, so a demo has its baseline) and every night,
 * so the baseline, the one-year follow-up and the two-year evaluation are there even if nobody remembers them. Both only
 * queue the work ({@link BackgroundWork}): start-up is not held up by it (a snapshot of a large municipality takes
 * minutes on a loaded machine), and it stops when the server stops. Every node does this; the claim in
 * {@link SnapshotService#takeIfDue} lets one of them take each snapshot.
 */
@Singleton
public class SnapshotSchedule {

    @Inject
    private BackgroundWork work;

    @Inject
    private DueSnapshots due;

    public void atStartUp(@Observes @Priority(DatabaseReady.SEED_DEMO + 100) DatabaseReady ready) {
        work.afterReady("the due snapshots", due::take);
    }

    @Schedule(hour = "2", minute = "15", persistent = false)
    public void nightly() {
        work.afterReady("the due snapshots (nightly)", due::take);
    }
}
