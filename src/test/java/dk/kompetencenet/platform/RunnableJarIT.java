package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.RunningJar;
import dk.kompetencenet.testsupport.TestDatabase;

/**
 * The runnable jar as an operator runs it: port, data folder, database and administrator password from the
 * environment. In the PostgreSQL pass it runs on a fresh PostgreSQL database of its own.
 */
class RunnableJarIT {

    @Test
    void startsOnTheGivenPortServesHealthAndTheApiAndKeepsItsDataAcrossARestartWithoutDuplicates() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "jar-data-");
        Map<String, String> environment = TestDatabase.environmentForANewJar();
        environment.putAll(Map.of(
                "KOMPETENCENET_DATA_DIR", data.toString(),
                "KOMPETENCENET_ADMIN_PASSWORD", "operator-chosen-secret",
                "KOMPETENCENET_DEMO", "true"));

        JsonObject first;
        int institutionsFirst;
        try (RunningJar jar = RunningJar.start(environment)) {
            assertThat(Http.anonymous(jar.url()).get("/health").body()).contains("\"UP\"");
            Http admin = Http.basic(jar.url(), "admin", "operator-chosen-secret");
            Http.Response strategy = admin.get("/api/strategies/current");
            assertThat(strategy.status()).isEqualTo(200);
            first = strategy.json();
            assertThat(first.getJsonArray("focusAreas")).hasSize(3);
            institutionsFirst = admin.get("/api/institutions").jsonArray().size();
            assertThat(institutionsFirst).isEqualTo(8);
            assertThat(Http.basic(jar.url(), "admin", "not-the-password").get("/api/institutions").status()).isEqualTo(401);
            assertThat(Http.anonymous(jar.url()).get("/login.xhtml").status()).isEqualTo(200);
            assertThat(Http.anonymous(jar.url()).get("/openapi").status()).isEqualTo(401);
            assertThat(admin.get("/openapi").body()).contains("/api/strategies/current", "/api/employees/import");
        }
        if (TestDatabase.postgresql()) {
            assertThat(data.resolve("kompetencenet-db")).as("no Derby folder when PostgreSQL is configured").doesNotExist();
            assertThat(count(environment, "institution")).isEqualTo(8);
            assertThat(count(environment, "initiative")).isEqualTo(20);
        } else {
            assertThat(data.resolve("kompetencenet-db")).isDirectory();
        }

        try (RunningJar again = RunningJar.start(environment)) {
            Http admin = Http.basic(again.url(), "admin", "operator-chosen-secret");
            JsonObject second = admin.get("/api/strategies/current").json();
            assertThat(second).isEqualTo(first);
            assertThat(admin.get("/api/institutions").jsonArray()).hasSize(institutionsFirst);
            assertThat(again.log()).doesNotContain("Loaded the strategy").doesNotContain("Loaded demo data")
                    .contains("Demo data not loaded");
        }
        if (TestDatabase.postgresql()) {
            assertThat(count(environment, "institution")).as("a restart adds nothing").isEqualTo(8);
        }
    }

    @Test
    void aDatabaseThatCannotBeOpenedStopsStartUpWithOneLineNamingTheSettings() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "jar-bad-db-");
        Map<String, String> environment = TestDatabase.environmentForANewJar();
        environment.put("KOMPETENCENET_DATA_DIR", data.toString());
        if (TestDatabase.postgresql()) {
            environment.put("KOMPETENCENET_DB_PASSWORD", "not-the-password");
        } else {
            environment.put("KOMPETENCENET_DB_URL", "jdbc:mysql://localhost/kompetencenet");
        }

        RunningJar.Stopped stopped = RunningJar.startExpectingExit(environment, Duration.ofSeconds(120));

        assertThat(stopped.exitCode()).as("the process ends by itself, not healthy; log:%n%s", stopped.log())
                .isNotNull().isNotZero();
        List<String> lines = stopped.log().lines().filter(line -> line.contains("Cannot open the database")).toList();
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("KOMPETENCENET_DB_URL", "KOMPETENCENET_DB_PASSWORD")
                .doesNotContain("not-the-password");
        assertThat(lines.get(0)).contains(TestDatabase.postgresql() ? "password authentication failed" : "jdbc:mysql");
        assertThat(stopped.log()).as("no stack traces").doesNotContain("\tat org.eclipse.persistence");
    }

    /** Rows of a table, read from PostgreSQL itself rather than through the application. */
    private static long count(Map<String, String> environment, String table) throws Exception {
        try (Connection c = DriverManager.getConnection(environment.get("KOMPETENCENET_DB_URL"),
                environment.get("KOMPETENCENET_DB_USER"), environment.get("KOMPETENCENET_DB_PASSWORD"));
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
