package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;

/**
 * Single sign-on in a real browser against a real OpenID provider (testsupport/IdentityProvider): the login page's
 * button, the provider's own login page, back to Kompetencenet as the employee whose e-mail the ID token carries, and a
 * logout that ends the provider's session too. People the provider knows and Kompetencenet does not get a page that
 * says so and no session; a forged return gets the login page.
 */
class SingleSignOnBrowserIT extends BrowserTest {

    /** Clicks the login page's single sign-on button and signs in at the provider with these ID token claims. */
    private String signInAtTheProvider(String page, String claims) {
        session.loggedOut();
        browser.get(session.jar().url() + page);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sso"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("claims")));
        String atProvider = browser.getCurrentUrl();
        browser.findElement(By.name("username")).sendKeys("person-at-the-provider");
        browser.findElement(By.name("claims")).sendKeys(claims);
        browser.findElement(By.cssSelector("input[type=submit]")).click();
        return atProvider;
    }

    private void awaitLoggedIn() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("session:logout")));
    }

    @Test
    void theMatchedEmployeeLandsOnThePageSheAskedForAndLogoutEndsBothSessions() {
        String request = signInAtTheProvider("/meeting/calendar.xhtml",
                "{\"email\": \"Mette.Kristensen@birkely.example.dk\"}");

        assertThat(request).startsWith(session.identityProvider().issuer() + "/authorize")
                .contains("code_challenge=", "code_challenge_method=S256", "state=", "nonce=", "response_type=code",
                        "client_id=kompetencenet");
        awaitLoggedIn();
        assertThat(browser.getCurrentUrl()).contains("/meeting/calendar.xhtml");
        assertThat(browser.findElement(By.cssSelector("#session .app-user")).getText()).isEqualTo("medarbejder");

        browser.findElement(By.id("session:logout")).click();
        wait.until(ExpectedConditions.urlContains("/login.xhtml"));
        assertThat(browser.getCurrentUrl()).startsWith(session.jar().url());
        browser.get(session.jar().url() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso")));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void anEmployeeWithoutAnAccountLandsOnTheStartPageWithAnAccountAsAnEmployeeOnly() {
        signInAtTheProvider("/", "{\"email\": \"ahmad.rahimi@birkely.example.dk\"}");

        awaitLoggedIn();
        assertThat(browser.getCurrentUrl()).isEqualTo(session.jar().url() + "/");
        assertThat(browser.findElement(By.cssSelector("#session .app-user")).getText())
                .isEqualTo("ahmad.rahimi@birkely.example.dk");
        browser.get(session.jar().url() + "/admin/accounts.xhtml");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen adgang");
    }

    @Test
    void someoneNoEmployeeRecordMatchesIsToldSoAndGetsNoSession() {
        signInAtTheProvider("/", "{\"email\": \"ukendt.person@example.org\"}");

        wait.until(ExpectedConditions.urlContains("/sso-unknown.xhtml"));
        assertThat(browser.findElement(By.id("unknown")).getText())
                .contains("ukendt.person@example.org", "ingen medarbejder");
        browser.get(session.jar().url() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso")));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml");
    }

    @Test
    void aReturnThatThisBrowserDidNotStartIsRefused() {
        session.loggedOut();
        browser.get(session.jar().url() + "/oidc/callback?state=forged&code=stolen");

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sso")));
        assertThat(browser.getCurrentUrl()).contains("/login.xhtml?sso=expired");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("tog for lang tid");
        assertThat(browser.findElements(By.id("session:logout"))).isEmpty();
    }
}
