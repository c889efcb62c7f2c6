package dk.kompetencenet.testsupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A browser test class: the run's one jar, browser and wait ({@link BrowserSession}), shared by every such class. */
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
}
