package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.BackupScenario;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.RunningJar;

/**
 * The runnable jar as an operator runs it: port, data folder and administrator password from the environment; health
 * and metrics as a monitoring system reads them; and an online backup, taken while records are being written, restored
 * into a fresh data folder and started there.
 */
class RunnableJarIT {

    private static final String METRICS_PASSWORD = "scrape-secret";

    @Test
    void startsOnTheGivenPortServesHealthAndTheApiKeepsItsDataAcrossARestartAndRestoresFromABackupTakenWhileWriting()
            throws Exception {
        Path tmp = Path.of(System.getProperty("it.tmpdir", "target"));
        Path data = Files.createTempDirectory(tmp, "jar-data-");
        Map<String, String> environment = Map.of(
                "KOMPETENCENET_DATA_DIR", data.toString(),
                "KOMPETENCENET_ADMIN_PASSWORD", "operator-chosen-secret",
                "KOMPETENCENET_DEMO", "true",
                "KOMPETENCENET_METRICS_PASSWORD", METRICS_PASSWORD);

        JsonObject first;
        int institutionsFirst;
        BackupScenario.Taken taken;
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
            assertThat(admin.get("/openapi").body()).contains("/api/strategies/current", "/api/employees/import",
                    "/api/admin/backups");

            healthAnswersWithoutLoginAndTheMetricsCredentialOpensMetricsOnly(jar);

            taken = BackupScenario.takeWhileWriting(jar, admin, "operator-chosen-secret");
            assertThat(data.resolve("backups").resolve(taken.name())).isDirectory();
        }
        assertThat(data.resolve("kompetencenet-db")).isDirectory();
        assertThat(auditedBackups(data.resolve("kompetencenet-db"))).as("each backup is in the audit log, by admin")
                .contains(taken.name());

        try (RunningJar again = RunningJar.start(environment)) {
            Http admin = Http.basic(again.url(), "admin", "operator-chosen-secret");
            JsonObject second = admin.get("/api/strategies/current").json();
            assertThat(second).isEqualTo(first);
            assertThat(admin.get("/api/institutions").jsonArray()).hasSize(institutionsFirst);
            assertThat(again.log()).doesNotContain("Loaded the strategy").doesNotContain("Loaded demo data")
                    .contains("Demo data not loaded");
        }

        // Restore exactly as the README says: the backup's two folders copied into a fresh data folder.
        Path restored = Files.createTempDirectory(tmp, "jar-restored-");
        Path backup = data.resolve("backups").resolve(taken.name());
        BackupScenario.copyFolder(backup.resolve("kompetencenet-db"), restored.resolve("kompetencenet-db"));
        BackupScenario.copyFolder(backup.resolve("files"), restored.resolve("files"));
        Map<String, String> restoredEnvironment = new HashMap<>(environment);
        restoredEnvironment.put("KOMPETENCENET_DATA_DIR", restored.toString());
        try (RunningJar fromBackup = RunningJar.start(restoredEnvironment)) {
            assertThat(Http.anonymous(fromBackup.url()).get("/health/ready").body()).contains("\"UP\"");
            BackupScenario.assertRestored(Http.basic(fromBackup.url(), "admin", "operator-chosen-secret"),
                    taken);
            assertThat(fromBackup.log()).doesNotContain("Loaded demo data");
        }
    }

    /** /health and its parts answer without login; the metrics credential opens /metrics and nothing else. */
    private static void healthAnswersWithoutLoginAndTheMetricsCredentialOpensMetricsOnly(RunningJar jar) {
        Http anonymous = Http.anonymous(jar.url());
        Http.Response ready = anonymous.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"")
                .contains("Apache Derby").contains("\"name\":\"startup\"").doesNotContain("DOWN");
        Http.Response live = anonymous.get("/health/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("\"name\":\"application\"").contains("\"status\":\"UP\"")
                .doesNotContain("database");
        assertThat(anonymous.get("/health").body()).contains("\"database\"", "\"application\"");

        Http monitoring = Http.basic(jar.url(), "metrics", METRICS_PASSWORD);
        Http.Response metrics = monitoring.get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("# TYPE");
        assertThat(monitoring.get("/metrics?scope=base").status()).isEqualTo(200);
        assertThat(monitoring.get("/api/institutions").status()).as("the metrics credential opens no API").isEqualTo(401);
        assertThat(monitoring.get("/api/admin/backups").status()).isEqualTo(401);
        assertThat(monitoring.get("/openapi").status()).isEqualTo(401);
        assertThat(monitoring.get("/admin/accounts.xhtml").status()).as("nor a page").isEqualTo(302);
        assertThat(monitoring.get("/metrics/../index.xhtml").status()).as("not even through /metrics/..")
                .isNotEqualTo(200);
        assertThat(monitoring.get("/metrics/../api/institutions").status()).isEqualTo(401);
        assertThat(Http.basic(jar.url(), "metrics", "wrong").get("/metrics").status()).isEqualTo(401);
        assertThat(anonymous.get("/metrics").status()).isEqualTo(401);
        assertThat(Http.basic(jar.url(), "koordinator", "kompetencenet").get("/metrics").status())
                .as("only administrators besides the monitoring system").isEqualTo(403);
        assertThat(Http.basic(jar.url(), "admin", "operator-chosen-secret").get("/metrics").status()).isEqualTo(200);
    }

    /** The names of the backups the audit log records as taken by admin, read from the stopped server's database. */
    private static List<String> auditedBackups(Path database) throws SQLException {
        System.setProperty("derby.stream.error.file", database.getParent().resolve("derby-test.log").toString());
        String url = "jdbc:derby:" + database.toAbsolutePath();
        List<String> names = new java.util.ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet rows = connection.createStatement().executeQuery("SELECT details FROM audit_entry"
                     + " WHERE action_code = 'BACKUP' AND actor = 'admin' AND entity_type = 'Backup'")) {
            while (rows.next()) {
                names.add(rows.getString(1).substring(0, rows.getString(1).indexOf(':')));
            }
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception (08006)
            }
        }
        return names;
    }
}
