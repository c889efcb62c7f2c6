package dk.kompetencenet.security.oidc;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * Sign-ins sent to the provider and not yet back, kept in the browser's session by their {@code state}: the nonce the
 * ID token must carry, the PKCE verifier the token request proves the code with, and the page to continue to. A few at
 * a time (several tabs), each for ten minutes, each usable once.
 */
final class PendingLogins {

    private static final String KEY = PendingLogins.class.getName();
    private static final int MOST = 5;
    private static final Duration LIFETIME = Duration.ofMinutes(10);

    record Pending(String nonce, String verifier, String continueTo, Instant started) implements Serializable {
    }

    /** The session's pending sign-ins, oldest first; a LinkedHashMap so that it stays Serializable and ordered. */
    private static final class Table extends LinkedHashMap<String, Pending> {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
            return size() > MOST;
        }
    }

    private PendingLogins() {
    }

    static void add(HttpServletRequest request, String state, Pending pending) {
        HttpSession session = request.getSession(true);
        Table table = session.getAttribute(KEY) instanceof Table t ? t : new Table();
        table.put(state, pending);
        session.setAttribute(KEY, table); // set again, so that a cluster replicates the change
    }

    /** The pending sign-in for this state, removed; empty when unknown, used or older than ten minutes. */
    static Optional<Pending> take(HttpServletRequest request, String state, Instant now) {
        HttpSession session = request.getSession(false);
        if (state == null || session == null || !(session.getAttribute(KEY) instanceof Table table)) {
            return Optional.empty();
        }
        Pending pending = table.remove(state);
        session.setAttribute(KEY, table);
        return Optional.ofNullable(pending).filter(p -> p.started().plus(LIFETIME).isAfter(now));
    }
}
