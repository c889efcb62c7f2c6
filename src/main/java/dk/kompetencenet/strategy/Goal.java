package dk.kompetencenet.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.VersionedEntity;

/** What a focus area aims at, in the strategy's own words. */
@Entity
@Table(name = "goal")
public class Goal extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "focus_area_id")
    private FocusArea focusArea;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 1000)
    private String statement;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalKind kind;

    protected Goal() {
    }

    Goal(FocusArea focusArea, int sortOrder, String statement, GoalKind kind) {
        this.focusArea = focusArea;
        this.sortOrder = sortOrder;
        reword(statement, kind);
    }

    final void reword(String statement, GoalKind kind) {
        this.statement = Wording.required("statement", statement, 1000);
        this.kind = kind == null ? GoalKind.GOAL : kind;
    }

    public FocusArea getFocusArea() {
        return focusArea;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getStatement() {
        return statement;
    }

    public GoalKind getKind() {
        return kind;
    }
}
