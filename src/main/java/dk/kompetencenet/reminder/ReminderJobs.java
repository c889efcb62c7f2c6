package dk.kompetencenet.reminder;

import java.time.LocalDate;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.DailyWork;
import dk.kompetencenet.platform.persistence.JobClaims;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * The reminder jobs, after start-up and every night ({@link DailyWork}) on every node: each claims its day (the digest
 * its ISO week) in {@link JobClaims}, so one node sends and a second run is a no-op; what each person was sent is
 * recorded ({@link SentReminder}), so a run on a later day of the same period sends only what is new. A test calls
 * the methods with the day it wants.
 */
@ApplicationScoped
public class ReminderJobs {

    private static final Logger LOG = Logger.getLogger(ReminderJobs.class.getName());

    @Inject
    private MeetingReminders meetings;

    @Inject
    private RoundReminders rounds;

    @Inject
    private DueDateReminders dueDates;

    @Inject
    private CoordinatorDigest digest;

    void due(@Observes DailyWork.Due daily) {
        daily.queue("the reminder mails", () -> SystemAccess.run(() -> all(LocalDate.now(Zones.COPENHAGEN))));
    }

    /** Every job for the day, each on its own: one failing does not stop the others, and the next run retries it. */
    public void all(LocalDate day) {
        for (IntSupplier job : List.<IntSupplier>of(() -> meetings(day), () -> rounds(day), () -> dueDates(day),
                () -> digest(day))) {
            try {
                job.getAsInt();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A reminder job for " + day + " failed; the next run takes it up again", e);
            }
        }
    }

    public int meetings(LocalDate day) {
        return run(MeetingReminders.JOB, day, () -> meetings.send(day));
    }

    public int rounds(LocalDate day) {
        return run(RoundReminders.JOB, day, () -> rounds.send(day));
    }

    public int dueDates(LocalDate day) {
        return run(DueDateReminders.JOB, day, () -> dueDates.send(day));
    }

    public int digest(LocalDate day) {
        return run(CoordinatorDigest.JOB, day, () -> digest.send(day));
    }

    /** Runs one job; 0 when another run or node has claimed its period. */
    private static int run(String job, LocalDate day, IntSupplier work) {
        try {
            int sent = work.getAsInt();
            LOG.info(() -> "Job " + job + " for " + day + ": " + sent + " mails");
            return sent;
        } catch (JobClaims.Taken e) {
            LOG.info(() -> "Job " + job + " for " + day + " was done by another run or node");
            return 0;
        }
    }
}
