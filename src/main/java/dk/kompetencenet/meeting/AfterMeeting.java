package dk.kompetencenet.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.persistence.RetriedOnDeadlock;

/** What happens at and after a meeting: who came, minutes, and action items followed up at later meetings. */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class AfterMeeting {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EmployeeService employees;

    @Inject
    private MeetingService meetings;

    @Inject
    private AuditLog audit;

    /** An invitee with their answer and attendance for one occurrence. */
    public record InviteeStatus(Long employeeId, String name, String email, Answer answer,
                                AttendanceStatus attendance) implements Serializable {
    }

    /** The invitees of one occurrence with their answers and attendance. */
    public List<InviteeStatus> invitees(Long meetingId, LocalDateTime originalStart) {
        Meeting meeting = meetings.get(meetingId);
        return meetings.invitations(meeting).stream().map(i -> new InviteeStatus(i.getEmployee().getId(),
                i.getEmployee().getFullName(), i.getEmployee().getEmail(),
                i.answerFor(originalStart).map(InvitationAnswer::getAnswer).orElse(null),
                i.attendanceAt(originalStart).orElse(null))).toList();
    }

    public void recordAttendance(Long meetingId, LocalDateTime originalStart, Map<Long, AttendanceStatus> statuses) {
        Meeting meeting = meetings.find(meetingId);
        meetings.requireEditable(meeting);
        requireOccurrence(meeting, originalStart);
        Map<Long, Invitation> byEmployee = new HashMap<>();
        meetings.invitations(meeting).forEach(i -> byEmployee.put(i.getEmployee().getId(), i));
        List<Problem> problems = new ArrayList<>();
        statuses.forEach((employeeId, status) -> {
            if (!byEmployee.containsKey(employeeId)) {
                problems.add(Problem.inField("attendance", "meeting.error.notInvited", employeeId));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        statuses.forEach((employeeId, status) -> {
            if (status != null) {
                byEmployee.get(employeeId).attend(originalStart, status);
            }
        });
        em.flush();
        audit.record("ATTENDANCE", meeting, originalStart + ": " + statuses.size());
    }

    public void writeMinutes(Long meetingId, long occurrenceVersion, LocalDateTime originalStart, String minutes) {
        Meeting meeting = meetings.find(meetingId);
        meetings.requireEditable(meeting);
        requireOccurrence(meeting, originalStart);
        MeetingOccurrence record = meeting.record(originalStart);
        if (!record.isNew()) {
            record.requireVersion(occurrenceVersion);
        }
        record.writeMinutes(minutes);
        em.flush();
        audit.record("MINUTES", meeting, originalStart.toString());
    }

    public ActionItem addActionItem(Long meetingId, LocalDateTime originalStart, String description, Long ownerId,
                                    LocalDate dueOn) {
        Meeting meeting = meetings.find(meetingId);
        meetings.requireEditable(meeting);
        requireOccurrence(meeting, originalStart);
        Employee owner = ownerId == null ? null : employees.get(ownerId);
        ActionItem item = new ActionItem(meeting, originalStart, description, owner, dueOn);
        em.persist(item);
        em.flush();
        audit.record("ACTION_ITEM", meeting, description);
        return item;
    }

    public void setActionItemDone(Long itemId, long version, boolean done) {
        ActionItem item = Optional.ofNullable(em.find(ActionItem.class, itemId)).orElseThrow(NotFoundException::new);
        meetings.requireEditable(item.getMeeting());
        item.requireVersion(version);
        if (done) {
            item.complete();
        } else {
            item.reopen();
        }
        em.flush();
    }

    /** Action items agreed at this occurrence. */
    public List<ActionItem> actionItemsAt(Long meetingId, LocalDateTime originalStart) {
        Meeting meeting = meetings.get(meetingId);
        return em.createQuery("select a from ActionItem a where a.meeting = :m and a.occurrenceStart = :o order by a.id",
                ActionItem.class).setParameter("m", meeting).setParameter("o", originalStart).getResultList();
    }

    /**
     * Open action items to follow up at this occurrence: from earlier occurrences of the same series and from earlier
     * meetings of the same network.
     */
    public List<ActionItem> openActionItemsBefore(Long meetingId, LocalDateTime originalStart) {
        Meeting meeting = meetings.get(meetingId);
        List<ActionItem> items = new ArrayList<>(em.createQuery("select a from ActionItem a where a.done = false"
                        + " and a.meeting = :m and a.occurrenceStart < :o order by a.occurrenceStart, a.id", ActionItem.class)
                .setParameter("m", meeting).setParameter("o", originalStart).getResultList());
        if (meeting.getNetwork() != null) {
            items.addAll(em.createQuery("select a from ActionItem a where a.done = false and a.meeting.network = :n"
                            + " and a.meeting <> :m and a.occurrenceStart < :o order by a.occurrenceStart, a.id",
                            ActionItem.class)
                    .setParameter("n", meeting.getNetwork()).setParameter("m", meeting).setParameter("o", originalStart)
                    .getResultList());
        }
        return items;
    }

    private static void requireOccurrence(Meeting meeting, LocalDateTime originalStart) {
        if (originalStart == null || meeting.occurrence(originalStart).isEmpty()) {
            throw new InvalidInputException(Problem.inField("occurrence", "meeting.error.noSuchOccurrence"));
        }
    }
}
