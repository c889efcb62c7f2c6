package dk.kompetencenet.security.oidc;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Single sign-on through the municipality's OpenID provider (Microsoft Entra ID or any standard one), on when
 * {@code kompetencenet.oidc.issuer} and {@code .client-id} are set (README, "Single sign-on").
 */
@Named("singleSignOn")
@ApplicationScoped
public class OidcSettings {

    /** Where the provider sends the browser back, under the context path. */
    static final String CALLBACK = "/oidc/callback";
    static final String START = "/oidc/login";

    @Inject
    @ConfigProperty(name = "kompetencenet.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "kompetencenet.oidc.client-id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "kompetencenet.oidc.client-secret")
    Optional<String> clientSecret;

    /** The claim whose value is the person's work e-mail (Entra: {@code email}, {@code upn} or {@code preferred_username}). */
    @Inject
    @ConfigProperty(name = "kompetencenet.oidc.claim", defaultValue = "email")
    String claim;

    @Inject
    @ConfigProperty(name = "kompetencenet.oidc.scopes", defaultValue = "openid email profile")
    String scopes;

    /**
     * Kompetencenet's address as users see it: the callback the provider is told is under it. Needed behind a TLS
     * proxy, where the request's own address says http (Payara 6 does not apply X-Forwarded-Proto here, #6653).
     */
    @Inject
    @ConfigProperty(name = "kompetencenet.public.url")
    Optional<String> publicUrl;

    /** The provider's name on the login page's button, e.g. "Microsoft" or the municipality's. */
    @Inject
    @ConfigProperty(name = "kompetencenet.oidc.name")
    Optional<String> name;

    public boolean isEnabled() {
        return issuer.filter(s -> !s.isBlank()).isPresent() && clientId.filter(s -> !s.isBlank()).isPresent();
    }

    public String getName() {
        return name.filter(s -> !s.isBlank()).orElse(null);
    }

    String issuer() {
        return issuer.orElseThrow().strip();
    }

    String clientId() {
        return clientId.orElseThrow().strip();
    }

    String clientSecret() {
        return clientSecret.orElse("");
    }

    String claim() {
        return claim.strip();
    }

    String[] scopes() {
        return scopes.strip().split("\\s+");
    }

    URI redirectUri(HttpServletRequest request) {
        String base = publicUrl.filter(s -> !s.isBlank()).map(s -> s.strip().replaceAll("/+$", "")).orElseGet(() -> {
            String url = request.getRequestURL().toString();
            return url.substring(0, url.indexOf('/', url.indexOf("//") + 2)) + request.getContextPath();
        });
        return URI.create(base + CALLBACK);
    }

    /** Where the provider sends the browser after its logout: the login page, beside the callback. */
    URI afterLogout(HttpServletRequest request) {
        String callback = redirectUri(request).toString();
        return URI.create(callback.substring(0, callback.length() - CALLBACK.length()) + "/login.xhtml");
    }
}
