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
import dk.kompetencenet.platform.files.StoredFile;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.BaseEntity;

/**
 * A module passed, with its date and evidence: a note or link, and/or a certificate file, which may be valid until a
 * date.
 */
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private StoredFile certificate;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected ModuleCompletion() {
    }

    ModuleCompletion(Enrolment enrolment, ProgrammeModule module, LocalDate completedOn, String evidence,
                     LocalDate validUntil) {
        if (completedOn == null) {
            throw new InvalidInputException(Problem.inField("completedOn", "training.error.dateRequired"));
        }
        if (evidence != null && evidence.length() > 1000) {
            throw new InvalidInputException(Problem.inField("evidence", "text.error.tooLong", 1000));
        }
        if (validUntil != null && validUntil.isBefore(completedOn)) {
            throw new InvalidInputException(Problem.inField("validUntil", "training.error.validUntil"));
        }
        this.enrolment = enrolment;
        this.module = module;
        this.completedOn = completedOn;
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.strip();
        this.validUntil = validUntil;
    }

    /**
     * Attaches a certificate as evidence, replacing any earlier one.
     *
     * @return the certificate it replaces, if any
     */
    StoredFile attach(StoredFile file) {
        StoredFile previous = certificate;
        certificate = file;
        return previous;
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

    public StoredFile getCertificate() {
        return certificate;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    /** Whether the evidence has run out or soon will (only a certificate with an end date can). */
    public Expiry expiryOn(LocalDate today) {
        return Expiry.of(null, validUntil, today);
    }

    public Expiry getExpiry() {
        return expiryOn(LocalDate.now(Zones.COPENHAGEN));
    }
}
