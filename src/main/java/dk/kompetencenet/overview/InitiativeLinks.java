package dk.kompetencenet.overview;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import dk.kompetencenet.competence.Bilingual;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.StrategyStatus;

/**
 * Everything linked to one initiative, for its page and {@code GET /api/initiatives/{id}/links}: where it stands in the
 * strategy (and the versions before and after it), the programmes, networks, meetings, frameworks and kinds of local
 * document that serve it; development-plan goals and assessments as counts only (they are about people); and, for
 * those who may read the board, how many institutions in their scope have it in place, under way or not started. The
 * same fixed number of queries whatever is linked.
 */
@ApplicationScoped
@Transactional
public class InitiativeLinks {

    /** How many upcoming and how many recent meetings are listed; the rest are counted. */
    public static final int MEETINGS_SHOWN = 5;

    private static final Role[] BOARD_READERS = {Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private BoardService board;

    /** A linked record: its id, key (document kinds) and name in Danish and English. */
    public record Item(Long id, String key, String danish, String english) implements Bilingual, Serializable {
    }

    public record MeetingItem(Long id, String title, MeetingKind kind, LocalDateTime start, boolean recurring) implements Serializable {
    }

    /** Meetings not cancelled: how many are still to come (or running) and how many are over, and a few of each. */
    public record Meetings(long upcomingCount, long pastCount, List<MeetingItem> upcoming, List<MeetingItem> recent) implements Serializable {
    }

    /** The same initiative in another version of the strategy. */
    public record Version(Long initiativeId, String strategy) implements Serializable {
    }

    public record GoalCount(DevelopmentGoal.Status status, long count) implements Serializable {
    }

    /** Across the institutions in the caller's scope, as the board derives it; its focus area for the board's filter. */
    public record Status(long inPlace, long underWay, long nothingYet, int percentInPlace, Long focusAreaId) implements Serializable {
    }

    public record Links(Long initiativeId, String code, String title, Long focusAreaId, String focusArea,
                        Long strategyId, String strategy, StrategyStatus strategyStatus, Version previous,
                        Version next, List<Item> programmes, List<Item> networks, Meetings meetings,
                        List<Item> frameworks, List<Item> documentKinds, List<GoalCount> goals, long assessments,
                        Status status) implements Serializable {

        public boolean archived() {
            return strategyStatus == StrategyStatus.ARCHIVED;
        }
    }

    public Links of(Long initiativeId) {
        Object[] i = em.createQuery("select i.title, i.sortOrder, f.id, f.title, f.sortOrder, s.id, s.title, s.status,"
                        + " i.revisedFromId from Initiative i join i.focusArea f join f.strategy s where i.id = :id",
                        Object[].class).setParameter("id", initiativeId).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
        Long focusAreaId = (Long) i[2];
        StrategyStatus strategyStatus = (StrategyStatus) i[7];
        Long revisedFrom = (Long) i[8];
        Version previous = null;
        Version next = null;
        for (Object[] v : em.createQuery("select i.id, i.focusArea.strategy.title, i.revisedFromId from Initiative i"
                        + " where i.revisedFromId = :id or i.id = :from", Object[].class)
                .setParameter("id", initiativeId).setParameter("from", revisedFrom == null ? -1L : revisedFrom)
                .getResultList()) {
            if (initiativeId.equals(v[2])) {
                next = new Version((Long) v[0], (String) v[1]);
            } else {
                previous = new Version((Long) v[0], (String) v[1]);
            }
        }
        return new Links(initiativeId, i[4] + "." + i[1], (String) i[0], focusAreaId, (String) i[3], (Long) i[5],
                (String) i[6], strategyStatus, previous, next,
                items("select p.id, p.name, p.name from Programme p join p.initiatives i where i.id = :id"
                        + " order by p.name", initiativeId),
                items("select n.id, n.name, n.name from Network n join n.initiatives i where i.id = :id"
                        + " order by n.name", initiativeId),
                meetings(initiativeId),
                items("select f.id, f.nameDa, f.nameEn from Framework f join f.initiatives i where i.id = :id"
                        + " order by f.nameDa", initiativeId),
                items("select k.id, k.name.da, k.name.en, k.key from DocumentKind k join k.initiatives i"
                        + " where i.id = :id order by k.sortOrder", initiativeId),
                goals(initiativeId),
                em.createQuery("select count(a) from Assessment a join a.competence.area.framework.initiatives i"
                        + " where i.id = :id", Long.class).setParameter("id", initiativeId).getSingleResult(),
                strategyStatus == StrategyStatus.ACTIVE ? status(initiativeId, focusAreaId) : null);
    }

    /** Rows of id, Danish name, English name and, for document kinds, the key. */
    private List<Item> items(String jpql, Long initiativeId) {
        return em.createQuery(jpql, Object[].class).setParameter("id", initiativeId).getResultStream()
                .map(r -> new Item((Long) r[0], r.length > 3 ? (String) r[3] : null, (String) r[1], (String) r[2]))
                .toList();
    }

    /** Two counts and two short lists. */
    private Meetings meetings(Long initiativeId) {
        LocalDateTime now = LocalDateTime.now(Zones.COPENHAGEN);
        String from = " from Meeting m join m.initiatives i where i.id = :id and m.cancelled = :cancelled and m.seriesEnd";
        return new Meetings(meetingQuery("select count(m)" + from + " > :now", Long.class, initiativeId, now)
                .getSingleResult(),
                meetingQuery("select count(m)" + from + " <= :now", Long.class, initiativeId, now).getSingleResult(),
                meetingItems(meetingQuery("select m.id, m.title, m.kind, m.startAt, m.rrule" + from
                        + " > :now order by m.startAt", Object[].class, initiativeId, now)),
                meetingItems(meetingQuery("select m.id, m.title, m.kind, m.startAt, m.rrule" + from
                        + " <= :now order by m.startAt desc", Object[].class, initiativeId, now)));
    }

    private <T> TypedQuery<T> meetingQuery(String jpql, Class<T> type, Long initiativeId, LocalDateTime now) {
        return em.createQuery(jpql, type).setParameter("id", initiativeId).setParameter("cancelled", Boolean.FALSE)
                .setParameter("now", now);
    }

    private static List<MeetingItem> meetingItems(TypedQuery<Object[]> query) {
        return query.setMaxResults(MEETINGS_SHOWN).getResultStream().map(r -> new MeetingItem((Long) r[0],
                (String) r[1], (MeetingKind) r[2], (LocalDateTime) r[3], r[4] != null)).toList();
    }

    /** Every status, those without goals as 0. */
    private List<GoalCount> goals(Long initiativeId) {
        Map<DevelopmentGoal.Status, Long> counts = new EnumMap<>(DevelopmentGoal.Status.class);
        for (Object[] r : em.createQuery("select g.status, count(g) from DevelopmentGoal g where g.initiative.id = :id"
                + " group by g.status", Object[].class).setParameter("id", initiativeId).getResultList()) {
            counts.put((DevelopmentGoal.Status) r[0], (Long) r[1]);
        }
        return Arrays.stream(DevelopmentGoal.Status.values()).map(s -> new GoalCount(s, counts.getOrDefault(s, 0L)))
                .toList();
    }

    /** The board's tally for the initiative, for those who may read the board; none for an initiative it lacks. */
    private Status status(Long initiativeId, Long focusAreaId) {
        if (!caller.hasAnyRole(BOARD_READERS)) {
            return null;
        }
        return board.tallies(new BoardService.Filter(null, focusAreaId)).stream()
                .filter(t -> t.initiative().initiativeId().equals(initiativeId)).findFirst()
                .map(t -> new Status(t.inPlace(), t.underWay(), t.nothingYet(), t.percentInPlace(), focusAreaId))
                .orElse(null);
    }
}
