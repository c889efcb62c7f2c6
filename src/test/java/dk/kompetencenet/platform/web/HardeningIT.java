package dk.kompetencenet.platform.web;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.PageNonces;

/**
 * Headers on every answer; no state change from another site through a logged-in browser's session (Origin, the
 * session's token for API writes, SameSite); JSON endpoints take JSON only.
 */
@ExtendWith(ArquillianExtension.class)
class HardeningIT {

    private static final String ELSEWHERE = "https://angriber.example";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    @ArquillianResource
    private URL base;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private String origin() {
        URI uri = URI.create(base.toString());
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }

    private static void assertHardened(Http.Response answer) {
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("same-origin", answer.header("Referrer-Policy"));
        assertEquals("SAMEORIGIN", answer.header("X-Frame-Options"));
        assertEquals(1, answer.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Content-Security-Policy")).mapToInt(e -> e.getValue().size())
                .sum(), "one Content-Security-Policy: " + answer.headers());
    }

    /** A page's policy: scripts from Kompetencenet or with the nonce on the page's own scripts, nothing inline. */
    private static void assertScriptsNeedTheNonce(Http.Response page) {
        String policy = page.header("Content-Security-Policy");
        String nonce = PageNonces.of(page.body());
        assertTrue(nonce != null && policy.contains("script-src 'self' 'nonce-" + nonce + "';"), policy);
        assertTrue(policy.contains("frame-ancestors 'self'") && policy.contains("object-src 'none'"), policy);
        assertEquals(1, policy.split("script-src", -1).length - 1, policy);
        assertFalse(policy.contains("unsafe-eval"), policy);
    }

    @Test
    void pagesTheApiAndErrorsCarryTheHeadersAndPersonalAnswersAreNotStored() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http.Response page = Http.anonymous(base.toString()).get("/login.xhtml");
        Http.Response api = Http.basic(base.toString(), login, PASSWORD).get("/api/me/feed");
        Http.Response refused = Http.anonymous(base.toString()).get("/api/institutions");
        Http.Response style = Http.anonymous(base.toString()).get("/jakarta.faces.resource/css/kompetencenet.css.xhtml");

