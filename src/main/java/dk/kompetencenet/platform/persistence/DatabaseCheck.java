package dk.kompetencenet.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;

/**
 * The first thing start-up does with the database: EclipseLink calls this before it logs in, while the application is
 * being deployed. A database that cannot be reached (wrong URL, user or password, server down, a Derby folder in use
 * by another process) ends the process with one log line naming the settings and what the database said, instead of
 * pages of stack traces and a server that runs without its application.
 */
public class DatabaseCheck implements SessionCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseCheck.class.getName());

    @Override
    public void customize(Session session) {
        if (!(session.getDatasourceLogin() instanceof org.eclipse.persistence.sessions.DatabaseLogin login)
                || !(login.getConnector() instanceof JNDIConnector connector)) {
            return;
        }
        DataSource dataSource = connector.getDataSource();
        if (dataSource == null) {
            return;
        }
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            LOG.fine(() -> "Database reachable: " + product);
        } catch (SQLException | RuntimeException e) {
            var config = ConfigProvider.getConfig();
            String url = config.getOptionalValue("kompetencenet.db.url", String.class).orElse(null);
            String user = config.getOptionalValue("kompetencenet.db.user", String.class).orElse("");
            LOG.severe(new DatabaseUnreachable(url, user, e).getMessage());
            System.exit(2);
        }
    }
}
