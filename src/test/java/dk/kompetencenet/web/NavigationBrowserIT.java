package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;

/**
 * The main menu by role (start/Menu): at most seven entries for every demo role, every link one the role may open, the
 * groups open with the keyboard and fit a phone; deep pages show the way back as a breadcrumb, in both languages.
 */
class NavigationBrowserIT extends BrowserTest {

    /** Demo people of every role, with their passwords. */
    private static final Map<String, String> PEOPLE = new LinkedHashMap<>(Map.of("koordinator", "kompetencenet",
            "leder.skole", "kompetencenet", "vejleder.skole", "kompetencenet", "medarbejder", "kompetencenet",
            "admin", "browser-test-admin"));
    private static final List<String> REFUSED = List.of("Ingen adgang", "Siden findes ikke");

    @BeforeEach
    void newSession() {
        session.loggedOut();
    }

    /**
     * Every menu link of every demo role, opened: none is refused, none is refused by the Content-Security-Policy (and
     * PrimeFaces started with the page's nonce), and each page, the first time it is met, has nothing axe-core finds
     * against WCAG 2.1 A and AA.
     */
    @Test
    void everyRoleHasAtMostSevenEntriesAndOpensEveryLinkItIsShown() {
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, List<String>> policyRefused = new LinkedHashMap<>();
        Map<String, List<String>> inaccessible = new LinkedHashMap<>();
        Set<String> scanned = new HashSet<>();
        Map<String, Integer> links = new LinkedHashMap<>();
        for (Map.Entry<String, String> person : PEOPLE.entrySet()) {
            session.loggedOut();
            session.logIn(person.getKey(), person.getValue());
            assertThat(browser.findElements(By.cssSelector("nav.app-nav > ul > li")))
                    .as(person.getKey() + "'s top-level entries").hasSizeBetween(3, 7);
            List<String> menu = browser.findElements(By.cssSelector("nav.app-nav a")).stream()
                    .map(link -> link.getAttribute("href")).toList();
            links.put(person.getKey(), menu.size());
            for (String address : menu) {
                browser.get(address);
                String heading = wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1"))).getText();
                String page = person.getKey() + " " + address;
                if (REFUSED.contains(heading)) {
                    refused.put(page, heading);
                }
                List<String> refusals = refusalsOnceLoaded();
                if (!refusals.isEmpty()) {
                    policyRefused.put(page, refusals);
                }
                if (scanned.add(address.replaceFirst("\\?.*", ""))) {
                    List<String> violations = accessibilityViolations();
                    if (!violations.isEmpty()) {
                        inaccessible.put(page, violations);
                    }
                }
            }
        }
        assertThat(refused).isEmpty();
        assertThat(policyRefused).as("Content-Security-Policy refusals").isEmpty();
        assertThat(inaccessible).as("WCAG 2.1 AA (axe-core)").isEmpty();
        assertThat(scanned).as("distinct pages scanned").hasSizeGreaterThan(20);
        assertThat(links).containsEntry("admin", 21).containsEntry("koordinator", 20).containsEntry("leder.skole", 19)
                .containsEntry("vejleder.skole", 14).containsEntry("medarbejder", 8);
    }

    @Test
    void aGroupOpensWithTheKeyboardAndFitsAPhone() {
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            session.logIn("vejleder.skole");
            WebElement group = browser.findElement(
                    By.xpath("//nav[contains(@class, 'app-nav')]//summary[normalize-space() = 'Kompetencer']"));
            By grid = By.xpath("//nav[contains(@class, 'app-nav')]//a[normalize-space() = 'Vurdér']");
            assertThat(browser.findElement(grid).isDisplayed()).isFalse();

            group.sendKeys(Keys.ENTER);
            wait.until(ExpectedConditions.visibilityOfElementLocated(grid));
            assertThat((Boolean) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;")).isTrue();

            group.sendKeys(Keys.ESCAPE);
            wait.until(ExpectedConditions.invisibilityOfElementLocated(grid));
            fromMenu("Kompetencer", "Vurdér");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#grid table.grid")));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void deepPagesShowTheirBreadcrumbInDanishAndEnglish() {
        session.logIn("koordinator");
        fromMenu("Møder", "Netværk");
        browser.findElement(By.linkText("Netværket for IT-didaktiske vejledere")).click();
        assertThat(breadcrumb("Brødkrumme")).containsExactly("Møder", "Netværk", "Netværket for IT-didaktiske vejledere");

        browser.get(session.jar().url() + "/index.xhtml");
        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Dansk")));
        fromMenu("Training", "Training programmes");
        browser.findElement(By.linkText("Uddannelse af digital didaktiske vejledere")).click();
        assertThat(breadcrumb("Breadcrumb"))
                .containsExactly("Training", "Training programmes", "Uddannelse af digital didaktiske vejledere");
        browser.findElement(By.cssSelector("nav.breadcrumb")).findElement(By.linkText("Training programmes")).click();
        wait.until(ExpectedConditions.titleContains("Training programmes"));

        browser.findElement(By.linkText("Dansk")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("English")));
    }

    /** The breadcrumb's steps, found by its accessible name. */
    private static List<String> breadcrumb(String name) {
        WebElement crumbs = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("nav[aria-label='" + name + "']")));
        assertThat(crumbs.findElement(By.cssSelector("li:last-child")).getAttribute("aria-current")).isEqualTo("page");
        return crumbs.findElements(By.tagName("li")).stream().map(WebElement::getText).toList();
    }
}
