package dk.kompetencenet.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Several nodes starting at once on one PostgreSQL database: while another node holds the start-up lock (here this
 * test, through a connection of its own), migrating and seeding waits, and once the lock is free it runs and adds
 * nothing that is there already. Embedded Derby has one JVM only: there the start-up runs again at once and adds
 * nothing.
 */
@ExtendWith(ArquillianExtension.class)
class StartupLockIT {

    /** The tables the seeds fill, which a second node's start-up must leave as they are. */
    private static final List<String> SEEDED = List.of("strategy", "focus_area", "goal", "initiative", "network",
            "school_holiday", "programme", "programme_module", "framework", "competence", "document_kind",
            "user_role");

    @Inject
    private Bootstrap bootstrap;

    @Inject
    private DatabaseSettings settings;

    @Inject
    private Instance<RequestContextController> requestContexts;

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Test
    void migratingAndSeedingWaitsForAnotherNodeHoldingTheLockThenAddsNothing() throws Exception {
        Map<String, Long> before = counts();
        if (vendor() != Vendor.POSTGRESQL) {
            // An embedded Derby database belongs to one JVM: no other node, no lock; a second start-up adds nothing.
            bootstrap.migrateAndSeed();
            assertEquals(before, counts(), "a second start-up found everything seeded and added nothing");
            return;
        }
        ManagedExecutorService executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");

        Future<?> secondNode;
        try (Connection otherNode = settings.unpooledConnection()) {
            assertTrue(lock(otherNode, "SELECT pg_try_advisory_lock(?)"), "the test holds the lock");
            secondNode = executor.submit(() -> {
                RequestContextController requestContext = requestContexts.get();
                requestContext.activate();
                try {
                    bootstrap.migrateAndSeed();
                } finally {
                    requestContext.deactivate();
                }
            });
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (waiting(otherNode) == 0 && !secondNode.isDone() && System.nanoTime() < until) {
                Thread.sleep(100);
            }
            assertEquals(1, waiting(otherNode), "the start-up waits for the advisory lock");
            Thread.sleep(1000);
            assertFalse(secondNode.isDone(), "migrating and seeding waits while another node holds the lock");
            assertEquals(before, counts(), "nothing seeded while waiting");
            lock(otherNode, "SELECT pg_advisory_unlock(?)");
        }
        secondNode.get(3, TimeUnit.MINUTES);

        assertEquals(before, counts(), "the second start-up found everything seeded and added nothing");
    }

    private static boolean lock(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, StartupLock.KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    /** Sessions waiting for an advisory lock (one of them the start-up's). */
    private static long waiting(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
             ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Vendor vendor() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return Vendor.of(c);
        }
    }

    private Map<String, Long> counts() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : SEEDED) {
                try (PreparedStatement statement = c.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet result = statement.executeQuery()) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        }
        return counts;
    }
}
