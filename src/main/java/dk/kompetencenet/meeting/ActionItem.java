package dk.kompetencenet.meeting;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/** Something agreed at a meeting: who does what by when. Open items follow the series or network to its next meeting. */
@Entity
@Table(name = "action_item")
public class ActionItem extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "occurrence_start", nullable = false)
    private LocalDateTime occurrenceStart;

    @Column(nullable = false, length = 1000)
    private String description;

    @ManyToOne
    @JoinColumn(name = "owner_id")
    private Employee owner;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Column(nullable = false)
    private boolean done;

    protected ActionItem() {
    }

    ActionItem(Meeting meeting, LocalDateTime occurrenceStart, String description, Employee owner, LocalDate dueOn) {
        if (description == null || description.isBlank()) {
            throw new InvalidInputException(Problem.inField("description", "actionItem.error.descriptionRequired"));
        }
        if (description.strip().length() > 1000) {
            throw new InvalidInputException(Problem.inField("description", "text.error.tooLong", 1000));
        }
        this.meeting = meeting;
        this.occurrenceStart = occurrenceStart;
        this.description = description.strip();
        this.owner = owner;
        this.dueOn = dueOn;
    }

    public void complete() {
        done = true;
    }

    public void reopen() {
        done = false;
    }

    void moveTo(Meeting series, LocalDateTime occurrence) {
        this.meeting = series;
        this.occurrenceStart = occurrence;
    }

    void shift(Duration by) {
        occurrenceStart = occurrenceStart.plus(by);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDateTime getOccurrenceStart() {
        return occurrenceStart;
    }

    public String getDescription() {
        return description;
    }

    public Employee getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isDone() {
        return done;
    }
}
