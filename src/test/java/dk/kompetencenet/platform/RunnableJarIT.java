package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.testsupport.BackupScenario;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.OperatorChecks;
import dk.kompetencenet.testsupport.RunningJar;
import dk.kompetencenet.testsupport.TestDatabase;

/**
 * The runnable jar as an operator runs it: port, data folder, database and administrator password from the
 * environment (in the PostgreSQL pass, a fresh PostgreSQL database of its own); health and metrics as a monitoring
 * system reads them; and an online backup, taken while records are being written, restored into a fresh data folder
 * and started there (Derby; PostgreSQL's database is backed up with pg_dump, its files by the application).
 */
class RunnableJarIT {

    private static final String ADMIN_PASSWORD = "operator-chosen-secret";
    private static final String METRICS_PASSWORD = "scrape-secret";

    @Test
    void startsOnTheGivenPortServesHealthAndTheApiKeepsItsDataAcrossARestartAndRestoresFromABackupTakenWhileWriting()
            throws Exception {
        Path tmp = Path.of(System.getProperty("it.tmpdir", "target"));
        Path data = Files.createTempDirectory(tmp, "jar-data-");
        Map<String, String> environment = TestDatabase.environmentForANewJar();
        environment.putAll(Map.of(
                "KOMPETENCENET_DATA_DIR", data.toString(),
                "KOMPETENCENET_ADMIN_PASSWORD", ADMIN_PASSWORD,
                "KOMPETENCENET_DEMO", "true",
                "KOMPETENCENET_METRICS_PASSWORD", METRICS_PASSWORD));

        JsonObject first;
        int institutionsFirst;
        BackupScenario.Taken taken;
        try (RunningJar jar = RunningJar.start(environment)) {
            assertThat(Http.anonymous(jar.url()).get("/health").body()).contains("\"UP\"");
            Http admin = Http.basic(jar.url(), "admin", ADMIN_PASSWORD);
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

            OperatorChecks.healthAndMetrics(jar, METRICS_PASSWORD, ADMIN_PASSWORD);
            if (TestDatabase.postgresql()) {
                OperatorChecks.readinessFollowsTheDatabase(jar, environment.get("KOMPETENCENET_DB_URL"));
            }

            taken = BackupScenario.takeWhileWriting(jar, admin, ADMIN_PASSWORD);
            assertThat(data.resolve("backups").resolve(taken.name())).isDirectory();
        }
        if (TestDatabase.postgresql()) {
            assertThat(data.resolve("kompetencenet-db")).as("no Derby folder when PostgreSQL is configured").doesNotExist();
            assertThat(OperatorChecks.count(environment, "institution")).isEqualTo(8);
            assertThat(OperatorChecks.count(environment, "initiative")).isEqualTo(20);
            assertThat(OperatorChecks.auditedBackups(environment.get("KOMPETENCENET_DB_URL"),
                    TestDatabase.ROLE, TestDatabase.PASSWORD)).contains(taken.name());
        } else {
            assertThat(data.resolve("kompetencenet-db")).isDirectory();
            assertThat(auditedDerbyBackups(data.resolve("kompetencenet-db"))).as("each backup is audited, by admin")
                    .contains(taken.name());
        }

        try (RunningJar again = RunningJar.start(environment)) {
            Http admin = Http.basic(again.url(), "admin", ADMIN_PASSWORD);
            JsonObject second = admin.get("/api/strategies/current").json();
            assertThat(second).isEqualTo(first);
            assertThat(admin.get("/api/institutions").jsonArray()).hasSize(institutionsFirst);
            assertThat(again.log()).doesNotContain("Loaded the strategy").doesNotContain("Loaded demo data")
                    .contains("Demo data not loaded");
        }
        if (TestDatabase.postgresql()) {
            assertThat(OperatorChecks.count(environment, "institution")).as("a restart adds nothing").isEqualTo(8);
            return;
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
            BackupScenario.assertRestored(Http.basic(fromBackup.url(), "admin", ADMIN_PASSWORD), taken);
            assertThat(fromBackup.log()).doesNotContain("Loaded demo data");
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

    /** The backups audited as taken by admin, read from the stopped server's Derby database, which is then let go. */
    private static List<String> auditedDerbyBackups(Path database) throws SQLException {
        System.setProperty("derby.stream.error.file", database.getParent().resolve("derby-test.log").toString());
        String url = "jdbc:derby:" + database.toAbsolutePath();
        try {
            return OperatorChecks.auditedBackups(url, null, null);
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby answers a shutdown with an exception (08006)
            }
        }
    }
}
