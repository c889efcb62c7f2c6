package dk.kompetencenet.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import dk.kompetencenet.platform.persistence.Database;

/**
 * {@code /health/ready}: DOWN while the database cannot be reached, with the reason (no stack trace, no secrets) in
 * the check's data. The probe asks the database with {@code Connection.isValid(2)} on another thread and waits at most
 * {@link #WAIT}, so a hung database answers DOWN quickly instead of hanging the probe; while an earlier probe is still
 * waiting, no second one is started.
 */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    static final String NAME = "database";
    static final int VALID_SECONDS = 2;
    static final Duration WAIT = Duration.ofSeconds(3);

    private static final Logger LOG = Logger.getLogger(DatabaseHealthCheck.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Resource
    private ManagedExecutorService managedExecutor;

    private Executor executor;
    private final AtomicReference<CompletableFuture<HealthCheckResponse>> pending = new AtomicReference<>();

    public DatabaseHealthCheck() {
    }

    /** For tests: a data source and the executor the probe runs on. */
    DatabaseHealthCheck(DataSource dataSource, Executor executor) {
        this.dataSource = dataSource;
        this.executor = executor;
    }

    @Override
    public HealthCheckResponse call() {
        CompletableFuture<HealthCheckResponse> probe = pending.updateAndGet(p -> p != null && !p.isDone() ? p
                : CompletableFuture.supplyAsync(this::probe, executor == null ? managedExecutor : executor));
        try {
            return probe.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return down("No answer from the database within " + WAIT.toSeconds() + " s");
        } catch (ExecutionException e) {
            return down(describe(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("Interrupted while waiting for the database");
        }
    }

    private HealthCheckResponse probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(VALID_SECONDS)) {
                return down("The database connection is not valid");
            }
            return new HealthCheckResponse(NAME, HealthCheckResponse.Status.UP,
                    Optional.of(Map.<String, Object>of("database", connection.getMetaData().getDatabaseProductName())));
        } catch (SQLException | RuntimeException e) {
            return down(describe(e));
        }
    }

    private static HealthCheckResponse down(String error) {
        LOG.warning(() -> "Readiness: database DOWN: " + error);
        return new HealthCheckResponse(NAME, HealthCheckResponse.Status.DOWN,
                Optional.of(Map.<String, Object>of("error", error)));
    }

    /**
     * The innermost cause's type and first line of message, with anything that looks like a password masked, and the
     * SQLState of the first SQL exception on the way.
     */
    static String describe(Throwable error) {
        Throwable root = error;
        String state = error instanceof SQLException sql ? sql.getSQLState() : null;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
            if (state == null && root instanceof SQLException sql) {
                state = sql.getSQLState();
            }
        }
        String message = root.getMessage() == null ? "" : root.getMessage().lines().findFirst().orElse("");
        message = message.replaceAll("(?i)(password|passwd|pwd)(\\s*[=:]\\s*)[^\\s;,&]+", "$1$2***");
        if (state != null) {
            message = message + " (SQLState " + state + ")";
        }
        String text = root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
        return text.length() > 300 ? text.substring(0, 297) + "..." : text;
    }
}
