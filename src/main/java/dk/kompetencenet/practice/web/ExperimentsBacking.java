package dk.kompetencenet.practice.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDataModel;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.practice.AgeGroup;
import dk.kompetencenet.practice.Experiment;
import dk.kompetencenet.practice.ExperimentService;
import dk.kompetencenet.practice.PracticeInitiatives;
import dk.kompetencenet.strategy.Initiative;

/**
 * Experiments across institutions, page by page: the network's shared ones and the caller's own (coordinators: all),
 * filtered by sector, age group, initiative, and shared only.
 */
@Named
@ViewScoped
public class ExperimentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExperimentService experiments;

    @Inject
    private PracticeInitiatives initiatives;

    @Inject
    private InstitutionService institutions;

    @Inject
    private Caller caller;

    private Sector sector;
    private AgeGroup ageGroup;
    private Long initiativeId;
    private boolean sharedOnly;
    private List<Initiative> initiativeChoices;
    private List<Institution> own;

    private final LazyDataModel<Experiment> rows = new Paged<>(() -> experiments.count(filter()),
            (first, max) -> experiments.page(filter(), first, max));

    public void load() {
        initiativeChoices = initiatives.choices(null);
        own = caller.seesAllInstitutions() ? List.of() : institutions.choices();
    }

    private ExperimentService.Filter filter() {
        return new ExperimentService.Filter(null, sector, ageGroup, initiativeId, sharedOnly);
    }

    /** The caller's own institutions, to reach their logs (none for those who see every institution). */
    public List<Institution> getOwn() {
        return own;
    }

    public LazyDataModel<Experiment> getRows() {
        return rows;
    }

    public Sector[] getSectors() {
        return Sector.values();
    }

    public AgeGroup[] getAgeGroups() {
        return AgeGroup.values();
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

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(AgeGroup ageGroup) {
        this.ageGroup = ageGroup;
    }

    public Long getInitiativeId() {
        return initiativeId;
    }

    public void setInitiativeId(Long initiativeId) {
        this.initiativeId = initiativeId;
    }

    public boolean isSharedOnly() {
        return sharedOnly;
    }

    public void setSharedOnly(boolean sharedOnly) {
        this.sharedOnly = sharedOnly;
    }
}
