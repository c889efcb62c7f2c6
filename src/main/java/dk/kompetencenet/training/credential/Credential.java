package dk.kompetencenet.training.credential;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.training.Enrolment;

/**
 * The credential a completed enrolment earned: known publicly only by its random token (the verification link), valid
 * from the completion day and, where a module's certificate runs out, until the first such day; revoked with a reason,
 * never deleted.
 */
@Entity
@Table(name = "credential")
public class Credential extends VersionedEntity {

    /** Where a credential stands on a day, as the verification page says it. */
    public enum Status {
        VALID, EXPIRED, REVOKED;

        public String labelKey() {
            return "credential.status." + name();
        }
    }

    static final int REASON_MAX = 500;

    @Column(nullable = false, length = 43, unique = true)
    private String token;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @OneToOne(optional = false)
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoke_reason", length = REASON_MAX)
    private String revokeReason;

    /** Its bit in the issuer's revocation list ({@link StatusList}); given once, never changed. */
    @Column(name = "status_index", unique = true)
    private Integer statusIndex;

    protected Credential() {
    }

    Credential(String token, Enrolment enrolment, Instant issuedAt, LocalDate validFrom, LocalDate validUntil) {
        this.token = token;
        this.enrolment = enrolment;
        this.employee = enrolment.getEmployee();
        this.issuedAt = issuedAt;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    /** Revokes the credential for a stated reason; a revoked credential stays revoked. */
    void revoke(String reason, String by, Instant at) {
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException(Problem.inField("reason", "credential.error.reasonRequired"));
        }
        if (text.length() > REASON_MAX) {
            throw new InvalidInputException(Problem.inField("reason", "text.error.tooLong", REASON_MAX));
        }
        if (isRevoked()) {
            throw new InvalidInputException(Problem.inField("reason", "credential.error.alreadyRevoked"));
        }
        revokeReason = text;
        revokedBy = by;
        revokedAt = at;
    }

    /** Places the credential in the revocation list, once. */
    void placeInStatusList(int index) {
        if (statusIndex != null) {
            throw new IllegalStateException("Credential " + getId() + " has its place in the list already");
        }
        statusIndex = index;
    }

    public Status statusOn(LocalDate day) {
        if (isRevoked()) {
            return Status.REVOKED;
        }
        return validUntil != null && day.isAfter(validUntil) ? Status.EXPIRED : Status.VALID;
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public String getToken() {
        return token;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Enrolment getEnrolment() {
        return enrolment;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    public String getRevokedBy() {
        return revokedBy;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public Integer getStatusIndex() {
        return statusIndex;
    }
}
