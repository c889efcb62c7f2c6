package dk.kompetencenet.training;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * An employee's role as supervisor for an institution, from a date and possibly to one: granted by completing a
 * programme or by a coordinator. Ended, never deleted.
 */
@Entity
@Table(name = "designation")
public class Designation extends VersionedEntity {

    /** How the designation came about. */
    public enum Source {
        PROGRAMME, MANUAL
    }

    public static final int EXPIRY_WARNING_DAYS = 90;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private DesignationKind kind;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Source source;

    @ManyToOne
    @JoinColumn(name = "enrolment_id")
    private Enrolment enrolment;

    protected Designation() {
    }

    public Designation(Employee employee, Institution institution, DesignationKind kind, LocalDate validFrom,
                       LocalDate validTo, Source source, Enrolment enrolment) {
        if (kind == null || validFrom == null) {
            throw new InvalidInputException(Problem.inField("kind", "training.error.designation"));
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new InvalidInputException(Problem.inField("validTo", "training.error.dates"));
        }
        this.employee = employee;
        this.institution = institution;
        this.kind = kind;
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.source = source;
        this.enrolment = enrolment;
    }

    public void end(LocalDate on) {
        if (on.isBefore(validFrom)) {
            throw new InvalidInputException(Problem.inField("validTo", "training.error.dates"));
        }
        validTo = on;
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /** Active today but ending within the warning period. */
    public boolean isExpiringOn(LocalDate today) {
        return isActiveOn(today) && validTo != null && !validTo.isAfter(today.plusDays(EXPIRY_WARNING_DAYS));
    }

    public boolean isExpiredOn(LocalDate today) {
        return validTo != null && validTo.isBefore(today);
    }

    public Employee getEmployee() {
        return employee;
    }

    public Institution getInstitution() {
        return institution;
    }

    public DesignationKind getKind() {
        return kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public Source getSource() {
        return source;
    }
}
