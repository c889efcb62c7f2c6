package dk.kompetencenet.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * One node at a time migrates the schema and seeds the data (issue 11: several nodes may start at the same instant on
 * one empty database, and each seed looks for its data before adding it, which two nodes at once would both miss). On
 * PostgreSQL the holder takes a session-level advisory lock ({@link #KEY}) on a connection of its own, opened for it
 * outside the pool and closed at the end, so the lock also goes when the node dies half-way (the server ends the
 * session). The next node waits, then finds everything seeded and adds nothing. Embedded Derby belongs to one JVM, so
 * there is nothing to wait for.
 */
@ApplicationScoped
public class StartupLock {

    /** The advisory lock's key, the same on every node: "Kompetnc" as eight ASCII bytes. */
    public static final long KEY = 0x4b6f6d7065746e63L;

    private static final Logger LOG = Logger.getLogger(StartupLock.class.getName());

    @Inject
    private DatabaseSettings settings;

    /** The lock while it is held; closing it lets the next node go on. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Waits until no other node migrates or seeds, then holds the lock for {@code what} (named in the log).
     *
     * @throws DatabaseUnreachable when the database cannot be reached to take the lock
     */
    public Held hold(Vendor vendor, String what) {
        if (vendor != Vendor.POSTGRESQL) {
            return () -> { };
        }
        Connection connection = settings.unpooledConnection();
        try {
            take(connection, what);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the start-up lock for " + what + ": " + e.getMessage(), e);
        }
        return () -> release(connection, what);
    }

    private static void take(Connection connection, String what) throws SQLException {
        if (query(connection, "SELECT pg_try_advisory_lock(?)")) {
            return;
        }
        long start = System.nanoTime();
        LOG.info(() -> "Waiting: another node is migrating or seeding the database (PostgreSQL advisory lock " + KEY
                + "); " + what + " follows when it is done");
        query(connection, "SELECT pg_advisory_lock(?) IS NOT NULL");
        LOG.info(() -> String.format("The other node is done (waited %.1f s): %s", (System.nanoTime() - start) / 1e9,
                what));
    }

    private static void release(Connection connection, String what) {
        try {
            query(connection, "SELECT pg_advisory_unlock(?)");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not release the start-up lock after " + what + "; closing its connection"
                    + " releases it", e);
        } finally {
            closeQuietly(connection);
        }
    }

    private static boolean query(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, KEY);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getBoolean(1);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Closing the start-up lock's connection", e);
        }
    }
}
