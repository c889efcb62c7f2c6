package dk.kompetencenet.organisation.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/** The staff list: searched, filtered and paged in the database, within the caller's scope. */
@Named
@ViewScoped
public class EmployeesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EmployeeService employees;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    private Long institution;
    private String text;
    private JobRole jobRole;
    private boolean includeInactive;
    private List<Institution> institutionChoices;

    private final LazyDataModel<EmployeeService.Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) employees.count(filter());
        }

        @Override
        public List<EmployeeService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
            return employees.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(EmployeeService.Row row) {
            return String.valueOf(row.id());
        }
    };

    /** Checks the institution of ?institution= against the caller's scope before anything is shown. */
    public void load() {
        if (institution != null) {
            institutions.get(institution);
        }
        employees.count(filter());
        institutionChoices = institutions.choices();
    }

    private EmployeeService.Filter filter() {
        return new EmployeeService.Filter(text, institution, jobRole, includeInactive);
    }

    public boolean isMaintainer() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR, Role.LEADER);
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public JobRole[] getJobRoles() {
        return JobRole.values();
    }

    public LazyDataModel<EmployeeService.Row> getRows() {
        return rows;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public JobRole getJobRole() {
        return jobRole;
    }

    public void setJobRole(JobRole jobRole) {
        this.jobRole = jobRole;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