        for (Http.Response answer : new Http.Response[] {page, api, refused, style}) {
            assertHardened(answer);
        }
        assertScriptsNeedTheNonce(page);
        assertEquals("default-src 'none'; frame-ancestors 'none'", api.header("Content-Security-Policy"));
        assertTrue(style.header("Content-Security-Policy").contains("script-src 'self';"));
        assertEquals("no-store", page.header("Cache-Control"));
        assertEquals("no-store", api.header("Cache-Control"));
        assertEquals(200, style.status());
        assertNotEquals("no-store", style.header("Cache-Control"), "static resources stay cacheable");
    }

    @Test
    void aPageOfAnotherSiteCannotChangeAnythingThroughALoggedInBrowser() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http browser = Http.loggedIn(base.toString(), login, PASSWORD);
        String feed = browser.get("/api/me/feed").json().getString("url");

        Http.Response fromElsewhere = browser.from(ELSEWHERE).post("/api/me/feed", "application/json", "");
        Http.Response crossSite = Http.loggedIn(base.toString(), login, PASSWORD).header("Sec-Fetch-Site", "cross-site")
                .post("/api/me/feed", "application/json", "");

        assertEquals(403, fromElsewhere.status(), fromElsewhere.body());
        assertTrue(fromElsewhere.json().getString("message").contains("andet websted"), fromElsewhere.body());
        assertEquals(403, crossSite.status());
        assertEquals(feed, Http.loggedIn(base.toString(), login, PASSWORD).get("/api/me/feed").json().getString("url"),
                "the feed URL is unchanged");

        Http ownPage = Http.loggedIn(base.toString(), login, PASSWORD).from(origin());
        String token = csrfToken(ownPage);
        Http.Response changed = ownPage.header(CsrfToken.HEADER, token).post("/api/me/feed", "application/json", "");
        assertEquals(200, changed.status(), changed.body());
        assertNotEquals(feed, changed.json().getString("url"));
    }

    /** The token a page of Kompetencenet gives its scripts for changes through the API with the session. */
    private static String csrfToken(Http browser) {
        Matcher meta = CSRF_META.matcher(browser.get("/index.xhtml").body());
        assertTrue(meta.find(), "the page carries the token");
        return meta.group(1);
    }

    /**
     * The second layer behind SameOriginWrites: a write on /api with nothing but the page session (no Origin, as an
     * old browser or a same-site page elsewhere may send it) needs the session's token; reading does not.
     */
    @Test
    void aChangeThroughTheApiWithOnlyThePageSessionNeedsTheSessionsToken() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http browser = Http.loggedIn(base.toString(), login, PASSWORD);
        String feed = browser.get("/api/me/feed").json().getString("url");

        Http.Response withoutToken = browser.post("/api/me/feed", "application/json", "");
        assertEquals(403, withoutToken.status(), withoutToken.body());
        assertTrue(withoutToken.json().getString("message").contains("X-CSRF-Token"), withoutToken.body());
        Http.Response wrongToken = browser.header(CsrfToken.HEADER, "gaet").delete("/api/me/feed");
        assertEquals(403, wrongToken.status());
        Http other = Http.loggedIn(base.toString(), login, PASSWORD);
        Http.Response anotherSessionsToken = browser.header(CsrfToken.HEADER, csrfToken(other))
                .post("/api/me/feed", "application/json", "");
        assertEquals(403, anotherSessionsToken.status());
        assertEquals(feed, browser.get("/api/me/feed").json().getString("url"), "nothing changed");

        Http.Response withToken = browser.header(CsrfToken.HEADER, csrfToken(browser))
                .post("/api/me/feed", "application/json", "");
        assertEquals(200, withToken.status(), withToken.body());
        assertNotEquals(feed, withToken.json().getString("url"));
        assertEquals(200, Http.basic(base.toString(), login, PASSWORD).post("/api/me/feed", "application/json", "")
                .status(), "Basic needs no page token");
    }

    /** A JSON endpoint takes nothing a cross-site form can send: 415 in the API's error body, nothing saved. */
    @Test
    void aJsonEndpointRefusesFormAndPlainTextBodiesWith415InTheCallersLanguage() {
        Http admin = Http.basic(base.toString(), "admin", "it-admin-password");
        String email = Builders.unique("form") + "@test.example.dk";
        String body = """
                {"firstName": "Form", "lastName": "Post", "email": "%s", "jobRole": "lærer", "institutionIds": []}"""
                .formatted(email);

        Http.Response plain = admin.post("/api/employees", "text/plain", body);
        Http.Response form = admin.acceptLanguage("en").post("/api/employees", "application/x-www-form-urlencoded",
                "firstName=Form&lastName=Post&email=" + email);

        assertEquals(415, plain.status(), plain.body());
        assertTrue(plain.header("Content-Type").startsWith("application/json"), plain.header("Content-Type"));
        assertEquals("Indholdstypen text/plain tages ikke imod her. Intet er ændret; se /openapi for, hvad kaldet"
                + " tager imod.", plain.json().getString("message"));
        assertEquals(415, form.status(), form.body());
        assertTrue(form.json().getString("message").startsWith("Content type application/x-www-form-urlencoded is"
                + " not accepted here."), form.body());
        assertEquals("0", admin.get("/api/employees?q=" + email).header("X-Total-Count"), "nothing saved");
    }

    /** Payara writes SameSite from WEB-INF/glassfish-web.xml (not from the Servlet API); seen on a real login. */
    @Test
    void theSessionCookieIsHttpOnlySameSiteLaxAndNotSecureUnlessConfigured() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http browser = Http.anonymous(base.toString());
        Http.Response page = browser.get("/login.xhtml");
        Http.Response loggedIn = browser.postForm("/login.xhtml", Http.loginFields(login, PASSWORD, page.viewState()));
        assertEquals(302, loggedIn.status());

        for (String cookie : new String[] {page.header("Set-Cookie"), loggedIn.header("Set-Cookie")}) {
            assertTrue(cookie != null && cookie.startsWith("JSESSIONID="), String.valueOf(cookie));
            assertTrue(cookie.contains("HttpOnly") && !cookie.contains("Secure"), cookie);
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), cookie);
        }
    }

    @Test
    void aLoginFormPostedFromAnotherSiteIsRefused() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http browser = Http.anonymous(base.toString());
        Http.Response form = browser.get("/login.xhtml");

        Http.Response posted = browser.from(ELSEWHERE).postForm("/login.xhtml",
                Http.loginFields(login, PASSWORD, form.viewState()));

        assertEquals(403, posted.status());
        assertNull(posted.header("Location"), "not logged in");
    }

    /** Page URLs edited by hand: a parameter that cannot be read names nothing (404), an unknown filter is said. */
    @Test
    void aPageOpenedWithAParameterThatCannotBeReadAnswers404OrSaysWhatIsWrongNever500() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        Http coordinator = Http.loggedIn(base.toString(), login, PASSWORD).acceptLanguage("da");

        for (String page : new String[] {"/training/designations.xhtml?institution=abc", "/training/designations.xhtml",
            "/overview/board.xhtml?area=abc", "/organisation/employee.xhtml?id=xyz", "/meeting/meeting.xhtml?id=abc"}) {
            Http.Response answer = coordinator.get(page);
            assertEquals(404, answer.status(), page);
            assertTrue(answer.body().contains("Siden findes ikke"), page);
            assertHardened(answer);
            assertScriptsNeedTheNonce(answer);
        }
        Http.Response noSuchPage = coordinator.get("/no-such-page.xhtml");
        assertEquals(404, noSuchPage.status());
        assertHardened(noSuchPage);
        assertScriptsNeedTheNonce(noSuchPage);
        Http.Response unknownKind = coordinator.get("/strategy/documents.xhtml?lacking=NOPE");
        assertEquals(200, unknownKind.status());
        assertTrue(unknownKind.body().contains("Dokumenttypen NOPE findes ikke."), unknownKind.body());
        assertEquals(200, coordinator.get("/overview/board.xhtml").status());
    }
}
