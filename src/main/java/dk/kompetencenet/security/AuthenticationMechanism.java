package dk.kompetencenet.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.platform.web.CsrfToken;
import dk.kompetencenet.platform.web.SecurityHeaders;
import dk.kompetencenet.security.tokens.BearerLogin;

/**
 * One mechanism, two ways in (Jakarta Security takes one per application): pages use a form login whose result is
 * kept in the HTTP session; the REST API under /api (and its description at /openapi, and /metrics) takes HTTP Basic or
 * an API token ({@link BearerLogin}) on every request and keeps no session. Both ask the same identity store. On
 * /metrics alone, the monitoring system's credential ({@link MetricsCredential}) is accepted too. The page session
 * opens the API as well, but a change through it needs the session's {@link CsrfToken}.
 */
@ApplicationScoped
public class AuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String LOGIN_PAGE = "/login.xhtml";
    /** The request attribute that tells the login page its address has failed too often ({@link AddressThrottle}). */
    public static final String THROTTLED = AuthenticationMechanism.class.getName() + ".throttled";

    @Inject
    private IdentityStoreHandler identityStore;

    @Inject
    private AddressThrottle throttle;

    @Inject
    private BearerLogin bearer;

    @Inject
    @ConfigProperty(name = "kompetencenet.metrics.password")
    private Optional<String> metricsPassword;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential != null) {
            return formLogin(request, context, credential);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        Optional<SessionLogin.Caller> known = SessionLogin.of(request);
        if (known.isPresent()) {
            return context.notifyContainerAboutLogin(new CallerPrincipal(known.get().name()), known.get().groups());
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE + continueParameter(request));
        }
        return context.doNothing();
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        // A refusal is left to the login page to say (SEND_FAILURE without an error status): responseUnauthorized()
        // would send a 401 error, and the container would show its error page instead of the login form.
        if (throttle.blocked(request)) {
            request.setAttribute(THROTTLED, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStore.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(request);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SessionLogin.establish(request, result.getCallerPrincipal().getName(), result.getCallerGroups());
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) {
        if (BearerLogin.offered(request)) {
            return bearer.validate(request, response, context);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = decode(header.substring(6).trim());
            if (credential != null && MetricsCredential.isMetricsPath(mappedPath(request))
                    && new MetricsCredential(metricsPassword).matches(credential)) {
                return context.notifyContainerAboutLogin(new CallerPrincipal(MetricsCredential.USER),
                        Set.of(MetricsCredential.GROUP));
            }
            if (credential != null) {
                if (throttle.blocked(request)) {
                    return LockedAnswer.throttled(request, response);
                }
                CredentialValidationResult result = identityStore.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
                throttle.failed(request);
                if (request.getAttribute(Login.LOCKED_UNTIL) instanceof Instant until) {
                    return LockedAnswer.send(request, response, until);
                }
            }
            return challenge(response, context);
        }
        Optional<SessionLogin.Caller> known = SessionLogin.of(request);
        if (known.isPresent()) {
            // Pages of the logged-in user may call the API with the session (e.g. downloads); a change needs the token.
            if (!CsrfToken.permits(request)) {
                CsrfToken.refuse(request, response);
                return AuthenticationStatus.SEND_FAILURE;
            }
            return context.notifyContainerAboutLogin(new CallerPrincipal(known.get().name()), known.get().groups());
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private static AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kompetencenet\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private static UsernamePasswordCredential decode(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The path the container mapped the request to, decoded and normalised (servlet path and path info): the raw URI
     * may say {@code /metrics/../index.xhtml} for what is served as {@code /index.xhtml}.
     */
    private static String mappedPath(HttpServletRequest request) {
        String info = request.getPathInfo();
        return request.getServletPath() + (info == null ? "" : info);
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/openapi") || path.startsWith("/metrics");
    }

    private static String continueParameter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return "?continue=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SessionLogin.end(request);
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

}
