package dk.kompetencenet.followup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dk.kompetencenet.platform.persistence.DailyWork;

/**
 * Takes the snapshots that are due, after start-up and every night ({@link DailyWork}), so the baseline, the one-year
 * follow-up and the two-year evaluation are there even if nobody remembers them; queued as background work (a
 * snapshot of a large municipality takes minutes on a loaded machine). Every node does this; the claim in
 * {@link SnapshotService#takeIfDue} lets one of them take each snapshot.
 */
@ApplicationScoped
public class SnapshotSchedule {

    @Inject
    private DueSnapshots due;

    void take(@Observes DailyWork.Due daily) {
        daily.queue("the due snapshots", due::take);
    }
}
