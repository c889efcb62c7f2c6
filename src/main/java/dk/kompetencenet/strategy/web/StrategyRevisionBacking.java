package dk.kompetencenet.strategy.web;

import java.io.Serializable;
import java.time.LocalDate;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Strategy;
import dk.kompetencenet.strategy.StrategyService;

/**
 * Coordinators start the next version of a strategy: a new title and start date (the old evaluation date proposed),
 * and whether what served the old initiatives serves the new ones too (proposed: yes).
 */
@Named
@ViewScoped
public class StrategyRevisionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StrategyService strategies;

    private Long id;
    private long version;
    private Strategy strategy;
    private String title;
    private LocalDate startDate;
    private boolean carryLinks = true;

    public void load() {
        if (!strategies.canEdit()) {
            throw new AccessDeniedException();
        }
        strategy = strategies.get(id);
        version = strategy.getVersion();
        startDate = strategy.getEvaluationDate();
    }

    public String revise() {
        Strategy revision = strategies.revise(id, version, title, startDate, carryLinks);
        Messages.info("revision.started");
        return "/strategy/strategy.xhtml?faces-redirect=true&id=" + revision.getId();
    }

    public Strategy getStrategy() {
        return strategy;
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

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public boolean isCarryLinks() {
        return carryLinks;
    }

    public void setCarryLinks(boolean carryLinks) {
        this.carryLinks = carryLinks;
    }
}
