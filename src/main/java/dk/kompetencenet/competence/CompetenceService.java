package dk.kompetencenet.competence;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import dk.kompetencenet.platform.audit.PersonalReads;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.strategy.StrategyRevised;

/**
 * Frameworks for everyone to read; assessments within scope: a supervisor or leader rates the staff of their own
 * institution(s), coordinators anyone; everyone assesses themselves. Assessments are only ever added.
 */
@ApplicationScoped
@Transactional
public class CompetenceService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private PersonalReads reads;

    @Inject
    private EmployeeService employees;

    @Inject
    private AuditLog audit;

    @Inject
    private CurrentLevels currentLevels;

    @Inject
    private RatingGrid grid;

    private final Clock clock = Clock.systemUTC();

    /** One cell of a rating grid: a person, a competence and the level given. */
    public record Cell(Long employeeId, Long competenceId, String level) {
    }

    /** Where a person stands on one competence: latest rating, latest self-assessment, target and gap. */
    public record Standing(Competence competence, ProficiencyLevel rated, LocalDate ratedOn, ProficiencyLevel self,
                           ProficiencyLevel target) implements Serializable {

        /** Steps below the target (0 when at or above it); unknown ({@code null}) when not rated or without target. */
        public Integer gap() {
            return rated == null || target == null ? null : Math.max(0, target.getRank() - rated.getRank());
        }
    }

    // ---- frameworks ----

    /** Every active framework with its scale, areas, competences and initiatives (five queries, whatever their size). */
    public List<Framework> frameworks() {
        return frameworks(false);
    }

    /**
     * As {@link #frameworks()}, with the inactive ones too where asked (old versions, drafts), after the active. Each
     * query orders its rows, as the fetched lists keep the order the rows come in.
     */
    public List<Framework> frameworks(boolean withInactive) {
        List<Framework> frameworks = new ArrayList<>(new LinkedHashSet<>(em.createQuery("select f from Framework f"
                + " left join fetch f.levels l" + (withInactive ? "" : " where f.active = true")
                + " order by f.active desc, f.nameDa, f.frameworkVersion, f.id, l.rank", Framework.class)
                .getResultList()));
        if (!frameworks.isEmpty()) {
            List<Long> ids = frameworks.stream().map(Framework::getId).toList();
            em.createQuery("select f from Framework f left join fetch f.areas a where f.id in :ids"
                    + " order by f.id, a.sortOrder", Framework.class).setParameter("ids", ids).getResultList();
            em.createQuery("select a from CompetenceArea a left join fetch a.competences c"
                    + " where a.framework.id in :ids order by a.id, c.sortOrder", CompetenceArea.class)
                    .setParameter("ids", ids).getResultList();
            em.createQuery("select distinct f from Framework f left join fetch f.initiatives where f.id in :ids",
                    Framework.class).setParameter("ids", ids).getResultList();
            em.createQuery("select distinct f from Framework f left join fetch f.targets where f.id in :ids",
                    Framework.class).setParameter("ids", ids).getResultList();
        }
        return frameworks;
    }

    public Framework framework(Long id) {
        Framework framework = Optional.ofNullable(id == null ? null : em.find(Framework.class, id))
                .orElseThrow(NotFoundException::new);
        framework.competences().size();
        framework.getLevels().size();
        return framework;
    }

    public Optional<Framework> bySeedKey(String key) {
        return em.createQuery("select f from Framework f where f.seedKey = :k", Framework.class).setParameter("k", key)
                .getResultStream().findFirst();
    }

    public Framework create(Framework framework) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        if (framework.getLevels().isEmpty() || framework.competences().isEmpty()) {
            throw new InvalidInputException(Problem.inField("framework", "competence.error.empty"));
        }
        em.persist(framework);
        em.flush();
        audit.record("CREATE", framework, framework.getNameDa());
        return framework;
    }

    /** When the strategy is revised with its links carried forward, frameworks serve the new initiatives too. */
    void carryLinksForward(@Observes StrategyRevised revised) {
        revised.linkedRecords(em, Framework.class).forEach(f -> f.serve(revised.withSuccessors(f.getInitiatives())));
    }

    /** A framework from a CSV file: all or nothing, every bad line named. */
    public Framework importCsv(byte[] content, String nameDa, String nameEn, String version) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        return create(FrameworkCsv.read(content, nameDa, nameEn, version));
    }

    public String exportCsv(Long id) {
        return FrameworkCsv.write(framework(id));
    }

    private Competence competence(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Competence.class, id)).orElse(null);
    }

    // ---- assessments ----

    /** A formal rating by a supervisor, leader or coordinator: always a new entry, never a change of an old one. */
    public Assessment rate(Long employeeId, Long competenceId, String levelCode, LocalDate on, String note,
                           String evidence, Assessment.EvaluationEvidence evaluation) {
        currentLevels.serialise(Collections.singletonList(employeeId));
        Employee employee = rateable(employeeId);
        Assessment assessment = assessment(employee, chosenCompetence(competenceId), levelCode, Assessment.Kind.RATING,
                on, note, evidence, evaluation);
        em.flush();
        currentLevels.refresh(List.of(employee.getId()), List.of(assessment.getCompetence().getId()));
        audit.record("RATE", "Employee", employee.getId(), assessment.getCompetence().getCode() + "=" + levelCode);
        return assessment;
    }

    /** The caller assesses themselves. */
    public Assessment assessSelf(Long competenceId, String levelCode, String note,
                                 Assessment.EvaluationEvidence evaluation) {
        Employee me = caller.employeeId().map(employees::get).orElseThrow(AccessDeniedException::new);
        Assessment assessment = assessment(me, chosenCompetence(competenceId), levelCode, Assessment.Kind.SELF, today(),
                note, null, evaluation);
        em.flush();
        audit.record("ASSESS_SELF", "Employee", me.getId(), assessment.getCompetence().getCode() + "=" + levelCode);
        return assessment;
    }

    private Competence chosenCompetence(Long competenceId) {
        if (competenceId == null) {
            throw new InvalidInputException(Problem.inField("competenceId", "assessment.error.competenceRequired"));
        }
        return Optional.ofNullable(competence(competenceId)).orElseThrow(() -> new InvalidInputException(
                Problem.inField("competenceId", "competence.error.unknownCompetence", competenceId)));
    }

    /**
     * Saves a whole grid of ratings (people × competences) in one transaction. Every cell is checked first; one bad
     * cell saves none and is named with its person and competence.
     *
     * @return how many ratings were saved
     */
    public int rateGrid(List<Cell> cells, LocalDate on) {
        return grid.save(cells, on, caller.name());
    }

    /**
     * The system's side (demo data, ratings brought over from elsewhere): a grid of ratings given on a day by the
     * named assessor, checked as {@link #rateGrid} checks them.
     */
    public int rateGridAs(String assessor, List<Cell> cells, LocalDate on) {
        if (!SystemAccess.isActive() || assessor == null || assessor.isBlank()) {
            throw new AccessDeniedException();
        }
        return grid.save(cells, on, assessor.strip());
    }

    /** Every assessment of a person, newest first (ratings and self-assessments alike, told apart by kind). */
    public List<Assessment> history(Long employeeId, Long competenceId) {
        return history(readable(employeeId), competenceId == null ? "" : " and a.competence.id = :c", competenceId);
    }

    /**
     * A person's assessments in one framework, newest first, as the profile shows them: one query, whatever their
     * number.
     */
    public List<Assessment> historyIn(Long employeeId, Long frameworkId) {
        return history(readable(employeeId), " and a.competence.area.framework.id = :c", frameworkId);
    }

    private List<Assessment> history(Employee employee, String condition, Long conditionId) {
        var query = em.createQuery("select a from Assessment a join fetch a.level join fetch a.competence"
                + " where a.employee = :e" + (conditionId == null ? "" : condition)
                + " order by a.assessedOn desc, a.recordedAt desc, a.id desc", Assessment.class)
                .setParameter("e", employee);
        if (conditionId != null) {
            query.setParameter("c", conditionId);
        }
        return query.getResultList();
    }

    /**
     * A person's standing on every competence of a framework: their latest rating (the current level), their latest
     * self-assessment shown apart, the target for their job role and the gap. Two queries.
     */
    public List<Standing> profile(Long employeeId, Long frameworkId) {
        Employee employee = readable(employeeId);
        Framework framework = framework(frameworkId);
        Map<Long, Assessment> latestRating = new HashMap<>();
        Map<Long, Assessment> latestSelf = new HashMap<>();
        for (Assessment a : em.createQuery("select a from Assessment a join fetch a.level where a.employee = :e"
                        + " and a.competence.area.framework = :f order by a.assessedOn, a.id", Assessment.class)
                .setParameter("e", employee).setParameter("f", framework).getResultList()) {
            (a.getKind() == Assessment.Kind.RATING ? latestRating : latestSelf).put(a.getCompetence().getId(), a);
        }
        ProficiencyLevel target = framework.targetFor(employee.getJobRole()).orElse(null);
        return framework.competences().stream().map(c -> {
            Assessment rated = latestRating.get(c.getId());
            Assessment self = latestSelf.get(c.getId());
            return new Standing(c, rated == null ? null : rated.getLevel(), rated == null ? null : rated.getAssessedOn(),
                    self == null ? null : self.getLevel(), target);
        }).toList();
    }

    private Assessment assessment(Employee employee, Competence competence, String levelCode, Assessment.Kind kind,
                                  LocalDate on, String note, String evidence, Assessment.EvaluationEvidence evaluation) {
        if (levelCode == null || levelCode.isBlank()) {
            throw new InvalidInputException(Problem.inField("level", "assessment.error.levelRequired"));
        }
        ProficiencyLevel level = competence.getArea().getFramework().level(levelCode).orElseThrow(() ->
                new InvalidInputException(Problem.inField("level", "competence.error.unknownLevel", levelCode)));
        if (on != null && on.isAfter(today())) {
            throw new InvalidInputException(Problem.inField("assessedOn", "assessment.error.future"));
        }
        Assessment assessment = new Assessment(employee, competence, level, kind, caller.name(),
                on == null ? today() : on, clock.instant(), note, evidence, evaluation);
        em.persist(assessment);
        return assessment;
    }

    /** Whether the caller may rate this person (and so keep their development plan); the profile page asks. */
    public boolean mayRate(Long employeeId) {
        Employee employee = employeeId == null ? null : em.find(Employee.class, employeeId);
        return employee != null && inScope(employee);
    }

    /** Whether the caller may open this person's profile: their own, or one they may rate. */
    public boolean mayRead(Long employeeId) {
        return caller.employeeId().filter(id -> id.equals(employeeId)).isPresent() || mayRate(employeeId);
    }

    /**
     * The person, if the caller may rate them: supervisors and leaders rate staff of their own institutions,
     * coordinators and administrators anyone. Development plans are kept by the same people.
     */
    public Employee rateable(Long employeeId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        Employee employee = employees.get(employeeId);
        if (!inScope(employee)) {
            throw new AccessDeniedException();
        }
        return employee;
    }

    /** The person, if it is the caller themselves or someone the caller may rate; a leader's read is logged. */
    public Employee readable(Long employeeId) {
        if (caller.employeeId().filter(id -> id.equals(employeeId)).isPresent()) {
            return employees.get(employeeId);
        }
        Employee employee = rateable(employeeId);
        reads.opened(employeeId);
        return employee;
    }

    private boolean inScope(Employee employee) {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR)
                && (caller.seesAllInstitutions() || employee.getInstitutions().stream()
                .anyMatch(i -> caller.canAccessInstitution(i.getId())));
    }

    static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }
}
