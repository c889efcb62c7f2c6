package dk.kompetencenet.overview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.competence.Assessment;
import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.training.TrainingService;

/**
 * The capacity-building overview: for one institution (its leaders, coordinators) or the whole municipality
 * (coordinators). Every figure is aggregated in the database over the institutions in view; the number of statements
 * does not depend on how many institutions, people or assessments there are. Self-assessment answers are only ever
 * shown as averages over at least {@code kompetencenet.privacy.min-group} people.
 */
@ApplicationScoped
@Transactional
public class OverviewService {

    static final String EVALUATION = "evaluering";
    static final String DATA = "ledelse-data";
    static final String DIGCOMPEDU = "digcompedu";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private InstitutionService institutions;

    @Inject
    private TrainingService training;

    @Inject
    private LocalDocumentService documents;

    @Inject
    private CompetenceService competences;

    @Inject
    @ConfigProperty(name = "kompetencenet.privacy.min-group", defaultValue = "5")
    private int minGroup;

    /** Supervisor coverage: institutions with none, one or more trained supervisors, and the people behind it. */
    public record Coverage(long none, long single, long covered, long trained, long inTraining) {
    }

    /**
     * Current formal levels in one area: people's latest ratings, their average rank, the average target rank of
     * those with a target, and how many ratings are at or above target.
     */
    public record AreaLevel(CompetenceArea area, long ratings, double averageRank, long withTarget,
                            double averageTargetRank, long atTarget) {

        public int percentAtTarget() {
            return withTarget == 0 ? 0 : (int) Math.round(100.0 * atTarget / withTarget);
        }
    }

    /** Meetings of one kind: attendance recorded, and how many were present. */
    public record Participation(MeetingKind kind, long recorded, long present) {

        public int percentPresent() {
            return recorded == 0 ? 0 : (int) Math.round(100.0 * present / recorded);
        }
    }

    /**
     * A closed (or open) self-assessment round: how many answered, and per area the average self-assessed rank, or
     * nothing when fewer than the minimum group answered (then {@code shown} is false).
     */
    public record RoundTrend(Long roundId, String name, AssessmentRound.Status status, long respondents,
                             boolean shown, Map<Long, Double> averageRankPerArea) {
    }

    /** Everything the overview shows for the institutions in view. */
    public record Figures(String scope, long institutionCount, long staff, Coverage coverage, Framework framework,
                          List<AreaLevel> levels, long evaluationRated, long leaders, long leadersDataRated,
                          List<Participation> participation, List<LocalDocumentService.Tally> documents,
                          Map<DevelopmentGoal.Status, Long> goals, List<RoundTrend> rounds, int minGroup) {
    }

    /** The whole municipality (coordinators and administrators). */
    public Figures municipality(Long frameworkId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        List<Long> ids = em.createQuery("select i.id from Institution i where i.active = :active", Long.class)
                .setParameter("active", Boolean.TRUE).getResultList();
        return figures(null, ids, frameworkId, training.coverageList(), documents.tallies(null));
    }

    /** One institution (its leaders, coordinators and administrators). */
    public Figures institution(Long institutionId, Long frameworkId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Institution institution = institutions.get(institutionId);
        return figures(institution.getName(), List.of(institutionId), frameworkId,
                List.of(training.coverage(institutionId)), documents.talliesOf(institutionId));
    }

    private Figures figures(String scope, List<Long> ids, Long frameworkId, List<TrainingService.Coverage> coverage,
                            List<LocalDocumentService.Tally> tallies) {
        List<Long> inView = ids.isEmpty() ? List.of(-1L) : ids;
        Framework framework = framework(frameworkId);
        return new Figures(scope, ids.size(), staff(inView, null), coverage(coverage), framework,
                levels(inView, framework), ratedIn(inView, EVALUATION, null), staff(inView, JobRole.LEDER),
                ratedIn(inView, DATA, JobRole.LEDER), participation(inView), tallies, goals(inView),
                rounds(inView, framework), minGroup);
    }

    private Framework framework(Long frameworkId) {
        if (frameworkId != null) {
            return competences.framework(frameworkId);
        }
        return competences.bySeedKey(DIGCOMPEDU).map(f -> competences.framework(f.getId()))
                .orElseThrow(NotFoundException::new);
    }

