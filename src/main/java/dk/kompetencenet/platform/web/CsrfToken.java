package dk.kompetencenet.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.ErrorBody;
import dk.kompetencenet.platform.rest.Requests;

/**
 * The secret a page of Kompetencenet sends along when it changes something through the API with the login session: a
 * random value kept in the session, written into every page as {@code <meta name="csrf-token">} (the template reads
 * {@code #{csrf.value}}) and expected back in the header {@value #HEADER}. Another site can make a browser send the
 * session cookie, but it can neither read the page nor set that header. A POST, PUT, PATCH or DELETE on /api that
 * has only the session to show for itself and not this header is refused with 403 by the authentication mechanism;
 * reading (downloads) needs no token, and Basic or Bearer callers none either (a browser adds neither on its own).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String HEADER = "X-CSRF-Token";
    static final String ATTRIBUTE = CsrfToken.class.getName();
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    private HttpServletRequest request;

    /** The value for this session, made on first use. */
    public String getValue() {
        return of(request.getSession(true));
    }

    static String of(HttpSession session) {
        synchronized (session.getId().intern()) {
            if (session.getAttribute(ATTRIBUTE) instanceof String existing) {
                return existing;
            }
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, made);
            return made;
        }
    }

    /** Whether a request on the login session may go ahead: it only reads, or it carries the session's token. */
    public static boolean permits(HttpServletRequest request) {
        if (!WRITES.contains(request.getMethod())) {
            return true;
        }
        HttpSession session = request.getSession(false);
        String sent = request.getHeader(HEADER);
        return session != null && sent != null && session.getAttribute(ATTRIBUTE) instanceof String expected
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                        sent.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The API's refusal of a write on the session without the token: 403, in the caller's language. This is answered
     * before {@link SameOriginWrites} runs, so a write from another site is told so here.
     */
    public static void refuse(HttpServletRequest request, HttpServletResponse response) {
        boolean elsewhere = SameOriginWrites.fromAnotherSite(request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"));
        ErrorBody.sendUnchecked(response, HttpServletResponse.SC_FORBIDDEN, elsewhere
                ? Texts.get(Requests.locale(request), "error.crossSite")
                : Texts.get(Requests.locale(request), "error.csrfToken", HEADER));
    }
}
