package dk.kompetencenet.platform.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import dk.kompetencenet.platform.i18n.Texts;

/**
 * Adds a message from the bundle, in the user's chosen language: {@code info}/{@code error} for an action that redirects
 * (the message survives the redirect), {@code infoHere}/{@code errorHere} for the page being rendered now.
 */
public final class Messages {

    private Messages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void infoHere(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments).getExternalContext().getFlash().setKeepMessages(false);
    }

    public static void errorHere(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments).getExternalContext().getFlash().setKeepMessages(false);
    }

    private static FacesContext add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        // The chosen language, not the view's: before rendering (a view action on GET) the view still has the
        // browser's language, as f:view sets the chosen one only when it renders.
        String text = Texts.get(locale(), key, arguments);
        context.addMessage(null, new FacesMessage(severity, text, null));
        context.getExternalContext().getFlash().setKeepMessages(true);
        return context;
    }

    /** The user's chosen language (Danish unless switched). */
    static java.util.Locale locale() {
        return CDI.current().select(LocaleBacking.class).get().getLocale();
    }
}
