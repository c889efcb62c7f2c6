package dk.kompetencenet.platform.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headers on every answer: no MIME sniffing, no referrer to other sites (feed URLs carry secret tokens), no framing by
 * another site, no {@code <base>} or form posts elsewhere, no plugins ({@code Content-Security-Policy}; scripts are
 * not yet restricted by it). Pages and the API are personal, so they are not stored by browsers or proxies
 * ({@code Cache-Control: no-store}); static resources keep their caching, and calendar feeds set their own.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String POLICY = "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /** The policy in force: with single sign-on, logging out (a form) continues to the provider, so it may be a target. */
    private static final class InForce {
        static final String POLICY = policy(ConfigProvider.getConfig()
                .getOptionalValue("kompetencenet.oidc.issuer", String.class).orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose refusals (401, 429) are answered before
     * any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Content-Security-Policy", InForce.POLICY);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")
                && !path.startsWith("/api/feeds/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** The policy, with the origin of the OpenID provider's issuer (if any) as a form target beside this site. */
    static String policy(String issuer) {
        try {
            URI uri = URI.create(issuer.strip());
            if (uri.getScheme() != null && uri.getHost() != null && uri.getScheme().matches("https?")) {
                String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
                return POLICY.replace("form-action 'self'", "form-action 'self' " + origin);
            }
        } catch (IllegalArgumentException e) {
            // not an address: no provider to allow
        }
        return POLICY;
    }
}
