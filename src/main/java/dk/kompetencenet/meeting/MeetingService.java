package dk.kompetencenet.meeting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.calendar.CalendarEvent;
import dk.kompetencenet.meeting.calendar.DanishHolidays;
import dk.kompetencenet.meeting.calendar.ICalendarReader;
import dk.kompetencenet.meeting.calendar.ImportedEvent;
import dk.kompetencenet.meeting.calendar.ICalendarWriter;
import dk.kompetencenet.meeting.calendar.Method;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.meeting.calendar.Person;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Meetings and series: scheduling with warnings (busy invitees, a booked room, holidays), changes of the whole series
 * or one occurrence, cancellation, answers, theme-meeting registration with a waiting list, and what happens after a
 * meeting. Administrators and coordinators may schedule and change any meeting; leaders and supervisors schedule for
 * people of their own institutions and change only what they organise; everyone sees what they are invited to.
 */
@ApplicationScoped
@Transactional
public class MeetingService {

    static final int MAX_WARNINGS = 20;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final int IN_LIST_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private EmployeeService employees;

    @Inject
    private InstitutionService institutions;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MeetingMail> mails;

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

    /** One occurrence of a meeting in a calendar. */
    public record CalendarEntry(Long meetingId, String title, MeetingKind kind, LocalDateTime originalStart,
                                LocalDateTime start, LocalDateTime end, String location, boolean moved) {
    }

    /** An invitee with their answer and attendance for one occurrence. */
    public record InviteeStatus(Long employeeId, String name, String email, Answer answer,
                                AttendanceStatus attendance) {
    }

    /** A registration for a theme meeting as shown in its lists. */
    public record RegistrationRow(Long employeeId, String name, RegistrationStatus status, Instant registeredAt) {
    }

    /** Participation counts for an institution or a person over a period. */
    public record Participation(Long id, String name, long present, long absent, long excused) {

        public long total() {
            return present + absent + excused;
        }

        /** Share present of all recorded, in whole per cent. */
        public long presentPercent() {
            return total() == 0 ? 0 : Math.round(100.0 * present / total());
        }
    }

    // ---- reading ----

    public Meeting get(Long id) {
        Meeting meeting = find(id);
        requireReadable(meeting);
        return meeting;
    }

