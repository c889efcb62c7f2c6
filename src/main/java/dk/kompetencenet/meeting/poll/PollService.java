package dk.kompetencenet.meeting.poll;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.meeting.InviteeList;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Date polls as their organisers run them: who may propose times (whoever may schedule the meeting: administrators,
 * coordinators, leaders and supervisors with an employee record, and for a network only its runners, as
 * {@link MeetingService} rules), who may see the answers and choose (the organiser, the municipality-wide roles, the
 * network's runners), and turning the chosen time into the meeting through {@link MeetingService#schedule}, so that
 * its invitations and mails are those of any meeting, and it addresses the poll's competences. Answers are given through {@link PollAnswering}.
 */
@ApplicationScoped
@Transactional
public class PollService {

    private static final int LIST_LIMIT = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private NetworkService networks;

    @Inject
    private InviteeList inviteeList;

    @Inject
    private StrategyService strategies;

    @Inject
    private MeetingService meetings;

    @Inject
    private PollMails mails;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Proposes the times and asks the invitees by mail, each with their own link (built on the application's URL). */
    public DatePoll create(PollDraft draft, String applicationUrl) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        Employee organiser = caller.employeeId().map(id -> em.find(Employee.class, id)).orElseThrow(
                () -> new InvalidInputException(Problem.inField("organiser", "meeting.error.organiserNeedsEmployee")));
        PollRules.check(draft, LocalDateTime.now(clock.withZone(Zones.COPENHAGEN)));
        Network network = null;
        if (draft.networkId() != null) {
            network = Optional.ofNullable(em.find(Network.class, draft.networkId())).orElseThrow(() ->
                    new InvalidInputException(Problem.inField("networkId", "poll.error.unknownNetwork")));
            if (!networks.canRun(network)) {
                throw new AccessDeniedException();
            }
        }
        for (Long id : draft.employeeIds() == null ? Set.<Long>of() : draft.employeeIds()) {
            if (id == null || em.find(Employee.class, id) == null) {
                throw new InvalidInputException(Problem.inField("employeeIds", "poll.error.unknownInvitee",
                        String.valueOf(id)));
            }
        }
        Set<Employee> people = inviteeList.resolve(new MeetingService.Invitees(draft.networkId(),
                draft.institutionId(), draft.employeeIds()), network);
        if (people.isEmpty()) {
            throw new InvalidInputException(Problem.inField("employeeIds", "meeting.error.noInvitees"));
        }
        DatePoll poll = new DatePoll(draft, organiser, network, strategies.initiatives(draft.initiativeIds()),
                meetings.competences(draft.competenceIds()), clock.instant());
        em.persist(poll);
        List<PollInvitee> invitees = people.stream().map(p -> new PollInvitee(poll, p)).toList();
        invitees.forEach(em::persist);
        em.flush();
        audit.record("CREATE_POLL", poll, poll.getTitle() + ", " + poll.getSlots().size() + " times, "
                + invitees.size() + " asked");
        mails.invite(poll, invitees, applicationUrl);
        return poll;
    }

    /** The poll, for someone who may see its answers and choose; others are refused as for any record they lack. */
    public DatePoll get(Long id) {
        DatePoll poll = find(id);
        if (!canManage(poll)) {
            throw new AccessDeniedException();
        }
        return poll;
    }

    DatePoll find(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(DatePoll.class, id)).orElseThrow(NotFoundException::new);
    }

    public boolean canManage(DatePoll poll) {
        return caller.seesAllInstitutions() || caller.employeeId().map(poll::isOrganisedBy).orElse(false)
                || (poll.getNetwork() != null && networks.canRun(poll.getNetwork()));
    }

    /** The polls the caller runs, newest first: all for the municipality-wide roles. */
    public List<DatePoll> managed() {
        if (caller.seesAllInstitutions()) {
            return em.createQuery("select p from DatePoll p order by p.createdAt desc, p.id desc", DatePoll.class)
                    .setMaxResults(LIST_LIMIT).getResultList();
        }
        Long me = caller.employeeId().orElse(null);
        if (me == null) {
            return List.of();
        }
        return em.createQuery("select p from DatePoll p where p.organiser.id = :me or exists (select n.id from Network n"
                        + " join n.coordinators c where n = p.network and c.id = :me)"
                        + " order by p.createdAt desc, p.id desc", DatePoll.class)
                .setParameter("me", me).setMaxResults(LIST_LIMIT).getResultList();
    }

    /** The polls the caller is asked in, newest first, with their own link's token. */
    public List<PollInvitee> asked() {
        return caller.employeeId().map(me -> em.createQuery("select i from PollInvitee i join fetch i.poll p"
                        + " where i.employee.id = :me order by p.createdAt desc, p.id desc", PollInvitee.class)
                .setParameter("me", me).setMaxResults(LIST_LIMIT).getResultList()).orElse(List.of());
    }

    /**
     * Turns the chosen time into the meeting (invitations and mails as for any meeting, the organiser being the one who
     * chooses) and closes the poll. Refused on an older copy of the poll, or when it is closed already.
     */
    public Meeting convert(Long pollId, long version, Long slotId) {
        DatePoll poll = get(pollId);
        poll.requireVersion(version);
        poll.requireOpen();
        PollSlot slot = poll.slot(slotId);
        List<Long> invited = new ArrayList<>(em.createQuery("select i.employee.id from PollInvitee i"
                + " where i.poll = :poll", Long.class).setParameter("poll", poll).getResultList());
        Meeting meeting = meetings.schedule(poll.meetingAt(slot),
                Set.copyOf(poll.getInitiatives().stream().map(i -> i.getId()).toList()),
                Set.copyOf(poll.getCompetences().stream().map(c -> c.getId()).toList()),
                new MeetingService.Invitees(poll.getNetwork() == null ? null : poll.getNetwork().getId(), null,
                        Set.copyOf(invited))).meeting();
        Instant now = clock.instant();
        poll.close(slot, meeting, now);
        em.flush();
        audit.record("CLOSE_POLL", poll, poll.getTitle() + ", meeting " + meeting.getId());
        return meeting;
    }
}
