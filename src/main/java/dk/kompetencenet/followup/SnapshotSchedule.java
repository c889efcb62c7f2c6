package dk.kompetencenet.followup;

import jakarta.annotation.Priority;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dk.kompetencenet.platform.persistence.DatabaseReady;

/**
 * Takes the snapshots that are due: at start-up (after the demo data, so a demo has its baseline) and every night, so
 * the baseline, the one-year follow-up and the two-year evaluation are there even if nobody remembers them.
 */
@Singleton
public class SnapshotSchedule {

    @Inject
    private SnapshotService snapshots;

    @ActivateRequestContext
    public void atStartUp(@Observes @Priority(DatabaseReady.SEED_DEMO + 100) DatabaseReady ready) {
        snapshots.takeDue();
    }

    @Schedule(hour = "2", minute = "15", persistent = false)
    @ActivateRequestContext
    public void nightly() {
        snapshots.takeDue();
    }
}
