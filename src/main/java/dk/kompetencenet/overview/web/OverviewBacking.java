package dk.kompetencenet.overview.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.overview.observations.Observation;
import dk.kompetencenet.overview.observations.Observations;

/**
 * The capacity-building overview of one institution ({@code id} given) or of the municipality, with the list to drill
 * down into: institutions for the municipality, staff (to their profiles) for an institution.
 */
@Named
@ViewScoped
public class OverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OverviewService overview;

    @Inject
    private Observations observations;

    @Inject
    private CompetenceService competences;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    private Long id;
    private Long framework;
    private OverviewService.Figures figures;
    private List<Framework> frameworks;
    private List<Observation> facts;

    private final LazyDataModel<InstitutionService.Row> institutionRows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) institutions.count(InstitutionService.Filter.all());
        }

        @Override
        public List<InstitutionService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                 Map<String, FilterMeta> filterBy) {
            return institutions.page(InstitutionService.Filter.all(), first, pageSize);
        }

        @Override
        public String getRowKey(InstitutionService.Row row) {
            return String.valueOf(row.id());
        }
    };

    private final LazyDataModel<EmployeeService.Row> staffRows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) employees.count(EmployeeService.Filter.at(id));
        }

        @Override
        public List<EmployeeService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                              Map<String, FilterMeta> filterBy) {
            return employees.page(EmployeeService.Filter.at(id), first, pageSize);
        }

        @Override
        public String getRowKey(EmployeeService.Row row) {
            return String.valueOf(row.id());
        }
    };

    public void load() {
        figures = id == null ? overview.municipality(framework) : overview.institution(id, framework);
        framework = figures.framework().getId();
        frameworks = competences.frameworks();
        facts = observations.of(id, figures);
    }

    /** What the data shows ("Det viser data"). */
    public List<Observation> getObservations() {
        return facts;
    }

    /** An observation's sentence in the page's language. */
    public String text(Observation observation) {
        return observation.text(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public OverviewService.Figures getFigures() {
        return figures;
    }

    public List<Framework> getFrameworks() {
        return frameworks;
    }

    public LazyDataModel<InstitutionService.Row> getInstitutionRows() {
        return institutionRows;
    }

    public LazyDataModel<EmployeeService.Row> getStaffRows() {
        return staffRows;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFramework() {
        return framework;
    }

    public void setFramework(Long framework) {
        this.framework = framework;
    }
}
