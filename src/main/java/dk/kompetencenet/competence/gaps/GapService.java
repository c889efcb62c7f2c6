package dk.kompetencenet.competence.gaps;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.persistence.SqlIds;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * The competences with the largest distance to target, per job role, for the institutions in view: coordinators and
 * administrators the whole municipality, leaders their own institutions only; narrowed by sector, one institution and
 * one job role. Counted in the database over current levels ({@code current_rating}) against the job roles' targets,
 * with the latest round's self-assessments beside them; a group of fewer than {@code kompetencenet.privacy.min-group}
 * people is not shown. Two statements for the list, however much data.
 */
@ApplicationScoped
@Transactional
public class GapService {

    /** The most rows listed, and the most people proposed for a theme meeting. */
    public static final int ROWS = 50;
    public static final int INVITEES = 30;

    private static final String DIGCOMPEDU = "digcompedu";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private CompetenceService competences;

    @Inject
    @ConfigProperty(name = "kompetencenet.privacy.min-group", defaultValue = "5")
    private int minGroup;

    /** What the list is narrowed to; each part optional. {@code area} is an institution group (a district). */
    public record Filter(Long frameworkId, Sector sector, String area, Long institutionId, JobRole jobRole) {

        public Filter(Long frameworkId, Sector sector, Long institutionId, JobRole jobRole) {
            this(frameworkId, sector, null, institutionId, jobRole);
        }
    }

    /** The smallest group shown. */
    public int minGroup() {
        return minGroup;
    }

    /** A competence's gaps, largest average distance first, at most {@link #ROWS}. */
    public List<Gap> gaps(Filter filter) {
        Framework framework = framework(filter.frameworkId());
        List<Long> ids = institutionsInView(filter);
        Map<String, long[]> self = selfAssessed(framework, ids, filter.jobRole());
        List<Gap> gaps = new ArrayList<>();
        for (Object[] r : rows(shortfallSql(framework, ids, filter.jobRole()) + " GROUP BY c.id, c.code, c.name_da,"
                + " c.name_en, e.job_role, tl.rank_no HAVING COUNT(*) >= " + minGroup, filter)) {
            long rated = num(r[5]);
            JobRole role = JobRole.valueOf((String) r[4]);
            long[] s = self.get(num(r[0]) + "/" + role);
            boolean selfShown = s != null && s[1] >= minGroup;
            gaps.add(new Gap(num(r[0]), (String) r[1], (String) r[2], (String) r[3], role, rated,
                    (double) num(r[6]) / rated, (int) num(r[7]), num(r[8]), (double) num(r[9]) / rated,
                    s == null ? 0 : s[1], selfShown ? (double) s[0] / s[1] : null));
        }
        gaps.sort(Comparator.comparingDouble(Gap::averageShortfall).reversed()
                .thenComparing(Comparator.comparingLong(Gap::belowTarget).reversed()));
        return gaps.size() > ROWS ? List.copyOf(gaps.subList(0, ROWS)) : gaps;
    }

    /**
     * The people in view with the largest distance below target on one competence (then by id), at most
     * {@link #INVITEES}: the proposed invitees of a theme meeting on it.
     */
    public List<Long> largestGaps(Long competenceId, Filter filter) {
        Competence competence = competence(competenceId);
        Framework framework = competence.getArea().getFramework();
        List<Long> ids = institutionsInView(filter);
        String sql = "SELECT e.id FROM current_rating a JOIN employee e ON e.id = a.employee_id"
                + " JOIN proficiency_level l ON l.id = a.level_id JOIN framework_target t ON t.job_role = e.job_role"
                + " AND t.framework_id = " + framework.getId() + " JOIN proficiency_level tl ON tl.id = t.level_id"
                + " WHERE a.competence_id = " + competence.getId() + " AND e.active = TRUE AND l.rank_no < tl.rank_no"
                + " AND" + worksInView("a.employee_id", ids) + (filter.jobRole() == null ? "" : " AND e.job_role = ?")
                + " ORDER BY tl.rank_no - l.rank_no DESC, e.id OFFSET 0 ROWS FETCH FIRST " + INVITEES + " ROWS ONLY";
        Query query = em.createNativeQuery(sql);
        if (filter.jobRole() != null) {
            query.setParameter(1, filter.jobRole().name());
        }
        return ((List<?>) query.getResultList()).stream().map(GapService::num).toList();
    }

    /** {@link #largestGaps} as the people themselves, in the same order, read in one query. */
    public List<Employee> proposedInvitees(Long competenceId, Filter filter) {
        List<Long> ids = largestGaps(competenceId, filter);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Employee> people = new ArrayList<>(em.createQuery("select e from Employee e where e.id in :ids",
                Employee.class).setParameter("ids", ids).getResultList());
        people.sort(Comparator.comparingInt(e -> ids.indexOf(e.getId())));
        return people;
    }

    /** A competence by id (404 when unknown); for the title and initiatives of a theme meeting on it. */
    public Competence competence(Long competenceId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        Competence competence = competenceId == null ? null : em.find(Competence.class, competenceId);
        if (competence == null) {
            throw new NotFoundException();
        }
        competence.getArea().getFramework().getInitiatives().size();
        return competence;
    }

