package dk.kompetencenet.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Headers on every answer: no MIME sniffing, no referrer to other sites (feed URLs carry secret tokens), no framing by
 * another site, and one {@code Content-Security-Policy} ({@link ContentSecurityPolicy}): on pages, scripts only from
 * this site or with the page's nonce. PrimeFaces, in its CSP mode, adds a header of its own with the nonce; the
 * response this filter passes on takes that header's nonce into this policy instead of sending a second header. It
 * also runs for error pages (the container's error dispatch), which PrimeFaces renders with a nonce of their own.
 * Pages and the API are personal, so they are not stored by browsers or proxies ({@code Cache-Control: no-store});
 * static resources keep their caching, and calendar feeds set their own.
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String POLICY_HEADER = "Content-Security-Policy";

    /** The pages' policy in force: with single sign-on, logging out (a form) continues to the provider. */
    private static final class InForce {
        static final String PAGES = ContentSecurityPolicy.forPages(ConfigProvider.getConfig()
                .getOptionalValue("kompetencenet.oidc.issuer", String.class).orElse(""));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, isApi(path(request)) ? response : new OnePolicy(response));
    }

    /**
     * Sets the headers; also called by the authentication mechanism, whose refusals (401, 429) are answered before
     * any filter runs.
     */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = path(request);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader(POLICY_HEADER, isApi(path) ? ContentSecurityPolicy.API : InForce.PAGES);
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        if (!path.startsWith("/jakarta.faces.resource/") && !path.startsWith("/resources/")
                && !path.startsWith("/api/feeds/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    /** A page's response: a policy set or added later (PrimeFaces' own, with its nonce) joins this one. */
    private static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, POLICY_HEADER.equalsIgnoreCase(name)
                    ? ContentSecurityPolicy.withNoncesOf(InForce.PAGES, value) : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY_HEADER.equalsIgnoreCase(name)) {
                setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
