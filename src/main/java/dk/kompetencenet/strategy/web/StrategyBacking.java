package dk.kompetencenet.strategy.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.strategy.FocusArea;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/** The strategy page: visions, focus areas, goals and initiatives, filterable by sector. */
@Named
@ViewScoped
public class StrategyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyService strategies;

    private Strategy strategy;
    private InitiativeSector sector;

    @PostConstruct
    void load() {
        strategy = strategies.current().orElse(null);
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

    public boolean isEditable() {
        return strategies.canEdit();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public InitiativeSector getSector() {
        return sector;
    }

    public void setSector(InitiativeSector sector) {
        this.sector = sector;
    }
}