    private static Coverage coverage(List<TrainingService.Coverage> list) {
        Map<TrainingService.CoverageFlag, Long> flags = new EnumMap<>(TrainingService.CoverageFlag.class);
        long trained = 0;
        long inTraining = 0;
        for (TrainingService.Coverage c : list) {
            flags.merge(c.flag(), 1L, Long::sum);
            trained += c.trained();
            inTraining += c.inTraining();
        }
        return new Coverage(flags.getOrDefault(TrainingService.CoverageFlag.NO_SUPERVISOR, 0L),
                flags.getOrDefault(TrainingService.CoverageFlag.SINGLE_SUPERVISOR, 0L),
                flags.getOrDefault(TrainingService.CoverageFlag.COVERED, 0L), trained, inTraining);
    }

    /** People working in view (each once, however many of the institutions they work at), optionally of one role. */
    private long staff(List<Long> ids, JobRole role) {
        TypedQuery<Long> query = em.createQuery("select count(distinct e.id) from Employee e join e.institutions w"
                + " where w.id in :ids and e.active = :active" + (role == null ? "" : " and e.jobRole = :role"),
                Long.class).setParameter("ids", ids).setParameter("active", Boolean.TRUE);
        if (role != null) {
            query.setParameter("role", role);
        }
        return query.getSingleResult();
    }

    /** "The people in view": a sub-query, so that people working at two institutions in view count once. */
    private static final String IN_VIEW = " and a.employee.id in (select v.id from Employee v join v.institutions w"
            + " where w.id in :ids and v.active = :active)";

    /** A rating that is the person's latest on that competence (the current level). */
    private static final String LATEST = " and a.id = (select max(b.id) from Assessment b where b.employee = a.employee"
            + " and b.competence = a.competence and b.kind = :rating)";

    /** Per area of the framework: current levels against targets. Three statements. */
    private List<AreaLevel> levels(List<Long> ids, Framework framework) {
        Map<Long, long[]> all = new HashMap<>();
        ratings("select c.area.id, count(a), sum(l.rank) from Assessment a join a.level l join a.competence c"
                + " where c.area.framework = :f and a.kind = :rating" + IN_VIEW + LATEST + " group by c.area.id",
                ids, framework).forEach(r -> all.put((Long) r[0], new long[] {num(r[1]), num(r[2]), 0, 0, 0}));
        ratings("select c.area.id, count(a), sum(tl.rank) from Assessment a join a.level l join a.competence c"
                + " join a.employee e, FrameworkTarget t join t.level tl where t.framework = :f"
                + " and t.jobRole = e.jobRole and c.area.framework = :f and a.kind = :rating" + IN_VIEW + LATEST
                + " group by c.area.id", ids, framework).forEach(r -> {
                    long[] v = all.computeIfAbsent((Long) r[0], k -> new long[5]);
                    v[2] = num(r[1]);
                    v[3] = num(r[2]);
                });
        ratings("select c.area.id, count(a) from Assessment a join a.level l join a.competence c join a.employee e,"
                + " FrameworkTarget t join t.level tl where t.framework = :f and t.jobRole = e.jobRole"
                + " and l.rank >= tl.rank and c.area.framework = :f and a.kind = :rating" + IN_VIEW + LATEST
                + " group by c.area.id", ids, framework).forEach(r ->
                all.computeIfAbsent((Long) r[0], k -> new long[5])[4] = num(r[1]));
        List<AreaLevel> levels = new ArrayList<>();
        for (CompetenceArea area : framework.getAreas()) {
            long[] v = all.getOrDefault(area.getId(), new long[5]);
            levels.add(new AreaLevel(area, v[0], v[0] == 0 ? 0 : (double) v[1] / v[0], v[2],
                    v[2] == 0 ? 0 : (double) v[3] / v[2], v[4]));
        }
        return levels;
    }

    private List<Object[]> ratings(String jpql, List<Long> ids, Framework framework) {
        return em.createQuery(jpql, Object[].class).setParameter("f", framework).setParameter("ids", ids)
                .setParameter("active", Boolean.TRUE).setParameter("rating", Assessment.Kind.RATING)
                .setHint("eclipselink.jdbc.bind-parameters", "true").getResultList();
    }

