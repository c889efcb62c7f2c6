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
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/** Development plans: leaders, supervisors and coordinators keep them for staff in scope; everyone reads their own. */
@ApplicationScoped
@Transactional
public class PlanService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private EmployeeService employees;

    @Inject
    private StrategyService strategies;

    @Inject
    private AuditLog audit;

    public List<DevelopmentGoal> plan(Long employeeId) {
        Employee employee = reader(employeeId);
        return em.createQuery("select g from DevelopmentGoal g where g.employee = :e order by g.dueOn, g.id",
                DevelopmentGoal.class).setParameter("e", employee).getResultList();
    }

    public DevelopmentGoal add(Long employeeId, String description, Long competenceId, Long initiativeId,
                               LocalDate dueOn) {
        Employee employee = keeper(employeeId);
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
        keeper(goal.getEmployee().getId());
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

    private Employee reader(Long employeeId) {
        if (caller.employeeId().filter(employeeId::equals).isPresent()) {
            return employees.get(employeeId);
        }
        return keeper(employeeId);
    }

    private Employee keeper(Long employeeId) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
        Employee employee = employees.get(employeeId);
        if (!caller.seesAllInstitutions() && employee.getInstitutions().stream()
                .noneMatch(i -> caller.canAccessInstitution(i.getId()))) {
            throw new AccessDeniedException();
        }
        return employee;
    }
}
