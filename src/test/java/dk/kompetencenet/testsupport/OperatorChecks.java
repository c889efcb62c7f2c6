package dk.kompetencenet.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an operator's monitoring and tools see of a running jar: health, metrics, and the database's own rows. */
public final class OperatorChecks {

    private OperatorChecks() {
    }

    /** /health and its parts answer without login; the metrics credential opens /metrics and nothing else. */
    public static void healthAndMetrics(RunningJar jar, String metricsPassword, String adminPassword) {
        Http anonymous = Http.anonymous(jar.url());
        Http.Response ready = anonymous.get("/health/ready");
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"")
                .contains(TestDatabase.postgresql() ? "PostgreSQL" : "Apache Derby").contains("\"name\":\"startup\"")
                .doesNotContain("DOWN");
        Http.Response live = anonymous.get("/health/live");
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.body()).contains("\"name\":\"application\"").contains("\"status\":\"UP\"")
                .doesNotContain("database");
        assertThat(anonymous.get("/health").body()).contains("\"database\"", "\"application\"");

        Http monitoring = Http.basic(jar.url(), "metrics", metricsPassword);
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
        assertThat(Http.basic(jar.url(), "admin", adminPassword).get("/metrics").status()).isEqualTo(200);
    }

    /**
     * On PostgreSQL: while the database refuses connections (and has dropped the ones the pool held), /health/ready
     * is DOWN and says so, /health/live stays UP; when it takes connections again, ready is UP again by itself.
     */
    public static void readinessFollowsTheDatabase(RunningJar jar, String url) {
        Http anonymous = Http.anonymous(jar.url());
        TestDatabase.refuseConnections(url, true);
        try {
            Http.Response down = awaitStatus(anonymous, 503);
            assertThat(down.body()).contains("\"name\":\"database\"").contains("\"status\":\"DOWN\"")
                    .doesNotContain(TestDatabase.PASSWORD).doesNotContain("\tat ");
            assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
        } finally {
            TestDatabase.refuseConnections(url, false);
        }
        assertThat(awaitStatus(anonymous, 200).body()).contains("\"status\":\"UP\"");
    }

    private static Http.Response awaitStatus(Http anonymous, int status) {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        Http.Response last = anonymous.get("/health/ready");
        while (last.status() != status && Instant.now().isBefore(until)) {
            sleep();
            last = anonymous.get("/health/ready");
        }
        assertThat(last.status()).as(last.body()).isEqualTo(status);
        return last;
    }

    /** Rows of a table, read from the PostgreSQL database itself rather than through the application. */
    public static long count(Map<String, String> environment, String table) throws SQLException {
        try (Connection c = DriverManager.getConnection(environment.get("KOMPETENCENET_DB_URL"),
                environment.get("KOMPETENCENET_DB_USER"), environment.get("KOMPETENCENET_DB_PASSWORD"));
             ResultSet r = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The names of the backups the audit log records as taken by admin, from the database at this JDBC URL. */
    public static List<String> auditedBackups(String url, String user, String password) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, user, password);
             ResultSet rows = connection.createStatement().executeQuery("SELECT details FROM audit_entry"
                     + " WHERE action_code = 'BACKUP' AND actor = 'admin' AND entity_type = 'Backup'")) {
            while (rows.next()) {
                names.add(rows.getString(1).substring(0, rows.getString(1).indexOf(':')));
            }
        }
        return names;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
