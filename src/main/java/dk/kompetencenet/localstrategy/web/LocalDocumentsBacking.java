package dk.kompetencenet.localstrategy.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.kompetencenet.localstrategy.DocumentKind;
import dk.kompetencenet.localstrategy.LocalDocumentService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.web.Messages;

/** The municipality's view of local strategies and procedures: tallies per kind, and which institutions lack what. */
@Named
@ViewScoped
public class LocalDocumentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private LocalDocumentService documents;

    private Sector sector;
    private String lacking;
    private String text;
    private List<DocumentKind> kinds;
    private List<LocalDocumentService.Tally> tallies;

    private final LazyDataModel<LocalDocumentService.Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) documents.count(filter());
        }

        @Override
        public List<LocalDocumentService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                                   Map<String, FilterMeta> filterBy) {
            return documents.page(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(LocalDocumentService.Row row) {
            return String.valueOf(row.institutionId());
        }
    };

    public void load() {
        kinds = documents.kinds();
        tallies = documents.tallies(sector);
        if (lacking != null && !lacking.isBlank() && kinds.stream().noneMatch(k -> k.getKey().equals(lacking))) {
            Messages.errorHere("document.error.unknownKind", lacking); // a hand-edited URL: say so, show them all
            lacking = null;
        }
    }

    public void filterChanged() {
        tallies = documents.tallies(sector);
    }

    private LocalDocumentService.Filter filter() {
        return new LocalDocumentService.Filter(sector, lacking, text);
    }

    public LocalDate getToday() {
        return LocalDate.now(Zones.COPENHAGEN);
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public List<DocumentKind> getKinds() {
        return kinds;
    }

    public List<LocalDocumentService.Tally> getTallies() {
        return tallies;
    }

    public LazyDataModel<LocalDocumentService.Row> getRows() {
        return rows;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public String getLacking() {
        return lacking;
    }

    public void setLacking(String lacking) {
        this.lacking = lacking;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
