package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.time.LocalDate;

import dk.kompetencenet.competence.DevelopmentGoal;

/** What the profile page's goal form holds: a new goal, or the one being edited with the version it was opened at. */
public class GoalForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;
    private String description;
    private Long competence;
    private Long initiative;
    private LocalDate dueOn;
    private DevelopmentGoal.Status status = DevelopmentGoal.Status.PLANNED;

    void fill(DevelopmentGoal g) {
        version = g.getVersion();
        description = g.getDescription();
        competence = g.getCompetence() == null ? null : g.getCompetence().getId();
        initiative = g.getInitiative() == null ? null : g.getInitiative().getId();
        dueOn = g.getDueOn();
        status = g.getStatus();
    }

    /** The goal's version when the form was filled (0 for a new goal). */
    long version() {
        return version;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getCompetence() {
        return competence;
    }

    public void setCompetence(Long competence) {
        this.competence = competence;
    }

    public Long getInitiative() {
        return initiative;
    }

    public void setInitiative(Long initiative) {
        this.initiative = initiative;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public DevelopmentGoal.Status getStatus() {
        return status;
    }

    public void setStatus(DevelopmentGoal.Status status) {
        this.status = status;
    }
}
