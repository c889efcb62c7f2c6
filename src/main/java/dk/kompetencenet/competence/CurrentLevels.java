package dk.kompetencenet.competence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.platform.persistence.SqlIds;

/**
 * Each person's current level per competence, kept in the table {@code current_rating}: their latest formal rating (the
 * latest date; of ratings on the same date, the latest entry), as {@link CompetenceService#profile} shows it. The
 * assessments stay append-only; this table is derived from them and rewritten for the people and competences a save
 * touched, so the overviews count current levels with one look-up per person and competence instead of searching each
 * history for its latest entry (a third of the municipality overview's time at 12,000 staff).
 */
@ApplicationScoped
public class CurrentLevels {

    private static final String DERIVED = "SELECT a.employee_id, a.competence_id, a.id, a.level_id, a.assessed_on"
            + " FROM assessment a WHERE a.kind = 'RATING' AND NOT EXISTS (SELECT 1 FROM assessment b"
            + " WHERE b.employee_id = a.employee_id AND b.competence_id = a.competence_id AND b.kind = 'RATING'"
            + " AND (b.assessed_on > a.assessed_on OR (b.assessed_on = a.assessed_on AND b.id > a.id)))";
    private static final String INSERT = "INSERT INTO current_rating"
            + " (employee_id, competence_id, assessment_id, level_id, assessed_on) ";

    @PersistenceContext
    private EntityManager em;

    /**
     * Derives the current levels of these people on these competences again, after their new ratings were flushed:
     * two statements, however many. The ids are the entities' own, written into the statements as numbers.
     */
    void refresh(Collection<Long> employeeIds, Collection<Long> competenceIds) {
        String people = " IN (" + SqlIds.list(employeeIds) + ")";
        String competences = " IN (" + SqlIds.list(competenceIds) + ")";
        em.createNativeQuery("DELETE FROM current_rating WHERE employee_id" + people + " AND competence_id"
                + competences).executeUpdate();
        em.createNativeQuery(INSERT + DERIVED + " AND a.employee_id" + people + " AND a.competence_id" + competences)
                .executeUpdate();
    }

    /** Derives every current level again, on a connection of its own (the demo generator's bulk load). */
    public static void rebuild(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM current_rating");
            statement.executeUpdate(INSERT + DERIVED);
        }
    }
}
