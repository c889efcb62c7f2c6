package dk.kompetencenet.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;

/**
 * The application's one data source, chosen by {@code kompetencenet.db.url}: by default embedded Derby in
 * {@code kompetencenet.data.dir}, created on first start; a {@code jdbc:postgresql:} URL with
 * {@code kompetencenet.db.user} and {@code kompetencenet.db.password} for PostgreSQL. Payara reads the three from
 * MicroProfile Config, so they can come from system properties or the environment; {@link UrlDataSource} hands the URL
 * to the right driver. Connections are validated when taken from the pool, so a database that went away and came back
 * is used again without a restart.
 */
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "dk.kompetencenet.platform.persistence.UrlDataSource",
        url = "${MPCONFIG=kompetencenet.db.url}",
        user = "${MPCONFIG=kompetencenet.db.user}",
        password = "${MPCONFIG=kompetencenet.db.password}",
        minPoolSize = 2,
        maxPoolSize = 20,
        initialPoolSize = 2,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/kompetencenet";

    private Database() {
    }
}
