package dk.kompetencenet.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Start-up: checks that the database can be reached, migrates the schema with Flyway (JPA generates none; common
 * migrations in {@code db/migration}, each vendor's own in {@code db/derby} or {@code db/postgresql}), then lets the
 * features seed their data. A failure here stops the deployment rather than serving a half-made database; a database
 * that cannot be reached stops it with one log line naming the settings. Both are done under the {@link StartupLock},
 * so that of several nodes starting at once on one database one migrates and seeds, and the others find it done.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    private DatabaseSettings settings;

    @Inject
    @ConfigProperty(name = "kompetencenet.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private Event<DatabaseReady> databaseReady;

    @Inject
    private StartupLock startupLock;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrateAndSeed();
    }

    /** Migrates the schema and lets the features seed, holding the start-up lock throughout (public for a test). */
    public void migrateAndSeed() {
        long start = System.nanoTime();
        Vendor vendor = reachableDatabase();
        try (StartupLock.Held held = startupLock.hold(vendor, "migrating the schema and seeding")) {
            long locked = System.nanoTime();
            var result = Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration", vendor.migrations())
                    .load()
                    .migrate();
            LOG.info(() -> "Database " + vendor + " at " + settings.redactedUrl() + ": schema at version "
                    + result.targetSchemaVersion + " (" + result.migrationsExecuted + " migrations applied now)");
            long migrated = System.nanoTime();
            databaseReady.fire(new DatabaseReady(demo));
            long seeded = System.nanoTime();
            LOG.info(() -> "Start-up work: waiting for other nodes " + millis(start, locked) + " ms, schema "
                    + millis(locked, migrated) + " ms, seeding " + millis(migrated, seeded) + " ms");
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private Vendor reachableDatabase() {
        try (Connection connection = dataSource.getConnection()) {
            return Vendor.of(connection);
        } catch (SQLException e) {
            throw settings.unreachable(e);
        }
    }
}
