package dk.kompetencenet.competence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.platform.persistence.SqlIds;

/**
 * A self-assessment round tallied once, as it closes: its answers counted per competence and level, and its
 * respondents, for each institution (its staff at closing, whatever else they work at) and for the whole municipality
 * (staff of an active institution at closing, each counted once), in the tables {@code round_tally} and
 * {@code round_turnout}. Closing freezes a round for comparison, so its figures stay as they were when it closed, and
 * the overviews read a few hundred rows per closed round instead of every answer (at 12,000 staff, 200,000 answers a
 * round).
 */
@ApplicationScoped
public class RoundTallies {

    /** The scope id of the whole municipality; any other scope id is an institution's. */
    public static final long MUNICIPALITY = 0;

    private static final String ACTIVE_WORKPLACE = " EXISTS (SELECT 1 FROM employee_institution w JOIN institution i"
            + " ON i.id = w.institution_id WHERE w.employee_id = %s AND i.active = TRUE)";

    @PersistenceContext
    private EntityManager em;

    /**
     * Tallies a round that has just closed (its status flushed). Four statements; 2.4 s, once, for a round of 140,000
     * answers (most of 12,000 staff on 22 competences).
     */
    void freeze(AssessmentRound round) {
        statements("r.id = " + round.getId()).forEach(sql -> em.createNativeQuery(sql).executeUpdate());
    }

    /** Tallies every closed round not tallied yet, on a connection of its own (the demo generator's bulk load). */
    public static void freezeClosed(Connection connection) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet r = statement.executeQuery("SELECT r.id FROM assessment_round r WHERE r.status = 'CLOSED'"
                    + " AND NOT EXISTS (SELECT 1 FROM round_turnout t WHERE t.round_id = r.id)")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            if (ids.isEmpty()) {
                return;
            }
            for (String sql : statements("r.id IN (" + SqlIds.list(ids) + ")")) {
                statement.executeUpdate(sql);
            }
        }
    }

    /** The statements that tally the rounds {@code r} (of {@code assessment_round}) meeting the condition. */
    private static List<String> statements(String rounds) {
        String chosen = " ra.round_id IN (SELECT r.id FROM assessment_round r WHERE " + rounds + ")";
        String tally = "INSERT INTO round_tally (round_id, scope_id, competence_id, level_id, answers) ";
        String turnout = "INSERT INTO round_turnout (round_id, scope_id, respondents) ";
        String answered = " EXISTS (SELECT 1 FROM round_answer ra WHERE ra.round_id = r.id AND ra.employee_id = %s)";
        return List.of(
                tally + "SELECT ra.round_id, w.institution_id, ra.competence_id, ra.level_id, COUNT(*)"
                        + " FROM round_answer ra JOIN employee_institution w ON w.employee_id = ra.employee_id"
                        + " WHERE" + chosen + " GROUP BY ra.round_id, w.institution_id, ra.competence_id, ra.level_id",
                tally + "SELECT ra.round_id, " + MUNICIPALITY + ", ra.competence_id, ra.level_id, COUNT(*)"
                        + " FROM (SELECT DISTINCT w.employee_id FROM employee_institution w JOIN institution i"
                        + " ON i.id = w.institution_id WHERE i.active = TRUE) v JOIN round_answer ra"
                        + " ON ra.employee_id = v.employee_id WHERE" + chosen
                        + " GROUP BY ra.round_id, ra.competence_id, ra.level_id",
                turnout + "SELECT r.id, w.institution_id, COUNT(*) FROM assessment_round r, employee_institution w"
                        + " WHERE " + rounds + " AND" + answered.formatted("w.employee_id")
                        + " GROUP BY r.id, w.institution_id",
                turnout + "SELECT r.id, " + MUNICIPALITY + ", COUNT(*) FROM assessment_round r, employee v"
                        + " WHERE " + rounds + " AND" + answered.formatted("v.id") + " AND"
                        + ACTIVE_WORKPLACE.formatted("v.id") + " GROUP BY r.id");
    }
}
