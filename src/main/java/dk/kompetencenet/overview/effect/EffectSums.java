package dk.kompetencenet.overview.effect;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.platform.persistence.SqlIds;
import dk.kompetencenet.training.EnrolmentStatus;

/**
 * The sums behind {@link InitiativeEffect}, counted in the database: the cohort is everyone who answered both rounds;
 * for the cohort as a whole and for those each initiative reached, the sum and number of self-assessed ranks in each
 * round and of formal ratings (each person's latest rating per competence of the framework as of each round's closing
 * date), and the number of people. Six statements whatever the number of initiatives and people; those not reached are
 * the whole less the reached (the reached pairs are distinct, so the sums subtract).
 */
final class EffectSums {

    /** Sums of ranks and their numbers: self-assessment in the first and second round, formal before and after. */
    static final int SELF_BEFORE = 0;
    static final int SELF_AFTER = 1;
    static final int FORMAL_BEFORE = 2;
    static final int FORMAL_AFTER = 3;

    /** One per group: people, then sum and count for each of the four measures. */
    record Sums(long people, long[] sums, long[] counts) {

        static Sums empty() {
            return new Sums(0, new long[4], new long[4]);
        }

        Sums minus(Sums other) {
            long[] s = new long[4];
            long[] c = new long[4];
            for (int i = 0; i < 4; i++) {
                s[i] = sums[i] - other.sums[i];
                c[i] = counts[i] - other.counts[i];
            }
            return new Sums(people - other.people, s, c);
        }

        Double average(int measure) {
            return counts[measure] == 0 ? null : (double) sums[measure] / counts[measure];
        }
    }

    /**
     * Each initiative with the people it reached: present at one of its meetings, completed one of its programmes, or
     * working at an institution where someone holds (today) the designation one of its programmes grants.
     */
    private static final String REACHED = "(SELECT mi.initiative_id, v.employee_id FROM attendance a, invitation v,"
            + " meeting_initiative mi WHERE a.status = ? AND v.id = a.invitation_id AND mi.meeting_id = v.meeting_id"
            + " UNION SELECT pi.initiative_id, e.employee_id FROM enrolment e, programme_run r, programme_initiative pi"
            + " WHERE e.status = ? AND r.id = e.run_id AND pi.programme_id = r.programme_id"
            + " UNION SELECT pi.initiative_id, w.employee_id FROM designation d, programme p, programme_initiative pi,"
            + " employee_institution w WHERE d.valid_from <= ? AND (d.valid_to IS NULL OR d.valid_to >= ?)"
            + " AND p.grants_designation = d.kind AND pi.programme_id = p.id AND w.institution_id = d.institution_id"
            + " AND w.employee_id <> d.employee_id) x";

    private static final String IN_BOTH = " EXISTS (SELECT 1 FROM round_answer p WHERE p.round_id = ?"
            + " AND p.employee_id = %1$s) AND EXISTS (SELECT 1 FROM round_answer q WHERE q.round_id = ?"
            + " AND q.employee_id = %1$s)";

    private static final String LATEST_RATING = "a.kind = 'RATING' AND a.assessed_on <= ? AND NOT EXISTS (SELECT 1"
            + " FROM assessment b WHERE b.employee_id = a.employee_id AND b.competence_id = a.competence_id"
            + " AND b.kind = 'RATING' AND b.assessed_on <= ? AND (b.assessed_on > a.assessed_on"
            + " OR (b.assessed_on = a.assessed_on AND b.id > a.id)))";

    private final EntityManager em;
    private final long first;
    private final long second;
    private final long framework;
    private final Date today;

    EffectSums(EntityManager em, long first, long second, long framework, LocalDate today) {
        this.em = em;
        this.first = first;
        this.second = second;
        this.framework = framework;
        this.today = Date.valueOf(today);
    }

