package dk.kompetencenet.training.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.files.Upload;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.platform.web.Uploads;
import dk.kompetencenet.training.Enrolment;
import dk.kompetencenet.training.EnrolmentStatus;
import dk.kompetencenet.training.Programme;
import dk.kompetencenet.training.ProgrammeModule;
import dk.kompetencenet.training.ProgrammeRun;
import dk.kompetencenet.training.TrainingService;

/**
 * A programme: its modules and runs; for a run, who is enrolled and how far they have come. Coordinators add runs,
 * enrol staff and record completed modules (the last one makes the person a supervisor).
 */
@Named
@ViewScoped
public class ProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TrainingService training;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    private Long id;
    private Long run;
    private Programme programme;
    private List<ProgrammeRun> runs;
    private List<Enrolment> enrolments = List.of();
    private List<Institution> institutionChoices;
    private String runName;
    private String provider;
    private LocalDate runStart;
    private LocalDate runEnd;
    private Employee newEmployee;
    private Long newInstitution;
    private Long completionEnrolment;
    private Long completionModule;
    private LocalDate completedOn;
    private String evidence;
    private LocalDate validUntil;
    private transient Part certificate;

    public void load() {
        programme = training.programme(id);
        runs = training.runs(id);
        if (run == null && !runs.isEmpty()) {
            run = runs.get(0).getId();
        }
        if (run != null) {
            enrolments = training.enrolmentsOf(run);
        }
        institutionChoices = institutions.choices();
    }

    public String addRun() {
        ProgrammeRun added = training.addRun(id, runName, provider, runStart, runEnd);
        Messages.info("programme.runAdded");
        return "/training/programme.xhtml?faces-redirect=true&id=" + id + "&run=" + added.getId();
    }

    public String enrol() {
        training.enrol(run, newEmployee == null ? null : newEmployee.getId(), newInstitution, null);
        Messages.info("programme.enrolled");
        return reload();
    }

    /** Records the next module not yet completed as completed today. */
    public String completeNext(Enrolment enrolment) {
        ProgrammeModule next = programme.getModules().stream()
                .filter(m -> enrolment.getCompletions().stream().noneMatch(c -> c.getModule().equals(m)))
                .findFirst().orElse(null);
        if (next != null) {
            Enrolment after = training.completeModule(enrolment.getId(), enrolment.getVersion(), next.getId(),
                    LocalDate.now(Zones.COPENHAGEN), null);
            Messages.info(after.getStatus() == EnrolmentStatus.COMPLETED
                    ? "programme.completed" : "programme.moduleDone", next.getName());
        }
        return reload();
    }

    /**
     * Records a module as completed with its evidence, a certificate file among it; for a module already recorded, the
     * file is attached to it (replacing an earlier one).
     */
    public String recordCompletion() {
        Enrolment enrolment = enrolments.stream().filter(e -> e.getId().equals(completionEnrolment)).findFirst()
                .orElseThrow(NotFoundException::new);
        ProgrammeModule module = programme.getModules().stream().filter(m -> m.getId().equals(completionModule))
                .findFirst().orElseThrow(NotFoundException::new);
        Upload file = certificate == null || certificate.getSize() == 0 ? null
                : new Upload(certificate.getSubmittedFileName(),
                        Uploads.read(certificate, TrainingService.CERTIFICATES.maxBytes()));
        if (enrolment.completionOf(module).isPresent()) {
            if (file == null) {
                throw new InvalidInputException(Problem.inField("module", "training.error.alreadyCompleted"));
            }
            training.attachCertificate(enrolment.getId(), enrolment.getVersion(), module.getId(), file);
            Messages.info("programme.certificateAttached", module.getName());
        } else {
            Enrolment after = training.completeModule(enrolment.getId(), enrolment.getVersion(),
                    new TrainingService.Completion(module.getId(), completedOn, evidence, validUntil), file);
            Messages.info(after.getStatus() == EnrolmentStatus.COMPLETED
                    ? "programme.completed" : "programme.moduleDone", module.getName());
        }
        return reload();
    }

    /** The enrolments a completion can still be recorded for or a certificate attached to. */
    public List<Enrolment> getRecordable() {
        return enrolments.stream().filter(e -> e.getStatus() != EnrolmentStatus.DROPPED_OUT).toList();
    }

    private String reload() {
        return "/training/programme.xhtml?faces-redirect=true&id=" + id + "&run=" + run;
    }

    public boolean isCoordinator() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    public boolean isCanEnrol() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }

    public Programme getProgramme() {
        return programme;
    }

    public List<ProgrammeRun> getRuns() {
        return runs;
    }

    public List<Enrolment> getEnrolments() {
        return enrolments;
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public String getRunName() {
        return runName;
    }

    public void setRunName(String runName) {
        this.runName = runName;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getRunStart() {
        return runStart;
    }

    public void setRunStart(LocalDate runStart) {
        this.runStart = runStart;
    }

    public LocalDate getRunEnd() {
        return runEnd;
    }

    public void setRunEnd(LocalDate runEnd) {
        this.runEnd = runEnd;
    }

    public Long getCompletionEnrolment() {
        return completionEnrolment;
    }

    public void setCompletionEnrolment(Long completionEnrolment) {
        this.completionEnrolment = completionEnrolment;
    }

    public Long getCompletionModule() {
        return completionModule;
    }

    public void setCompletionModule(Long completionModule) {
        this.completionModule = completionModule;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public void setCompletedOn(LocalDate completedOn) {
        this.completedOn = completedOn;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(LocalDate validUntil) {
        this.validUntil = validUntil;
    }

    public Part getCertificate() {
        return certificate;
    }

    public void setCertificate(Part certificate) {
        this.certificate = certificate;
    }

    public Employee getNewEmployee() {
        return newEmployee;
    }

    public void setNewEmployee(Employee newEmployee) {
        this.newEmployee = newEmployee;
    }

    public Long getNewInstitution() {
        return newInstitution;
    }

    public void setNewInstitution(Long newInstitution) {
        this.newInstitution = newInstitution;
    }
}
