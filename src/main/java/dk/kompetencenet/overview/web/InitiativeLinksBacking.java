package dk.kompetencenet.overview.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.overview.InitiativeLinks;
import dk.kompetencenet.overview.effect.InitiativeEffect;

/** What the initiative page shows below the initiative: everything linked to it and its status on the board. */
@Named
@ViewScoped
public class InitiativeLinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private InitiativeLinks initiativeLinks;

    @Inject
    private InitiativeEffect initiativeEffect;

    private InitiativeLinks.Links links;

    private InitiativeEffect.Comparison effect;

    private boolean effectReadable;

    /** Loads the links of the initiative shown; nothing for a new one. */
    public void load(Long initiativeId) {
        links = initiativeId == null ? null : initiativeLinks.of(initiativeId);
        effectReadable = initiativeId != null && initiativeEffect.readable();
        effect = effectReadable ? initiativeEffect.of(initiativeId).orElse(null) : null;
    }

    public InitiativeLinks.Links getLinks() {
        return links;
    }

    public int getMeetingsShown() {
        return InitiativeLinks.MEETINGS_SHOWN;
    }

    /** The initiative's effect between two rounds; null without two closed rounds or for those who may not read it. */
    public InitiativeEffect.Comparison getEffect() {
        return effect;
    }

    public boolean isEffectReadable() {
        return effectReadable;
    }

    /** An average or change with two decimals in the page's language, "–" for none. */
    public String figure(Double value, boolean signed) {
        return dk.kompetencenet.overview.effect.EffectFigures.figure(value, signed, jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                .getLocale());
    }
}
