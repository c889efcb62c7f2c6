package dk.kompetencenet.meeting;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.RetriedOnDeadlock;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;

/**
 * Invitees' answers, and theme-meeting registrations with a waiting list: a seat while there is room, and a freed seat
 * to the first on the list.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class Registrations {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private EmployeeService employees;

    @Inject
    private MeetingService meetings;

    @Inject
    private InvitationMails mails;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** A registration for a theme meeting as shown in its lists. */
    public record RegistrationRow(Long employeeId, String name, RegistrationStatus status, Instant registeredAt) implements Serializable {
    }

    /** The caller answers for one occurrence, or for every coming occurrence when none is named. */
    public void answer(Long meetingId, LocalDateTime originalStart, Answer answer) {
        answer(meetingId, null, originalStart, answer);
    }

    /**
     * The same, from a list that showed the meeting as it was at {@code seenVersion} (the start page): refused with
     * {@code error.concurrentChange} when the meeting has been changed (moved, cancelled) since, so that nobody accepts a
     * time they have not seen. A null version skips the check (the meeting's own page shows it as it is).
     */
    public void answer(Long meetingId, Long seenVersion, LocalDateTime originalStart, Answer answer) {
        if (answer == null) {
            throw new InvalidInputException(Problem.inField("answer", "meeting.error.answerRequired"));
        }
        Meeting meeting = meetings.find(meetingId);
        if (seenVersion != null) {
            meeting.requireVersion(seenVersion);
        }
        Long me = caller.employeeId().orElseThrow(AccessDeniedException::new);
        Invitation invitation = meetings.invitation(meeting, me).orElseThrow(AccessDeniedException::new);
        if (originalStart != null) {
            meeting.occurrence(originalStart).orElseThrow(() -> new InvalidInputException(
                    Problem.inField("occurrence", "meeting.error.noSuchOccurrence")));
        }
        record(meeting, invitation, originalStart, answer, "page");
    }

    /**
     * Records an invitee's answer for one occurrence (which must exist), or for every coming occurrence when none is
     * named; {@code via} says where it was given ("page", or "calendar reply" for one read from the organiser mailbox).
     */
    void record(Meeting meeting, Invitation invitation, LocalDateTime originalStart, Answer answer, String via) {
        Instant now = clock.instant();
        if (originalStart != null) {
            invitation.answer(originalStart, answer, now);
        } else {
            LocalDateTime today = LocalDateTime.now(Zones.COPENHAGEN);
            meeting.occurrences().stream().filter(o -> o.end().isAfter(today))
                    .forEach(o -> invitation.answer(o.originalStart(), answer, now));
        }
        em.flush();
        audit.recordAbout(invitation.getEmployee().getId(), "ANSWER", meeting,
                "employee=" + invitation.getEmployee().getId() + ", " + answer
                + (originalStart == null ? ", series" : ", occurrence=" + originalStart) + ", via " + via);
    }

    /** Registers a person (the caller when null) for a theme meeting: a seat while there is room, else the waiting list. */
    public RegistrationStatus register(Long meetingId, Long employeeId) {
        Meeting meeting = themeMeeting(meetingId);
        Employee person = registrant(meeting, employeeId);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT); // two registrations at once cannot both take the last seat
        List<Registration> all = registrations(meeting);
        Optional<Registration> existing = all.stream().filter(r -> r.getEmployee().equals(person)).findFirst();
        if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
            return existing.get().getStatus();
        }
        long seated = all.stream().filter(r -> r.getStatus() == RegistrationStatus.REGISTERED).count();
        RegistrationStatus status = meeting.getCapacity() == null || seated < meeting.getCapacity()
                ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        Instant now = clock.instant();
        existing.ifPresentOrElse(r -> r.renew(now, status),
                () -> em.persist(new Registration(meeting, person, now, status)));
        if (status == RegistrationStatus.REGISTERED) {
            seat(meeting, person, now);
        }
        em.flush();
        audit.recordAbout(person.getId(), "REGISTER", meeting, "employee=" + person.getId() + ", " + status);
        return status;
    }

    /** Cancels a registration; a freed seat goes to the first on the waiting list. */
    public void cancelRegistration(Long meetingId, Long employeeId) {
        Meeting meeting = themeMeeting(meetingId);
        Employee person = registrant(meeting, employeeId);
        em.lock(meeting, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        List<Registration> all = registrations(meeting);
        Registration registration = all.stream().filter(r -> r.getEmployee().equals(person)
                && r.getStatus() != RegistrationStatus.CANCELLED).findFirst().orElseThrow(
                () -> new InvalidInputException(Problem.inField("registration", "meeting.error.notRegistered")));
        boolean hadSeat = registration.getStatus() == RegistrationStatus.REGISTERED;
        registration.cancel();
        meetings.invitation(meeting, person.getId()).ifPresent(i -> {
            meeting.inviteeLeft(clock.instant());
            mails.send(meeting, List.of(i), List.of(i), MailKind.UNREGISTRATION, null);
            em.remove(i);
        });
        if (hadSeat) {
            all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).findFirst().ifPresent(next -> {
                next.promote();
                seat(meeting, next.getEmployee(), clock.instant());
            });
        }
        em.flush();
        audit.recordAbout(person.getId(), "UNREGISTER", meeting, "employee=" + person.getId());
    }

    public List<RegistrationRow> registrationList(Long meetingId) {
        Meeting meeting = meetings.get(meetingId);
        return registrations(meeting).stream().map(r -> new RegistrationRow(r.getEmployee().getId(),
                r.getEmployee().getFullName(), r.getStatus(), r.getRegisteredAt())).toList();
    }

    private List<Registration> registrations(Meeting meeting) {
        return em.createNamedQuery("Registration.ofMeeting", Registration.class).setParameter("meeting", meeting)
                .getResultList();
    }

    private void seat(Meeting meeting, Employee person, Instant now) {
        if (meetings.invitation(meeting, person.getId()).isEmpty()) {
            Invitation invitation = new Invitation(meeting, person, now);
            em.persist(invitation);
            mails.send(meeting, List.of(invitation), List.of(invitation), MailKind.INVITATION, null);
        }
    }

    private Meeting themeMeeting(Long meetingId) {
        Meeting meeting = meetings.find(meetingId);
        if (meeting.getKind() != MeetingKind.THEME_MEETING || meeting.isCancelled()) {
            throw new InvalidInputException(Problem.inField("meeting", "meeting.error.notOpenForRegistration"));
        }
        return meeting;
    }

    private Employee registrant(Meeting meeting, Long employeeId) {
        Long me = caller.employeeId().orElse(null);
        if (employeeId == null || employeeId.equals(me)) {
            if (me == null) {
                throw new InvalidInputException(Problem.inField("employee", "meeting.error.organiserNeedsEmployee"));
            }
            return employees.get(me);
        }
        meetings.requireEditable(meeting);
        return employees.get(employeeId);
    }
}
