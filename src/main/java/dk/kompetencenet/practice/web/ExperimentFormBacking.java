package dk.kompetencenet.practice.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.practice.AgeGroup;
import dk.kompetencenet.practice.Experiment;
import dk.kompetencenet.practice.ExperimentService;
import dk.kompetencenet.practice.PracticeInitiatives;
import dk.kompetencenet.strategy.Initiative;

/**
 * Logs a new experiment for an institution, or shows and changes one. A shared experiment of another institution is
 * shown read only.
 */
@Named
@ViewScoped
public class ExperimentFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ExperimentService experiments;

    @Inject
    private InstitutionService institutions;

    @Inject
    private PracticeInitiatives initiatives;

    private Long institution;
    private Long id;
    private Institution place;
    private boolean editable;
    private long version;
    private String what;
    private String who;
    private AgeGroup ageGroup;
    private LocalDate startedOn;
    private LocalDate endedOn;
    private String outcome;
    private boolean shared;
    private List<Long> initiativeIds = new ArrayList<>();
    private List<Initiative> initiativeChoices;

    public void load() {
        if (id != null) {
            Experiment experiment = experiments.get(id);
            place = experiment.getInstitution();
            version = experiment.getVersion();
            Experiment.Details d = experiment.details();
            what = d.what();
            who = d.who();
            ageGroup = d.ageGroup();
            startedOn = d.startedOn();
            endedOn = d.endedOn();
            outcome = d.outcome();
            shared = d.shared();
            initiativeIds = PracticeInitiatives.ids(experiment.getInitiatives());
        } else {
            place = institutions.get(institution);
            startedOn = LocalDate.now(Zones.COPENHAGEN);
            initiativeIds = PracticeInitiatives.ids(initiatives.of(PracticeInitiatives.Kind.EXPERIMENTS));
        }
        institution = place.getId();
        editable = experiments.canLog(institution);
        initiativeChoices = initiatives.choices(place.getType().sector());
    }

    public String save() {
        Experiment.Details details = new Experiment.Details(what, who, ageGroup, startedOn, endedOn, outcome, shared);
        if (id == null) {
            experiments.log(institution, details, new HashSet<>(initiativeIds));
        } else {
            experiments.change(id, version, details, new HashSet<>(initiativeIds));
        }
        Messages.info("experiment.saved");
        return "/practice/institution-experiments.xhtml?faces-redirect=true&institution=" + institution;
    }

    public AgeGroup[] getAgeGroups() {
        return AgeGroup.values();
    }

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public Institution getPlace() {
        return place;
    }

    public boolean isEditable() {
        return editable;
    }

    public Long getInstitution() {
        return institution;
    }

    public void setInstitution(Long institution) {
        this.institution = institution;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(AgeGroup ageGroup) {
        this.ageGroup = ageGroup;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public boolean isShared() {
        return shared;
    }

    public void setShared(boolean shared) {
        this.shared = shared;
    }

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds;
    }
}
