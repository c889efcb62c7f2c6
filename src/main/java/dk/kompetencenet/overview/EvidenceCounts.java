package dk.kompetencenet.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.training.EnrolmentStatus;

/**
 * The records behind the board's cells, counted per institution and initiative for every institution at once: ten
 * native statements whatever the number of institutions, people and records, with no list of institutions in them.
 * The caller picks the institutions it shows.
 * <p>
 * Each statement reads the table it counts and the link tables it needs, at most four, each joined on an index or a
 * small table that Derby hashes; the initiatives of an assessment's framework are read apart (a few rows) and added
 * up here. Each statement fixes its join order in the comment Derby reads after {@code FROM} (PostgreSQL skips it as a
 * comment): Derby's optimizer stops searching for join orders when its time budget runs out, so on a loaded machine
 * the nine-table JPQL these replace was given a different plan (at 12,000 staff the assessment count went from 0.95 s
 * to over 180 s). The counts are those of that JPQL: a record of someone working at two institutions counts at both,
 * inactive staff's records count, and a record linked to two initiatives counts for each.
 */
final class EvidenceCounts {

    /** One cell of the board. */
    record Key(Long institutionId, Long initiativeId) {
    }

    /** Derby's optimizer override: join the tables in the order written. A comment to every other database. */
    private static final String FROM = " FROM --DERBY-PROPERTIES joinOrder=FIXED\n ";

    private EvidenceCounts() {
    }

