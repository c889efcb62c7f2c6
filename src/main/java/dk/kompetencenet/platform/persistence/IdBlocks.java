package dk.kompetencenet.platform.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Contiguous blocks of ids from the id table JPA allocates from ({@link BaseEntity}'s {@code @TableGenerator}, row
 * {@code entity} of {@code id_generator}), for bulk inserts: a block is taken with one update and committed at once on
 * the id pool ({@link Database#IDS_JNDI_NAME}), so it is never handed out twice and no transaction holds the id row.
 * A block whose transaction rolls back is simply not used, as with JPA's own blocks of 50.
 */
@ApplicationScoped
public class IdBlocks {

    @Resource(lookup = Database.IDS_JNDI_NAME)
    private DataSource ids;

    /** Takes {@code count} ids (at least one) and returns the first; the others follow it without gaps. */
    public long take(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count " + count);
        }
        try (Connection connection = ids.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE id_generator SET next_value = next_value + " + count
                        + " WHERE name = 'entity'");
                long last;
                try (ResultSet row = statement.executeQuery("SELECT next_value FROM id_generator WHERE name = 'entity'")) {
                    row.next();
                    last = row.getLong(1);
                }
                connection.commit();
                return last - count + 1;
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take " + count + " ids from the id table", e);
        }
    }
}
