package dk.kompetencenet.security.oidc;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;

import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.SessionLogin;
import dk.kompetencenet.security.SingleSignOnAccounts;
import dk.kompetencenet.security.UserAccount;
import dk.kompetencenet.security.web.LoginTargets;

/**
 * Single sign-on's two addresses: {@code /oidc/login} sends the browser to the provider (code flow, PKCE, state,
 * nonce), {@code /oidc/callback} takes it back, checks the answer, finds the person's account by their employee
 * record ({@link SingleSignOnAccounts}) and logs them in for the session, as the login form does. Whatever goes wrong
 * ends on the login page with a message, or, for a person Kompetencenet does not know, on a page that says so.
 */
@WebServlet(urlPatterns = {OidcSettings.START, OidcSettings.CALLBACK})
public class SingleSignOnServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SingleSignOnServlet.class.getName());

    /** The session attribute with the ID token, for ending the provider's session at logout. */
    public static final String ID_TOKEN = SingleSignOnServlet.class.getName() + ".idToken";
    /** The session attribute with the address a person signed in with whom no employee record has. */
    public static final String UNKNOWN = SingleSignOnServlet.class.getName() + ".unknown";

    @Inject
    private OidcSettings settings;

    @Inject
    private OidcProvider provider;

    @Inject
    private SingleSignOnAccounts accounts;

    private final transient Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!settings.isEnabled()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            if (OidcSettings.START.equals(request.getServletPath())) {
                start(request, response);
            } else {
                callback(request, response);
            }
        } catch (OidcProvider.Unavailable e) {
            LOG.log(Level.WARNING, e.getMessage());
            toLogin(request, response, "unavailable");
        } catch (OidcProvider.Refused e) {
            LOG.log(Level.INFO, e.getMessage());
            toLogin(request, response, "failed");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Single sign-on failed", e);
            toLogin(request, response, "failed");
        }
    }

    private void start(HttpServletRequest request, HttpServletResponse response)
            throws IOException, OidcProvider.Unavailable {
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI target = provider.authorizationRequest(settings.redirectUri(request), state, nonce, verifier);
        PendingLogins.add(request, state.getValue(), new PendingLogins.Pending(nonce.getValue(), verifier.getValue(),
                LoginTargets.safe(request.getParameter("continue")), clock.instant()));
        response.sendRedirect(target.toString());
    }

    private void callback(HttpServletRequest request, HttpServletResponse response)
            throws IOException, OidcProvider.Unavailable, OidcProvider.Refused {
        Optional<PendingLogins.Pending> pending = PendingLogins.take(request, request.getParameter("state"),
                clock.instant());
        if (pending.isEmpty()) {
            toLogin(request, response, "expired"); // no such sign-in started here, used already, or too old
            return;
        }
        String code = request.getParameter("code");
        if (request.getParameter("error") != null || code == null || code.isBlank()) {
            LOG.info(() -> "The OpenID provider answered " + request.getParameter("error"));
            toLogin(request, response, "failed");
            return;
        }
        OidcProvider.SignedIn signedIn = provider.signIn(new AuthorizationCode(code), settings.redirectUri(request),
                new CodeVerifier(pending.get().verifier()), new Nonce(pending.get().nonce()));
        Optional<String> address = provider.claim(signedIn, settings.claim());
        Optional<UserAccount> account = address.flatMap(accounts::signedIn);
        if (account.isEmpty()) {
            request.getSession(true).setAttribute(UNKNOWN, address.orElse(""));
            response.sendRedirect(request.getContextPath() + "/sso-unknown.xhtml");
            return;
        }
        Set<String> groups = account.get().getRoles().stream().map(Role::name).collect(Collectors.toSet());
        SessionLogin.establish(request, account.get().getUsername(), groups);
        request.getSession().setAttribute(ID_TOKEN, signedIn.idToken());
        response.sendRedirect(request.getContextPath() + pending.get().continueTo());
    }

    private static void toLogin(HttpServletRequest request, HttpServletResponse response, String problem)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/login.xhtml?sso=" + problem);
    }
}
