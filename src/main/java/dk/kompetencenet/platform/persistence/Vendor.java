package dk.kompetencenet.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** The two databases Kompetencenet runs on, told apart by the connection's own metadata. */
public enum Vendor {
    DERBY, POSTGRESQL;

    /** The vendor of an open connection. */
    public static Vendor of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("derby")) {
            return DERBY;
        }
        if (product.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new SQLException("Unsupported database: " + product);
    }

    /** Flyway's folder of this vendor's own migrations, beside the common {@code db/migration}. */
    public String migrations() {
        return "classpath:db/" + name().toLowerCase(Locale.ROOT);
    }

    /** A JDBC URL fit for a log line: no password or other query parameters. */
    static String redacted(String url) {
        if (url == null) {
            return "(unset)";
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }
}
