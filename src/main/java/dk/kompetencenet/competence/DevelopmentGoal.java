package dk.kompetencenet.competence;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Message;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/** A goal of a person's development plan, tied to a competence and/or an initiative, with a due date and status. */
@Entity
@Table(name = "development_goal")
public class DevelopmentGoal extends VersionedEntity {

    /** Where the goal stands. */
    public enum Status {
        PLANNED, IN_PROGRESS, DONE, CANCELLED;

        /** Still to be reached: planned or in progress (not done, not cancelled). */
        public static final Set<Status> OPEN = Collections.unmodifiableSet(EnumSet.of(PLANNED, IN_PROGRESS));

        public String labelKey() {
            return "goalStatus." + name();
        }
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(nullable = false, length = 1000)
    private String description;

    @ManyToOne
    @JoinColumn(name = "competence_id")
    private Competence competence;

    @ManyToOne
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PLANNED;

    protected DevelopmentGoal() {
    }

    public DevelopmentGoal(Employee employee, String description, Competence competence, Initiative initiative,
                           LocalDate dueOn) {
        this.employee = employee;
        change(description, competence, initiative, dueOn, Status.PLANNED);
    }

    public final void change(String newDescription, Competence newCompetence, Initiative newInitiative,
                             LocalDate newDueOn, Status newStatus) {
        if (newDescription == null || newDescription.isBlank()) {
            throw new InvalidInputException(Problem.inField("description", "actionItem.error.descriptionRequired"));
        }
        if (newDescription.strip().length() > 1000) {
            throw new InvalidInputException(Problem.inField("description", "form.error.tooLong",
                    Message.of("plan.description"), 1000));
        }
        if (newCompetence == null && newInitiative == null) {
            throw new InvalidInputException(Problem.inField("competenceId", "plan.error.linkRequired"));
        }
        this.description = newDescription.strip();
        this.competence = newCompetence;
        this.initiative = newInitiative;
        this.dueOn = newDueOn;
        this.status = newStatus == null ? Status.PLANNED : newStatus;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getDescription() {
        return description;
    }

    public Competence getCompetence() {
        return competence;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Status getStatus() {
        return status;
    }
}
