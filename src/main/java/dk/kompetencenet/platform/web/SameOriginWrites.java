package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.ErrorBody;
import dk.kompetencenet.platform.rest.Requests;

/**
 * No state change from another site: a POST, PUT, PATCH or DELETE that a browser sends on behalf of another origin
 * (its {@code Origin} names another host, or, without one, {@code Sec-Fetch-Site} says cross-site) is refused with 403
 * before it reaches a page or the API, logged in or not. A browser adds these headers itself and a page cannot forge
 * them; programs such as curl or an integration send neither and are not affected (they authenticate with Basic).
 * This is what keeps a logged-in person's session from being ridden by a page elsewhere, whatever SameSite the
 * browser applies to the cookie.
 */
@WebFilter(filterName = "SameOriginWrites", urlPatterns = "/*")
public class SameOriginWrites extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (WRITES.contains(request.getMethod()) && fromAnotherSite(request.getHeader("Origin"),
                request.getHeader("Sec-Fetch-Site"), request.getHeader("Host"))) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether a browser sent this on behalf of another site. */
    static boolean fromAnotherSite(String origin, String fetchSite, String host) {
        if (origin != null) {
            return host == null || !authority(origin).equalsIgnoreCase(withoutDefaultPort(host));
        }
        return "cross-site".equalsIgnoreCase(fetchSite);
    }

    /** host[:port] of an origin, without the scheme's default port; "" for "null" or anything unreadable. */
    private static String authority(String origin) {
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return "";
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                    || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
            return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private static String withoutDefaultPort(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/api/")) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ErrorBody.send(response, HttpServletResponse.SC_FORBIDDEN,
                Texts.get(Requests.locale(request), "error.crossSite"));
    }
}