    private Meeting find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Meeting.class, id)).orElseThrow(NotFoundException::new);
    }

    public boolean canEdit(Meeting meeting) {
        return caller.seesAllInstitutions() || caller.employeeId().map(meeting::isOrganisedBy).orElse(false)
                || (meeting.getNetwork() != null && networks.canRun(meeting.getNetwork()));
    }

    private void requireEditable(Meeting meeting) {
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

    private Optional<Invitation> invitation(Meeting meeting, Long employeeId) {
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

    /** The invitees of one occurrence with their answers and attendance. */
    public List<InviteeStatus> invitees(Long meetingId, LocalDateTime originalStart) {
        Meeting meeting = get(meetingId);
        return invitations(meeting).stream().map(i -> new InviteeStatus(i.getEmployee().getId(),
                i.getEmployee().getFullName(), i.getEmployee().getEmail(),
                i.answerFor(originalStart).map(InvitationAnswer::getAnswer).orElse(null),
                i.attendanceAt(originalStart).orElse(null))).toList();
    }

    /** The caller's own meetings (invited or organising) between two times, occurrence by occurrence. */
    public List<CalendarEntry> myCalendar(LocalDateTime from, LocalDateTime to) {
        Long me = caller.employeeId().orElse(-1L);
        List<Meeting> meetings = em.createQuery("select distinct m from Meeting m left join fetch m.occurrenceRecords"
                        + " where m.cancelled = false and m.startAt < :to and m.seriesEnd > :from and (m.organiser.id = :me"
                        + " or m.id in (select i.meeting.id from Invitation i where i.employee.id = :me))", Meeting.class)
                .setParameter("from", from).setParameter("to", to).setParameter("me", me).getResultList();
        return entries(meetings, from, to);
    }

    /** A network's meetings between two times. */
    public List<CalendarEntry> networkCalendar(Long networkId, LocalDateTime from, LocalDateTime to) {
        networks.get(networkId);
        List<Meeting> meetings = em.createQuery("select distinct m from Meeting m left join fetch m.occurrenceRecords"
                        + " where m.cancelled = false and m.network.id = :n and m.startAt < :to and m.seriesEnd > :from",
                        Meeting.class)
                .setParameter("n", networkId).setParameter("from", from).setParameter("to", to).getResultList();
        return entries(meetings, from, to);
    }

    private static List<CalendarEntry> entries(List<Meeting> meetings, LocalDateTime from, LocalDateTime to) {
        List<CalendarEntry> entries = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Occurrence o : m.occurrencesBetween(from, to)) {
                entries.add(new CalendarEntry(m.getId(), m.getTitle(), m.getKind(), o.originalStart(), o.start(),
                        o.end(), m.getLocation(), o.moved()));
            }
        }
        entries.sort((a, b) -> a.start().compareTo(b.start()));
        return entries;
    }

    /** One meeting or series as an iCalendar file. */
    public String ics(Long meetingId) {
        Meeting meeting = get(meetingId);
        return ICalendarWriter.write(List.of(meeting.toCalendarEvent(List.of())), Method.PUBLISH, meeting.getTitle());
    }

    // ---- scheduling and changing ----

    public Scheduled schedule(Meeting.Details details, Set<Long> initiativeIds, Invitees invitees) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        Employee organiser = caller.employeeId().map(employees::get).orElseThrow(
                () -> new InvalidInputException(Problem.inField("organiser", "meeting.error.organiserNeedsEmployee")));
        return schedule(organiser, details, initiativeIds, invitees);
    }

    /** Schedules on someone's behalf; only the system's own work may (demo data, imports run at start-up). */
    public Scheduled scheduleFor(Long organiserId, Meeting.Details details, Set<Long> initiativeIds, Invitees invitees) {
        if (!SystemAccess.isActive()) {
            throw new AccessDeniedException();
        }
        return schedule(employees.get(organiserId), details, initiativeIds, invitees);
    }

    private Scheduled schedule(Employee organiser, Meeting.Details details, Set<Long> initiativeIds,
                               Invitees invitees) {
        Network network = invitees.networkId() == null ? null : networks.get(invitees.networkId());
        if (network != null) {
            networks.requireRunner(network);
        }
        Set<Employee> people = resolve(invitees, network);
        if (people.isEmpty() && details.kind() != MeetingKind.THEME_MEETING) {
            throw new InvalidInputException(Problem.inField("employeeIds", "meeting.error.noInvitees"));
        }
        Instant now = clock.instant();
        Meeting meeting = new Meeting("kompetencenet-" + UUID.randomUUID() + "@kompetencenet", details, organiser,
                network, strategies.initiatives(initiativeIds), now);
        em.persist(meeting);
        List<Invitation> created = people.stream().map(p -> new Invitation(meeting, p, now)).toList();
        created.forEach(em::persist);
        em.flush();
        audit.record("SCHEDULE", meeting, meeting.getTitle() + ", " + created.size() + " invited");
        mail(meeting, created, created, Method.REQUEST, null, "mail.subject.invitation");
        return new Scheduled(meeting, warnings(meeting, people.stream().map(Employee::getId).toList()));
    }

    /**
     * Creates a meeting for every event of an iCalendar file, all serving the given initiatives and inviting the same
     * people. All or nothing: a malformed file, or a bad event in it, creates no meeting.
     */
    public List<Scheduled> importIcs(byte[] ics, MeetingKind kind, Set<Long> initiativeIds, Invitees invitees) {
        List<ImportedEvent> events = ICalendarReader.read(ics);
        List<Scheduled> created = new ArrayList<>();
        for (ImportedEvent e : events) {
            created.add(schedule(new Meeting.Details(kind == null ? MeetingKind.OTHER : kind, e.summary(),
                    e.description(), e.location(), null, e.start(), e.end(), e.rrule(), null), initiativeIds, invitees));
        }
        return created;
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
        return warnings(draft, meetingId, people);
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
            mail(meeting, added, invitations(meeting), Method.REQUEST, null, "mail.subject.invitation");
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
        mail(meeting, all, all, Method.REQUEST, null, "mail.subject.updated");
        return new Scheduled(meeting, warnings(meeting, all.stream().map(i -> i.getEmployee().getId()).toList()));
    }

    /**
     * Changes an occurrence and all after it ("this and following"): the series ends before it and a new series takes
     * over from it, with the same invitees, their answers, minutes and action items carried to the matching
     * occurrences. Without a rule of its own the new series keeps the old rule for the remaining occurrences.
     */
    public Scheduled updateFollowing(Long id, long version, LocalDateTime originalStart, Meeting.Details details,
                                     Set<Long> initiativeIds) {
        Meeting meeting = find(id);
        requireEditable(meeting);
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
            return update(id, version, details, initiativeIds);
        }
        Instant now = clock.instant();
        String rule = details.rrule() == null || details.rrule().isBlank()
                ? Meeting.withCount(meeting.getRrule(), oldStarts.size() - from) : details.rrule();
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
        List<Invitation> oldInvitations = invitations(meeting);
        List<Invitation> newInvitations = new ArrayList<>();
        for (Invitation old : oldInvitations) {
            Invitation copy = new Invitation(following, old.getEmployee(), old.getInvitedAt());
            old.handOver(originalStart, copy, mapped);
            em.persist(copy);
            newInvitations.add(copy);
        }
        for (MeetingOccurrence record : meeting.endBefore(originalStart, now)) {
            LocalDateTime target = mapped.apply(record.getOriginalStart());
            if (target != null) {
                following.adopt(record, target);
            }
        }
        for (ActionItem item : actionItems(meeting)) {
            if (!item.getOccurrenceStart().isBefore(originalStart)) {
                LocalDateTime target = mapped.apply(item.getOccurrenceStart());
                item.moveTo(following, target == null ? following.getStartAt() : target);
            }
        }
        em.flush();
        audit.record("SPLIT", meeting, "from " + originalStart + " into meeting " + following.getId());
        mail(meeting, oldInvitations, oldInvitations, Method.REQUEST, null, "mail.subject.updated");
        mail(following, newInvitations, newInvitations, Method.REQUEST, null, "mail.subject.updated");
        return new Scheduled(following, warnings(following,
                newInvitations.stream().map(i -> i.getEmployee().getId()).toList()));
    }

    public Scheduled moveOccurrence(Long id, long version, LocalDateTime originalStart, LocalDateTime start,
                                    LocalDateTime end) {
        Meeting meeting = find(id);
        requireEditable(meeting);
        meeting.requireVersion(version);
        meeting.moveOccurrence(originalStart, start, end, clock.instant());
        em.flush();
        audit.record("MOVE", meeting, originalStart + " -> " + start);
        List<Invitation> all = invitations(meeting);
        mail(meeting, all, all, Method.REQUEST, null, "mail.subject.updated");
        return new Scheduled(meeting, warnings(meeting, all.stream().map(i -> i.getEmployee().getId()).toList()));
    }

    public void cancelOccurrence(Long id, long version, LocalDateTime originalStart) {
        Meeting meeting = find(id);
        requireEditable(meeting);
        meeting.requireVersion(version);
        meeting.cancelOccurrence(originalStart, clock.instant());
        em.flush();
        audit.record("CANCEL_OCCURRENCE", meeting, originalStart.toString());
        List<Invitation> all = invitations(meeting);
        mail(meeting, all, all, Method.CANCEL, originalStart, "mail.subject.occurrenceCancelled");
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
        mail(meeting, all, all, Method.CANCEL, null, "mail.subject.cancelled");
    }

    // ---- answers and registrations ----

    /** The caller answers for one occurrence, or for every coming occurrence when none is named. */
    public void answer(Long meetingId, LocalDateTime originalStart, Answer answer) {
        if (answer == null) {
            throw new InvalidInputException(Problem.inField("answer", "meeting.error.answerRequired"));
        }
        Meeting meeting = find(meetingId);
        Long me = caller.employeeId().orElseThrow(AccessDeniedException::new);
        Invitation invitation = invitation(meeting, me).orElseThrow(AccessDeniedException::new);
        Instant now = clock.instant();
        if (originalStart != null) {
            meeting.occurrence(originalStart).orElseThrow(() -> new InvalidInputException(
                    Problem.inField("occurrence", "meeting.error.noSuchOccurrence")));
            invitation.answer(originalStart, answer, now);
        } else {
            LocalDateTime today = LocalDateTime.now(Zones.COPENHAGEN);
            meeting.occurrences().stream().filter(o -> o.end().isAfter(today))
                    .forEach(o -> invitation.answer(o.originalStart(), answer, now));
        }
        em.flush();
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
        audit.record("REGISTER", meeting, "employee=" + person.getId() + ", " + status);
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
        invitation(meeting, person.getId()).ifPresent(i -> {
            mail(meeting, List.of(i), List.of(i), Method.CANCEL, null, "mail.subject.cancelled");
            em.remove(i);
        });
        if (hadSeat) {
            all.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).findFirst().ifPresent(next -> {
                next.promote();
                seat(meeting, next.getEmployee(), clock.instant());
            });
        }
        em.flush();
        audit.record("UNREGISTER", meeting, "employee=" + person.getId());
    }

    public List<RegistrationRow> registrationList(Long meetingId) {
        Meeting meeting = get(meetingId);
        return registrations(meeting).stream().map(r -> new RegistrationRow(r.getEmployee().getId(),
                r.getEmployee().getFullName(), r.getStatus(), r.getRegisteredAt())).toList();
    }

    private List<Registration> registrations(Meeting meeting) {
        return em.createNamedQuery("Registration.ofMeeting", Registration.class).setParameter("meeting", meeting)
                .getResultList();
    }

    private void seat(Meeting meeting, Employee person, Instant now) {
        if (invitation(meeting, person.getId()).isEmpty()) {
            Invitation invitation = new Invitation(meeting, person, now);
            em.persist(invitation);
            mail(meeting, List.of(invitation), List.of(invitation), Method.REQUEST, null, "mail.subject.invitation");
        }
    }

    private Meeting themeMeeting(Long meetingId) {
        Meeting meeting = find(meetingId);
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
        requireEditable(meeting);
        return employees.get(employeeId);
    }

    // ---- after the meeting ----

    public void recordAttendance(Long meetingId, LocalDateTime originalStart, Map<Long, AttendanceStatus> statuses) {
        Meeting meeting = find(meetingId);
        requireEditable(meeting);
        requireOccurrence(meeting, originalStart);
        Map<Long, Invitation> byEmployee = new HashMap<>();
        invitations(meeting).forEach(i -> byEmployee.put(i.getEmployee().getId(), i));
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
        Meeting meeting = find(meetingId);
        requireEditable(meeting);
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
        Meeting meeting = find(meetingId);
        requireEditable(meeting);
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
        requireEditable(item.getMeeting());
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
        Meeting meeting = get(meetingId);
        return em.createQuery("select a from ActionItem a where a.meeting = :m and a.occurrenceStart = :o order by a.id",
                ActionItem.class).setParameter("m", meeting).setParameter("o", originalStart).getResultList();
    }

    /**
     * Open action items to follow up at this occurrence: from earlier occurrences of the same series and from earlier
     * meetings of the same network.
     */
    public List<ActionItem> openActionItemsBefore(Long meetingId, LocalDateTime originalStart) {
        Meeting meeting = get(meetingId);
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

    private List<ActionItem> actionItems(Meeting meeting) {
        return em.createQuery("select a from ActionItem a where a.meeting = :m", ActionItem.class)
                .setParameter("m", meeting).getResultList();
    }

    private static void requireOccurrence(Meeting meeting, LocalDateTime originalStart) {
        if (originalStart == null || meeting.occurrence(originalStart).isEmpty()) {
            throw new InvalidInputException(Problem.inField("occurrence", "meeting.error.noSuchOccurrence"));
        }
    }

    /** Recorded attendance per institution in a period, within the caller's scope; one query. */
    public List<Participation> participationByInstitution(LocalDate from, LocalDate to) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        String scope = caller.seesAllInstitutions() ? "" : " and i.id in :scope";
        var query = em.createQuery("select i.id, i.name, a.status, count(a) from Attendance a join a.invitation inv"
                + " join inv.employee e join e.institutions i where a.occurrenceStart >= :from and a.occurrenceStart < :to"
                + scope + " group by i.id, i.name, a.status order by i.name", Object[].class);
        return participation(scoped(query).setParameter("from", from.atStartOfDay())
                .setParameter("to", to.plusDays(1).atStartOfDay()).getResultList());
    }

    /** Recorded attendance per person in a period (of one institution, or all in scope); one query. */
    public List<Participation> participationByPerson(LocalDate from, LocalDate to, Long institutionId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        if (institutionId != null) {
            institutions.get(institutionId);
        }
        String filter = institutionId != null ? " and e.id in (select x.id from Employee x join x.institutions xi"
                + " where xi.id = :institution)" : caller.seesAllInstitutions() ? "" : " and e.id in (select x.id"
                + " from Employee x join x.institutions xi where xi.id in :scope)";
        var query = em.createQuery("select e.id, concat(concat(e.firstName, ' '), e.lastName), a.status, count(a)"
                + " from Attendance a join a.invitation inv join inv.employee e where a.occurrenceStart >= :from"
                + " and a.occurrenceStart < :to" + filter + " group by e.id, e.firstName, e.lastName, a.status"
                + " order by e.lastName, e.firstName", Object[].class)
                .setParameter("from", from.atStartOfDay()).setParameter("to", to.plusDays(1).atStartOfDay());
        if (institutionId != null) {
            query.setParameter("institution", institutionId);
        } else {
            scoped(query);
        }
        return participation(query.getResultList());
    }

    private <T> jakarta.persistence.TypedQuery<T> scoped(jakarta.persistence.TypedQuery<T> query) {
        if (!caller.seesAllInstitutions()) {
            query.setParameter("scope", caller.institutionIds().isEmpty() ? List.of(-1L)
                    : List.copyOf(caller.institutionIds()));
        }
        return query;
    }

    private static List<Participation> participation(List<Object[]> rows) {
        Map<Long, long[]> counts = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (Object[] r : rows) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[3]);
            names.put((Long) r[0], (String) r[1]);
            c[((AttendanceStatus) r[2]).ordinal()] += (Long) r[3];
        }
        return counts.entrySet().stream().map(e -> new Participation(e.getKey(), names.get(e.getKey()),
                e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }

    // ---- helpers ----

    private Set<Employee> resolve(Invitees invitees, Network network) {
        Set<Employee> people = new LinkedHashSet<>();
        if (network != null) {
            people.addAll(networks.currentMembers(network.getId()));
        }
        if (invitees.institutionId() != null) {
            institutions.get(invitees.institutionId());
            people.addAll(em.createQuery("select e from Employee e join e.institutions i where i.id = :id"
                    + " and e.active = true", Employee.class).setParameter("id", invitees.institutionId()).getResultList());
        }
        for (Long id : invitees.employeeIds() == null ? Set.<Long>of() : invitees.employeeIds()) {
            people.add(employees.get(id));
        }
        return people;
    }


    /** What the organiser should know: holidays, school holidays, a booked room, invitees with another meeting. */
    List<Message> warnings(Meeting meeting, Collection<Long> inviteeIds) {
        return warnings(meeting, meeting.getId(), inviteeIds);
    }

    private List<Message> warnings(Meeting meeting, Long self, Collection<Long> inviteeIds) {
        List<Occurrence> mine = meeting.occurrences();
        List<Message> warnings = new ArrayList<>();
        if (mine.isEmpty()) {
            return warnings;
        }
        LocalDateTime from = mine.get(0).start();
        LocalDateTime to = mine.stream().map(Occurrence::end).max(LocalDateTime::compareTo).orElseThrow();
        List<SchoolHoliday> schoolHolidays = em.createNamedQuery("SchoolHoliday.overlapping", SchoolHoliday.class)
                .setParameter("first", from.toLocalDate()).setParameter("last", to.toLocalDate()).getResultList();
        for (Occurrence o : mine) {
            LocalDate day = o.start().toLocalDate();
            DanishHolidays.on(day).ifPresent(h -> warnings.add(Message.of("meeting.warning.holiday", DAY.format(day),
                    Message.of(h.key()))));
            schoolHolidays.stream().filter(h -> h.covers(day)).forEach(h -> warnings.add(
                    Message.of("meeting.warning.schoolHoliday", DAY.format(day), h.getName())));
        }
        List<Meeting> candidates = overlappingCandidates(meeting, self == null ? -1L : self, inviteeIds, from, to);
        Map<Long, Set<String>> busyByMeeting = busyInvitees(candidates, inviteeIds);
        for (Meeting other : candidates) {
            Set<String> busy = busyByMeeting.getOrDefault(other.getId(), Set.of());
            boolean sameRoom = meeting.getRoom() != null && meeting.getRoom().equalsIgnoreCase(other.getRoom());
            for (Occurrence theirs : other.occurrencesBetween(from, to)) {
                for (Occurrence o : mine) {
                    if (o.start().isBefore(theirs.end()) && theirs.start().isBefore(o.end())) {
                        if (sameRoom) {
                            warnings.add(Message.of("meeting.warning.room", meeting.getRoom(), WHEN.format(o.start()),
                                    other.getTitle()));
                        }
                        if (!busy.isEmpty()) {
                            warnings.add(Message.of("meeting.warning.busy", WHEN.format(o.start()), busy.size(),
                                    String.join(", ", busy.stream().limit(5).toList()), other.getTitle()));
                        }
                    }
                }
            }
        }
        return warnings.size() > MAX_WARNINGS ? List.copyOf(warnings.subList(0, MAX_WARNINGS)) : warnings;
    }

    private List<Meeting> overlappingCandidates(Meeting meeting, Long self, Collection<Long> inviteeIds,
                                                LocalDateTime from, LocalDateTime to) {
        Set<Meeting> found = new LinkedHashSet<>();
        if (meeting.getRoom() != null) {
            found.addAll(em.createQuery("select m from Meeting m where lower(m.room) = :room and m.cancelled = false"
                            + " and m.id <> :self and m.startAt < :to and m.seriesEnd > :from", Meeting.class)
                    .setParameter("room", meeting.getRoom().toLowerCase(Locale.ROOT)).setParameter("self", self)
                    .setParameter("from", from).setParameter("to", to).getResultList());
        }
        List<Long> ids = List.copyOf(inviteeIds);
        for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
            found.addAll(em.createQuery("select distinct m from Meeting m where m.cancelled = false and m.id <> :self"
                            + " and m.startAt < :to and m.seriesEnd > :from and m.id in (select i.meeting.id from Invitation i"
                            + " where i.employee.id in :ids)", Meeting.class)
                    .setParameter("self", self).setParameter("from", from).setParameter("to", to)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK))).getResultList());
        }
        return List.copyOf(found);
    }

    /** For each candidate meeting, the names of the invitees who are invited to it too (one query per 500 invitees). */
    private Map<Long, Set<String>> busyInvitees(List<Meeting> candidates, Collection<Long> inviteeIds) {
        Map<Long, Set<String>> busy = new HashMap<>();
        if (candidates.isEmpty() || inviteeIds.isEmpty()) {
            return busy;
        }
        List<Long> meetingIds = candidates.stream().map(Meeting::getId).toList();
        List<Long> ids = List.copyOf(inviteeIds);
        for (int i = 0; i < ids.size(); i += IN_LIST_CHUNK) {
            em.createQuery("select i.meeting.id, e.firstName, e.lastName from Invitation i join i.employee e"
                            + " where i.meeting.id in :meetings and e.id in :ids", Object[].class)
                    .setParameter("meetings", meetingIds)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + IN_LIST_CHUNK)))
                    .getResultStream().forEach(r -> busy.computeIfAbsent((Long) r[0], k -> new TreeSet<>())
                            .add(r[1] + " " + r[2]));
        }
        return busy;
    }

    /** Queues one mail per recipient, sent after commit (see {@link MailSender}). */
    private void mail(Meeting meeting, List<Invitation> recipients, List<Invitation> attendees, Method method,
                      LocalDateTime occurrence, String subjectKey) {
        if (recipients.isEmpty()) {
            return;
        }
        List<Person> people = attendees.stream()
                .map(i -> new Person(i.getEmployee().getFullName(), i.getEmployee().getEmail())).toList();
        CalendarEvent event = meeting.toCalendarEvent(people);
        String calendar = method == Method.CANCEL ? ICalendarWriter.writeCancellation(event, occurrence)
                : ICalendarWriter.write(List.of(event), Method.REQUEST, null);
        LocalDateTime when = occurrence != null ? occurrence : meeting.getStartAt();
        String subject = Texts.get(Texts.DANISH, subjectKey, meeting.getTitle(), WHEN.format(when));
        String text = Texts.get(Texts.DANISH, meeting.isRecurring() ? "mail.body.series" : "mail.body.single",
                meeting.getTitle(), WHEN.format(when), meeting.getLocation() == null ? "" : meeting.getLocation(),
                meeting.getAgenda() == null ? "" : meeting.getAgenda(), meeting.getOrganiser().getFullName(),
                meeting.occurrences().size());
        mails.fire(new MeetingMail(recipients.stream().map(i -> new MeetingMail.Message(i.getEmployee().getFullName(),
                i.getEmployee().getEmail(), subject, text, calendar, method.name())).toList()));
    }
}
