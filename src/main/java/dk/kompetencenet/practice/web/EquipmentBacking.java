package dk.kompetencenet.practice.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.practice.EquipmentNeed;
import dk.kompetencenet.practice.EquipmentService;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.practice.PracticeInitiatives;
import dk.kompetencenet.strategy.Initiative;

/**
 * Equipment needs across the institutions in the caller's scope (coordinators: the municipality), page by page,
 * filtered by sector, status and initiative.
 */
@Named
@ViewScoped
public class EquipmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private EquipmentService equipment;

    @Inject
    private PracticeInitiatives initiatives;

    private Sector sector;
    private EquipmentStatus status;
    private Long initiativeId;
    private List<Initiative> initiativeChoices;

    private final LazyDataModel<EquipmentNeed> rows = new Paged<>(() -> equipment.count(filter()),
            (first, max) -> equipment.page(filter(), first, max));

    public void load() {
        initiativeChoices = initiatives.choices(null);
    }

    private EquipmentService.Filter filter() {
        return new EquipmentService.Filter(null, sector, status, initiativeId);
    }

    public LazyDataModel<EquipmentNeed> getRows() {
        return rows;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public EquipmentStatus[] getStatuses() {
        return EquipmentStatus.values();
    }

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public Sector getSector() {
        return sector;
    }

    public void setSector(Sector sector) {
        this.sector = sector;
    }

    public EquipmentStatus getStatus() {
        return status;
    }

    public void setStatus(EquipmentStatus status) {
        this.status = status;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }
}
