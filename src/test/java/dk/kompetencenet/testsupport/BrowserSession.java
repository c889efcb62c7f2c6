package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The runnable jar with demo data and a headless Chromium, started once per test run for every browser test class
 * (kept in JUnit's root store, closed when the run ends), so a new browser class costs no server start.
 */
public final class BrowserSession implements ExtensionContext.Store.CloseableResource {

    private final IdentityProvider identityProvider;
    private final RunningJar jar;
    private final WebDriver browser;
    private final WebDriverWait wait;

    private BrowserSession() {
        Path data;
        try {
            data = Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "browser-data-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> environment = TestDatabase.environmentForANewJar();
        environment.putAll(Map.of("KOMPETENCENET_DATA_DIR", data.toString(), "KOMPETENCENET_DEMO", "true",
                "KOMPETENCENET_ADMIN_PASSWORD", "browser-test-admin"));
        // The municipality's single sign-on is on, as it will be in most: the login page offers both ways in.
        identityProvider = IdentityProvider.start();
        environment.putAll(identityProvider.environment());
        jar = RunningJar.start(environment);
        browser = Browser.start();
        // A page that reloads while a condition reads it can make Chrome answer "node does not belong to the
        // document" as a plain WebDriverException rather than a stale-element one; poll again in that case.
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
    }

    /**
     * Gives a test class's methods the run's session as a parameter ({@code @ExtendWith(BrowserSession.Shared.class)}),
     * started by the first class that asks.
     */
    public static final class Shared implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == BrowserSession.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .getOrComputeIfAbsent(BrowserSession.class, type -> new BrowserSession(), BrowserSession.class);
        }
    }

    public RunningJar jar() {
        return jar;
    }

    public IdentityProvider identityProvider() {
        return identityProvider;
    }

    public WebDriver browser() {
        return browser;
    }

    public WebDriverWait waiting() {
        return wait;
    }

    /** A fresh start: no cookies, so no session. */
    public void loggedOut() {
        browser.get(jar.url() + "/login.xhtml");
        browser.manage().deleteAllCookies();
    }

    /** Logs in through the login page with the demo password. */
    public void logIn(String username) {
        logIn(username, "kompetencenet");
    }

    /** Logs in through the login page. */
    public void logIn(String username, String password) {
        browser.get(jar.url() + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        // The first page after a start compiles its views; on a loaded 2-core machine that has taken over 30 s.
        try {
            new WebDriverWait(browser, Duration.ofSeconds(120)).ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(ExpectedConditions.presenceOfElementLocated(By.linkText("Log ud")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Not logged in as " + username + ": at " + browser.getCurrentUrl() + ", the page"
                    + " says: " + browser.findElement(By.tagName("body")).getText(), e);
        }
    }

    @Override
    public void close() {
        try {
            browser.quit();
        } finally {
            try {
                jar.close();
            } finally {
                identityProvider.close();
            }
        }
    }
}
