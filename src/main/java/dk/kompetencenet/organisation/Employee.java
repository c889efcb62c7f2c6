package dk.kompetencenet.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * A member of staff: name, work e-mail, job role and the institution(s) they work at. Only what the strategy's
 * follow-up needs is kept (no CPR number, no private contact data).
 */
@Entity
@Table(name = "employee")
@NamedQuery(name = "Employee.byEmail", query = "select e from Employee e where e.email = :email")
@NamedQuery(name = "Employee.emailsIn", query = "select e.email from Employee e where e.email in :emails")
public class Employee extends VersionedEntity {

    private static final String ANONYMISED = "Anonymiseret";

    private static final String EMAIL_PATTERN = "^[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+$";

    /** The longest first or last name (the columns' length). */
    public static final int NAME_LENGTH = 100;

    @Column(name = "first_name", nullable = false, length = NAME_LENGTH)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
    private String lastName;

    @Column(nullable = false, unique = true, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "job_role", nullable = false, length = 30)
    private JobRole jobRole;

    @ManyToMany
    @JoinTable(name = "employee_institution",
            joinColumns = @JoinColumn(name = "employee_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> institutions = new HashSet<>();

    @Column(nullable = false)
    private boolean active = true;

    /** The day they were deactivated: the retention period before erasure counts from it. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Employee() {
    }

    public Employee(String firstName, String lastName, String email, JobRole jobRole) {
        rename(firstName, lastName);
        changeEmail(email);
        changeJobRole(jobRole);
    }

    /** A new employee with an id taken beforehand, from a block of ids for a whole import. */
    static Employee withId(long id, String firstName, String lastName, String email, JobRole jobRole) {
        Employee employee = new Employee(firstName, lastName, email, jobRole);
        employee.assignId(id);
        return employee;
    }

    /** A well-formed e-mail address, lower-cased; anything else is refused. */
    public static String normaliseEmail(String email) {
        String trimmed = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (trimmed.length() > 254 || !trimmed.matches(EMAIL_PATTERN)
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(Problem.inField("email", "employee.error.email", email == null ? "" : email));
        }
        return trimmed;
    }

    public final void rename(String firstName, String lastName) {
        this.firstName = requireName("firstName", firstName);
        this.lastName = requireName("lastName", lastName);
    }

    public final void changeEmail(String email) {
        this.email = normaliseEmail(email);
    }

    public final void changeJobRole(JobRole jobRole) {
        if (jobRole == null) {
            throw new InvalidInputException(Problem.inField("jobRole", "employee.error.jobRole"));
        }
        this.jobRole = jobRole;
    }

    public void joinInstitution(Institution institution) {
        institutions.add(institution);
    }

    public void leaveInstitution(Institution institution) {
        institutions.remove(institution);
    }

    public void deactivate(LocalDate on) {
        active = false;
        leftOn = on;
    }

    public void reactivate() {
        if (anonymisedAt != null) {
            throw new InvalidInputException(Problem.inField("active", "employee.error.anonymised"));
        }
        active = true;
        leftOn = null;
    }

    /** The first day they may be erased, having left, after the retention period; empty while they work here. */
    public Optional<LocalDate> erasableFrom(int retentionMonths) {
        return active || leftOn == null ? Optional.empty() : Optional.of(leftOn.plusMonths(retentionMonths));
    }

    /**
     * Replaces everything that names them by a pseudonym ("Anonymiseret 1234", an address under .invalid), keeping
     * the row, its job role and workplaces, so that what they took part in still counts. Only for someone who left.
     */
    public void anonymise(Instant at) {
        if (active) {
            throw new IllegalStateException("only someone who left is anonymised");
        }
        firstName = ANONYMISED;
        lastName = String.valueOf(getId());
        email = pseudonym(getId()) + "@anonymised.invalid";
        anonymisedAt = at;
    }

    /** What stands for an anonymised person's name in other records (user names in "changed by" columns, audit). */
    public static String pseudonym(Long id) {
        return "anonymised-" + id;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public boolean worksAt(Long institutionId) {
        return institutions.stream().anyMatch(i -> i.getId().equals(institutionId));
    }

    private static String requireName(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(Problem.inField(field, "employee.error.nameRequired"));
        }
        String name = value.strip();
        Text.stored(field, name, NAME_LENGTH).ifPresent(p -> {
            throw new InvalidInputException(p);
        });
        return name;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public String getEmail() {
        return email;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public Set<Institution> getInstitutions() {
        return Collections.unmodifiableSet(institutions);
    }

    public boolean isActive() {
        return active;
    }
}
