package dk.kompetencenet.organisation.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.organisation.StaffImport;
import dk.kompetencenet.platform.audit.AuditEntry;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.audit.PersonalReads;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;

/** One employee: the form for those who maintain staff, read-only otherwise; the change log for administrators. */
@Named
@ViewScoped
public class EmployeeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmployeeService employees;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AuditLog audit;

    @Inject
    private StaffImport staffImport;

    @Inject
    private PersonalReads reads;

    @Inject
    private Caller caller;

    private Long id;
    private Long institution;
    private long version;
    private boolean active = true;
    private String firstName;
    private String lastName;
    private String email;
    private JobRole jobRole;
    private List<Long> institutionIds = new ArrayList<>();
    private String otherWorkplaces;
    private List<Institution> institutionChoices;
    private List<AuditEntry> history = List.of();

    public void load() {
        institutionChoices = institutions.choices();
        if (id == null) {
            caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
            if (institution != null) {
                institutionIds.add(institutions.get(institution).getId());
            }
            return;
        }
        Employee e = employees.get(id);
        reads.opened(id);
        version = e.getVersion();
        active = e.isActive();
        firstName = e.getFirstName();
        lastName = e.getLastName();
        email = e.getEmail();
        jobRole = e.getJobRole();
        institutionIds = new ArrayList<>(e.getInstitutions().stream().map(Institution::getId)
                .filter(caller::canAccessInstitution).toList());
        otherWorkplaces = e.getInstitutions().stream().filter(i -> !caller.canAccessInstitution(i.getId()))
                .map(Institution::getName).sorted().reduce((a, b) -> a + ", " + b).orElse(null);
        if (caller.hasRole(Role.ADMIN)) {
            history = new ArrayList<>(audit.forEntity(Employee.class.getSimpleName(), id, 50));
            staffImport.importOf(e).ifPresent(history::add); // the import that added them, logged on the institution
        }
    }

    public String save() {
        var details = new EmployeeService.Details(firstName, lastName, email, jobRole, new HashSet<>(institutionIds));
        if (id == null) {
            id = employees.create(details).getId();
        } else {
            employees.update(id, version, details);
        }
        Messages.info("employee.saved");
        return "/organisation/employee.xhtml?faces-redirect=true&id=" + id;
    }

    public String toggleActive() {
        employees.setActive(id, version, !active);
        Messages.info(active ? "employee.deactivated" : "employee.reactivated");
        return "/organisation/employee.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isAdministrator() {
        return caller.hasRole(Role.ADMIN);
    }

    /** Coordinators and administrators erase people who left (on the erasures page). */
    public boolean isEraser() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    public boolean isEditable() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public JobRole[] getJobRoles() {
        return JobRole.values();
    }

    public List<AuditEntry> getHistory() {
        return history;
    }

    /** An instant as Copenhagen local time, for display. */
    public LocalDateTime local(Instant instant) {
        return Zones.local(instant);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public boolean isActive() {
        return active;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public void setJobRole(JobRole jobRole) {
        this.jobRole = jobRole;
    }

    public List<Long> getInstitutionIds() {
        return institutionIds;
    }

    public void setInstitutionIds(List<Long> institutionIds) {
        this.institutionIds = institutionIds;
    }

    public String getOtherWorkplaces() {
        return otherWorkplaces;
    }
}
