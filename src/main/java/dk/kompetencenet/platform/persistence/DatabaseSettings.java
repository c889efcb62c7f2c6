package dk.kompetencenet.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The database settings as configured ({@code kompetencenet.db.url}, {@code .user}, {@code .password}; the pools in
 * {@link Database} read the same), for start-up's log and for a connection of its own outside the pools.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "kompetencenet.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "kompetencenet.db.user")
    private String user;

    @Inject
    @ConfigProperty(name = "kompetencenet.db.password")
    private String password;

    /** The URL fit for a log line. */
    public String redactedUrl() {
        return Vendor.redacted(url);
    }

    /** Why the database could not be reached, naming the settings. */
    public DatabaseUnreachable unreachable(SQLException cause) {
        return new DatabaseUnreachable(url, user, cause);
    }

    /** A new connection outside the pools, closed by the caller (ending its session on the server). */
    public Connection unpooledConnection() {
        UrlDataSource source = new UrlDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(password);
        try {
            return source.getConnection();
        } catch (SQLException e) {
            throw unreachable(e);
        }
    }
}
