package dk.kompetencenet.meeting.replies;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;

import dk.kompetencenet.meeting.OrganiserMailbox;
import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.persistence.JobClaims;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * Reads the answers that come back to the organiser mailbox at the configured interval, on the server's managed
 * scheduled executor, once the application has started. In a cluster one node polls at a time: each run first claims
 * the job's row in {@code job_claim} ({@link JobClaims#claimRun}), which only a node that finds no run within the last
 * half interval wins; should two runs still overlap, {@code mail_reply}'s unique key records each reply once. Within
 * one node, runs never overlap. A failing mailbox is logged and tried again at the next interval.
 */
@ApplicationScoped
public class ReplyPoller {

    private static final Logger LOG = Logger.getLogger(ReplyPoller.class.getName());
    static final String JOB = "mail-replies";

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private MailboxSettings settings;

    @Inject
    private ReplyMailbox mailbox;

    @Inject
    private JobClaims claims;

    @Inject
    private OrganiserMailbox organiser;

    @Inject
    private Instance<RequestContextController> requestContexts;

    private final ReentrantLock running = new ReentrantLock();
    private ScheduledFuture<?> schedule;

    void start(@Observes @Priority(DatabaseReady.STARTED + 10) DatabaseReady ready) {
        if (!settings.configured()) {
            LOG.info("No organiser mailbox to read (kompetencenet.mail.imap.host is not set): answers given in"
                    + " calendar programs are not read back");
            return;
        }
        if (organiser.address().isEmpty()) {
            LOG.warning("kompetencenet.mail.imap.host is set but kompetencenet.mail.organiser is not: invitations name"
                    + " the organising person, so calendar programs send their answers there, not to "
                    + settings.describe());
        }
        long seconds = settings.interval().toSeconds();
        schedule = scheduler.scheduleWithFixedDelay(this::scheduledRun, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "Reading answers from " + settings.describe() + " every " + seconds + " s");
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(true);
        }
    }

    private void scheduledRun() {
        if (!running.tryLock()) {
            return;
        }
        try {
            run(settings.interval().dividedBy(2));
        } catch (RuntimeException | MessagingException e) {
            LOG.log(Level.WARNING, "Could not read the organiser mailbox " + settings.describe()
                    + "; tried again in " + settings.interval().toSeconds() + " s: " + e, e);
        } finally {
            running.unlock();
        }
    }

    /**
     * Polls now, whenever the last poll was (for tests, through CDI; no endpoint calls it), waiting for a run of this
     * node that is under way. Empty when another node holds the claim.
     */
    Optional<ReplyMailbox.Summary> pollNow() throws MessagingException {
        running.lock();
        try {
            return run(Duration.ZERO);
        } finally {
            running.unlock();
        }
    }

    private Optional<ReplyMailbox.Summary> run(Duration gap) throws MessagingException {
        RequestContextController requestContext = requestContexts.get();
        requestContext.activate();
        try {
            boolean won;
            try {
                won = claims.claimRun(JOB, gap);
            } catch (JobClaims.Taken e) {
                won = false;
            }
            if (!won) {
                LOG.fine("Another node read the organiser mailbox within the last half interval");
                return Optional.empty();
            }
            ReplyMailbox.Summary summary = SystemAccess.call(() -> {
                try {
                    return mailbox.poll();
                } catch (MessagingException e) {
                    throw new MailboxFailure(e);
                }
            });
            if (summary.read() > 0) {
                LOG.info(() -> "Organiser mailbox read: " + summary);
            }
            return Optional.of(summary);
        } catch (MailboxFailure e) {
            throw e.cause;
        } finally {
            requestContext.deactivate();
            requestContexts.destroy(requestContext);
        }
    }

    /** Carries a mailbox failure out of {@link SystemAccess#call}. */
    private static final class MailboxFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final transient MessagingException cause;

        MailboxFailure(MessagingException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
