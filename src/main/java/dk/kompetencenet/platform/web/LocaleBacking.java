package dk.kompetencenet.platform.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import dk.kompetencenet.platform.i18n.Texts;

/** The user's language for this session: Danish unless they switch to English. */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Texts.DANISH;

    public Locale getLocale() {
        return locale;
    }

    public String getLanguage() {
        return locale.getLanguage();
    }

    public boolean isDanish() {
        return Texts.DANISH.equals(locale);
    }

    /** Switches language and shows the same page again. */
    public String switchTo(String language) {
        locale = Texts.supported(Locale.forLanguageTag(language));
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(locale);
        return context.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
