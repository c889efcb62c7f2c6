package dk.kompetencenet.security.oidc;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;

/**
 * The OpenID provider as Kompetencenet speaks to it, through Nimbus' OAuth 2.0 / OpenID Connect SDK: its metadata
 * (discovery, read once and again after a failure), the authorization request of the code flow with PKCE (S256), state
 * and nonce, the token request that proves the code with the verifier, and the ID token checked for signature (the
 * provider's published keys), issuer, audience, expiry and nonce.
 */
@ApplicationScoped
public class OidcProvider {

    private static final int TIMEOUT_MILLIS = 5_000;

    @Inject
    private OidcSettings settings;

    private volatile Known known;

    /** What discovery said, and the ID token check built from it. */
    private record Known(OIDCProviderMetadata metadata, IDTokenValidator validator) {
    }

    /** The provider cannot be reached or answered something that is not OpenID Connect. */
    static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;

        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The sign-in was refused or its answer does not hold (wrong state, nonce, signature, audience, expiry). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Known known() throws Unavailable {
        Known current = known;
        if (current == null) {
            try {
                OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(settings.issuer()),
                        TIMEOUT_MILLIS, TIMEOUT_MILLIS);
                List<JWSAlgorithm> algorithms = metadata.getIDTokenJWSAlgs();
                JWSAlgorithm algorithm = algorithms == null || algorithms.isEmpty() || algorithms.contains(JWSAlgorithm.RS256)
                        ? JWSAlgorithm.RS256 : algorithms.get(0);
                IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(settings.clientId()),
                        algorithm, metadata.getJWKSetURI().toURL(),
                        new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS));
                current = new Known(metadata, validator);
                known = current;
            } catch (GeneralException | IOException | RuntimeException e) {
                throw new Unavailable("The OpenID provider " + settings.issuer() + " gave no usable metadata: " + e, e);
            }
        }
        return current;
    }

    /** The provider's address to send the browser to, for this state, nonce and verifier. */
    URI authorizationRequest(URI redirect, State state, Nonce nonce, CodeVerifier verifier) throws Unavailable {
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope(settings.scopes()),
                new ClientID(settings.clientId()), redirect)
                .endpointURI(known().metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256)
                .build().toURI();
    }

    /** Trades the code for tokens and returns the checked ID token's claims and the raw ID token (for logout). */
    SignedIn signIn(AuthorizationCode code, URI redirect, CodeVerifier verifier, Nonce nonce)
            throws Unavailable, Refused {
        Known provider = known();
        TokenResponse response;
        try {
            HTTPRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(), clientAuthentication(provider),
                    new AuthorizationCodeGrant(code, redirect, verifier)).toHTTPRequest();
            request.setConnectTimeout(TIMEOUT_MILLIS);
            request.setReadTimeout(TIMEOUT_MILLIS);
            response = OIDCTokenResponseParser.parse(request.send());
        } catch (IOException | ParseException e) {
            throw new Unavailable("The OpenID provider's token endpoint failed: " + e, e);
        }
        if (!response.indicatesSuccess()) {
            throw new Refused("The OpenID provider refused the code: "
                    + response.toErrorResponse().getErrorObject().getCode(), null);
        }
        OIDCTokenResponse tokens = (OIDCTokenResponse) response.toSuccessResponse();
        JWT idToken = tokens.getOIDCTokens().getIDToken();
        try {
            IDTokenClaimsSet claims = provider.validator().validate(idToken, nonce);
            return new SignedIn(claims, idToken.serialize(), tokens.getOIDCTokens().getBearerAccessToken());
        } catch (BadJOSEException | JOSEException e) {
            throw new Refused("The ID token does not hold: " + e.getMessage(), e);
        }
    }

    /** The signed-in person's claim: from the ID token, or else from the provider's user info. */
    Optional<String> claim(SignedIn signedIn, String name) throws Unavailable {
        Object value = signedIn.claims().getClaim(name);
        if (value == null && signedIn.accessToken() != null && known().metadata().getUserInfoEndpointURI() != null) {
            try {
                HTTPRequest request = new UserInfoRequest(known().metadata().getUserInfoEndpointURI(),
                        signedIn.accessToken()).toHTTPRequest();
                request.setConnectTimeout(TIMEOUT_MILLIS);
                request.setReadTimeout(TIMEOUT_MILLIS);
                UserInfoResponse info = UserInfoResponse.parse(request.send());
                if (info.indicatesSuccess()) {
                    value = info.toSuccessResponse().getUserInfo().getClaim(name);
                }
            } catch (IOException | ParseException e) {
                throw new Unavailable("The OpenID provider's user info failed: " + e, e);
            }
        }
        return value instanceof String text && !text.isBlank() ? Optional.of(text) : Optional.empty();
    }

    /** Where to end the provider's session too, when it says (RP-initiated logout); then back to {@code after}. */
    private Optional<URI> logout(String idToken, URI after) {
        try {
            URI endpoint = known().metadata().getEndSessionEndpointURI();
            if (endpoint == null) {
                return Optional.empty();
            }
            return Optional.of(new LogoutRequest(endpoint, com.nimbusds.jwt.JWTParser.parse(idToken), after, null)
                    .toURI());
        } catch (Unavailable | java.text.ParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Where to send the browser at logout of a session that single sign-on began: the provider's end-session
     * endpoint, which comes back to the login page; empty for a password login or a provider without one.
     */
    public Optional<URI> logoutAfterwards(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SingleSignOnServlet.ID_TOKEN) instanceof String idToken
                && settings.isEnabled() ? logout(idToken, settings.afterLogout(request)) : Optional.empty();
    }

    private ClientAuthentication clientAuthentication(Known provider) {
        ClientID id = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = provider.metadata().getTokenEndpointAuthMethods();
        return methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                ? new ClientSecretPost(id, secret) : new ClientSecretBasic(id, secret);
    }

    /** A checked sign-in. */
    record SignedIn(IDTokenClaimsSet claims, String idToken, BearerAccessToken accessToken) {
    }
}
