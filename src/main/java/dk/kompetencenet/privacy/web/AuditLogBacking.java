package dk.kompetencenet.privacy.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.audit.AuditEntry;
import dk.kompetencenet.platform.audit.AuditSearch;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * The audit log page for administrators: filters for who, what, when and about whom, entries paged in the database,
 * and the same selection as CSV from the API.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditSearch search;

    @Inject
    private EmployeeService employees;

    private String actor;
    private String entityType;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private Long employee;
    private Employee about;
    private List<String> entityTypes;

    private final LazyDataModel<AuditEntry> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search.count(filter());
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                     Map<String, FilterMeta> filterBy) {
            return search.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return String.valueOf(entry.getId());
        }
    };

    public void load() {
        entityTypes = search.entityTypes();
        if (employee != null) {
            about = employees.get(employee);
        }
    }

    private AuditSearch.Filter filter() {
        return new AuditSearch.Filter(actor, entityType, action, from, to, about == null ? null : about.getId());
    }

    /** The API address of the CSV of what the filters select. */
    public String getCsvUrl() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("actor", actor);
        parameters.put("entityType", entityType);
        parameters.put("action", action);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("employee", about == null ? null : about.getId());
        return "/api/audit.csv" + parameters.entrySet().stream()
                .filter(e -> e.getValue() != null && !String.valueOf(e.getValue()).isBlank())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(String.valueOf(e.getValue()), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&", "?", ""));
    }

    public LocalDateTime local(Instant instant) {
        return Zones.local(instant);
    }

    public LazyDataModel<AuditEntry> getRows() {
        return rows;
    }

    public List<String> getEntityTypes() {
        return entityTypes;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getEmployee() {
        return employee;
    }

    public void setEmployee(Long employee) {
        this.employee = employee;
    }

    public Employee getAbout() {
        return about;
    }

    public void setAbout(Employee about) {
        this.about = about;
    }
}
