package dk.kompetencenet.security;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * A page login kept in the HTTP session: the caller's name and groups, set by the login form or by single sign-on
 * ({@code security/oidc}) and read by the {@link AuthenticationMechanism} on every later request.
 */
public final class SessionLogin {

    static final String SESSION_KEY = SessionLogin.class.getName() + ".caller";

    /** What a login leaves in the session. */
    record Caller(String name, Set<String> groups) implements Serializable {
    }

    private SessionLogin() {
    }

    /** Logs the caller in for this browser, in a new session id (no session fixation). */
    public static void establish(HttpServletRequest request, String name, Set<String> groups) {
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        request.getSession(true).setAttribute(SESSION_KEY, new Caller(name, Set.copyOf(groups)));
    }

    static Optional<Caller> of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_KEY) instanceof Caller known
                ? Optional.of(known) : Optional.empty();
    }

    static void end(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_KEY);
        }
    }
}
