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

import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.platform.security.Caller;

/** The institution list: searched and paged in the database. */
@Named
@ViewScoped
public class InstitutionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    private String text;
    private InstitutionType type;
    private boolean includeInactive;

    private final LazyDataModel<InstitutionService.Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) institutions.count(filter());
        }

        @Override
        public List<InstitutionService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                 Map<String, FilterMeta> filterBy) {
            return institutions.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(InstitutionService.Row row) {
            return String.valueOf(row.id());
        }
    };

    private InstitutionService.Filter filter() {
        return new InstitutionService.Filter(text, type, includeInactive);
    }

    public boolean isMaintainer() {
        return caller.seesAllInstitutions();
    }

    public InstitutionType[] getTypes() {
        return InstitutionType.values();
    }

    public LazyDataModel<InstitutionService.Row> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public InstitutionType getType() {
        return type;
    }

    public void setType(InstitutionType type) {
        this.type = type;
    }

    public boolean isIncludeInactive() {
        return includeInactive;
    }

    public void setIncludeInactive(boolean includeInactive) {
        this.includeInactive = includeInactive;
    }
}
