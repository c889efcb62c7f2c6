// The raw-SQL floors of the board and of a follow-up snapshot: hand-written SQL computing the same answers directly
// against the database, each statement's rows all read, with nothing of Kompetencenet in between.
//
//   java -cp DRIVER_JARS config/bench/BoardFloor.java JDBC_URL USER PASSWORD [ROUNDS]
//
// (USER "" for embedded Derby, whose tables are in the default schema APP)
// JDBC_URL is an embedded Derby database that no server has open (a backup's copy: jdbc:derby:/path/kompetencenet-db)
// or a PostgreSQL database (jdbc:postgresql://host:port/name); DRIVER_JARS are Derby's (derby, derbyshared,
// derbytools) or PostgreSQL's JDBC driver, as packed in target/kompetencenet.jar (MICRO-INF/lib). Runs each set
// ROUNDS times (default 5) to warm up (a fresh JVM: Derby's code is not yet compiled, unlike a server's that has been
// serving), then ROUNDS times more, and prints to stdout, tab separated, the median seconds of each set:
//   board     the active institutions by name, the initiatives of the strategy in force and the board's evidence
//             counted per institution and initiative (what GET /api/board computes for every institution)
//   snapshot  the board's statements and the municipality overview's figures (what a snapshot measures; writing its
//             seventy-odd rows is left out)
// Plain SQL accepted by Derby and PostgreSQL; no list of ids in any statement. FLOOR_VERBOSE=1 in the environment adds
// each statement's time in the last round, on stderr.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class BoardFloor {

    /** FLOOR_VERBOSE set: each statement's time in the last round, to stderr. */
    private static final boolean VERBOSE = System.getenv("FLOOR_VERBOSE") != null;

    /** "Works at an active institution" for the employee in the given column. */
    private static String inView(String employee) {
        return " EXISTS (SELECT 1 FROM employee_institution w JOIN institution i ON i.id = w.institution_id"
                + " WHERE w.employee_id = " + employee + " AND i.active = TRUE)";
    }

    static final List<String> BOARD = List.of(
            "SELECT id, name, institution_type FROM institution WHERE active = TRUE ORDER BY name",
            "SELECT i.id, i.title, i.sector, f.sort_order, i.sort_order FROM initiative i JOIN focus_area f"
                    + " ON f.id = i.focus_area_id JOIN strategy s ON s.id = f.strategy_id WHERE s.status = 'ACTIVE'",
            "SELECT k.initiative_id, d.for_dagtilbud, d.for_skole FROM document_kind d JOIN document_kind_initiative k"
                    + " ON k.kind_id = d.id",
            "SELECT DISTINCT pi.initiative_id FROM programme p JOIN programme_initiative pi ON pi.programme_id = p.id"
                    + " WHERE p.grants_designation IS NOT NULL",
            "SELECT d.institution_id, k.initiative_id, d.status, COUNT(*) FROM local_document d"
                    + " JOIN document_kind_initiative k ON k.kind_id = d.kind_id"
                    + " WHERE d.status IN ('ADOPTED', 'IN_PROGRESS') GROUP BY d.institution_id, k.initiative_id, d.status",
            "SELECT d.institution_id, pi.initiative_id, COUNT(*) FROM designation d JOIN programme p"
                    + " ON p.grants_designation = d.kind JOIN programme_initiative pi ON pi.programme_id = p.id"
                    + " WHERE d.valid_from <= CURRENT_DATE AND (d.valid_to IS NULL OR d.valid_to >= CURRENT_DATE)"
                    + " GROUP BY d.institution_id, pi.initiative_id",
            "SELECT e.institution_id, pi.initiative_id, COUNT(*) FROM enrolment e JOIN programme_run r ON r.id = e.run_id"
                    + " JOIN programme_initiative pi ON pi.programme_id = r.programme_id"
                    + " WHERE e.status IN ('PLANNED', 'ENROLLED', 'IN_PROGRESS') GROUP BY e.institution_id, pi.initiative_id",
            "SELECT w.institution_id, ni.initiative_id, COUNT(*) FROM network_membership m JOIN network_initiative ni"
                    + " ON ni.network_id = m.network_id JOIN employee_institution w ON w.employee_id = m.employee_id"
                    + " WHERE m.left_on IS NULL GROUP BY w.institution_id, ni.initiative_id",
            "SELECT w.institution_id, mi.initiative_id, COUNT(*) FROM attendance a JOIN invitation v"
                    + " ON v.id = a.invitation_id JOIN meeting_initiative mi ON mi.meeting_id = v.meeting_id"
                    + " JOIN employee_institution w ON w.employee_id = v.employee_id WHERE a.status = 'PRESENT'"
                    + " GROUP BY w.institution_id, mi.initiative_id",
            "SELECT x.institution_id, fi.initiative_id, SUM(x.n) FROM (SELECT w.institution_id, c.area_id,"
                    + " COUNT(*) AS n FROM assessment a JOIN competence c ON c.id = a.competence_id"
                    + " JOIN employee_institution w ON w.employee_id = a.employee_id GROUP BY w.institution_id, c.area_id) x"
                    + " JOIN competence_area ar ON ar.id = x.area_id JOIN framework_initiative fi"
                    + " ON fi.framework_id = ar.framework_id GROUP BY x.institution_id, fi.initiative_id",
            "SELECT w.institution_id, g.initiative_id, COUNT(*) FROM development_goal g JOIN employee_institution w"
                    + " ON w.employee_id = g.employee_id WHERE g.initiative_id IS NOT NULL AND g.status <> 'CANCELLED'"
                    + " GROUP BY w.institution_id, g.initiative_id",
            "SELECT x.institution_id, xi.initiative_id, COUNT(*) FROM experiment x JOIN experiment_initiative xi"
                    + " ON xi.experiment_id = x.id GROUP BY x.institution_id, xi.initiative_id",
            "SELECT e.institution_id, ei.initiative_id, COUNT(*) FROM equipment_need e JOIN equipment_need_initiative ei"
                    + " ON ei.need_id = e.id WHERE e.status <> 'REJECTED' GROUP BY e.institution_id, ei.initiative_id");

    static final String DIGCOMPEDU = "SELECT c.id FROM competence c JOIN competence_area ar ON ar.id = c.area_id"
            + " JOIN framework f ON f.id = ar.framework_id WHERE f.seed_key = 'digcompedu'";

    static final List<String> OVERVIEW = List.of(
            "SELECT e.job_role, COUNT(*) FROM employee e WHERE e.active = TRUE AND" + inView("e.id")
                    + " GROUP BY e.job_role",
            "SELECT institution_type, COUNT(*) FROM institution WHERE active = TRUE GROUP BY institution_type",
            "SELECT d.institution_id, COUNT(DISTINCT d.employee_id) FROM designation d JOIN institution i"
                    + " ON i.id = d.institution_id WHERE i.active = TRUE AND d.valid_from <= CURRENT_DATE"
                    + " AND (d.valid_to IS NULL OR d.valid_to >= CURRENT_DATE) GROUP BY d.institution_id",
            "SELECT e.institution_id, COUNT(DISTINCT e.employee_id) FROM enrolment e JOIN institution i"
                    + " ON i.id = e.institution_id WHERE i.active = TRUE AND e.status IN ('ENROLLED', 'IN_PROGRESS')"
                    + " GROUP BY e.institution_id",
            "SELECT d.kind_id, d.status, COUNT(*) FROM local_document d JOIN institution i ON i.id = d.institution_id"
                    + " WHERE i.active = TRUE GROUP BY d.kind_id, d.status",
            "SELECT d.kind_id, COUNT(*) FROM local_document d JOIN institution i ON i.id = d.institution_id"
                    + " WHERE i.active = TRUE AND d.status = 'ADOPTED' AND d.next_review_on < CURRENT_DATE"
                    + " GROUP BY d.kind_id",
            "SELECT a.competence_id, e.job_role, a.level_id, COUNT(*) FROM current_rating a JOIN employee e"
                    + " ON e.id = a.employee_id WHERE a.competence_id IN (" + DIGCOMPEDU + ") AND e.active = TRUE AND"
                    + inView("a.employee_id") + " GROUP BY a.competence_id, e.job_role, a.level_id",
            "SELECT f.seed_key, e.job_role, COUNT(DISTINCT a.employee_id) FROM current_rating a"
                    + " JOIN competence c ON c.id = a.competence_id JOIN competence_area ar ON ar.id = c.area_id"
                    + " JOIN framework f ON f.id = ar.framework_id JOIN employee e ON e.id = a.employee_id"
                    + " WHERE f.seed_key IN ('evaluering', 'ledelse-data') AND e.active = TRUE AND"
                    + inView("a.employee_id") + " GROUP BY f.seed_key, e.job_role",
            "SELECT m.kind, t.status, COUNT(*) FROM attendance t JOIN invitation v ON v.id = t.invitation_id"
                    + " JOIN meeting m ON m.id = v.meeting_id WHERE" + inView("v.employee_id") + " GROUP BY m.kind, t.status",
            "SELECT g.status, COUNT(*) FROM development_goal g JOIN employee e ON e.id = g.employee_id"
                    + " WHERE e.active = TRUE AND" + inView("g.employee_id") + " GROUP BY g.status",
            "SELECT r.id, COUNT(*) FROM assessment_round r, employee v WHERE r.status = 'OPEN' AND" + inView("v.id")
                    + " AND EXISTS (SELECT 1 FROM round_answer ra WHERE ra.round_id = r.id AND ra.employee_id = v.id)"
                    + " GROUP BY r.id",
            "SELECT ra.round_id, ra.competence_id, ra.level_id, COUNT(*) FROM round_answer ra"
                    + " JOIN assessment_round r ON r.id = ra.round_id WHERE r.status = 'OPEN' AND"
                    + inView("ra.employee_id") + " GROUP BY ra.round_id, ra.competence_id, ra.level_id",
            "SELECT t.round_id, t.respondents FROM round_turnout t WHERE t.scope_id = 0",
            "SELECT t.round_id, t.competence_id, t.level_id, t.answers FROM round_tally t WHERE t.scope_id = 0");

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: BoardFloor JDBC_URL USER PASSWORD [ROUNDS]");
            System.exit(2);
        }
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        List<String> snapshot = new ArrayList<>(BOARD);
        snapshot.addAll(OVERVIEW);
        try (Connection c = args[1].isEmpty() ? DriverManager.getConnection(args[0])
                : DriverManager.getConnection(args[0], args[1], args[2])) {
            c.setAutoCommit(false);
            System.out.println("board\t" + median(c, BOARD, rounds));
            System.out.println("snapshot\t" + median(c, snapshot, rounds));
            c.rollback();
        }
        if (args[0].startsWith("jdbc:derby:")) {
            try {
                DriverManager.getConnection(args[0] + ";shutdown=true");
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

    /** The median seconds of running every statement and reading all its rows, after as many runs to warm up. */
    private static String median(Connection c, List<String> statements, int rounds) throws SQLException {
        double[] seconds = new double[rounds];
        for (int round = -rounds; round < rounds; round++) {
            long start = System.nanoTime();
            long cells = 0;
            for (String sql : statements) {
                long one = System.nanoTime();
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            cells += r.getObject(i) == null ? 0 : 1;
                        }
                    }
                }
                if (VERBOSE && round == rounds - 1) {
                    System.err.printf(java.util.Locale.ROOT, "%8.3f s  %.100s%n", (System.nanoTime() - one) / 1e9, sql);
                }
            }
            if (round >= 0) {
                seconds[round] = (System.nanoTime() - start) / 1e9;
            }
            if (cells == 0) {
                System.err.println("no rows at all: is this a Kompetencenet database?");
            }
        }
        Arrays.sort(seconds);
        return String.format(java.util.Locale.ROOT, "%.3f", seconds[rounds / 2]);
    }
}
