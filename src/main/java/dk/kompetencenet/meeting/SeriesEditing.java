package dk.kompetencenet.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.MeetingService.Scheduled;
import dk.kompetencenet.meeting.calendar.OpenEndedSeries;
import dk.kompetencenet.meeting.calendar.RecurrenceRules;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.persistence.RetriedOnDeadlock;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Changes to part of a series: one occurrence moved or cancelled, or an occurrence and all after it changed (the
 * series is split). Whoever may change the meeting may ({@link MeetingService#canEdit}).
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class SeriesEditing {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingService meetings;

    @Inject
    private StrategyService strategies;

    @Inject
    private ConflictCheck conflicts;

    @Inject
    private InvitationMails mails;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Changes an occurrence and all after it ("this and following"): the series ends before it and a new series takes
     * over from it, with the same invitees, their answers, minutes and action items carried to the matching
     * occurrences. Without a rule of its own the new series keeps the old rule for the remaining occurrences.
     */
    public Scheduled updateFollowing(Long id, long version, LocalDateTime originalStart, Meeting.Details details,
                                     Set<Long> initiativeIds) {
        Meeting meeting = meetings.find(id);
        meetings.requireEditable(meeting);
        meeting.requireVersion(version);
        if (meeting.isCancelled() || !meeting.isRecurring()) {
            throw new InvalidInputException(Problem.inField("occurrence", "meeting.error.noSuchOccurrence"));
        }
        List<LocalDateTime> oldStarts = meeting.ruleStarts();
        int from = oldStarts.indexOf(originalStart);
        if (from < 0) {
            throw new InvalidInputException(Problem.inField("occurrence", "meeting.error.noSuchOccurrence"));
        }
        if (from == 0) {
            return meetings.update(id, version, details, initiativeIds);
        }
        Instant now = clock.instant();
        String rule = details.rrule() != null && !details.rrule().isBlank() ? details.rrule()
                : OpenEndedSeries.isOpenEnded(meeting.getRrule()) ? meeting.getRrule()
                : RecurrenceRules.withCount(meeting.getRrule(), oldStarts.size() - from);
        Meeting following = new Meeting("kompetencenet-" + UUID.randomUUID() + "@kompetencenet",
                new Meeting.Details(details.kind(), details.title(), details.agenda(), details.location(), details.room(),
                        details.start(), details.end(), rule, details.capacity()),
                meeting.getOrganiser(), meeting.getNetwork(), strategies.initiatives(initiativeIds), now);
        em.persist(following);
        List<LocalDateTime> newStarts = following.ruleStarts();
        java.util.function.Function<LocalDateTime, LocalDateTime> mapped = old -> {
            int index = oldStarts.indexOf(old) - from;
            return index >= 0 && index < newStarts.size() ? newStarts.get(index) : null;
        };
        List<Invitation> oldInvitations = meetings.invitations(meeting);
        List<Invitation> newInvitations = new ArrayList<>();
        for (Invitation old : oldInvitations) {
            Invitation copy = new Invitation(following, old.getEmployee(), old.getInvitedAt());
            old.handOver(originalStart, copy, mapped);
            em.persist(copy);
            newInvitations.add(copy);
        }
        java.time.Duration shift = java.time.Duration.between(originalStart, details.start());
        for (MeetingOccurrence record : meeting.endBefore(originalStart, now)) {
            LocalDateTime target = record.isAdded() ? record.getOriginalStart().plus(shift)
                    : mapped.apply(record.getOriginalStart());
            if (record.isAdded() && following.occurrence(target).isEmpty()) {
                following.addOccurrence(target, now); // an extra date after the cut moves with the series
            }
            if (target != null) {
                following.adopt(record, target);
            }
        }
        for (ActionItem item : meetings.actionItems(meeting)) {
            if (!item.getOccurrenceStart().isBefore(originalStart)) {
                LocalDateTime target = mapped.apply(item.getOccurrenceStart());
                item.moveTo(following, target == null ? following.getStartAt() : target);
            }
        }
        em.flush();
        audit.record("SPLIT", meeting, "from " + originalStart + " into meeting " + following.getId());
        mails.send(meeting, oldInvitations, oldInvitations, MailKind.UPDATE, null);
        mails.send(following, newInvitations, newInvitations, MailKind.UPDATE, null);
        return new Scheduled(following, conflicts.warnings(following,
                newInvitations.stream().map(i -> i.getEmployee().getId()).toList()));
    }

    public Scheduled moveOccurrence(Long id, long version, LocalDateTime originalStart, LocalDateTime start,
                                    LocalDateTime end) {
        Meeting meeting = meetings.find(id);
        meetings.requireEditable(meeting);
        meeting.requireVersion(version);
        meeting.moveOccurrence(originalStart, start, end, clock.instant());
        em.flush();
        audit.record("MOVE", meeting, originalStart + " -> " + start);
        List<Invitation> all = meetings.invitations(meeting);
        mails.send(meeting, all, all, MailKind.UPDATE, null);
        return new Scheduled(meeting,
                conflicts.warnings(meeting, all.stream().map(i -> i.getEmployee().getId()).toList()));
    }

    public void cancelOccurrence(Long id, long version, LocalDateTime originalStart) {
        Meeting meeting = meetings.find(id);
        meetings.requireEditable(meeting);
        meeting.requireVersion(version);
        meeting.cancelOccurrence(originalStart, clock.instant());
        em.flush();
        audit.record("CANCEL_OCCURRENCE", meeting, originalStart.toString());
        List<Invitation> all = meetings.invitations(meeting);
        mails.send(meeting, all, all, MailKind.OCCURRENCE_CANCELLATION, originalStart);
    }

}
