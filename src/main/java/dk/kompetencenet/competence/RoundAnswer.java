package dk.kompetencenet.competence;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** A person's self-assessment of one competence in a round; changed while the round is open, frozen after. */
@Entity
@Table(name = "round_answer")
public class RoundAnswer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id")
    private AssessmentRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "competence_id")
    private Competence competence;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id")
    private ProficiencyLevel level;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected RoundAnswer() {
    }

    RoundAnswer(AssessmentRound round, Employee employee, Competence competence, ProficiencyLevel level, Instant at) {
        this.round = round;
        this.employee = employee;
        this.competence = competence;
        this.level = level;
        this.answeredAt = at;
    }

    void change(ProficiencyLevel newLevel, Instant at) {
        this.level = newLevel;
        this.answeredAt = at;
    }

    public Competence getCompetence() {
        return competence;
    }

    public ProficiencyLevel getLevel() {
        return level;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
