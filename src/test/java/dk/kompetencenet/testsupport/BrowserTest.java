package dk.kompetencenet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A browser test class: the run's one jar, browser and wait ({@link BrowserSession}), shared by every such class.
 * After each test, nothing Kompetencenet's pages did may have been refused by their Content-Security-Policy.
 */
@ExtendWith(BrowserSession.Shared.class)
public abstract class BrowserTest {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    protected static BrowserSession session;
    protected static WebDriver browser;
    protected static WebDriverWait wait;

    @BeforeAll
    static void shareTheRunsBrowser(BrowserSession shared) {
        session = shared;
        browser = shared.browser();
        wait = shared.waiting();
    }

    @AfterEach
    void nothingWasRefusedByTheContentSecurityPolicy() {
        assertThat(policyRefusals()).as("Content-Security-Policy refusals on Kompetencenet's pages").isEmpty();
    }

    /** Opens the main menu's group by its name, as a person would, and follows its link with that text. */
    protected static void fromMenu(String group, String link) {
        browser.findElement(By.xpath("//nav[contains(@class, 'app-nav')]//summary[normalize-space() = '" + group + "']"))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(link))).click();
    }

    /**
     * What Chrome refused on Kompetencenet's pages because of their Content-Security-Policy since the last call, as
     * its console said it ("Executing inline script violates the following Content Security Policy directive ...");
     * messages from pages of other sites, such as the OpenID provider's login page, are not counted.
     */
    protected static List<String> policyRefusals() {
        String ours = session.jar().url() + "/";
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .filter(message -> !message.startsWith("http") || message.startsWith(ours))
                .toList();
    }

    /** Waits for the page's message area to show the text; fails with what the page shows instead. */
    protected static void awaitMessage(String text) {
        try {
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), text));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No message \"" + text + "\"; the page shows: "
                    + browser.findElement(By.tagName("main")).getText(), e);
        }
    }

    /** Every visible field has a label (or an accessible name of its own). */
    protected static void assertEveryFieldHasALabel() {
        Object unlabelled = ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => e.offsetParent !== null && !e.closest('[aria-hidden="true"]'))
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                               && !e.getAttribute('aria-labelledby'))
                  .map(e => e.id || e.name);""");
        assertThat((List<?>) unlabelled).isEmpty();
    }

    /**
     * Picks an option of a PrimeFaces menu the way a user does: open it, click the option. The menu is scrolled to the
     * middle first, as PrimeFaces closes an open menu when the page scrolls, and the option is scrolled into view inside
     * the menu's own list (PrimeFaces opens the list at the chosen option), so that clicking it never scrolls the page.
     */
    protected static void choose(String menuId, String option) {
        By item = By.cssSelector("[id='" + menuId + "_panel'] li[data-label='" + option + "']");
        // Under load the panel may still be opening (or close on a late scroll) when the option is clicked; the user
        // would simply try again, and so does this, a few times, until the menu shows the option as chosen.
        for (int attempt = 1; ; attempt++) {
            WebElement menu = browser.findElement(By.id(menuId));
            JavascriptExecutor script = (JavascriptExecutor) browser;
            script.executeScript("arguments[0].scrollIntoView({block: 'center'});", menu);
            if (!browser.findElement(By.id(menuId + "_panel")).isDisplayed()) {
                menu.click();
            }
            try {
                WebElement li = wait.until(ExpectedConditions.visibilityOfElementLocated(item));
                script.executeScript("var list = arguments[0].closest('.ui-selectonemenu-items-wrapper');"
                        + "if (list) { list.scrollTop += arguments[0].getBoundingClientRect().top"
                        + " - list.getBoundingClientRect().top - list.clientHeight / 2; }", li);
                li.click();
                new WebDriverWait(browser, Duration.ofSeconds(5)).until(
                        ExpectedConditions.textToBePresentInElementLocated(By.id(menuId + "_label"), option));
                return;
            } catch (TimeoutException | ElementClickInterceptedException | StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * The refusals since the last look, once the page has loaded; a page where PrimeFaces' own nonce'd start did not
     * run counts as refused.
     */
    protected static List<String> refusalsOnceLoaded() {
        wait.until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
        List<String> refusals = new ArrayList<>(policyRefusals());
        Object nonce = ((JavascriptExecutor) browser).executeScript(
                "return window.PrimeFaces ? PrimeFaces.csp.NONCE_VALUE : null;");
        if (nonce == null || nonce.toString().isEmpty()) {
            refusals.add("PrimeFaces did not start with the page's nonce");
        }
        return refusals;
    }

    /**
     * What Deque's axe-core finds against WCAG 2.0 and 2.1, levels A and AA, on the page as it is shown now: each rule
     * broken, with its impact and the first elements that break it.
     */
    protected static List<String> accessibilityViolations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        return results.getViolations().stream().map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", "))).toList();
    }
}
