package dk.kompetencenet.security.web;

import java.io.IOException;
import java.time.Instant;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.security.AuthenticationMechanism;
import dk.kompetencenet.security.LockedAnswer;
import dk.kompetencenet.security.Login;

/** The login form: checks the account and continues to the page the user asked for. */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private SecurityContext securityContext;

    private String username;
    private String password;
    private String continueTo;
    private String ssoProblem;

    private static final java.util.Map<String, String> SSO_PROBLEMS = java.util.Map.of("failed", "login.sso.failed",
            "expired", "login.sso.expired", "unavailable", "login.sso.unavailable");

    /** Says why single sign-on came back to this page ({@code ?sso=}); anything else in the parameter is ignored. */
    public void showSsoProblem() {
        String key = ssoProblem == null ? null : SSO_PROBLEMS.get(ssoProblem);
        if (key != null) {
            Messages.errorHere(key);
        }
    }

    public String getSsoProblem() {
        return ssoProblem;
    }

    public void setSsoProblem(String ssoProblem) {
        this.ssoProblem = ssoProblem;
    }

    public void login() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(username == null ? "" : username,
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + LoginTargets.safe(continueTo));
            context.responseComplete();
        } else if (status != AuthenticationStatus.SEND_CONTINUE) {
            password = null;
            if (external.getRequestMap().get(Login.LOCKED_UNTIL) instanceof Instant until) {
                Messages.errorHere("login.locked", LockedAnswer.shown(until));
            } else if (external.getRequestMap().containsKey(AuthenticationMechanism.THROTTLED)) {
                Messages.errorHere("login.throttled");
            } else {
                Messages.errorHere("login.failed");
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getContinueTo() {
        return continueTo;
    }

    public void setContinueTo(String continueTo) {
        this.continueTo = continueTo;
    }
}
