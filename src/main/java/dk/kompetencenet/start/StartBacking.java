package dk.kompetencenet.start;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/**
 * The start page per role, below the tasks ({@link TasksBacking}): the strategy's rhythm for everyone, the municipality
 * or one's own institutions.
 */
@Named
@RequestScoped
public class StartBacking {

    @Inject
    private Caller caller;

    @Inject
    private StrategyService strategies;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    private Optional<Strategy> strategy;
    private List<InstitutionService.Row> myInstitutions = List.of();

    @PostConstruct
    void load() {
        strategy = strategies.current();
        if (isSeesStaff() && !caller.seesAllInstitutions()) {
            myInstitutions = institutions.page(new InstitutionService.Filter(null, null, false), 0, 50);
        }
    }

    public boolean isMunicipalityWide() {
        return caller.seesAllInstitutions();
    }

    public boolean isSeesStaff() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER, Role.SUPERVISOR);
    }

    public String getRoleKey() {
        for (Role role : Role.values()) {
            if (caller.hasRole(role)) {
                return "start.intro." + role.name();
            }
        }
        return "start.intro.none";
    }

    public Strategy getStrategy() {
        return strategy.orElse(null);
    }

    public long getInitiativeCount() {
        return strategy.map(s -> s.getFocusAreas().stream().mapToLong(f -> f.getInitiatives().size()).sum()).orElse(0L);
    }

    /** Days until the next milestone of the strategy (follow-up, then evaluation); negative once both are past. */
    public long getDaysToMilestone() {
        return strategy.map(s -> ChronoUnit.DAYS.between(LocalDate.now(Zones.COPENHAGEN), getNextMilestone()))
                .orElse(0L);
    }

    public LocalDate getNextMilestone() {
        return strategy.map(s -> LocalDate.now(Zones.COPENHAGEN).isAfter(s.getFollowUpDate())
                ? s.getEvaluationDate() : s.getFollowUpDate()).orElse(null);
    }

    public String getNextMilestoneKey() {
        return strategy.map(s -> LocalDate.now(Zones.COPENHAGEN).isAfter(s.getFollowUpDate())
                ? "start.milestone.evaluation" : "start.milestone.followUp").orElse("start.milestone.followUp");
    }

    public long getInstitutionCount() {
        return institutions.count(new InstitutionService.Filter(null, null, false));
    }

    public long getStaffCount() {
        return isSeesStaff() ? employees.count(new EmployeeService.Filter(null, null, null, false)) : 0;
    }

    public List<InstitutionService.Row> getMyInstitutions() {
        return myInstitutions;
    }
}
