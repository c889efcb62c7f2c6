package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;

/** Self-assessment rounds for coordinators: open one, follow progress per institution, close it. */
@Named
@ViewScoped
public class RoundsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RoundService rounds;

    @Inject
    private CompetenceService competences;

    @Inject
    private InstitutionService institutions;

    private Long selected;
    private List<AssessmentRound> all;
    private List<RoundService.Progress> progress = List.of();
    private List<Framework> frameworks;
    private List<Institution> institutionChoices;
    private String name;
    private Long framework;
    private List<Long> institutionIds = new ArrayList<>();
    private LocalDate opensOn = LocalDate.now(Zones.COPENHAGEN);
    private LocalDate closesOn = LocalDate.now(Zones.COPENHAGEN).plusWeeks(3);

    public void load() {
        all = rounds.all();
        frameworks = competences.frameworks();
        institutionChoices = institutions.choices();
        if (selected == null && !all.isEmpty()) {
            selected = all.get(0).getId();
        }
        if (selected != null) {
            try {
                progress = rounds.progress(selected);
            } catch (AccessDeniedException notInScope) {
                progress = List.of(); // a leader sees only rounds that include their institutions
            }
        }
    }

    public String open() {
        AssessmentRound round = rounds.open(name, framework, new HashSet<>(institutionIds), opensOn, closesOn);
        Messages.info("rounds.opened");
        return "/competence/rounds.xhtml?faces-redirect=true&round=" + round.getId();
    }

    public String close() {
        rounds.close(selected, rounds.get(selected).getVersion());
        Messages.info("rounds.closed");
        return "/competence/rounds.xhtml?faces-redirect=true&round=" + selected;
    }

    public AssessmentRound getSelectedRound() {
        return selected == null ? null : all.stream().filter(r -> r.getId().equals(selected)).findFirst().orElse(null);
    }

    public List<AssessmentRound> getAll() {
        return all;
    }

    public List<RoundService.Progress> getProgress() {
        return progress;
    }

    public List<Framework> getFrameworks() {
        return frameworks;
    }

    public List<Institution> getInstitutionChoices() {
        return institutionChoices;
    }

    public Long getSelected() {
        return selected;
    }

    public void setSelected(Long selected) {
        this.selected = selected;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getFramework() {
        return framework;
    }

    public void setFramework(Long framework) {
        this.framework = framework;
    }

    public List<Long> getInstitutionIds() {
        return institutionIds;
    }

    public void setInstitutionIds(List<Long> institutionIds) {
        this.institutionIds = institutionIds;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }
}
