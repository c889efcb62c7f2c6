package dk.kompetencenet.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

/**
 * New staff of an import written to their two tables with JDBC batches on the request transaction's own connection,
 * committed or rolled back with everything else of the import. Through EclipseLink the same rows cost several times
 * the inserts themselves at 12,000 people (each new object registered, cloned and compared in the unit of work; README
 * "Staff import"), while nothing else of the request needs them as entities. The columns are those {@link Employee}
 * maps, a new employee's version 1 as EclipseLink writes it; {@code StaffImportIT} reads imported staff back through
 * JPA and edits one. No entity is in EclipseLink's shared cache (persistence.xml: {@code ENABLE_SELECTIVE}, none
 * {@code @Cacheable}), so nothing cached goes stale.
 */
final class StaffRows {

    private static final int BATCH = 1_000;
    private static final long NEW_VERSION = 1;

    private StaffRows() {
    }

    /** Inserts the employees (ids assigned) and their one workplace, in the current transaction. */
    static void insert(EntityManager em, List<Employee> staff, long institutionId) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement employee = connection.prepareStatement("INSERT INTO employee (id, version, first_name,"
                + " last_name, email, job_role, active) VALUES (?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement workplace = connection.prepareStatement("INSERT INTO employee_institution"
                     + " (employee_id, institution_id) VALUES (?, ?)")) {
            for (int i = 0; i < staff.size(); i++) {
                Employee e = staff.get(i);
                employee.setLong(1, e.getId());
                employee.setLong(2, NEW_VERSION);
                employee.setString(3, e.getFirstName());
                employee.setString(4, e.getLastName());
                employee.setString(5, e.getEmail());
                employee.setString(6, e.getJobRole().name());
                employee.setBoolean(7, e.isActive());
                employee.addBatch();
                workplace.setLong(1, e.getId());
                workplace.setLong(2, institutionId);
                workplace.addBatch();
                if (i % BATCH == BATCH - 1 || i == staff.size() - 1) {
                    employee.executeBatch();
                    workplace.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Cannot save " + staff.size() + " imported employees", e);
        }
    }
}
