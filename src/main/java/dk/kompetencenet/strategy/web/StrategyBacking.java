package dk.kompetencenet.strategy.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/**
 * The strategy page: visions, focus areas, goals and initiatives, filterable by sector; the strategy in force, or an
 * earlier version (?id=) with the version that replaced it, and the list of all versions.
 */
@Named
@ViewScoped
public class StrategyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyService strategies;

    private Long id;
    private Strategy strategy;
    private Strategy successor;
    private List<Strategy> versions;
    private InitiativeSector sector;

    public void load() {
        strategy = id == null ? strategies.current().orElse(null) : strategies.get(id);
        successor = strategy == null || !strategy.isArchived() ? null
                : strategies.successorOf(strategy.getId()).orElse(null);
        versions = strategies.history();
    }

    /** The initiatives of one theme of a focus area that apply to the chosen sector (all without a choice). */
    public List<Initiative> initiatives(FocusArea area, String theme) {
        return area.initiativesOfTheme(theme).stream()
                .filter(i -> sector == null || i.getSector() == sector || i.getSector() == InitiativeSector.BOTH)
                .toList();
    }

    public InitiativeSector[] getSectors() {
        return InitiativeSector.values();
    }

    /** Coordinators change a version in force, never an archived one. */
    public boolean isEditable() {
        return strategies.canEdit() && strategy != null && !strategy.isArchived();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public Strategy getSuccessor() {
        return successor;
    }

    public List<Strategy> getVersions() {
        return versions;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public InitiativeSector getSector() {
        return sector;
    }

    public void setSector(InitiativeSector sector) {
        this.sector = sector;
    }
}
