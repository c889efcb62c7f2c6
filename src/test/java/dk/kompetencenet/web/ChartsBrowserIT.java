package dk.kompetencenet.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.kompetencenet.testsupport.BrowserTest;

/**
 * The charts draw under the strict Content-Security-Policy (PrimeFaces' p:chart, Chart.js, the nonce'd widget script),
 * each with its table, and the profile's radar fits a phone. Only that they render: the demo data decides the figures.
 */
class ChartsBrowserIT extends BrowserTest {

    @BeforeEach
    void newSession() {
        session.loggedOut();
    }

    @Test
    void theEmployeesProfileRadarDrawsWithItsTableAndFitsAPhone() {
        session.logIn("medarbejder");
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(session.jar().url() + "/competence/profile.xhtml");
            drawn("radar");
            assertThat(browser.findElement(By.cssSelector("#radar canvas")).getAttribute("aria-label"))
                    .startsWith("Profil pr. område");
            Number right = (Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.querySelector('#radar canvas').getBoundingClientRect().right");
            Number width = (Number) ((JavascriptExecutor) browser).executeScript("return window.innerWidth");
            assertThat(right.doubleValue()).as("the radar's right edge").isLessThanOrEqualTo(width.doubleValue());
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void theMunicipalityOverviewDrawsLevelsTrendAndAttendance() {
        session.logIn("koordinator");
        browser.get(session.jar().url() + "/overview/municipality.xhtml");
        for (String chart : List.of("figures:levelsChart", "figures:trendChart", "figures:attendanceChart")) {
            drawn(chart);
        }
    }

    /** The chart's canvas is there, Chart.js has drawn into it, and its table with caption and headers follows it. */
    private static void drawn(String clientId) {
        String widget = "widget_" + clientId.replace(':', '_');
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id='" + clientId + "'] canvas")));
        wait.until(driver -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var w = PrimeFaces.widgets[arguments[0]]; return !!(w && w.chart && w.chart.data.datasets.length);",
                widget)));
        var figure = browser.findElement(By.xpath("//*[@id='" + clientId + "']/ancestor::figure"));
        assertThat(figure.findElements(By.cssSelector("table.chart-data caption"))).hasSize(1);
        assertThat(figure.findElements(By.cssSelector("table.chart-data th[scope='col']"))).isNotEmpty();
    }
}
