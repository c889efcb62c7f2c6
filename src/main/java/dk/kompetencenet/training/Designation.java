package dk.kompetencenet.training;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.i18n.Zones;
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
        PROGRAMME, MANUAL;

        public String labelKey() {
            return "designationSource." + name();
        }
    }

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

    @ManyToOne(fetch = FetchType.LAZY)
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

    /** Ends the designation on a day (kept, with its start, as history); a later call corrects the day. */
    public void end(LocalDate on) {
        if (on == null) {
            throw new InvalidInputException(Problem.inField("validTo", "training.error.dateRequired"));
        }
        if (on.isBefore(validFrom)) {
            throw new InvalidInputException(Problem.inField("validTo", "training.error.dates"));
        }
        validTo = on;
    }

    /** {@link #isActiveOn} as a JPQL condition on the designation {@code alias}, for the day bound to {@code :today}. */
    public static String activeOnJpql(String alias) {
        return alias + ".validFrom <= :today and (" + alias + ".validTo is null or " + alias + ".validTo >= :today)";
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    public Expiry expiryOn(LocalDate today) {
        return Expiry.of(validFrom, validTo, today);
    }

    /** Where the designation stands today (Copenhagen), for pages. */
    public Expiry getExpiry() {
        return expiryOn(LocalDate.now(Zones.COPENHAGEN));
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
