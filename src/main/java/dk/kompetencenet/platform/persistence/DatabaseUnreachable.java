package dk.kompetencenet.platform.persistence;

/**
 * The database named by the configuration cannot be reached at start-up. Its message is the one line an operator
 * needs: which settings to check and what the database said; it carries no stack trace, as none would help.
 */
public class DatabaseUnreachable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DatabaseUnreachable(String url, String user, Throwable cause) {
        super("Cannot open the database " + Vendor.redacted(url) + " as user " + user + ": " + reason(cause)
                + " (check kompetencenet.db.url, kompetencenet.db.user and kompetencenet.db.password,"
                + " or KOMPETENCENET_DB_URL, KOMPETENCENET_DB_USER and KOMPETENCENET_DB_PASSWORD)", null, false, false);
    }

    /** What the database or its driver said: the innermost SQL exception's message, below the pool's wrappers. */
    private static String reason(Throwable cause) {
        Throwable said = cause;
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException) {
                said = t;
            }
        }
        String message = said.getMessage() == null ? said.getClass().getSimpleName() : said.getMessage();
        return message.replaceAll("\\s+", " ").trim();
    }
}
