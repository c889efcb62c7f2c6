package dk.kompetencenet.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source: embedded Derby in {@code kompetencenet.data.dir}, created on first start. The
 * database name is read from MicroProfile Config, so it can come from a system property or the environment.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "org.apache.derby.jdbc.EmbeddedDataSource",
        databaseName = "${MPCONFIG=kompetencenet.db.path}",
        properties = {"createDatabase=create"},
        minPoolSize = 2,
        maxPoolSize = 20,
        initialPoolSize = 2)
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/kompetencenet";

    private Database() {
    }
}
