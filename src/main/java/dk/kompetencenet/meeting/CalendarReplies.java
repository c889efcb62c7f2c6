package dk.kompetencenet.meeting;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * Answers given in calendar programs and read back from the organiser mailbox ({@code meeting/replies}): matched by
 * UID to the meeting and by e-mail address (in any case) to an invitee, then recorded through the same code as an answer
 * given on the meeting page, or kept as a proposed new time for the organiser. Only the system's own work may record
 * them; the organisers read the proposals.
 */
@ApplicationScoped
@Transactional
public class CalendarReplies {

    /** What became of a reply; all but the first two leave Kompetencenet unchanged. */
    public enum Outcome {
        ANSWERED, PROPOSED, NO_MEETING, NOT_INVITED, NO_OCCURRENCE, CANCELLED
    }

    /** A proposed new time as the meeting page shows it to the organiser. */
    public record ProposalRow(String name, LocalDateTime occurrence, LocalDateTime start, LocalDateTime end,
                              String comment, Instant receivedAt) implements Serializable {
    }

    /** The meeting a reply was matched to (its id for the record), or why none. */
    public record Matched(Outcome outcome, Long meetingId) {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Registrations registrations;

    @Inject
    private MeetingService meetings;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Records the answer of the invitee at {@code email} for the occurrence (original start), or else the series. */
    public Matched answer(String uid, String email, LocalDateTime occurrence, Answer answer) {
        Match match = match(uid, email, occurrence);
        if (match.invitation() != null) {
            registrations.record(match.meeting(), match.invitation(), occurrence, answer, "calendar reply");
        }
        return match.result();
    }

    /** Keeps a new time the invitee at {@code email} proposed (iTIP COUNTER) for the organiser to see. */
    public Matched propose(String uid, String email, LocalDateTime occurrence, LocalDateTime start, LocalDateTime end,
                           String comment) {
        Match match = match(uid, email, occurrence);
        if (match.invitation() == null) {
            return match.result();
        }
        Employee invitee = match.invitation().getEmployee();
        em.persist(new TimeProposal(match.meeting(), invitee, occurrence, start, end, comment, clock.instant()));
        audit.recordAbout(invitee.getId(), "PROPOSE_TIME", match.meeting(), "employee=" + invitee.getId()
                + ", " + start + " - " + end
                + (occurrence == null ? "" : ", occurrence=" + occurrence) + ", via calendar reply");
        return new Matched(Outcome.PROPOSED, match.meeting().getId());
    }

    /** The meeting and invitation a reply is about; the invitation is null when the reply cannot be recorded. */
    private record Match(Matched result, Meeting meeting, Invitation invitation) {
    }

    private Match match(String uid, String email, LocalDateTime occurrence) {
        if (!SystemAccess.isActive()) {
            throw new AccessDeniedException();
        }
        Meeting meeting = byUid(uid).orElse(null);
        if (meeting == null) {
            return new Match(new Matched(Outcome.NO_MEETING, null), null, null);
        }
        Optional<Invitation> invitation = invitee(meeting, email);
        Outcome outcome = meeting.isCancelled() ? Outcome.CANCELLED
                : occurrence != null && meeting.occurrence(occurrence).isEmpty() ? Outcome.NO_OCCURRENCE
                : invitation.isEmpty() ? Outcome.NOT_INVITED : Outcome.ANSWERED;
        return new Match(new Matched(outcome, meeting.getId()), meeting,
                outcome == Outcome.ANSWERED ? invitation.get() : null);
    }

    /** The proposed new times of a meeting, newest first, for those who may edit it. */
    public List<ProposalRow> proposals(Long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        meetings.requireEditable(meeting);
        return em.createNamedQuery("TimeProposal.ofMeeting", TimeProposal.class).setParameter("meeting", meeting)
                .getResultStream().map(p -> new ProposalRow(p.getEmployee().getFullName(), p.getOccurrenceStart(),
                        p.getProposedStart(), p.getProposedEnd(), p.getComment(), p.getReceivedAt())).toList();
    }

    private Optional<Meeting> byUid(String uid) {
        return em.createQuery("select m from Meeting m where m.uid = :uid", Meeting.class).setParameter("uid", uid)
                .getResultStream().findFirst();
    }

    private Optional<Invitation> invitee(Meeting meeting, String email) {
        String wanted = email.toLowerCase(Locale.ROOT);
        return em.createNamedQuery("Invitation.ofMeeting", Invitation.class).setParameter("meeting", meeting)
                .getResultStream().filter(i -> i.getEmployee().getEmail() != null
                        && i.getEmployee().getEmail().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
