// The gap page's raw-SQL floor and an independent check of its figures, against the database itself.
//
//   java -cp DRIVER_JARS config/bench/GapFloor.java JDBC_URL USER PASSWORD [ROUNDS] [MIN_GROUP]
//
// (USER "" for embedded Derby; JDBC_URL and DRIVER_JARS as for BoardFloor.java: a stopped copy of a Derby database or
// the PostgreSQL database itself.) Prints, tab separated:
//   floor  S        the median seconds, after ROUNDS (default 5) to warm up, of hand-written SQL doing what the
//                   municipality-wide gap list does: each person's current level per DigCompEdu competence
//                   (current_rating) against their job role's target, counted per competence and job role over the
//                   active staff of active institutions, and the latest round's self-assessments beside them
//   check  COMPETENCE_ID  JOB_ROLE  RATED  SUM_OF_RANKS  TARGET_RANK  BELOW_TARGET  SUM_OF_SHORTFALLS
//                   one line per competence and job role of at least MIN_GROUP (default 5) people, counted from the
//                   ratings themselves (each person's latest RATING by date, then id), not from current_rating, so
//                   that it checks the derived table too
// FLOOR_VERBOSE=1 in the environment adds each statement's time in the last round, on stderr.
// Plain SQL accepted by Derby and PostgreSQL.
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class GapFloor {

    /** FLOOR_VERBOSE set: each statement's time in the last round, to stderr. */
    private static final boolean VERBOSE = System.getenv("FLOOR_VERBOSE") != null;

    /** The framework's id, read first and written into the statements (as the page has it at hand). */
    private static String framework = "";

    /** The active institutions' ids, read first and written into the statements (as the page does). */
    private static String active = "";

    private static String inView() {
        return " AND e.active = TRUE AND EXISTS (SELECT 1 FROM employee_institution w WHERE w.employee_id = e.id"
                + " AND w.institution_id IN (" + active + "))";
    }

    /** Per competence and job role over the levels in {@code a} that meet {@code condition}. */
    private static String shortfalls(String levels, String condition, int minGroup) {
        return "SELECT c.id, e.job_role, COUNT(*), SUM(l.rank_no), tl.rank_no,"
                + " SUM(CASE WHEN l.rank_no < tl.rank_no THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN l.rank_no < tl.rank_no THEN tl.rank_no - l.rank_no ELSE 0 END)"
                + " FROM " + levels + " JOIN employee e ON e.id = a.employee_id"
                + " JOIN competence c ON c.id = a.competence_id JOIN competence_area ar ON ar.id = c.area_id"
                + " JOIN proficiency_level l ON l.id = a.level_id"
                + " JOIN framework_target t ON t.framework_id = ar.framework_id AND t.job_role = e.job_role"
                + " JOIN proficiency_level tl ON tl.id = t.level_id"
                + " WHERE " + condition + " AND ar.framework_id = " + framework + inView()
                + " GROUP BY c.id, e.job_role, tl.rank_no HAVING COUNT(*) >= " + minGroup;
    }

    /** A rating with no later one (by date, then id) of the same person and competence. */
    private static final String LATEST_RATING = "a.kind = 'RATING' AND NOT EXISTS (SELECT 1"
            + " FROM assessment b WHERE b.kind = 'RATING' AND b.employee_id = a.employee_id"
            + " AND b.competence_id = a.competence_id AND (b.assessed_on > a.assessed_on"
            + " OR (b.assessed_on = a.assessed_on AND b.id > a.id)))";

    private static String selfAssessed() {
        return "SELECT ra.competence_id, e.job_role, SUM(l.rank_no), COUNT(*)"
            + " FROM round_answer ra JOIN employee e ON e.id = ra.employee_id"
            + " JOIN proficiency_level l ON l.id = ra.level_id WHERE ra.round_id = (SELECT MAX(r.id) FROM"
            + " assessment_round r WHERE r.framework_id = " + framework + " AND r.opens_on = (SELECT MAX(q.opens_on)"
            + " FROM assessment_round q WHERE q.framework_id = " + framework + "))" + inView()
            + " GROUP BY ra.competence_id, e.job_role";
    }

    public static void main(String[] args) throws SQLException {
        String url = args[0];
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        int minGroup = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        try (Connection c = args[1].isEmpty() ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, args[1], args[2])) {
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SELECT id FROM framework WHERE seed_key = 'digcompedu'")) {
                r.next();
                framework = String.valueOf(r.getLong(1));
            }
            active = String.join(", ", read(c, "SELECT id FROM institution WHERE active = TRUE"));
            String floor = shortfalls("current_rating a", "1 = 1", minGroup);
            double[] times = new double[rounds];
            for (int i = 0; i < 2 * rounds; i++) {
                long start = System.nanoTime();
                read(c, floor);
                long between = System.nanoTime();
                read(c, selfAssessed());
                long end = System.nanoTime();
                if (i >= rounds) {
                    times[i - rounds] = (end - start) / 1e9;
                }
                if (VERBOSE && i == 2 * rounds - 1) {
                    System.err.printf("shortfalls %.3f s, self-assessments %.3f s%n", (between - start) / 1e9,
                            (end - between) / 1e9);
                }
            }
            Arrays.sort(times);
            System.out.printf("floor\t%.3f%n", times[rounds / 2]);
            String check = shortfalls("assessment a", LATEST_RATING, minGroup);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(check)) {
                while (r.next()) {
                    System.out.printf("check\t%d\t%s\t%d\t%d\t%d\t%d\t%d%n", r.getLong(1), r.getString(2),
                            r.getLong(3), r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7));
                }
            }
        }
    }

    /** Every row read; the first column of each. */
    private static List<String> read(Connection c, String sql) throws SQLException {
        List<String> first = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                first.add(r.getString(1));
            }
        }
        return first;
    }
}