    /** The records behind every cell of every institution, as of {@code today} (supervisors' designations). */
    static Map<Key, Evidence> count(EntityManager em, LocalDate today) {
        Map<Key, Evidence> evidence = new HashMap<>();
        for (Object[] r : rows(em, "SELECT d.institution_id, k.initiative_id, d.status, COUNT(*)" + FROM
                + "local_document d, document_kind_initiative k WHERE d.status IN (?, ?) AND k.kind_id = d.kind_id"
                + " GROUP BY d.institution_id, k.initiative_id, d.status",
                DocumentStatus.ADOPTED.name(), DocumentStatus.IN_PROGRESS.name())) {
            long n = num(r[3]);
            add(evidence, r, DocumentStatus.ADOPTED.name().equals(r[2]) ? new Evidence(n, 0, 0, 0, 0, 0, 0, 0, 0, 0)
                    : new Evidence(0, n, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        java.sql.Date day = java.sql.Date.valueOf(today);
        collect(evidence, rows(em, "SELECT d.institution_id, pi.initiative_id, COUNT(*)" + FROM
                + "designation d, programme p, programme_initiative pi WHERE d.valid_from <= ?"
                + " AND (d.valid_to IS NULL OR d.valid_to >= ?) AND p.grants_designation = d.kind"
                + " AND pi.programme_id = p.id GROUP BY d.institution_id, pi.initiative_id", day, day),
                n -> new Evidence(0, 0, n, 0, 0, 0, 0, 0, 0, 0));
        collect(evidence, rows(em, "SELECT e.institution_id, pi.initiative_id, COUNT(*)" + FROM
                + "enrolment e, programme_run r, programme_initiative pi WHERE e.status IN (?, ?, ?)"
                + " AND r.id = e.run_id AND pi.programme_id = r.programme_id"
                + " GROUP BY e.institution_id, pi.initiative_id", EnrolmentStatus.PLANNED.name(),
                EnrolmentStatus.ENROLLED.name(), EnrolmentStatus.IN_PROGRESS.name()),
                n -> new Evidence(0, 0, 0, n, 0, 0, 0, 0, 0, 0));
        collect(evidence, rows(em, "SELECT w.institution_id, ni.initiative_id, COUNT(*)" + FROM
                + "network_membership m, network_initiative ni, employee_institution w WHERE m.left_on IS NULL"
                + " AND ni.network_id = m.network_id AND w.employee_id = m.employee_id"
                + " GROUP BY w.institution_id, ni.initiative_id"),
                n -> new Evidence(0, 0, 0, 0, n, 0, 0, 0, 0, 0));
        collect(evidence, rows(em, "SELECT w.institution_id, mi.initiative_id, COUNT(*)" + FROM
                + "attendance a, invitation v, meeting_initiative mi, employee_institution w WHERE a.status = ?"
                + " AND v.id = a.invitation_id AND mi.meeting_id = v.meeting_id AND w.employee_id = v.employee_id"
                + " GROUP BY w.institution_id, mi.initiative_id", AttendanceStatus.PRESENT.name()),
                n -> new Evidence(0, 0, 0, 0, 0, n, 0, 0, 0, 0));
        collect(evidence, assessments(em), n -> new Evidence(0, 0, 0, 0, 0, 0, n, 0, 0, 0));
        collect(evidence, rows(em, "SELECT w.institution_id, g.initiative_id, COUNT(*)" + FROM
                + "development_goal g, employee_institution w WHERE g.initiative_id IS NOT NULL AND g.status <> ?"
                + " AND w.employee_id = g.employee_id GROUP BY w.institution_id, g.initiative_id",
                DevelopmentGoal.Status.CANCELLED.name()),
                n -> new Evidence(0, 0, 0, 0, 0, 0, 0, n, 0, 0));
        collect(evidence, rows(em, "SELECT x.institution_id, xi.initiative_id, COUNT(*)" + FROM
                + "experiment x, experiment_initiative xi WHERE xi.experiment_id = x.id"
                + " GROUP BY x.institution_id, xi.initiative_id"),
                n -> new Evidence(0, 0, 0, 0, 0, 0, 0, 0, n, 0));
        collect(evidence, rows(em, "SELECT e.institution_id, ei.initiative_id, COUNT(*)" + FROM
                + "equipment_need e, equipment_need_initiative ei WHERE e.status <> ? AND ei.need_id = e.id"
                + " GROUP BY e.institution_id, ei.initiative_id", EquipmentStatus.REJECTED.name()),
                n -> new Evidence(0, 0, 0, 0, 0, 0, 0, 0, 0, n));
        return evidence;
    }

    /**
     * Assessments per institution and initiative: counted per institution and competence area (its framework serves
     * the initiatives), then spread over the initiatives of each area's framework, as rows of institution, initiative
     * and count.
     */
    private static List<Object[]> assessments(EntityManager em) {
        Map<Long, List<Long>> initiativesOfArea = new HashMap<>();
        for (Object[] r : rows(em, "SELECT ar.id, fi.initiative_id FROM competence_area ar, framework_initiative fi"
                + " WHERE fi.framework_id = ar.framework_id")) {
            initiativesOfArea.computeIfAbsent(num(r[0]), k -> new ArrayList<>()).add(num(r[1]));
        }
        List<Object[]> counts = new ArrayList<>();
        for (Object[] r : rows(em, "SELECT w.institution_id, c.area_id, COUNT(*)" + FROM
                + "assessment a, competence c, employee_institution w WHERE c.id = a.competence_id"
                + " AND w.employee_id = a.employee_id GROUP BY w.institution_id, c.area_id")) {
            for (Long initiative : initiativesOfArea.getOrDefault(num(r[1]), List.of())) {
                counts.add(new Object[] {r[0], initiative, r[2]});
            }
        }
        return counts;
    }

    private static void collect(Map<Key, Evidence> evidence, List<Object[]> rows, LongFunction<Evidence> counted) {
        for (Object[] r : rows) {
            add(evidence, r, counted.apply(num(r[2])));
        }
    }

    /** Adds to the cell of the row's institution (first column) and initiative (second). */
    private static void add(Map<Key, Evidence> evidence, Object[] row, Evidence counted) {
        evidence.merge(new Key(num(row[0]), num(row[1])), counted, Evidence::plus);
    }

    /** A native statement with its parameters in order, one {@code ?} each. */
    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql, Object... parameters) {
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
