package dk.kompetencenet.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * An employee in a run of a programme, on behalf of an institution: status and the modules completed. Completing the
 * last module completes the enrolment.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment extends VersionedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "run_id")
    private ProgrammeRun run;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status;

    @Column(name = "enrolled_on", nullable = false)
    private LocalDate enrolledOn;

    @OneToMany(mappedBy = "enrolment", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<ModuleCompletion> completions = new ArrayList<>();

    protected Enrolment() {
    }

    public Enrolment(ProgrammeRun run, Employee employee, Institution institution, EnrolmentStatus status,
                     LocalDate enrolledOn) {
        this.run = run;
        this.employee = employee;
        this.institution = institution;
        this.status = status == null ? EnrolmentStatus.ENROLLED : status;
        this.enrolledOn = enrolledOn;
    }

    /**
     * Records a completed module; the enrolment is then in progress, or completed when every module is done.
     *
     * @return true when this completion completed the programme
     */
    public boolean complete(ProgrammeModule module, LocalDate on, String evidence, LocalDate validUntil) {
        if (!module.getProgramme().equals(run.getProgramme())) {
            throw new InvalidInputException(Problem.inField("module", "training.error.moduleOfOtherProgramme"));
        }
        if (status == EnrolmentStatus.DROPPED_OUT || status == EnrolmentStatus.COMPLETED) {
            throw new InvalidInputException(Problem.inField("status", "training.error.notActive"));
        }
        if (completionOf(module).isEmpty()) {
            completions.add(new ModuleCompletion(this, module, on, evidence, validUntil));
        }
        boolean all = run.getProgramme().getModules().stream()
                .allMatch(m -> completionOf(m).isPresent());
        status = all ? EnrolmentStatus.COMPLETED : EnrolmentStatus.IN_PROGRESS;
        return all;
    }

    public void changeStatus(EnrolmentStatus newStatus) {
        if (newStatus == EnrolmentStatus.COMPLETED) {
            throw new InvalidInputException(Problem.inField("status", "training.error.completeByModules"));
        }
        this.status = newStatus;
    }

    /** The completion of a module, if it is completed. */
    public Optional<ModuleCompletion> completionOf(ProgrammeModule module) {
        return completions.stream().filter(c -> c.getModule().equals(module)).findFirst();
    }

    /** The last completion date: when the programme was completed. */
    public LocalDate getCompletedOn() {
        return completions.stream().map(ModuleCompletion::getCompletedOn).max(LocalDate::compareTo).orElse(null);
    }

    public ProgrammeRun getRun() {
        return run;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Institution getInstitution() {
        return institution;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public List<ModuleCompletion> getCompletions() {
        return Collections.unmodifiableList(completions);
    }
}
