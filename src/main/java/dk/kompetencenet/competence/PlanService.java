package dk.kompetencenet.competence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Development plans: those who may rate a person (leaders and supervisors of their institution, coordinators) keep
 * their plan; everyone reads their own.
 */
@ApplicationScoped
@Transactional
public class PlanService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CompetenceService competences;

    @Inject
    private StrategyService strategies;

    @Inject
    private AuditLog audit;

    /** A person's goals, by due date; one query with their competences and initiatives. */
    public List<DevelopmentGoal> plan(Long employeeId) {
        Employee employee = competences.readable(employeeId);
        return em.createQuery("select g from DevelopmentGoal g left join fetch g.competence"
                + " left join fetch g.initiative where g.employee = :e order by g.dueOn, g.id", DevelopmentGoal.class)
                .setParameter("e", employee).getResultList();
    }

    /** Whether the caller keeps this person's plan (adds and changes goals); the profile page asks. */
    public boolean mayKeep(Long employeeId) {
        return competences.mayRate(employeeId);
    }

    public DevelopmentGoal add(Long employeeId, String description, Long competenceId, Long initiativeId,
                               LocalDate dueOn) {
        Employee employee = competences.rateable(employeeId);
        DevelopmentGoal goal = new DevelopmentGoal(employee, description, competence(competenceId),
                initiative(initiativeId), dueOn);
        em.persist(goal);
        em.flush();
        audit.record("PLAN_GOAL", "Employee", employeeId, description);
        return goal;
    }

    public DevelopmentGoal change(Long goalId, long version, String description, Long competenceId, Long initiativeId,
                                  LocalDate dueOn, DevelopmentGoal.Status status) {
        DevelopmentGoal goal = Optional.ofNullable(em.find(DevelopmentGoal.class, goalId))
                .orElseThrow(NotFoundException::new);
        competences.rateable(goal.getEmployee().getId());
        goal.requireVersion(version);
        goal.change(description, competence(competenceId), initiative(initiativeId), dueOn, status);
        em.flush();
        audit.record("PLAN_GOAL_CHANGE", "Employee", goal.getEmployee().getId(), description);
        return goal;
    }

    private Competence competence(Long id) {
        return id == null ? null : Optional.ofNullable(em.find(Competence.class, id)).orElseThrow(() ->
                new InvalidInputException(Problem.inField("competenceId", "competence.error.unknownCompetence", id)));
    }

    private Initiative initiative(Long id) {
        return id == null ? null : strategies.initiatives(Set.of(id)).iterator().next();
    }
}
