package dk.kompetencenet.security.tokens;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.kompetencenet.platform.i18n.Texts;
import dk.kompetencenet.platform.rest.ErrorBody;
import dk.kompetencenet.platform.rest.Requests;

/**
 * {@code Authorization: Bearer <token>} on the API (and /openapi, /metrics): the token's account logs in with its
 * roles, for this request only. An unknown, revoked or expired token, or one of a deactivated account, gets 401; a
 * read-only token gets 403 for anything but GET, HEAD and OPTIONS. Both answers are the API's JSON error body.
 */
@ApplicationScoped
public class BearerLogin {

    private static final String SCHEME = "Bearer ";

    @Inject
    private TokenCheck tokens;

    /** Whether the request offers a bearer token. */
    public static boolean offered(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    public AuthenticationStatus validate(HttpServletRequest request, HttpServletResponse response,
                                         HttpMessageContext context) {
        String secret = request.getHeader("Authorization").substring(SCHEME.length()).strip();
        Optional<TokenCheck.Bearer> bearer = tokens.check(secret);
        if (bearer.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"Kompetencenet\", error=\"invalid_token\"");
            return refuse(response, HttpServletResponse.SC_UNAUTHORIZED,
                    Texts.get(Requests.locale(request), "token.refused"));
        }
        if (!bearer.get().scope().permits(request.getMethod())) {
            return refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    Texts.get(Requests.locale(request), "token.readOnly"));
        }
        return context.notifyContainerAboutLogin(new CallerPrincipal(bearer.get().username()), bearer.get().groups());
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, int status, String message) {
        ErrorBody.sendUnchecked(response, status, message);
        return AuthenticationStatus.SEND_FAILURE;
    }
}
