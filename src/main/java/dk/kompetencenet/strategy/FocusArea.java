package dk.kompetencenet.strategy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.VersionedEntity;

/** One of the strategy's focus areas, with its goals and initiatives in the strategy's order. */
@Entity
@Table(name = "focus_area")
public class FocusArea extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @OneToMany(mappedBy = "focusArea", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Goal> goals = new ArrayList<>();

    @OneToMany(mappedBy = "focusArea", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<Initiative> initiatives = new ArrayList<>();

    protected FocusArea() {
    }

    FocusArea(Strategy strategy, int sortOrder, String title, String description) {
        this.strategy = strategy;
        this.sortOrder = sortOrder;
        describe(title, description);
    }

    final void describe(String title, String description) {
        this.title = Wording.required("title", title, 300);
        this.description = Wording.optional("description", description, 4000);
    }

    public Goal addGoal(String statement, GoalKind kind) {
        Goal goal = new Goal(this, nextOrder(goals.stream().mapToInt(Goal::getSortOrder).max().orElse(0)), statement, kind);
        goals.add(goal);
        return goal;
    }

    public Initiative addInitiative(Initiative.Content content) {
        Initiative initiative = new Initiative(this,
                nextOrder(initiatives.stream().mapToInt(Initiative::getSortOrder).max().orElse(0)), content);
        initiatives.add(initiative);
        return initiative;
    }

    /** Copies this area, its goals and its initiatives into the next version of the strategy. */
    void copyInto(Strategy revision) {
        FocusArea copy = revision.addFocusArea(title, description);
        goals.forEach(g -> copy.addGoal(g.getStatement(), g.getKind()));
        initiatives.forEach(i -> copy.addInitiative(i.content()).revisionOf(i));
    }

    void removeGoal(Goal goal) {
        goals.remove(goal);
    }

    void removeInitiative(Initiative initiative) {
        initiatives.remove(initiative);
    }

    private static int nextOrder(int max) {
        return max + 1;
    }

    /** The initiatives' themes in the order they first appear ("Lokale digitale strategier", ...). */
    public List<String> getThemes() {
        return initiatives.stream().map(Initiative::getTheme).distinct().toList();
    }

    public List<Initiative> initiativesOfTheme(String theme) {
        return initiatives.stream().filter(i -> i.getTheme().equals(theme)).toList();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public List<Goal> getGoals() {
        return Collections.unmodifiableList(goals);
    }

    public List<Initiative> getInitiatives() {
        return Collections.unmodifiableList(initiatives);
    }
}
