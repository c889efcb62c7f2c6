package dk.kompetencenet.platform.persistence;

import jakarta.annotation.Priority;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * When the daily jobs run: a {@link Due} event after start-up (after the seed and demo data, so a demo has its baseline
 * snapshot) and every night at 02:15, on every node. Its observers only queue their work ({@link BackgroundWork}):
 * start-up is not held up by it and it stops when the server stops. Each job claims its period in {@link JobClaims}
 * first, so that one node of several does it; the timer is not persistent (Payara's clustered timers have fired twice
 * before), so every node has it and the claim decides.
 */
@Singleton
public class DailyWork {

    /** The daily jobs are due now: each observer queues its job here. */
    public record Due(boolean atStartUp, BackgroundWork work) {

        /** Queues the job as background work after ready, named in the log ("(nightly)" when the timer fired). */
        public void queue(String name, Runnable job) {
            work.afterReady(atStartUp ? name : name + " (nightly)", job);
        }
    }

    @Inject
    private Event<Due> due;

    @Inject
    private BackgroundWork work;

    public void atStartUp(@Observes @Priority(DatabaseReady.SEED_DEMO + 100) DatabaseReady ready) {
        due.fire(new Due(true, work));
    }

    @Schedule(hour = "2", minute = "15", persistent = false)
    public void nightly() {
        due.fire(new Due(false, work));
    }
}
