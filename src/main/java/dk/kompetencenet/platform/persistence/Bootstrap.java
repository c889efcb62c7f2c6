package dk.kompetencenet.platform.persistence;

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
 * Start-up: migrates the schema with Flyway (JPA generates none), then lets the features seed their data. A failure
 * here stops the deployment rather than serving a half-made database.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "kompetencenet.demo", defaultValue = "false")
    private boolean demo;

    @Inject
    private Event<DatabaseReady> databaseReady;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
        databaseReady.fire(new DatabaseReady(demo));
    }
}
