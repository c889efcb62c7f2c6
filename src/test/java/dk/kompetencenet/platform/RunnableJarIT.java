package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.RunningJar;

/** The runnable jar as an operator runs it: port, data folder and administrator password from the environment. */
class RunnableJarIT {

    @Test
    void startsOnTheGivenPortServesHealthAndTheApiAndKeepsItsDataAcrossARestartWithoutDuplicates() throws Exception {
        Path data = Files.createTempDirectory(Path.of(System.getProperty("it.tmpdir", "target")), "jar-data-");
        Map<String, String> environment = Map.of(
                "KOMPETENCENET_DATA_DIR", data.toString(),
                "KOMPETENCENET_ADMIN_PASSWORD", "operator-chosen-secret",
                "KOMPETENCENET_DEMO", "true");

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
        assertThat(data.resolve("kompetencenet-db")).isDirectory();

        try (RunningJar again = RunningJar.start(environment)) {
            Http admin = Http.basic(again.url(), "admin", "operator-chosen-secret");
            JsonObject second = admin.get("/api/strategies/current").json();
            assertThat(second).isEqualTo(first);
            assertThat(admin.get("/api/institutions").jsonArray()).hasSize(institutionsFirst);
            assertThat(again.log()).doesNotContain("Loaded the strategy").doesNotContain("Loaded demo data")
                    .contains("Demo data not loaded");
        }
    }
}
