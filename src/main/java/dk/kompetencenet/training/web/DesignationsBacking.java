package dk.kompetencenet.training.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.training.Designation;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.Expiry;
import dk.kompetencenet.training.TrainingService;

/**
 * An institution's supervisor designations, current and ended, with where each stands; coordinators grant one by hand
 * and end one. Leaders and supervisors of the institution read them.
 */
@Named
@ViewScoped
public class DesignationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_STAFF = 1000;

    @Inject
    private TrainingService training;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private Caller caller;

    private Long institution;
    private String institutionName;
    private List<Designation> designations;
    private List<EmployeeService.Row> staff = List.of();
    private Long employee;
    private DesignationKind kind;
    private LocalDate validFrom;
    private LocalDate validTo;
    private Long ending;
    private LocalDate endOn;

    public void load() {
        designations = training.designationsAt(institution); // 403 outside the caller's role or institutions
        Institution current = institutions.get(institution);
        institutionName = current.getName();
        if (isCoordinator()) {
            staff = employees.page(EmployeeService.Filter.at(institution), 0, MAX_STAFF);
            kind = Arrays.stream(DesignationKind.values()).filter(k -> k.sector() == current.getSector()).findFirst()
                    .orElse(null);
        }
    }

    public String grant() {
        training.grant(employee, institution, kind, validFrom, validTo);
        Messages.info("designations.granted");
        return reload();
    }

    /** Ends the chosen designation, refused if somebody changed it since this page was loaded. */
    public String end() {
        Designation chosen = designations.stream().filter(d -> d.getId().equals(ending)).findFirst()
                .orElseThrow(NotFoundException::new);
        training.endDesignation(chosen.getId(), chosen.getVersion(), endOn);
        Messages.info("designations.ended");
        return reload();
    }

    private String reload() {
        return "/training/designations.xhtml?faces-redirect=true&institution=" + institution;
    }

    public boolean isCoordinator() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    /** The designations not yet ended, which can be ended (or given another end date). */
    public List<Designation> getEndable() {
        return designations.stream().filter(d -> d.getExpiry() != Expiry.EXPIRED).toList();
    }

    public DesignationKind[] getKinds() {
        return DesignationKind.values();
    }

    public List<Designation> getDesignations() {
        return designations;
    }

    public List<EmployeeService.Row> getStaff() {
        return staff;
    }

    public String getInstitutionName() {
        return institutionName;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public Long getEmployee() {
        return employee;
    }

    public void setEmployee(Long employee) {
        this.employee = employee;
    }

    public DesignationKind getKind() {
        return kind;
    }

    public void setKind(DesignationKind kind) {
        this.kind = kind;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    public void setValidTo(LocalDate validTo) {
        this.validTo = validTo;
    }

    public Long getEnding() {
        return ending;
    }

    public void setEnding(Long ending) {
        this.ending = ending;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }
}