    /** Columns: competence id, code, names, job role, rated, sum of ranks, target rank, below, sum of distances. */
    private static String shortfallSql(Framework framework, List<Long> ids, JobRole role) {
        return "SELECT c.id, c.code, c.name_da, c.name_en, e.job_role, COUNT(*), SUM(l.rank_no), tl.rank_no,"
                + " SUM(CASE WHEN l.rank_no < tl.rank_no THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.rank_no < tl.rank_no THEN tl.rank_no - l.rank_no ELSE 0 END)"
                + " FROM current_rating a JOIN employee e ON e.id = a.employee_id"
                + " JOIN competence c ON c.id = a.competence_id JOIN competence_area ar ON ar.id = c.area_id"
                + " JOIN proficiency_level l ON l.id = a.level_id"
                + " JOIN framework_target t ON t.framework_id = ar.framework_id AND t.job_role = e.job_role"
                + " JOIN proficiency_level tl ON tl.id = t.level_id"
                + " WHERE ar.framework_id = " + framework.getId() + " AND e.active = TRUE AND"
                + worksInView("a.employee_id", ids) + (role == null ? "" : " AND e.job_role = ?");
    }

    /** Per competence and job role ("id/ROLE"): the sum of self-assessed ranks and the number of answers. */
    private Map<String, long[]> selfAssessed(Framework framework, List<Long> ids, JobRole role) {
        Map<String, long[]> sums = new HashMap<>();
        List<Long> latest = em.createQuery("select r.id from AssessmentRound r where r.framework = :f"
                        + " order by r.opensOn desc, r.id desc", Long.class).setParameter("f", framework)
                .setMaxResults(1).getResultList();
        if (latest.isEmpty()) {
            return sums;
        }
        Query query = em.createNativeQuery("SELECT ra.competence_id, e.job_role, SUM(l.rank_no), COUNT(*)"
                + " FROM round_answer ra JOIN employee e ON e.id = ra.employee_id"
                + " JOIN proficiency_level l ON l.id = ra.level_id WHERE ra.round_id = " + latest.get(0)
                + " AND e.active = TRUE AND" + worksInView("ra.employee_id", ids)
                + (role == null ? "" : " AND e.job_role = ?") + " GROUP BY ra.competence_id, e.job_role");
        if (role != null) {
            query.setParameter(1, role.name());
        }
        for (Object r : query.getResultList()) {
            Object[] row = (Object[]) r;
            sums.put(num(row[0]) + "/" + row[1], new long[] {num(row[2]), num(row[3])});
        }
        return sums;
    }

    /** The areas (institution groups) of the active institutions in the caller's view, in order. */
    public List<String> areas() {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        return em.createQuery("select i.id, i.area from Institution i where i.active = true and i.area is not null",
                Object[].class).getResultStream().filter(r -> caller.canAccessInstitution((Long) r[0]))
                .map(r -> (String) r[1]).distinct().sorted(Collator.getInstance(Texts.DANISH)).toList();
    }

    /**
     * The active institutions in view: the caller's scope (a leader's own institutions; refused for anyone else but
     * coordinators and administrators), narrowed by sector, area (one the view has; else a bad request naming
     * {@code area}) and one institution, which must exist.
     */
    List<Long> institutionsInView(Filter filter) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
        if (filter.institutionId() != null) {
            if (em.find(Institution.class, filter.institutionId()) == null) {
                throw new NotFoundException();
            }
            caller.requireInstitution(filter.institutionId());
        }
        List<Institution> active = em.createQuery("select i from Institution i where i.active = true",
                Institution.class).getResultList();
        List<Institution> visible = active.stream().filter(i -> caller.canAccessInstitution(i.getId())).toList();
        if (filter.area() != null && visible.stream().noneMatch(i -> filter.area().equals(i.getArea()))) {
            throw new InvalidInputException(Problem.inField("area", "gaps.error.unknownArea", filter.area()));
        }
        return visible.stream()
                .filter(i -> filter.institutionId() == null || filter.institutionId().equals(i.getId()))
                .filter(i -> filter.sector() == null || filter.sector() == i.getSector())
                .filter(i -> filter.area() == null || filter.area().equals(i.getArea()))
                .map(Institution::getId).toList();
    }

    private Framework framework(Long frameworkId) {
        if (frameworkId != null) {
            return competences.framework(frameworkId);
        }
        return competences.bySeedKey(DIGCOMPEDU).map(f -> competences.framework(f.getId()))
                .orElseThrow(NotFoundException::new);
    }

    private static String worksInView(String employeeColumn, List<Long> ids) {
        return " EXISTS (SELECT 1 FROM employee_institution w WHERE w.employee_id = " + employeeColumn
                + " AND w.institution_id IN (" + SqlIds.list(ids) + "))";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Filter filter) {
        Query query = em.createNativeQuery(sql);
        if (filter.jobRole() != null) {
            query.setParameter(1, filter.jobRole().name());
        }
        return query.getResultList();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
