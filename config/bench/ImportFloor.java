import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The floor of the staff import (config/bench/scale-import.sh): the same rows a CSV import adds, written with plain
 * JDBC batches in one transaction, with its ids taken as one block of the id table and one audit row. Prints the
 * seconds from the first statement to the commit. Run with the database's JDBC driver on the class path:
 *   java -cp 'lib/*' config/bench/ImportFloor.java JDBC_URL USER PASSWORD INSTITUTION_ID ROWS EMAIL_PREFIX
 */
public class ImportFloor {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        long institution = Long.parseLong(args[3]);
        int rows = Integer.parseInt(args[4]);
        String prefix = args[5];
        String[] roles = {"LAERER", "PAEDAGOG", "PAEDAGOGMEDHJAELPER", "DAGPLEJER", "ANDET"};
        try (Connection c = args[1].isEmpty() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            long first;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE id_generator SET next_value = next_value + " + (rows + 1)
                        + " WHERE name = 'entity'");
                try (ResultSet r = s.executeQuery("SELECT next_value FROM id_generator WHERE name = 'entity'")) {
                    r.next();
                    first = r.getLong(1) - rows;
                }
            }
            try (PreparedStatement employee = c.prepareStatement("INSERT INTO employee (id, version, first_name,"
                    + " last_name, email, job_role, active) VALUES (?, 1, ?, ?, ?, ?, ?)");
                 PreparedStatement link = c.prepareStatement("INSERT INTO employee_institution (employee_id,"
                         + " institution_id) VALUES (?, ?)");
                 PreparedStatement audit = c.prepareStatement("INSERT INTO audit_entry (id, occurred_at, actor,"
                         + " action_code, entity_type, entity_id, details) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < rows; i++) {
                    employee.setLong(1, first + i);
                    employee.setString(2, "Fornavn" + i);
                    employee.setString(3, "Efternavn" + i);
                    employee.setString(4, prefix + i + "@floor.example.dk");
                    employee.setString(5, roles[i % roles.length]);
                    employee.setBoolean(6, true);
                    employee.addBatch();
                    link.setLong(1, first + i);
                    link.setLong(2, institution);
                    link.addBatch();
                    if (i % 1000 == 999) {
                        employee.executeBatch();
                        link.executeBatch();
                    }
                }
                employee.executeBatch();
                link.executeBatch();
                audit.setLong(1, first + rows);
                audit.setTimestamp(2, Timestamp.from(Instant.now()));
                audit.setString(3, "bench");
                audit.setString(4, "IMPORT");
                audit.setString(5, "Institution");
                audit.setLong(6, institution);
                audit.setString(7, rows + " employees, ids " + first + "-" + (first + rows - 1));
                audit.executeUpdate();
            }
            c.commit();
            System.out.printf("%.2f%n", (System.nanoTime() - start) / 1e9);
        }
    }
}
