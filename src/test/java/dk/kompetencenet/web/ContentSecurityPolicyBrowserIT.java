package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.PageNonces;

/**
 * The Content-Security-Policy at work in the browser: a page's one policy lets scripts run only from Kompetencenet or
 * with the page's nonce; ajax answers, dialogs and command links run under it without a refusal (every page of every
 * demo role's menu does too: {@code NavigationBrowserIT}'s walk); a script put into a page some other way is refused.
 */
class ContentSecurityPolicyBrowserIT extends BrowserTest {

    private static final String POLICY = "Content-Security-Policy";
    private static final Pattern SCRIPT_TAG = Pattern.compile("<script[^>]*>");
    private static final Pattern INLINE_HANDLER = Pattern.compile("<[a-zA-Z][^>]*\\son[a-z]+\\s*=");

    @BeforeEach
    void newSession() {
        session.loggedOut();
    }

    @Test
    void aPageHasOnePolicyWhoseScriptsNeedThatPagesNonceAndTheApiOneForData() {
        String url = session.jar().url();
        Http.Response login = Http.anonymous(url).get("/login.xhtml");
        Http.Response page = Http.loggedIn(url, "koordinator", "kompetencenet").get("/strategy/strategy.xhtml");
        Http.Response api = Http.basic(url, "admin", "browser-test-admin").get("/api/institutions");

        URI provider = URI.create(session.identityProvider().issuer());
        for (Http.Response answer : List.of(login, page)) {
            assertThat(answer.status()).isEqualTo(200);
            List<String> policies = values(answer, POLICY);
            assertThat(policies).hasSize(1);
            Map<String, List<String>> policy = directives(policies.get(0));
            String nonce = PageNonces.of(answer.body());
            assertThat(policy.get("script-src")).containsExactly("'self'", "'nonce-" + nonce + "'");
            assertThat(policy.get("default-src")).containsExactly("'self'");
            assertThat(policy.get("frame-ancestors")).containsExactly("'self'");
            assertThat(policy.get("base-uri")).containsExactly("'self'");
            assertThat(policy.get("form-action"))
                    .containsExactly("'self'", provider.getScheme() + "://" + provider.getAuthority());
            assertThat(policy.get("object-src")).containsExactly("'none'");
            assertThat(SCRIPT_TAG.matcher(answer.body()).results().map(java.util.regex.MatchResult::group).toList())
                    .isNotEmpty().allMatch(tag -> tag.contains(" nonce=\"" + nonce + "\""));
            assertThat(INLINE_HANDLER.matcher(answer.body()).results().map(java.util.regex.MatchResult::group).toList()).isEmpty();
        }
        assertThat(PageNonces.of(Http.anonymous(url).get("/login.xhtml").body()))
                .as("a new nonce for each page").isNotEqualTo(PageNonces.of(login.body()));
        assertThat(api.status()).isEqualTo(200);
        assertThat(values(api, POLICY)).containsExactly("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void ajaxAnswersAConfirmationDialogAndCommandLinksRunUnderThePolicy() {
        String url = session.jar().url();
        session.logIn("koordinator");

        browser.get(url + "/organisation/employees.xhtml");
        By firstRow = By.cssSelector("[id$='table_data'] tr");
        String first = wait.until(ExpectedConditions.presenceOfElementLocated(firstRow)).getText();
        browser.findElement(By.cssSelector(".ui-paginator-next")).click();
        wait.until(driver -> !driver.findElement(firstRow).getText().equals(first));

        browser.get(url + "/meeting/calendar.xhtml");
        By month = By.cssSelector(".fc-toolbar-title");
        String shown = wait.until(ExpectedConditions.presenceOfElementLocated(month)).getText();
        browser.findElement(By.cssSelector(".fc-next-button")).click();
        wait.until(driver -> !driver.findElement(month).getText().equals(shown));

        String feed = browser.findElement(By.id("feed:url")).getAttribute("value");
        browser.findElement(By.id("feed:regenerate")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        wait.until(driver -> !driver.findElement(By.id("feed:url")).getAttribute("value").equals(feed));

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dansk"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("English")));

        assertThat(refusalsOnceLoaded()).isEmpty();
    }

    @Test
    void aScriptPutIntoAPageWithoutItsNonceIsRefused() {
        session.logIn("medarbejder");
        JavascriptExecutor page = (JavascriptExecutor) browser;
        assertThat(refusalsOnceLoaded()).isEmpty();

        page.executeScript("""
                var script = document.createElement('script');
                script.textContent = 'window.injected = true;';
                document.body.appendChild(script);
                var image = document.createElement('img');
                image.setAttribute('onerror', 'window.injectedHandler = true;');
                image.src = '/nothing-here.png';
                document.body.appendChild(image);""");

        List<String> refusals = new ArrayList<>();
        wait.until(driver -> {
            refusals.addAll(policyRefusals());
            return refusals.size() >= 2;
        });
        assertThat(refusals).anyMatch(message -> message.contains("Executing inline script violates"))
                .anyMatch(message -> message.contains("Executing inline event handler violates"));
        assertThat(page.executeScript("return [window.injected === undefined, window.injectedHandler === undefined];"))
                .isEqualTo(List.of(true, true));
    }

    private static List<String> values(Http.Response answer, String header) {
        return answer.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(header))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** A policy's directives by name, each with its sources. */
    private static Map<String, List<String>> directives(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            List<String> words = Arrays.asList(directive.trim().split("\\s+"));
            if (!words.get(0).isEmpty()) {
                assertThat(directives).as("directive given twice: " + words.get(0)).doesNotContainKey(words.get(0));
                directives.put(words.get(0), words.subList(1, words.size()));
            }
        }
        return directives;
    }
}
