package dk.kompetencenet.overview.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.overview.InitiativeLinks;

/** What the initiative page shows below the initiative: everything linked to it and its status on the board. */
@Named
@ViewScoped
public class InitiativeLinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InitiativeLinks initiativeLinks;

    private InitiativeLinks.Links links;

    /** Loads the links of the initiative shown; nothing for a new one. */
    public void load(Long initiativeId) {
        links = initiativeId == null ? null : initiativeLinks.of(initiativeId);
    }

    public InitiativeLinks.Links getLinks() {
        return links;
    }

    public int getMeetingsShown() {
        return InitiativeLinks.MEETINGS_SHOWN;
    }
}
