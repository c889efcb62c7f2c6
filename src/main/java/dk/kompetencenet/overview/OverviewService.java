package dk.kompetencenet.overview;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.CompetenceArea;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.RoundTallies;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.persistence.SqlIds;
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
    private MonthlyAttendance monthlyAttendance;

    @Inject
    @ConfigProperty(name = "kompetencenet.privacy.min-group", defaultValue = "5")
    private int minGroup;

    /** Supervisor coverage: institutions with none, one or more trained supervisors, and the people behind it. */
    public record Coverage(long none, long single, long covered, long trained, long inTraining) implements Serializable {
    }

    /**
     * Current formal levels in one area: people's latest ratings, their average rank, the average target rank of
     * those with a target, and how many ratings are at or above target. An average over no one is unknown
     * ({@code null}), never 0: people not rated do not count.
     */
    public record AreaLevel(CompetenceArea area, long ratings, Double averageRank, long withTarget,
                            Double averageTargetRank, long atTarget) implements Serializable {

        /** The share of ratings with a target that reach it, in per cent; {@code null} when none has a target. */
        public Integer percentAtTarget() {
            return withTarget == 0 ? null : (int) Math.round(100.0 * atTarget / withTarget);
        }
    }

    /** Meetings of one kind: attendance recorded, and how many were present. */
    public record Participation(MeetingKind kind, long recorded, long present) implements Serializable {

        public int percentPresent() {
            return recorded == 0 ? 0 : (int) Math.round(100.0 * present / recorded);
        }
    }

    /**
     * A closed (or open) self-assessment round: how many answered, and per area the average self-assessed rank, or
     * nothing when fewer than the minimum group answered (then {@code shown} is false).
     */
    public record RoundTrend(Long roundId, String name, AssessmentRound.Status status, long respondents,
                             boolean shown, Map<Long, Double> averageRankPerArea) implements Serializable {
    }

    /** Everything the overview shows for the institutions in view. */
    public record Figures(String scope, long institutionCount, long staff, Coverage coverage, Framework framework,
                          List<AreaLevel> levels, long evaluationRated, long leaders, long leadersDataRated,
                          List<Participation> participation, List<LocalDocumentService.Tally> documents,
                          Map<DevelopmentGoal.Status, Long> goals, List<RoundTrend> rounds, int minGroup,
                          List<MonthlyAttendance.Month> attendanceByMonth) implements Serializable {
    }

    /** The whole municipality (coordinators and administrators). */
    public Figures municipality(Long frameworkId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        List<Long> ids = em.createQuery("select i.id from Institution i where i.active = :active", Long.class)
                .setParameter("active", Boolean.TRUE).getResultList();
        return figures(null, ids, RoundTallies.MUNICIPALITY, frameworkId, training.coverageList(),
                documents.tallies(null));
    }

    /** One institution (its leaders, coordinators and administrators). */
    public Figures institution(Long institutionId, Long frameworkId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Institution institution = institutions.get(institutionId);
        return figures(institution.getName(), List.of(institutionId), institutionId, frameworkId,
                List.of(training.coverage(institutionId)), documents.talliesOf(institutionId));
    }

    /** The figures for the institutions in view; {@code scopeId} names them for closed rounds' tallies. */
    private Figures figures(String scope, List<Long> ids, long scopeId, Long frameworkId,
                            List<TrainingService.Coverage> coverage, List<LocalDocumentService.Tally> tallies) {
        Framework framework = framework(frameworkId);
        return new Figures(scope, ids.size(), staff(ids, null), coverage(coverage), framework,
                levels(ids, framework), ratedIn(ids, EVALUATION, null), staff(ids, JobRole.LEDER),
                ratedIn(ids, DATA, JobRole.LEDER), participation(ids), tallies, goals(ids),
                rounds(ids, scopeId, framework), minGroup, monthlyAttendance.of(ids));
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

    /*
     * The statements below that count people "in view" are native SQL. Each person must count once however many
     * institutions in view they work at, so the condition is a sub-query per row. In JPQL that sub-query always joins
     * the institution table and binds the institutions in view as parameters; Derby then either drives the sub-query
     * from that list or compares every row with each of the bound values: at 400 institutions, 70,000 ratings and
     * 600,000 self-assessment answers the municipality overview did not finish in 15 minutes. Here the sub-query probes
     * the employee-institution table alone, by the row's employee, and the ids are written into the statement as
     * numbers (they are ids from the database, never text from a request), which Derby sorts once and searches. Plain
     * SQL, as accepted by Derby and PostgreSQL; the results are those of the JPQL they replace.
     */

    /** "Works at an institution in view" for the employee in the given column: one index look-up per row. */
    public static String worksInView(String employeeColumn, List<Long> ids) {
        return " EXISTS (SELECT 1 FROM employee_institution w WHERE w.employee_id = " + employeeColumn
                + " AND w.institution_id IN (" + SqlIds.list(ids) + "))";
    }

    /** People working in view (each once, however many of the institutions they work at), optionally of one role. */
    private long staff(List<Long> ids, JobRole role) {
        String sql = "SELECT COUNT(DISTINCT w.employee_id) FROM employee_institution w JOIN employee e"
                + " ON e.id = w.employee_id WHERE e.active = ? AND w.institution_id IN (" + SqlIds.list(ids) + ")";
        return num((role == null ? bind(em.createNativeQuery(sql), Boolean.TRUE)
                : bind(em.createNativeQuery(sql + " AND e.job_role = ?"), Boolean.TRUE, role.name())).getSingleResult());
    }

    /** A native statement with its parameters in order, one {@code ?} each. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        return (List<Object[]>) bind(em.createNativeQuery(sql), parameters).getResultList();
    }

    private static Query bind(Query query, Object... parameters) {
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    /**
     * Per area of the framework: current levels (each person's latest rating per competence, as kept by
     * {@link dk.kompetencenet.competence.CurrentLevels}) against the targets of their job roles. One statement, counting per competence, job role and level; areas, ranks and targets are the
     * framework's (joining them in SQL costs more than the rest of the statement at 70,000 ratings), all read before
     * the statement so that the number of statements never depends on the data.
     */
    private List<AreaLevel> levels(List<Long> ids, Framework framework) {
        Map<Long, Long> areaOf = areasByCompetence(framework);
        Map<Long, Integer> rankOf = ranksByLevel(framework);
        Map<JobRole, Integer> targetRankOf = new EnumMap<>(JobRole.class);
        for (JobRole role : JobRole.values()) {
            framework.targetFor(role).ifPresent(target -> targetRankOf.put(role, target.getRank()));
        }
        Map<Long, long[]> all = new HashMap<>();
        for (Object[] r : rows("SELECT a.competence_id, e.job_role, a.level_id, COUNT(*) FROM current_rating a"
                + " JOIN employee e ON e.id = a.employee_id WHERE a.competence_id IN (" + SqlIds.list(areaOf.keySet())
                + ") AND e.active = ? AND" + worksInView("a.employee_id", ids)
                + " GROUP BY a.competence_id, e.job_role, a.level_id", Boolean.TRUE)) {
            long[] v = all.computeIfAbsent(areaOf.get(num(r[0])), k -> new long[5]);
            long n = num(r[3]);
            long rank = rankOf.get(num(r[2]));
            v[0] += n;
            v[1] += rank * n;
            Integer target = targetRankOf.get(JobRole.valueOf((String) r[1]));
            if (target != null) {
                v[2] += n;
                v[3] += target * n;
                v[4] += rank >= target ? n : 0;
            }
        }
        List<AreaLevel> levels = new ArrayList<>();
        for (CompetenceArea area : framework.getAreas()) {
            long[] v = all.getOrDefault(area.getId(), new long[5]);
            levels.add(new AreaLevel(area, v[0], v[0] == 0 ? null : (double) v[1] / v[0], v[2],
                    v[2] == 0 ? null : (double) v[3] / v[2], v[4]));
        }
        return levels;
    }

    /** People in view (optionally of one role) with at least one formal rating in the framework with this key. */
    private long ratedIn(List<Long> ids, String frameworkKey, JobRole role) {
        String sql = "SELECT COUNT(DISTINCT a.employee_id) FROM current_rating a"
                + " JOIN competence c ON c.id = a.competence_id JOIN competence_area ar ON ar.id = c.area_id"
                + " JOIN framework f ON f.id = ar.framework_id JOIN employee e ON e.id = a.employee_id"
                + " WHERE f.seed_key = ? AND e.active = ? AND" + worksInView("a.employee_id", ids);
        Query query = role == null ? bind(em.createNativeQuery(sql), frameworkKey, Boolean.TRUE)
                : bind(em.createNativeQuery(sql + " AND e.job_role = ?"), frameworkKey, Boolean.TRUE, role.name());
        return num(query.getSingleResult());
    }

    /** Attendance at network and theme meetings by people in view. One statement. */
    private List<Participation> participation(List<Long> ids) {
        Map<MeetingKind, long[]> counts = new EnumMap<>(MeetingKind.class);
        for (Object[] r : rows("SELECT m.kind, t.status, COUNT(*) FROM attendance t"
                + " JOIN invitation i ON i.id = t.invitation_id JOIN meeting m ON m.id = i.meeting_id"
                + " WHERE" + worksInView("i.employee_id", ids) + " GROUP BY m.kind, t.status")) {
            long[] c = counts.computeIfAbsent(MeetingKind.valueOf((String) r[0]), k -> new long[2]);
            c[0] += num(r[2]);
            if (AttendanceStatus.PRESENT.name().equals(r[1])) {
                c[1] += num(r[2]);
            }
        }
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
        rows("SELECT g.status, COUNT(*) FROM development_goal g JOIN employee e ON e.id = g.employee_id"
                + " WHERE e.active = ? AND" + worksInView("g.employee_id", ids) + " GROUP BY g.status",
                Boolean.TRUE).forEach(r -> goals.put(DevelopmentGoal.Status.valueOf((String) r[0]), num(r[1])));
        return goals;
    }

    /**
     * Self-assessment rounds on the framework, oldest first: respondents in view (each round and person in view with
     * an answer), and per area their average answer, shown only for at least {@code minGroup} respondents. A closed
     * round is read from its tallies (see {@link RoundTallies}) for the scope, as it stood at closing; an open one is
     * counted from its answers. Five statements: the rounds, the respondents and the answers counted per competence
     * and level of each kind, from which the averages per area are worked out here (exactly; Derby's AVG cut them off
     * after four decimals).
     */
    private List<RoundTrend> rounds(List<Long> ids, long scopeId, Framework framework) {
        List<AssessmentRound> rounds = em.createQuery("select r from AssessmentRound r where r.framework = :f"
                + " order by r.opensOn, r.id", AssessmentRound.class).setParameter("f", framework).getResultList();
        Map<Boolean, List<Long>> closed = rounds.stream().collect(Collectors.partitioningBy(
                r -> r.getStatus() == AssessmentRound.Status.CLOSED,
                Collectors.mapping(AssessmentRound::getId, Collectors.toList())));
        String open = SqlIds.list(closed.get(false));
        String frozen = SqlIds.list(closed.get(true));
        Map<Long, Long> respondents = new HashMap<>();
        // The open rounds are chosen by framework and status here: given their ids instead, Derby searched every
        // person's answers (0.3 s instead of 0.03 s for a round of 12,000 staff).
        Stream.concat(rows("SELECT r.id, COUNT(*) FROM assessment_round r, employee v WHERE r.framework_id = ?"
                        + " AND r.status = ? AND" + worksInView("v.id", ids) + " AND EXISTS (SELECT 1"
                        + " FROM round_answer ra WHERE ra.round_id = r.id AND ra.employee_id = v.id) GROUP BY r.id",
                        framework.getId(), AssessmentRound.Status.OPEN.name()).stream(),
                rows("SELECT t.round_id, t.respondents FROM round_turnout t WHERE t.scope_id = ? AND t.round_id IN ("
                        + frozen + ")", scopeId).stream())
                .forEach(r -> respondents.put(num(r[0]), num(r[1])));
        Map<Long, Long> areaOf = areasByCompetence(framework);
        Map<Long, Integer> rankOf = ranksByLevel(framework);
        Map<Long, Map<Long, long[]>> sums = new HashMap<>();
        Stream.concat(rows("SELECT ra.round_id, ra.competence_id, ra.level_id, COUNT(*) FROM round_answer ra"
                        + " WHERE ra.round_id IN (" + open + ") AND" + worksInView("ra.employee_id", ids)
                        + " GROUP BY ra.round_id, ra.competence_id, ra.level_id").stream(),
                rows("SELECT t.round_id, t.competence_id, t.level_id, t.answers FROM round_tally t"
                        + " WHERE t.scope_id = ? AND t.round_id IN (" + frozen + ")", scopeId).stream())
                .forEach(r -> {
                    long[] sum = sums.computeIfAbsent(num(r[0]), k -> new HashMap<>())
                            .computeIfAbsent(areaOf.get(num(r[1])), k -> new long[2]);
                    sum[0] += rankOf.get(num(r[2])) * num(r[3]);
                    sum[1] += num(r[3]);
                });
        List<RoundTrend> trends = new ArrayList<>();
        for (AssessmentRound round : rounds) {
            long n = respondents.getOrDefault(round.getId(), 0L);
            boolean shown = n >= minGroup;
            Map<Long, Double> averages = new HashMap<>();
            sums.getOrDefault(round.getId(), Map.of()).forEach((area, sum) -> averages.put(area, (double) sum[0] / sum[1]));
            trends.add(new RoundTrend(round.getId(), round.getName(), round.getStatus(), n, shown,
                    shown ? averages : Map.of()));
        }
        return trends;
    }

    /** The framework's competence ids (in order) with the ids of their areas. */
    private static Map<Long, Long> areasByCompetence(Framework framework) {
        Map<Long, Long> areaOf = new LinkedHashMap<>();
        framework.competences().forEach(c -> areaOf.put(c.getId(), c.getArea().getId()));
        return areaOf;
    }

    private static Map<Long, Integer> ranksByLevel(Framework framework) {
        Map<Long, Integer> rankOf = new HashMap<>();
        framework.getLevels().forEach(l -> rankOf.put(l.getId(), l.getRank()));
        return rankOf;
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
