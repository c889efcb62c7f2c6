package dk.kompetencenet.training;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** A module passed, with its date and evidence (a certificate's reference or a link). */
@Entity
@Table(name = "module_completion")
public class ModuleCompletion extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "module_id")
    private ProgrammeModule module;

    @Column(name = "completed_on", nullable = false)
    private LocalDate completedOn;

    @Column(length = 1000)
    private String evidence;

    protected ModuleCompletion() {
    }

    ModuleCompletion(Enrolment enrolment, ProgrammeModule module, LocalDate completedOn, String evidence) {
        if (completedOn == null) {
            throw new InvalidInputException(Problem.inField("completedOn", "training.error.dateRequired"));
        }
        if (evidence != null && evidence.length() > 1000) {
            throw new InvalidInputException(Problem.inField("evidence", "meeting.error.tooLong", 1000));
        }
        this.enrolment = enrolment;
        this.module = module;
        this.completedOn = completedOn;
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
    }

    public ProgrammeModule getModule() {
        return module;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public String getEvidence() {
        return evidence;
    }
}