    /** People in view (optionally of one role) with at least one formal rating in the framework with this key. */
    private long ratedIn(List<Long> ids, String frameworkKey, JobRole role) {
        TypedQuery<Long> query = em.createQuery("select count(distinct a.employee.id) from Assessment a"
                + " where a.competence.area.framework.seedKey = :key and a.kind = :rating" + IN_VIEW
                + (role == null ? "" : " and a.employee.jobRole = :role"), Long.class)
                .setParameter("key", frameworkKey).setParameter("rating", Assessment.Kind.RATING)
                .setParameter("ids", ids).setParameter("active", Boolean.TRUE);
        if (role != null) {
            query.setParameter("role", role);
        }
        return query.getSingleResult();
    }

    /** Attendance at network and theme meetings by people in view. One statement. */
    private List<Participation> participation(List<Long> ids) {
        Map<MeetingKind, long[]> counts = new EnumMap<>(MeetingKind.class);
        em.createQuery("select a.invitation.meeting.kind, a.status, count(a) from Attendance a"
                        + " where a.invitation.employee.id in (select v.id from Employee v join v.institutions w"
                        + " where w.id in :ids) group by a.invitation.meeting.kind, a.status", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> {
                    long[] c = counts.computeIfAbsent((MeetingKind) r[0], k -> new long[2]);
                    c[0] += num(r[2]);
                    if (r[1] == AttendanceStatus.PRESENT) {
                        c[1] += num(r[2]);
                    }
                });
        return List.of(MeetingKind.NETWORK_MEETING, MeetingKind.THEME_MEETING).stream().map(k -> {
            long[] c = counts.getOrDefault(k, new long[2]);
            return new Participation(k, c[0], c[1]);
        }).toList();
    }

    /** Development-plan goals of people in view, by status. One statement. */
    private Map<DevelopmentGoal.Status, Long> goals(List<Long> ids) {
        Map<DevelopmentGoal.Status, Long> goals = new LinkedHashMap<>();
        for (DevelopmentGoal.Status s : DevelopmentGoal.Status.values()) {
            goals.put(s, 0L);
        }
        em.createQuery("select g.status, count(g) from DevelopmentGoal g where g.employee.id in (select v.id"
                        + " from Employee v join v.institutions w where w.id in :ids and v.active = :active)"
                        + " group by g.status", Object[].class).setParameter("ids", ids)
                .setParameter("active", Boolean.TRUE).getResultList()
                .forEach(r -> goals.put((DevelopmentGoal.Status) r[0], num(r[1])));
        return goals;
    }

    /**
     * Self-assessment rounds on the framework, oldest first: respondents in view, and per area their average answer,
     * shown only for at least {@code minGroup} respondents. Two statements.
     */
    private List<RoundTrend> rounds(List<Long> ids, Framework framework) {
        Map<Long, Long> respondents = new HashMap<>();
        em.createQuery("select ra.round.id, count(distinct ra.employee.id) from RoundAnswer ra"
                        + " where ra.round.framework = :f and ra.employee.id in (select v.id from Employee v"
                        + " join v.institutions w where w.id in :ids) group by ra.round.id", Object[].class)
                .setParameter("f", framework).setParameter("ids", ids).getResultList()
                .forEach(r -> respondents.put((Long) r[0], num(r[1])));
        Map<Long, Map<Long, Double>> averages = new HashMap<>();
        em.createQuery("select ra.round.id, ra.competence.area.id, avg(ra.level.rank * 1.0) from RoundAnswer ra"
                        + " where ra.round.framework = :f and ra.employee.id in (select v.id from Employee v"
                        + " join v.institutions w where w.id in :ids) group by ra.round.id, ra.competence.area.id",
                        Object[].class)
                .setParameter("f", framework).setParameter("ids", ids).getResultList()
                .forEach(r -> averages.computeIfAbsent((Long) r[0], k -> new HashMap<>())
                        .put((Long) r[1], ((Number) r[2]).doubleValue()));
        List<RoundTrend> trends = new ArrayList<>();
        for (AssessmentRound round : em.createQuery("select r from AssessmentRound r where r.framework = :f"
                + " order by r.opensOn, r.id", AssessmentRound.class).setParameter("f", framework).getResultList()) {
            long n = respondents.getOrDefault(round.getId(), 0L);
            boolean shown = n >= minGroup;
            trends.add(new RoundTrend(round.getId(), round.getName(), round.getStatus(), n, shown,
                    shown ? averages.getOrDefault(round.getId(), Map.of()) : Map.of()));
        }
        return trends;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
