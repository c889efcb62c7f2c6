package dk.kompetencenet.overview.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.overview.BoardService;
import dk.kompetencenet.overview.Evidence;
import dk.kompetencenet.overview.Progress;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.web.LocaleBacking;
import dk.kompetencenet.strategy.FocusArea;

/** The initiative × institution board, filtered by sector and focus area, institutions paged in the database. */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BoardService board;

    @Inject
    private LocaleBacking locale;

    private Sector sector;
    private Long area;
    private List<FocusArea> areas;
    private List<BoardService.Column> columns;

    private final LazyDataModel<BoardService.Row> rows = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) board.count(filter());
        }

        @Override
        public List<BoardService.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            return board.page(filter(), columns, first, pageSize);
        }

        @Override
        public String getRowKey(BoardService.Row row) {
            return String.valueOf(row.institutionId());
        }
    };

    public void load() {
        areas = board.focusAreas();
        if (area != null && areas.stream().noneMatch(a -> a.getId().equals(area))) {
            throw new NotFoundException();
        }
        columns = board.columns(filter());
    }

    public void filterChanged() {
        columns = board.columns(filter());
    }

    private BoardService.Filter filter() {
        return new BoardService.Filter(sector, area);
    }

    /** The cell's records in words, for its tooltip. */
    public String describe(BoardService.Cell cell) {
        Evidence e = cell.evidence();
        return Texts.get(locale.getLocale(), "board.evidence", e.documentsAdopted(), e.documentsUnderWay(),
                e.supervisors(), e.inTraining(), e.networkMembers(), e.attendances(), e.assessments(), e.goals(),
                e.experiments(), e.equipmentNeeds());
    }

    public List<Progress> getProgressValues() {
        return List.of(Progress.IN_PLACE, Progress.UNDER_WAY, Progress.NOTHING_YET, Progress.NOT_RELEVANT);
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public List<FocusArea> getAreas() {
        return areas;
    }

    public List<BoardService.Column> getColumns() {
        return columns;
    }

    public LazyDataModel<BoardService.Row> getRows() {
        return rows;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public Long getArea() {
        return area;
    }

    public void setArea(Long area) {
        this.area = area;
    }
}
