package dk.kompetencenet.competence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.persistence.SqlIds;

/**
 * Each person's current level per competence, kept in the table {@code current_rating}: their latest formal rating (the
 * latest date; of ratings on the same date, the latest entry), as {@link CompetenceService#profile} shows it. The
 * assessments stay append-only; this table is derived from them and rewritten for the people and competences a save
 * touched, so the overviews count current levels with one look-up per person and competence instead of searching each
 * history for its latest entry (a third of the municipality overview's time at 12,000 staff).
 * <p>
 * Concurrent saves: each rewrite derives from the assessments its statement can see. On PostgreSQL (MVCC, READ
 * COMMITTED) that is the committed ones plus its own, so two raters of the same person at once would each delete and
 * insert the same {@code current_rating} row (the second failing on the primary key) and each derive without the
 * other's rating (an upsert alone could keep the older one). On Derby the same race ends in a deadlock. So a save first
 * takes a write lock on the rows of the people it rates ({@link #serialise}, before its assessments are inserted), in
 * the order of their ids, so that grid saves of overlapping people wait for each other instead of deadlocking: the
 * second save's statements run after the first has committed and derive from both ratings. The lock is JPA's
 * {@code PESSIMISTIC_WRITE}, which EclipseLink writes as {@code SELECT .. FOR UPDATE} on PostgreSQL and
 * {@code SELECT .. FOR UPDATE WITH RS} on Derby (an update lock held to the end of the transaction); both leave plain
 * reads of the person alone. Chosen over a vendor-specific upsert because it needs no SQL per database and makes the
 * derived row right, not just present; the cost is that saves of the same person wait for each other, for a few
 * milliseconds.
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
     * Makes this transaction's saves of ratings of these people wait for any other transaction saving ratings of them,
     * and theirs for this one, until commit. Called before the assessments are inserted; one statement per person, in
     * the order of their ids. Unknown ids lock nothing (the caller refuses them).
     */
    void serialise(Collection<Long> employeeIds) {
        employeeIds.stream().filter(Objects::nonNull).distinct().sorted()
                .forEach(id -> em.find(Employee.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

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
