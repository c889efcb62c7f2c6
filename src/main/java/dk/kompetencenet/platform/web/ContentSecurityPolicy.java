package dk.kompetencenet.platform.web;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Content-Security-Policy} of Kompetencenet's answers, one header on each ({@link SecurityHeaders}).
 * <p>
 * Pages: scripts run only from this site's own files or when they carry the page's nonce; there is no
 * {@code 'unsafe-inline'} and no {@code 'unsafe-eval'}. The nonce comes from PrimeFaces' CSP mode
 * ({@code primefaces.CSP=true} in web.xml): it draws one per page, puts it on every {@code <script>} it renders, moves
 * inline event handlers (also those of standard {@code h:} components, such as the {@code onclick} of an
 * {@code h:commandLink}) into nonce'd scripts, evaluates ajax answers' scripts with it, and sends its own header
 * {@code script-src 'self' 'nonce-…'}, which {@link #withNoncesOf} folds into this policy. Everything else comes from
 * this site only ({@code default-src 'self'}; images and fonts also as {@code data:} addresses, which the theme uses),
 * so an injected style cannot send anything, such as the nonce, to another site. Styles may be inline
 * ({@code style-src 'self' 'unsafe-inline'}: PrimeFaces positions menus and dialogs with {@code style} attributes).
 * No framing by another site, no {@code <base>}, forms post only to this site (and, with single sign-on, to the
 * OpenID provider, where logging out continues), no plugins.
 * <p>
 * The API answers data, never a document to show: {@code default-src 'none'; frame-ancestors 'none'}.
 */
final class ContentSecurityPolicy {

    static final String PAGES = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; frame-ancestors 'self'; base-uri 'self';"
            + " form-action 'self'; object-src 'none'";
    static final String API = "default-src 'none'; frame-ancestors 'none'";

    private static final String SCRIPTS = "script-src 'self'";
    private static final Pattern NONCE = Pattern.compile("'nonce-[A-Za-z0-9+/_=-]+'");

    private ContentSecurityPolicy() {
    }

    /** The pages' policy, with the origin of the OpenID provider's issuer (if any) as a form target beside this site. */
    static String forPages(String issuer) {
        try {
            URI uri = URI.create(issuer.strip());
            if (uri.getScheme() != null && uri.getHost() != null && uri.getScheme().matches("https?")) {
                String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
                return PAGES.replace("form-action 'self'", "form-action 'self' " + origin);
            }
        } catch (IllegalArgumentException e) {
            // not an address: no provider to allow
        }
        return PAGES;
    }

    /**
     * The pages' policy with the nonces of another policy (PrimeFaces' header for the page being rendered) added to its
     * script sources. Nothing else of that policy is taken: this one stays the only policy of the answer.
     */
    static String withNoncesOf(String policy, String other) {
        StringBuilder nonces = new StringBuilder();
        Matcher nonce = NONCE.matcher(other == null ? "" : other);
        while (nonce.find()) {
            nonces.append(' ').append(nonce.group());
        }
        return policy.replace(SCRIPTS + ";", SCRIPTS + nonces + ";");
    }
}
