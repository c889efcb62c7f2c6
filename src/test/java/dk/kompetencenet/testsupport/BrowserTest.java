package dk.kompetencenet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
}
