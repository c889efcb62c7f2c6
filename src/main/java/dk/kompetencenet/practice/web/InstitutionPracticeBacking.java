package dk.kompetencenet.practice.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.practice.EquipmentNeed;
import dk.kompetencenet.practice.EquipmentService;
import dk.kompetencenet.practice.Experiment;
import dk.kompetencenet.practice.ExperimentService;

/** One institution's experiments log and its register of equipment needs (a page each), page by page. */
@Named
@ViewScoped
public class InstitutionPracticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExperimentService experimentService;

    @Inject
    private EquipmentService equipmentService;

    @Inject
    private InstitutionService institutions;

    private Long institution;
    private Institution place;

    private final LazyDataModel<Experiment> experiments = new Paged<>(
            () -> experimentService.count(ExperimentService.Filter.at(institution)),
            (first, max) -> experimentService.page(ExperimentService.Filter.at(institution), first, max));

    private final LazyDataModel<EquipmentNeed> equipment = new Paged<>(
            () -> equipmentService.count(EquipmentService.Filter.at(institution)),
            (first, max) -> equipmentService.page(EquipmentService.Filter.at(institution), first, max));

    public void load() {
        place = institutions.get(institution);
    }

    public boolean isLogger() {
        return experimentService.canLog(institution);
    }

    public boolean isKeeper() {
        return equipmentService.canKeep(institution);
    }

    public LazyDataModel<Experiment> getExperiments() {
        return experiments;
    }

    public LazyDataModel<EquipmentNeed> getEquipment() {
        return equipment;
    }

    public Institution getPlace() {
        return place;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }
}
