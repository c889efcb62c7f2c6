package dk.kompetencenet.reminder.web;

import java.io.Serializable;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.reminder.MailPreferences;
import dk.kompetencenet.reminder.ReminderKind;

/**
 * The page a mail's unsubscribe link opens, without login: it names the kind of mail and asks to confirm with a
 * button (a GET changes nothing, as mail scanners follow links); an unknown or forged token gets a plain message, as a
 * 404.
 */
@Named
@ViewScoped
public class UnsubscribeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MailPreferences preferences;

    private String token;
    private ReminderKind kind;
    private boolean done;

    /** Finds the token's kind; an unknown token is answered 404, with this page saying so (never a silent 200). */
    public void load() {
        kind = preferences.kindOf(token).orElse(null);
        if (kind == null) {
            FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
        }
    }

    public void confirm() {
        kind = preferences.unsubscribe(token).orElse(null);
        done = kind != null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public boolean isDone() {
        return done;
    }
}
