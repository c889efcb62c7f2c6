package dk.kompetencenet.competence;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import dk.kompetencenet.platform.persistence.BaseEntity;
import dk.kompetencenet.platform.Text;

/**
 * One assessment of one person's competence: a formal rating by a supervisor or leader, or a self-assessment. Never
 * changed once written: a correction is a new assessment, so the history stays whole.
 */
@Entity
@Table(name = "assessment")
public class Assessment extends BaseEntity {

    /** Who assessed: the person themselves, or a supervisor or leader. */
    public enum Kind {
        SELF, RATING;

        public String labelKey() {
            return "assessmentKind." + name();
        }
    }

    /** For evaluation-competence evidence: what kind of data the instrument collects. */
    public enum DataType {
        QUANTITATIVE, QUALITATIVE, MIXED;

        public String labelKey() {
            return "dataType." + name();
        }
    }

    static final int NOTE_MAX = 2000;
    static final int EVIDENCE_MAX = 1000;
    static final int INSTRUMENT_MAX = 200;
    static final int TOOL_MAX = 200;
    static final int REFLECTION_MAX = 2000;

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
        List<Problem> problems = new ArrayList<>();
        tooLong(problems, "note", note, NOTE_MAX);
        tooLong(problems, "evidence", evidence, EVIDENCE_MAX);
        if (evidence != null && !evidence.isBlank() && !isWebAddress(evidence)) {
            problems.add(Problem.inField("evidence", "assessment.error.evidenceUrl"));
        }
        if (evaluation != null) {
            tooLong(problems, "instrument", evaluation.instrument(), INSTRUMENT_MAX);
            tooLong(problems, "tool", evaluation.tool(), TOOL_MAX);
            tooLong(problems, "reflection", evaluation.reflection(), REFLECTION_MAX);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        this.employee = employee;
        this.competence = competence;
        this.level = level;
        this.kind = kind;
        this.assessor = assessor;
        this.assessedOn = assessedOn;
        this.recordedAt = recordedAt;
        this.note = Text.optional(note);
        this.evidence = Text.optional(evidence);
        if (evaluation != null) {
            this.instrument = Text.optional(evaluation.instrument());
            this.dataType = evaluation.dataType();
            this.tool = Text.optional(evaluation.tool());
            this.reflection = Text.optional(evaluation.reflection());
        }
    }

    /** A field longer than allowed is named with its label (the message key {@code assessment.<field>}). */
    private static void tooLong(List<Problem> problems, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            problems.add(Problem.inField(field, "form.error.tooLong", Message.of("assessment." + field), max));
        }
    }

    /** An absolute http or https address with a host: the only evidence links shown as links. */
    public static boolean isWebAddress(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(text.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
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

    /** Whether the evidence is a web address to link to (entries from before the check may hold other text). */
    public boolean isEvidenceLink() {
        return isWebAddress(evidence);
    }

    public EvaluationEvidence getEvaluationEvidence() {
        return instrument == null && dataType == null && tool == null && reflection == null ? null
                : new EvaluationEvidence(instrument, dataType, tool, reflection);
    }
}
