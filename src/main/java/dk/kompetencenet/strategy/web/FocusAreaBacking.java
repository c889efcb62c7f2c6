package dk.kompetencenet.strategy.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Goal;
import dk.kompetencenet.strategy.GoalKind;
import dk.kompetencenet.strategy.StrategyService;

/** Coordinators edit a focus area: its title and description, and its goals one by one. */
@Named
@ViewScoped
public class FocusAreaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyService strategies;

    private Long id;
    private long version;
    private String title;
    private String description;
    private List<GoalRow> goals = new ArrayList<>();
    private String newGoal;
    private GoalKind newGoalKind = GoalKind.GOAL;

    /** A goal as an editable row, with the version it was read at. */
    public static class GoalRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final long version;
        private String statement;
        private GoalKind kind;

        GoalRow(Goal goal) {
            this.id = goal.getId();
            this.version = goal.getVersion();
            this.statement = goal.getStatement();
            this.kind = goal.getKind();
        }

        public Long getId() {
            return id;
        }

        public String getStatement() {
            return statement;
        }

        public void setStatement(String statement) {
            this.statement = statement;
        }

        public GoalKind getKind() {
            return kind;
        }

        public void setKind(GoalKind kind) {
            this.kind = kind;
        }
    }

    public void load() {
        if (!strategies.canEdit()) {
            throw new AccessDeniedException();
        }
        FocusArea area = strategies.focusArea(id);
        version = area.getVersion();
        title = area.getTitle();
        description = area.getDescription();
        goals = new ArrayList<>(area.getGoals().stream().map(GoalRow::new).toList());
    }

    public String save() {
        strategies.updateFocusArea(id, version, title, description);
        Messages.info("focusArea.saved");
        return reload();
    }

    public String saveGoal(GoalRow row) {
        strategies.updateGoal(row.id, row.version, row.statement, row.kind);
        Messages.info("goal.saved");
        return reload();
    }

    public String removeGoal(GoalRow row) {
        strategies.removeGoal(row.id, row.version);
        Messages.info("goal.removed");
        return reload();
    }

    public String addGoal() {
        strategies.addGoal(id, newGoal, newGoalKind);
        Messages.info("goal.saved");
        return reload();
    }

    private String reload() {
        return "/strategy/focusarea.xhtml?faces-redirect=true&id=" + id;
    }

    public GoalKind[] getGoalKinds() {
        return GoalKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<GoalRow> getGoals() {
        return goals;
    }

    public String getNewGoal() {
        return newGoal;
    }

    public void setNewGoal(String newGoal) {
        this.newGoal = newGoal;
    }

    public GoalKind getNewGoalKind() {
        return newGoalKind;
    }

    public void setNewGoalKind(GoalKind newGoalKind) {
        this.newGoalKind = newGoalKind;
    }
}
