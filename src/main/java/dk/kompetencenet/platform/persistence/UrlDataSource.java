package dk.kompetencenet.platform.persistence;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The data source class {@link Database} names: it opens connections to whatever {@code url} says, embedded Derby
 * ({@code jdbc:derby:}) or PostgreSQL ({@code jdbc:postgresql:}), with the drivers shipped in the WAR. Payara pools
 * it like any data source; being a data source rather than a driver, it is loaded from the application's own jars.
 */
public class UrlDataSource implements DataSource {

    private static final List<Driver> DRIVERS = List.of(new org.apache.derby.jdbc.EmbeddedDriver(),
            new org.postgresql.Driver());

    private String url;
    private String user;
    private String password;
    private int loginTimeoutSeconds;
    private PrintWriter logWriter;

    public void setUrl(String url) {
        this.url = url;
    }

    public void setURL(String url) {
        setUrl(url);
    }

    public String getUrl() {
        return url;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String username, String secret) throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (secret != null && !secret.isEmpty()) {
            properties.setProperty("password", secret);
        }
        if (loginTimeoutSeconds > 0) {
            properties.setProperty("loginTimeout", Integer.toString(loginTimeoutSeconds));
        }
        Connection connection = driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("No connection for " + Vendor.redacted(url), "08001");
        }
        return connection;
    }

    private Driver driver() throws SQLException {
        if (url == null || url.isBlank()) {
            throw new SQLException("kompetencenet.db.url is empty", "08001");
        }
        for (Driver driver : DRIVERS) {
            if (driver.acceptsURL(url)) {
                return driver;
            }
        }
        throw new SQLException("kompetencenet.db.url must start with jdbc:derby: or jdbc:postgresql:, not "
                + Vendor.redacted(url), "08001");
    }

    @Override
    public PrintWriter getLogWriter() {
        return logWriter;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        this.logWriter = out;
    }

    @Override
    public void setLoginTimeout(int seconds) {
        this.loginTimeoutSeconds = seconds;
    }

    @Override
    public int getLoginTimeout() {
        return loginTimeoutSeconds;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
