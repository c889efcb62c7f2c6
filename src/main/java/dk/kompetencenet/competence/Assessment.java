package dk.kompetencenet.competence;

import java.time.Instant;
import java.time.LocalDate;

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
import dk.kompetencenet.platform.persistence.BaseEntity;

/**
 * One assessment of one person's competence: a formal rating by a supervisor or leader, or a self-assessment. Never
 * changed once written: a correction is a new assessment, so the history stays whole.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends BaseEntity {

    /** Who assessed: the person themselves, or a supervisor or leader. */
    public enum Kind {
        SELF, RATING
    }

    /** For evaluation-competence evidence: what kind of data the instrument collects. */
    public enum DataType {
        QUANTITATIVE, QUALITATIVE, MIXED
    }

    /** Evidence of evaluation competence in practice: the instrument, its data, the tool and a short reflection. */
    public record EvaluationEvidence(String instrument, DataType dataType, String tool, String reflection) {
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "competence_id")
    private Competence competence;

    @ManyToOne(optional = false)
    @JoinColumn(name = "level_id")
    private ProficiencyLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Kind kind;

    @Column(nullable = false, length = 100)
    private String assessor;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(length = 2000)
    private String note;

    @Column(length = 1000)
    private String evidence;

    @Column(length = 200)
    private String instrument;

    @Enumerated(EnumType.STRING)
    @Column(name = "data_type", length = 20)
    private DataType dataType;

    @Column(length = 200)
    private String tool;

    @Column(length = 2000)
    private String reflection;

    protected Assessment() {
    }

    public Assessment(Employee employee, Competence competence, ProficiencyLevel level, Kind kind, String assessor,
                      LocalDate assessedOn, Instant recordedAt, String note, String evidence,
                      EvaluationEvidence evaluation) {
        if (!level.getFramework().equals(competence.getArea().getFramework())) {
            throw new InvalidInputException(Problem.inField("level", "competence.error.levelOfOtherFramework"));
        }
        if (note != null && note.length() > 2000 || evidence != null && evidence.length() > 1000) {
            throw new InvalidInputException(Problem.inField("note", "meeting.error.tooLong", 2000));
        }
        this.employee = employee;
        this.competence = competence;
        this.level = level;
        this.kind = kind;
        this.assessor = assessor;
        this.assessedOn = assessedOn;
        this.recordedAt = recordedAt;
        this.note = blankToNull(note);
        this.evidence = blankToNull(evidence);
        if (evaluation != null) {
            this.instrument = blankToNull(evaluation.instrument());
            this.dataType = evaluation.dataType();
            this.tool = blankToNull(evaluation.tool());
            this.reflection = blankToNull(evaluation.reflection());
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Employee getEmployee() {
        return employee;
    }

    public Competence getCompetence() {
        return competence;
    }

    public ProficiencyLevel getLevel() {
        return level;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAssessor() {
        return assessor;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getNote() {
        return note;
    }

    public String getEvidence() {
        return evidence;
    }

    public EvaluationEvidence getEvaluationEvidence() {
        return instrument == null && dataType == null && tool == null && reflection == null ? null
                : new EvaluationEvidence(instrument, dataType, tool, reflection);
    }
}
