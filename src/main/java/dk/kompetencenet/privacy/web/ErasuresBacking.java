package dk.kompetencenet.privacy.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.privacy.Erasure;
import dk.kompetencenet.privacy.Retention;

/** People who left longer ago than the retention period, for a coordinator to erase one by one. */
@Named
@ViewScoped
public class ErasuresBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Erasure erasure;

    @Inject
    private Retention retention;

    private final LazyDataModel<Employee> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) erasure.countDue();
        }

        @Override
        public List<Employee> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                   Map<String, FilterMeta> filterBy) {
            return erasure.due(first, pageSize);
        }

        @Override
        public String getRowKey(Employee employee) {
            return String.valueOf(employee.getId());
        }
    };

    private Long employee;
    private Employee candidate;

    /** Refuses anyone but coordinators and administrators before anything is shown; ?employee= asks about one. */
    public void load() {
        erasure.countDue();
        if (employee != null) {
            candidate = erasure.candidate(employee);
        }
    }

    /** The first day the one asked about may be erased, if they have left. */
    public java.time.LocalDate getErasableFrom() {
        return candidate == null ? null : candidate.erasableFrom(retention.months()).orElse(null);
    }

    public Long getEmployee() {
        return employee;
    }

    public void setEmployee(Long employee) {
        this.employee = employee;
    }

    public Employee getCandidate() {
        return candidate;
    }

    public String erase(Employee employee) {
        erasure.erase(employee.getId(), employee.getVersion());
        Messages.info("erasure.done");
        return "/privacy/erasures.xhtml?faces-redirect=true";
    }

    public int getMonths() {
        return retention.months();
    }

    public LazyDataModel<Employee> getRows() {
        return rows;
    }
}
