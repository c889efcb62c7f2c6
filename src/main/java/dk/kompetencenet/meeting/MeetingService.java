package dk.kompetencenet.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.persistence.RetriedOnDeadlock;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Meetings and series: who may read and change them, scheduling with warnings ({@link ConflictCheck}), inviting more
 * people, changing the whole series and cancelling it. Administrators and coordinators may schedule and change any
 * meeting; leaders and supervisors schedule for people of their own institutions and change only what they organise;
 * everyone sees what they are invited to. Parts of a series are changed by {@link SeriesEditing}, answers and
 * registrations by {@link Registrations}, attendance, minutes and action items by {@link AfterMeeting}.
 * <p>
 * Schedulings that may conflict run one after another: each takes write locks in one order (the network, the
 * institution, the chosen people by id) before its conflict check, and checks before it inserts anything, so a check
 * sees every meeting committed before it and waits for no transaction that waits for it. A deadlock that still
 * happens (with another kind of write) runs the call again ({@link RetriedOnDeadlock}).
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class MeetingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private EmployeeService employees;

    @Inject
    private InviteeList inviteeList;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    @Inject
    private AuditLog audit;

    @Inject
    private ConflictCheck conflicts;

    @Inject
    private InvitationMails mails;

    private final Clock clock = Clock.systemUTC();

    /** Whom to invite: a network's current members, an institution's staff, chosen people; any combination. */
    public record Invitees(Long networkId, Long institutionId, Set<Long> employeeIds) {

        public static Invitees people(Set<Long> employeeIds) {
            return new Invitees(null, null, employeeIds);
        }
    }

    /** A meeting as scheduled or changed, with what the organiser should know (the meeting is saved regardless). */
    public record Scheduled(Meeting meeting, List<Message> warnings) {
    }

    // ---- reading ----

    public Meeting get(Long id) {
        Meeting meeting = find(id);
        requireReadable(meeting);
        return meeting;
    }

    Meeting find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Meeting.class, id)).orElseThrow(NotFoundException::new);
    }

    public boolean canEdit(Meeting meeting) {
        return caller.seesAllInstitutions() || caller.employeeId().map(meeting::isOrganisedBy).orElse(false)
                || (meeting.getNetwork() != null && networks.canRun(meeting.getNetwork()));
    }

    void requireEditable(Meeting meeting) {
        if (!canEdit(meeting)) {
            throw new AccessDeniedException();
        }
    }

    private void requireReadable(Meeting meeting) {
        if (canEdit(meeting) || meeting.getKind() == MeetingKind.THEME_MEETING) {
            return;
        }
        Long me = caller.employeeId().orElseThrow(AccessDeniedException::new);
        boolean invited = invitation(meeting, me).isPresent();
        boolean member = meeting.getNetwork() != null && networks.isMember(meeting.getNetwork().getId(), me);
        if (!invited && !member) {
            throw new AccessDeniedException();
        }
    }

    Optional<Invitation> invitation(Meeting meeting, Long employeeId) {
        return em.createNamedQuery("Invitation.find", Invitation.class).setParameter("meeting", meeting)
                .setParameter("employee", employeeId).getResultStream().findFirst();
    }

    public List<Invitation> invitations(Meeting meeting) {
        return em.createNamedQuery("Invitation.ofMeeting", Invitation.class).setParameter("meeting", meeting)
                .getResultList();
    }

    public long invitationCount(Meeting meeting) {
        return em.createQuery("select count(i) from Invitation i where i.meeting = :m", Long.class)
                .setParameter("m", meeting).getSingleResult();
    }

    // ---- scheduling and changing ----

    public Scheduled schedule(Meeting.Details details, Set<Long> initiativeIds, Invitees invitees) {
        return schedule(details, initiativeIds, Set.of(), invitees);
    }

    /** Schedules a meeting that addresses these competences (unknown ids refused, naming the field). */
    public Scheduled schedule(Meeting.Details details, Set<Long> initiativeIds, Set<Long> competenceIds,
                              Invitees invitees) {
        Set<Competence> addressed = competences(competenceIds);
        return schedule(organiser(), details, initiativeIds, invitees, meeting -> meeting.address(addressed));
    }

    /** The competences a meeting (or a poll for one) addresses; an unknown id is refused, naming the field. */
    public Set<Competence> competences(Set<Long> competenceIds) {
        Set<Long> ids = competenceIds == null ? Set.of() : competenceIds;
        Set<Competence> addressed = new HashSet<>(ids.isEmpty() ? List.of() : em.createQuery(
                "select c from Competence c where c.id in :ids", Competence.class).setParameter("ids", ids)
                .getResultList());
        if (addressed.size() != ids.size()) {
            throw new InvalidInputException(Problem.inField("competenceIds", "meeting.error.unknownCompetence"));
        }
        return addressed;
    }

    Employee organiser() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        return caller.employeeId().map(employees::get).orElseThrow(
                () -> new InvalidInputException(Problem.inField("organiser", "meeting.error.organiserNeedsEmployee")));
    }

    /** Schedules on someone's behalf; only the system's own work may (demo data, imports run at start-up). */
    public Scheduled scheduleFor(Long organiserId, Meeting.Details details, Set<Long> initiativeIds, Invitees invitees) {
        if (!SystemAccess.isActive()) {
            throw new AccessDeniedException();
        }
        return schedule(employees.get(organiserId), details, initiativeIds, invitees, meeting -> { });
    }

    /** Schedules; {@code exceptions} may cancel or move occurrences of a new series before anything is checked or sent. */
    Scheduled schedule(Employee organiser, Meeting.Details details, Set<Long> initiativeIds, Invitees invitees,
                       Consumer<Meeting> exceptions) {
        Network network = invitees.networkId() == null ? null : networks.get(invitees.networkId());
        if (network != null) {
            networks.requireRunner(network);
        }
        Set<Employee> people = resolve(invitees, network);
        if (people.isEmpty() && details.kind() != MeetingKind.THEME_MEETING) {
            throw new InvalidInputException(Problem.inField("employeeIds", "meeting.error.noInvitees"));
        }
        lockInOrder(network, invitees);
        Instant now = clock.instant();
        Meeting meeting = new Meeting("kompetencenet-" + UUID.randomUUID() + "@kompetencenet", details, organiser,
                network, strategies.initiatives(initiativeIds), now);
        exceptions.accept(meeting);
        List<Message> warnings = conflicts.warnings(meeting, null, people.stream().map(Employee::getId).toList());
        em.persist(meeting);
        List<Invitation> created = people.stream().map(p -> new Invitation(meeting, p, now)).toList();
        created.forEach(em::persist);
        em.flush();
        audit.record("SCHEDULE", meeting, meeting.getTitle() + ", " + created.size() + " invited");
        mails.send(meeting, created, created, MailKind.INVITATION, null);
        return new Scheduled(meeting, warnings);
    }

    /**
     * Write locks, held to commit, on what a scheduling's conflicts are about, always in the same order: the network,
     * the institution, then the chosen people by id. Two schedulings for the same people then check one after the
     * other, each seeing the other's meeting, instead of each waiting for the other's new rows.
     */
    private void lockInOrder(Network network, Invitees invitees) {
        if (network != null) {
            em.lock(network, LockModeType.PESSIMISTIC_WRITE);
        }
        if (invitees.institutionId() != null) {
            em.find(Institution.class, invitees.institutionId(), LockModeType.PESSIMISTIC_WRITE);
        }
        if (invitees.employeeIds() != null) {
            invitees.employeeIds().stream().filter(Objects::nonNull).sorted()
                    .forEach(id -> em.find(Employee.class, id, LockModeType.PESSIMISTIC_WRITE));
        }
    }

    /**
     * The warnings a meeting would get, before it is saved (the form's "check" button); refuses what saving would
     * refuse.
     */
    public List<Message> preview(Long meetingId, Meeting.Details details, Set<Long> initiativeIds, Invitees invitees) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        Network network = invitees.networkId() == null ? null : networks.get(invitees.networkId());
        Set<Long> people = new HashSet<>(resolve(invitees, network).stream().map(Employee::getId).toList());
        if (meetingId != null) {
            invitations(find(meetingId)).forEach(i -> people.add(i.getEmployee().getId()));
        }
        Meeting draft = new Meeting("preview", details, null, network, strategies.initiatives(initiativeIds), clock.instant());
        return conflicts.warnings(draft, meetingId, people);
    }

    /** Invites more people to an existing meeting; those already invited are left as they are. */
    public int invite(Long meetingId, Invitees invitees) {
        Meeting meeting = find(meetingId);
        requireEditable(meeting);
        Network network = invitees.networkId() == null ? null : networks.get(invitees.networkId());
        Set<Long> already = new HashSet<>(invitations(meeting).stream().map(i -> i.getEmployee().getId()).toList());
        Instant now = clock.instant();
        List<Invitation> added = resolve(invitees, network).stream().filter(p -> !already.contains(p.getId()))
                .map(p -> new Invitation(meeting, p, now)).toList();
        added.forEach(em::persist);
        em.flush();
        if (!added.isEmpty()) {
            audit.record("INVITE", meeting, added.size() + " invited");
            mails.send(meeting, added, invitations(meeting), MailKind.INVITATION, null);
        }
        return added.size();
    }

    /** Changes the whole meeting or series; answers and attendance follow their occurrences. */
    public Scheduled update(Long id, long version, Meeting.Details details, Set<Long> initiativeIds) {
        Meeting meeting = find(id);
        requireEditable(meeting);
        meeting.requireVersion(version);
        if (meeting.isCancelled()) {
            throw new InvalidInputException(Problem.inField("meeting", "meeting.error.cancelled"));
        }
        Duration shift = details.start() == null ? Duration.ZERO : Duration.between(meeting.getStartAt(),
                details.start().withSecond(0).withNano(0));
        meeting.change(details, strategies.initiatives(initiativeIds), clock.instant());
        List<Invitation> all = invitations(meeting);
        if (!shift.isZero()) {
            all.forEach(i -> i.shift(shift));
            actionItems(meeting).forEach(a -> a.shift(shift));
        }
        em.flush();
        audit.record("UPDATE", meeting, meeting.getTitle());
        mails.send(meeting, all, all, MailKind.UPDATE, null);
        return new Scheduled(meeting,
                conflicts.warnings(meeting, all.stream().map(i -> i.getEmployee().getId()).toList()));
    }

    public void cancel(Long id, long version) {
        Meeting meeting = find(id);
        requireEditable(meeting);
        meeting.requireVersion(version);
        if (meeting.isCancelled()) {
            return;
        }
        meeting.cancel(clock.instant());
        em.flush();
        audit.record("CANCEL", meeting, meeting.getTitle());
        List<Invitation> all = invitations(meeting);
        mails.send(meeting, all, all, MailKind.CANCELLATION, null);
    }

    List<ActionItem> actionItems(Meeting meeting) {
        return em.createQuery("select a from ActionItem a where a.meeting = :m", ActionItem.class)
                .setParameter("m", meeting).getResultList();
    }

    // ---- helpers ----

    private Set<Employee> resolve(Invitees invitees, Network network) {
        return inviteeList.resolve(invitees, network);
    }
}
