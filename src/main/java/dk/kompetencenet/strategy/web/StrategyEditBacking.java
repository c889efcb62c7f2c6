package dk.kompetencenet.strategy.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/** Coordinators edit the title, dates and vision statements of the strategy in force (or of ?id=). */
@Named
@ViewScoped
public class StrategyEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyService strategies;

    private Long id;
    private long version;
    private String title;
    private String municipality;
    private String introduction;
    private LocalDate startDate;
    private LocalDate followUpDate;
    private LocalDate evaluationDate;
    private List<Vision> visions = new ArrayList<>();

    /** A vision statement as an editable row. */
    public static class Vision implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;

        Vision(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    public void load() {
        if (!strategies.canEdit()) {
            throw new AccessDeniedException();
        }
        Strategy s = id == null ? strategies.current().orElseThrow(NotFoundException::new) : strategies.get(id);
        id = s.getId();
        version = s.getVersion();
        title = s.getTitle();
        municipality = s.getMunicipality();
        introduction = s.getIntroduction();
        startDate = s.getStartDate();
        followUpDate = s.getFollowUpDate();
        evaluationDate = s.getEvaluationDate();
        visions = new ArrayList<>(s.getVisions().stream().map(Vision::new).toList());
    }

    public void addVision() {
        visions.add(new Vision(""));
    }

    public void removeVision(Vision vision) {
        visions.remove(vision);
    }

    public String save() {
        strategies.update(id, version, title, municipality, introduction, startDate, followUpDate, evaluationDate,
                visions.stream().map(Vision::getText).toList());
        Messages.info("strategy.saved");
        return "/strategy/strategy.xhtml?faces-redirect=true&id=" + id;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getIntroduction() {
        return introduction;
    }

    public void setIntroduction(String introduction) {
        this.introduction = introduction;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public void setFollowUpDate(LocalDate followUpDate) {
        this.followUpDate = followUpDate;
    }

    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    public void setEvaluationDate(LocalDate evaluationDate) {
        this.evaluationDate = evaluationDate;
    }

    public List<Vision> getVisions() {
        return visions;
    }
}