    /** The whole cohort. */
    Sums all(LocalDate before, LocalDate after) {
        Sums all = Sums.empty();
        long people = 0;
        for (Object[] r : rows("SELECT ra.round_id, SUM(l.rank_no), COUNT(*), COUNT(DISTINCT ra.employee_id)"
                + " FROM round_answer ra, proficiency_level l WHERE ra.round_id IN (?, ?) AND l.id = ra.level_id AND"
                + IN_BOTH.formatted("ra.employee_id") + " GROUP BY ra.round_id", first, second, first, second)) {
            int measure = num(r[0]) == first ? SELF_BEFORE : SELF_AFTER;
            all.sums()[measure] = num(r[1]);
            all.counts()[measure] = num(r[2]);
            people = num(r[3]);
        }
        formal(null, before, FORMAL_BEFORE, Map.of(0L, all));
        formal(null, after, FORMAL_AFTER, Map.of(0L, all));
        return new Sums(people, all.sums(), all.counts());
    }

    /** Those each initiative reached, by initiative (none for an initiative that reached no one in the cohort). */
    Map<Long, Sums> reached(List<Long> initiatives, LocalDate before, LocalDate after) {
        Map<Long, Sums> byInitiative = new HashMap<>();
        Map<Long, Long> people = new HashMap<>();
        String ids = SqlIds.list(initiatives);
        for (Object[] r : rows("SELECT x.initiative_id, ra.round_id, SUM(l.rank_no), COUNT(*),"
                + " COUNT(DISTINCT ra.employee_id) FROM " + REACHED + ", round_answer ra, proficiency_level l"
                + " WHERE x.initiative_id IN (" + ids + ") AND ra.employee_id = x.employee_id"
                + " AND ra.round_id IN (?, ?) AND l.id = ra.level_id AND" + IN_BOTH.formatted("ra.employee_id")
                + " GROUP BY x.initiative_id, ra.round_id", reachedParameters(first, second, first, second))) {
            Sums s = byInitiative.computeIfAbsent(num(r[0]), k -> Sums.empty());
            int measure = num(r[1]) == first ? SELF_BEFORE : SELF_AFTER;
            s.sums()[measure] = num(r[2]);
            s.counts()[measure] = num(r[3]);
            people.put(num(r[0]), num(r[4]));
        }
        formal(ids, before, FORMAL_BEFORE, byInitiative);
        formal(ids, after, FORMAL_AFTER, byInitiative);
        Map<Long, Sums> result = new HashMap<>();
        byInitiative.forEach((id, s) -> result.put(id, new Sums(people.getOrDefault(id, 0L), s.sums(), s.counts())));
        return result;
    }

    /** Formal ratings as of the day, for the cohort ({@code ids} null, into key 0) or by initiative reached. */
    private void formal(String ids, LocalDate on, int measure, Map<Long, Sums> into) {
        Date day = Date.valueOf(on);
        String rated = " assessment a, proficiency_level l, competence c, competence_area ar WHERE l.id = a.level_id"
                + " AND c.id = a.competence_id AND ar.id = c.area_id AND ar.framework_id = ? AND " + LATEST_RATING
                + " AND" + IN_BOTH.formatted("a.employee_id");
        List<Object[]> rows = ids == null
                ? rows("SELECT 0, SUM(l.rank_no), COUNT(*) FROM" + rated, framework, day, day, first, second)
                : rows("SELECT x.initiative_id, SUM(l.rank_no), COUNT(*) FROM " + REACHED + "," + rated
                        + " AND a.employee_id = x.employee_id AND x.initiative_id IN (" + ids + ")"
                        + " GROUP BY x.initiative_id", reachedParameters(framework, day, day, first, second));
        for (Object[] r : rows) {
            Sums s = ids == null ? into.get(0L) : into.computeIfAbsent(num(r[0]), k -> Sums.empty());
            s.sums()[measure] = num(r[1]);
            s.counts()[measure] = num(r[2]);
        }
    }

    private Object[] reachedParameters(Object... more) {
        Object[] all = new Object[4 + more.length];
        all[0] = AttendanceStatus.PRESENT.name();
        all[1] = EnrolmentStatus.COMPLETED.name();
        all[2] = today;
        all[3] = today;
        System.arraycopy(more, 0, all, 4, more.length);
        return all;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return (List<Object[]>) query.getResultList();
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
