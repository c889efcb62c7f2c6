package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.Assessment;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.PlanService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.web.LocaleBacking;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.StrategyService;

/**
 * A person's competence profile in a framework: where they stand per competence, every assessment newest first, a form
 * to rate them (or, on one's own profile, to assess oneself) and their development plan. What the caller may do is the
 * services' decision; the page only hides what they would refuse.
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetenceService competences;

    @Inject
    private PlanService plans;

    @Inject
    private StrategyService strategies;

    @Inject
    private LocaleBacking localeBacking;

    @Inject
    private Caller caller;

    private Long employee;
    private Long framework;
    private Long goal;
    private Employee person;
    private boolean own;
    private boolean rater;
    private boolean keeper;
    private List<Framework> frameworks;
    private Framework chosen;
    private List<CompetenceService.Standing> standings = List.of();
    private List<Assessment> history = List.of();
    private List<DevelopmentGoal> goals = List.of();
    private List<SelectItem> competenceChoices = List.of();
    private List<Initiative> initiativeChoices = List.of();
    private final AssessmentForm assessment = new AssessmentForm();
    private final GoalForm goalForm = new GoalForm();

    public void load() {
        if (employee == null) {
            employee = caller.employeeId().orElseThrow(NotFoundException::new);
        }
        person = competences.readable(employee);
        own = caller.employeeId().filter(employee::equals).isPresent();
        rater = !own && competences.mayRate(employee);
        keeper = plans.mayKeep(employee);
        frameworks = competences.frameworks();
        if (framework == null && !frameworks.isEmpty()) {
            framework = frameworks.get(0).getId();
        }
        chosen = frameworks.stream().filter(f -> f.getId().equals(framework)).findFirst().orElse(null);
        if (framework != null) {
            standings = competences.profile(employee, framework);
            history = competences.historyIn(employee, framework);
        }
        goals = plans.plan(employee);
        if (keeper) {
            loadGoalChoices();
        }
    }

    private void loadGoalChoices() {
        Locale locale = localeBacking.getLocale();
        competenceChoices = frameworks.stream().<SelectItem>map(f -> {
            SelectItemGroup group = new SelectItemGroup(f.name(locale));
            group.setSelectItems(f.competences().stream()
                    .map(c -> new SelectItem(c.getId(), c.getCode() + " " + c.in(locale))).toArray(SelectItem[]::new));
            return group;
        }).toList();
        initiativeChoices = new ArrayList<>(strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of()));
        if (goal != null) {
            DevelopmentGoal editing = goals.stream().filter(g -> g.getId().equals(goal)).findFirst()
                    .orElseThrow(NotFoundException::new);
            goalForm.fill(editing);
            if (editing.getInitiative() != null && !initiativeChoices.contains(editing.getInitiative())) {
                initiativeChoices.add(editing.getInitiative());
            }
        }
    }

    /** Saves a new assessment: a rating, or on one's own profile a self-assessment. Nothing earlier is changed. */
    public String assess() {
        AssessmentForm f = assessment;
        if (own) {
            competences.assessSelf(f.getCompetence(), f.getLevel(), f.getNote(), f.evaluation());
            Messages.info("profile.selfSaved");
        } else {
            competences.rate(employee, f.getCompetence(), f.getLevel(), f.getAssessedOn(), f.getNote(),
                    f.getEvidence(), f.evaluation());
            Messages.info("profile.ratingSaved");
        }
        return reload();
    }

    /** Adds a goal, or saves the one being edited if nobody else has saved it since it was opened. */
    public String saveGoal() {
        GoalForm f = goalForm;
        if (goal == null) {
            plans.add(employee, f.getDescription(), f.getCompetence(), f.getInitiative(), f.getDueOn());
            Messages.info("plan.added");
        } else {
            plans.change(goal, f.version(), f.getDescription(), f.getCompetence(), f.getInitiative(), f.getDueOn(),
                    f.getStatus());
            Messages.info("plan.saved");
        }
        return reload();
    }

    private String reload() {
        return "/competence/profile.xhtml?faces-redirect=true&employee=" + employee + "&framework=" + framework;
    }

    public Employee getPerson() {
        return person;
    }

    /** Whether this is the caller's own profile (the form is then a self-assessment). */
    public boolean isOwn() {
        return own;
    }

    /** Whether the caller may add an assessment here: a rating of someone in scope, or their own self-assessment. */
    public boolean isCanAssess() {
        return own || rater;
    }

    public boolean isKeeper() {
        return keeper;
    }

    public List<Framework> getFrameworks() {
        return frameworks;
    }

    public Framework getChosen() {
        return chosen;
    }

    public List<CompetenceService.Standing> getStandings() {
        return standings;
    }

    public List<Assessment> getHistory() {
        return history;
    }

    public List<DevelopmentGoal> getGoals() {
        return goals;
    }

    public List<SelectItem> getCompetenceChoices() {
        return competenceChoices;
    }

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public Assessment.DataType[] getDataTypes() {
        return Assessment.DataType.values();
    }

    public DevelopmentGoal.Status[] getStatuses() {
        return DevelopmentGoal.Status.values();
    }

    public AssessmentForm getAssessment() {
        return assessment;
    }

    public GoalForm getGoalForm() {
        return goalForm;
    }

    public Long getEmployee() {
        return employee;
    }

    public void setEmployee(Long employee) {
        this.employee = employee;
    }

    public Long getFramework() {
        return framework;
    }

    public void setFramework(Long framework) {
        this.framework = framework;
    }

    public Long getGoal() {
        return goal;
    }

    public void setGoal(Long goal) {
        this.goal = goal;
    }
}
