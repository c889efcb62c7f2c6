package dk.kompetencenet.strategy.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.strategy.TargetGroup;

/**
 * One initiative: its details for everyone; an edit form for coordinators. Also creates a new initiative in a focus
 * area (?focusArea=ID).
 */
@Named
@ViewScoped
public class InitiativeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyService strategies;

    private Long id;
    private Long focusAreaId;
    private long version;
    private String focusAreaTitle;
    private String theme;
    private String title;
    private String description;
    private InitiativeSector sector;
    private TargetGroup targetGroup;
    private Initiative initiative;
    private boolean archived;

    /** Loads the initiative named by ?id, or prepares a new one in ?focusArea. */
    public void load() {
        if (id != null) {
            initiative = strategies.initiative(id);
            Initiative.Content content = initiative.content();
            version = initiative.getVersion();
            focusAreaTitle = initiative.getFocusArea().getTitle();
            theme = content.theme();
            title = content.title();
            description = content.description();
            sector = content.sector();
            targetGroup = content.targetGroup();
            archived = initiative.getFocusArea().getStrategy().isArchived();
        } else {
            FocusArea area = strategies.focusArea(focusAreaId);
            focusAreaTitle = area.getTitle();
            archived = area.getStrategy().isArchived();
        }
    }

    public String save() {
        Initiative.Content content = new Initiative.Content(theme, title, description, sector, targetGroup);
        if (id == null) {
            id = strategies.addInitiative(focusAreaId, content).getId();
        } else {
            strategies.updateInitiative(id, version, content);
        }
        Messages.info("initiative.saved");
        return "/strategy/initiative.xhtml?faces-redirect=true&id=" + id;
    }

    /** Coordinators edit initiatives of a strategy in force; an archived version is history. */
    public boolean isEditable() {
        return strategies.canEdit() && !archived;
    }

    public InitiativeSector[] getSectors() {
        return InitiativeSector.values();
    }

    public TargetGroup[] getTargetGroups() {
        return TargetGroup.values();
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFocusAreaId() {
        return focusAreaId;
    }

    public void setFocusAreaId(Long focusAreaId) {
        this.focusAreaId = focusAreaId;
    }

    public String getFocusAreaTitle() {
        return focusAreaTitle;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        this.theme = theme;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public InitiativeSector getSector() {
        return sector;
    }

    public void setSector(InitiativeSector sector) {
        this.sector = sector;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }
}
