package dk.kompetencenet.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /health/ready's database check: DOWN with a reason when the database cannot be reached, and never hangs. */
class DatabaseHealthCheckTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        executor.shutdownNow();
    }

    @Test
    void upWithTheDatabaseProductWhenAConnectionIsValid() {
        HealthCheckResponse response = new DatabaseHealthCheck(dataSource(() -> connection(true)), executor).call();
        assertThat(response.getName()).isEqualTo("database");
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData()).hasValueSatisfying(d -> assertThat(d).containsEntry("database", "Apache Derby"));
    }

    @Test
    void downWithTheReasonAndNoStackTraceOrPasswordWhenTheDatabaseCannotBeReached() {
        SQLException refused = new SQLNonTransientConnectionException(
                "Connection refused: jdbc:postgresql://db:5432/k?user=k&password=hemmeligt\n\tat org.postgresql.Driver",
                "08001", new java.net.ConnectException("Connection refused"));
        HealthCheckResponse response = new DatabaseHealthCheck(dataSource(() -> {
            throw new SQLException("Cannot get a connection: password=hemmeligt", "08001", refused);
        }), executor).call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        String error = (String) response.getData().orElseThrow().get("error");
        assertThat(error).isEqualTo("ConnectException: Connection refused (SQLState 08001)");

        String described = DatabaseHealthCheck.describe(new SQLException(
                "Database 'x' not found; password=hemmeligt user=k\n\tat org.apache.derby.impl", "XJ004"));
        assertThat(described).isEqualTo("SQLException: Database 'x' not found; password=*** user=k (SQLState XJ004)")
                .doesNotContain("hemmeligt", "\tat ");
    }

    @Test
    void downWhenTheConnectionIsNoLongerValid() {
        HealthCheckResponse response = new DatabaseHealthCheck(dataSource(() -> connection(false)), executor).call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("error")).isEqualTo("The database connection is not valid");
    }

    @Test
    void aHungDatabaseAnswersDownWithinTheWaitAndDoesNotPileUpProbes() {
        AtomicInteger attempts = new AtomicInteger();
        DatabaseHealthCheck check = new DatabaseHealthCheck(dataSource(() -> {
            attempts.incrementAndGet();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new SQLException("interrupted");
        }), executor);

        long start = System.nanoTime();
        HealthCheckResponse response = check.call();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(response.getData().orElseThrow().get("error")).isEqualTo("No answer from the database within 3 s");
        assertThat(millis).isBetween(2_900L, 6_000L);

        assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void withARealDerbyItIsUpThenDownOnceTheDatabaseIsShutDownUnderThePooledConnection(@TempDir Path work)
            throws Exception {
        System.setProperty("derby.stream.error.file", work.resolve("derby.log").toString());
        String url = "jdbc:derby:" + work.resolve("kompetencenet-db");
        Connection pooled = DriverManager.getConnection(url + ";create=true");
        // Like the server's pool: the same open connection is handed out again, and never really closed.
        DataSource pool = dataSource(() -> (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (self, method, args) -> method.getName().equals("close") ? null
                        : method.invoke(pooled, args)));
        DatabaseHealthCheck check = new DatabaseHealthCheck(pool, executor);
        assertThat(check.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        assertThatThrownBy(() -> DriverManager.getConnection(url + ";shutdown=true"))
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("08006"));
        HealthCheckResponse down = check.call();
        assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(down.getData().orElseThrow().get("error")).isEqualTo("The database connection is not valid");

        DataSource missing = dataSource(() -> DriverManager.getConnection("jdbc:derby:" + work.resolve("gone")));
        HealthCheckResponse notFound = new DatabaseHealthCheck(missing, executor).call();
        assertThat(notFound.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat((String) notFound.getData().orElseThrow().get("error")).contains("Database '")
                .contains("not found").endsWith("(SQLState XJ004)").doesNotContain("\tat ");
    }

    private interface Connect {
        Connection get() throws SQLException;
    }

    private static DataSource dataSource(Connect connect) {
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                (self, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return connect.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static Connection connection(boolean valid) {
        DatabaseMetaData metaData = (DatabaseMetaData) Proxy.newProxyInstance(DatabaseMetaData.class.getClassLoader(),
                new Class<?>[] {DatabaseMetaData.class}, (self, method, args) -> "Apache Derby");
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (self, method, args) -> switch (method.getName()) {
                    case "isValid" -> valid;
                    case "getMetaData" -> metaData;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
