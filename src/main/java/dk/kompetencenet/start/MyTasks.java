package dk.kompetencenet.start;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.meeting.Invitation;
import dk.kompetencenet.meeting.InvitationAnswer;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.start.TaskItems.CloseItem;
import dk.kompetencenet.start.TaskItems.DocumentItem;
import dk.kompetencenet.start.TaskItems.EquipmentItem;
import dk.kompetencenet.start.TaskItems.ExpiryItem;
import dk.kompetencenet.start.TaskItems.GoalItem;
import dk.kompetencenet.start.TaskItems.InstitutionItem;
import dk.kompetencenet.start.TaskItems.MeetingItem;
import dk.kompetencenet.start.TaskItems.RatingItem;
import dk.kompetencenet.start.TaskItems.RoundItem;
import dk.kompetencenet.start.TaskItems.SnapshotItem;

/**
 * What a person should do now, for the start page: their own meetings, open round and goals due, and per role what
 * waits for them. Each list is one query in the database, whatever the amount of data, and holds at most
 * {@value #MOST} items (the page links to the full list); the rules for what is open, due or expiring come from the
 * features that own them.
 */
@ApplicationScoped
@Transactional
public class MyTasks {

    /** The most items a list shows. */
    public static final int MOST = 10;
    /** How far ahead meetings are listed. */
    public static final int MEETING_WEEKS = 4;
    /** How far ahead goals, reviews and snapshots count as due. */
    public static final int DUE_DAYS = 30;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private OversightTasks oversight;

    /** The lists of one person; those their roles do not have are empty. */
    public record Tasks(boolean own, boolean supervisor, boolean leader, boolean coordinator,
                        List<MeetingItem> meetings, List<RoundItem> rounds, List<GoalItem> goals,
                        List<RatingItem> ratings, List<DocumentItem> documents, List<EquipmentItem> equipment,
                        List<ExpiryItem> expiring, List<CloseItem> roundsToClose, List<SnapshotItem> snapshots,
                        List<InstitutionItem> uncovered) implements Serializable {

        /** Whether any list the person sees has something in it. */
        public boolean isAnything() {
            return !(meetings.isEmpty() && rounds.isEmpty() && goals.isEmpty() && ratings.isEmpty()
                    && documents.isEmpty() && equipment.isEmpty() && expiring.isEmpty() && roundsToClose.isEmpty()
                    && snapshots.isEmpty() && uncovered.isEmpty());
        }
    }

    /** The caller's tasks. */
    public Tasks mine() {
        return of(caller);
    }

    /**
     * The tasks of a person as the start page shows them to that person: their own lists if they have an employee
     * record, the supervisor's, leader's and coordinator's lists by role, scoped to the institutions they work at.
     */
    public Tasks of(Caller who) {
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        Long me = who.employeeId().orElse(null);
        boolean supervisor = who.hasRole(Role.SUPERVISOR);
        boolean leader = who.hasRole(Role.LEADER);
        boolean coordinator = who.hasRole(Role.COORDINATOR);
        List<Long> mine = List.copyOf(who.institutionIds());
        OversightTasks.Scope scope = new OversightTasks.Scope(me, mine, today);
        return new Tasks(me != null, supervisor, leader, coordinator,
                me == null ? List.of() : meetings(me),
                me == null || mine.isEmpty() ? List.of() : rounds(me, mine, today),
                me == null ? List.of() : goals(me, today),
                supervisor ? oversight.ratings(scope) : List.of(),
                leader ? oversight.documents(scope) : List.of(),
                leader ? oversight.equipment(scope) : List.of(),
                leader ? oversight.expiring(scope) : List.of(),
                coordinator ? oversight.roundsToClose(today) : List.of(),
                coordinator ? oversight.snapshots(today) : List.of(),
                coordinator ? oversight.uncovered(today) : List.of());
    }

    /**
     * The occurrences in the coming weeks of the meetings the person is invited to, with their answers: one query
     * fetches the invitations with their meetings, organisers, moved or cancelled occurrences and answers; the
     * occurrences of a series are expanded here, as the calendar does.
     */
    List<MeetingItem> meetings(Long me) {
        LocalDateTime from = LocalDateTime.now(Zones.COPENHAGEN);
        LocalDateTime to = from.plusWeeks(MEETING_WEEKS);
        // EclipseLink fetches nothing joined to a fetched alias (m.organiser): the meeting's own relations by hints.
        List<Invitation> invitations = em.createQuery("select distinct i from Invitation i join fetch i.employee"
                        + " join fetch i.meeting m left join fetch i.answers where i.employee.id = :me"
                        + " and m.cancelled = :cancelled and m.startAt < :to and m.seriesEnd > :from", Invitation.class)
                .setHint("eclipselink.join-fetch", "i.meeting.organiser")
                .setHint("eclipselink.left-join-fetch", "i.meeting.occurrenceRecords")
                .setParameter("me", me).setParameter("cancelled", Boolean.FALSE).setParameter("from", from)
                .setParameter("to", to).getResultList();
        List<MeetingItem> items = new ArrayList<>();
        for (Invitation invitation : invitations) {
            Meeting m = invitation.getMeeting();
            for (Occurrence o : m.occurrencesBetween(from, to)) {
                items.add(new MeetingItem(m.getId(), m.getVersion(), m.getTitle(), o.originalStart(), o.start(),
                        o.end(), m.getLocation(), invitation.answerFor(o.originalStart())
                        .map(InvitationAnswer::getAnswer).orElse(null)));
            }
        }
        return items.stream().sorted(Comparator.comparing(MeetingItem::start)).limit(MOST).toList();
    }

    /** Open rounds at the person's institutions ({@link AssessmentRound#openOnJpql}) not finished, with progress. */
    List<RoundItem> rounds(Long me, List<Long> mine, LocalDate today) {
        return em.createQuery("select r.id, r.name, r.closesOn, (select count(a) from RoundAnswer a where a.round = r"
                        + " and a.employee.id = :me), (select count(c) from Competence c where c.area.framework ="
                        + " r.framework) from AssessmentRound r where " + AssessmentRound.openOnJpql("r")
                        + " and r.id in (select r2.id from AssessmentRound r2 join r2.institutions i where i.id in"
                        + " :mine) order by r.closesOn, r.id", Object[].class)
                .setParameter("me", me).setParameter("mine", mine).setParameter("today", today).setMaxResults(MOST)
                .getResultStream()
                .map(r -> new RoundItem((Long) r[0], (String) r[1], (LocalDate) r[2], number(r[3]), number(r[4])))
                .filter(r -> r.answered() < r.total()).toList();
    }

    /** The person's own goals not reached ({@link DevelopmentGoal.Status#OPEN}) due within {@value #DUE_DAYS} days or overdue. */
    List<GoalItem> goals(Long me, LocalDate today) {
        return em.createQuery("select g.id, g.description, g.dueOn from DevelopmentGoal g where g.employee.id = :me"
                        + " and g.status in :open and g.dueOn <= :limit order by g.dueOn, g.id", Object[].class)
                .setParameter("me", me).setParameter("open", List.copyOf(DevelopmentGoal.Status.OPEN))
                .setParameter("limit", today.plusDays(DUE_DAYS)).setMaxResults(MOST).getResultStream()
                .map(r -> new GoalItem((Long) r[0], me, (String) r[1], (LocalDate) r[2],
                        ((LocalDate) r[2]).isBefore(today))).toList();
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
