package dk.kompetencenet.meeting.replies;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.CalendarReplies;
import dk.kompetencenet.meeting.CalendarReplies.Matched;

/**
 * Records one mail of the organiser mailbox in a transaction of its own: the answer or proposal it carries, through
 * {@link CalendarReplies}, and the {@code mail_reply} row that keeps it from being recorded twice. A second node
 * recording the same reply at the same moment fails on the unique key and leaves the first one's work alone.
 */
@ApplicationScoped
public class ReplyRecorder {

    /** Outcomes that change nothing in Kompetencenet besides the record. */
    static final String UNUSABLE = "UNUSABLE";

    /** What became of the mail: {@code fresh} when this call recorded it, false when it was recorded before. */
    record Recorded(boolean fresh, String outcome) {

        boolean changedSomething() {
            return outcome.equals(CalendarReplies.Outcome.ANSWERED.name())
                    || outcome.equals(CalendarReplies.Outcome.PROPOSED.name());
        }
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CalendarReplies replies;

    private final Clock clock = Clock.systemUTC();

    /** Records a usable reply, unless recorded before under the same key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Recorded record(ItipReply reply, String messageId) {
        Recorded before = earlier(reply.key());
        if (before != null) {
            return before;
        }
        Matched matched = reply.isCounter()
                ? replies.propose(reply.uid(), reply.attendee(), reply.occurrence(), reply.proposedStart(),
                        reply.proposedEnd(), reply.comment())
                : replies.answer(reply.uid(), reply.attendee(), reply.occurrence(), reply.answer());
        String outcome = matched.outcome().name();
        save(new ProcessedReply(reply.key(), messageId, matched.meetingId(), reply.attendee(), outcome,
                reply.method() + " " + (reply.answer() == null ? "" : reply.answer() + " ") + "UID " + reply.uid()
                        + (reply.occurrence() == null ? "" : " occurrence " + reply.occurrence()), clock.instant()));
        return new Recorded(true, outcome);
    }

    /** Records a mail that carries no usable reply, with the reason, unless recorded before. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Recorded unusable(String messageId, String reason) {
        String key = ItipReply.hash("message|" + messageId);
        Recorded before = earlier(key);
        if (before != null) {
            return before;
        }
        save(new ProcessedReply(key, messageId, null, null, UNUSABLE, reason, clock.instant()));
        return new Recorded(true, UNUSABLE);
    }

    private Recorded earlier(String key) {
        return em.createNamedQuery("ProcessedReply.byKey", ProcessedReply.class).setParameter("key", key)
                .getResultStream().findFirst().map(r -> new Recorded(false, r.getOutcome())).orElse(null);
    }

    private void save(ProcessedReply processed) {
        em.persist(processed);
        em.flush();
    }
}
