package dk.kompetencenet.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.annotation.sql.DataSourceDefinitions;

/**
 * The application's one data source, chosen by {@code kompetencenet.db.url}: by default embedded Derby in
 * {@code kompetencenet.data.dir}, created on first start; a {@code jdbc:postgresql:} URL with
 * {@code kompetencenet.db.user} and {@code kompetencenet.db.password} for PostgreSQL. Payara reads the three from
 * MicroProfile Config, so they can come from system properties or the environment; {@link UrlDataSource} hands the URL
 * to the right driver. Connections are validated when taken from the pool, so a database that went away and came back
 * is used again without a restart.
 * <p>
 * A second, small pool of the same database outside any JTA transaction ({@link #IDS_JNDI_NAME}) serves only
 * EclipseLink's id allocation (persistence.xml: {@code eclipselink.jdbc.sequence-connection-pool}): a block of ids is
 * taken from the id table and committed at once, so no request holds the id table's row lock until it commits. Held
 * in the request's transaction, that lock made every writing request wait for every other one, and closed a deadlock
 * cycle with any read waiting for another request's new rows (the conflict check of parallel meetings).
 */
@DataSourceDefinitions({@DataSourceDefinition(
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
                "fish.payara.fail-all-connections=true"}),
    @DataSourceDefinition(
        name = Database.IDS_JNDI_NAME,
        className = "dk.kompetencenet.platform.persistence.UrlDataSource",
        url = "${MPCONFIG=kompetencenet.db.url}",
        user = "${MPCONFIG=kompetencenet.db.user}",
        password = "${MPCONFIG=kompetencenet.db.password}",
        transactional = false,
        minPoolSize = 1,
        maxPoolSize = 4,
        initialPoolSize = 1,
        properties = {
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=custom-validation",
                "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation",
                "fish.payara.fail-all-connections=true"})})
public final class Database {

    public static final String JNDI_NAME = "java:app/jdbc/kompetencenet";

    /** The non-transactional pool EclipseLink allocates ids from. */
    public static final String IDS_JNDI_NAME = "java:global/jdbc/kompetencenet-ids";

    private Database() {
    }
}
