package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dk.kompetencenet.testsupport.Browser;
import dk.kompetencenet.testsupport.RunningJar;

/** A coordinator in a real browser: logs in with the keyboard and reads the strategy, in Danish and in English. */
class CoordinatorBrowserIT {

    private static RunningJar jar;
    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startApplicationWithDemoDataAndBrowser() throws Exception {
        var data = java.nio.file.Files.createTempDirectory(
                java.nio.file.Path.of(System.getProperty("it.tmpdir", "target")), "browser-data-");
        jar = RunningJar.start(Map.of("KOMPETENCENET_DATA_DIR", data.toString(), "KOMPETENCENET_DEMO", "true",
                "KOMPETENCENET_ADMIN_PASSWORD", "browser-test-admin"));
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (jar != null) {
            jar.close();
        }
    }

    @Test
    void demoCoordinatorLogsInAndSeesTheFocusAreasWithTheirInitiativesInDanishThenInEnglish() {
        browser.get(jar.url() + "/");
        wait.until(ExpectedConditions.titleContains("Log ind"));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("da");
        assertEveryFieldHasALabel();

        browser.findElement(By.id("username")).sendKeys("koordinator");
        browser.findElement(By.id("password")).sendKeys("kompetencenet", Keys.ENTER);
        wait.until(ExpectedConditions.titleContains("Forside"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("koordinator");

        browser.findElement(By.linkText("Strategi")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h2.focus-area-title")));
        List<String> focusAreas = texts(By.cssSelector("h2.focus-area-title"));
        assertThat(focusAreas).containsExactly("Udvikling af børn og unges digitale kompetencer",
                "Det digitale forældresamarbejde", "Ledelse og medarbejderes anvendelse af IT");
        assertThat(browser.findElements(By.cssSelector("li.initiative"))).hasSize(20);
        assertThat(texts(By.cssSelector("li.initiative a")))
                .contains("Netværksmøder for de digital didaktiske vejledere");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Tiltag", "Mål", "digital mobning");

        browser.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Dansk")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(browser.findElement(By.id("main")).getText()).contains("Initiatives", "Goals",
                "Udvikling af børn og unges digitale kompetencer");

        browser.findElement(By.linkText("Log out")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    private static List<String> texts(By by) {
        return browser.findElements(by).stream().map(WebElement::getText).map(String::trim).toList();
    }

    /** WCAG 1.3.1 / 3.3.2: every visible form field has a label (for=id) or an aria-label. */
    private static void assertEveryFieldHasALabel() {
        Object unlabelled = ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))
                  .filter(e => e.offsetParent !== null)
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')
                               && !e.getAttribute('aria-labelledby'))
                  .map(e => e.id || e.name);""");
        assertThat((List<?>) unlabelled).isEmpty();
    }
}
