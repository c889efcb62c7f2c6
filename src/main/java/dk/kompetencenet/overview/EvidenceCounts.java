package dk.kompetencenet.overview;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

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
 * <p>
 * The rows (up to 8,000 per statement at 400 institutions) are read with plain JDBC into one array of ten counts per
 * cell: on PostgreSQL, where the statements take some 45 ms, building a result object and a merged record per row
 * cost a third as much again.
 */
final class EvidenceCounts {

    private static final int DOCUMENTS_ADOPTED = 0;
    private static final int DOCUMENTS_UNDER_WAY = 1;
    private static final int SUPERVISORS = 2;
    private static final int IN_TRAINING = 3;
    private static final int NETWORK_MEMBERS = 4;
    private static final int ATTENDANCES = 5;
    private static final int ASSESSMENTS = 6;
    private static final int GOALS = 7;
    private static final int EXPERIMENTS = 8;
    private static final int EQUIPMENT_NEEDS = 9;

    /** The ten counts of each cell, by {@link #cell(long, long)}. */
    private final Map<Long, long[]> cells = new HashMap<>();

    /** Derby's optimizer override: join the tables in the order written. A comment to every other database. */
    private static final String FROM = " FROM --DERBY-PROPERTIES joinOrder=FIXED\n ";

    private EvidenceCounts() {
    }

    /** What the records show for one initiative at one institution. */
    Evidence of(long institutionId, long initiativeId) {
        long[] n = cells.get(cell(institutionId, initiativeId));
        return n == null ? Evidence.NONE : new Evidence(n[DOCUMENTS_ADOPTED], n[DOCUMENTS_UNDER_WAY], n[SUPERVISORS],
                n[IN_TRAINING], n[NETWORK_MEMBERS], n[ATTENDANCES], n[ASSESSMENTS], n[GOALS], n[EXPERIMENTS],
                n[EQUIPMENT_NEEDS]);
    }

    /** One key per cell: both ids are positive and far below 2^31 (identity columns of a municipality's records). */
    private static long cell(long institutionId, long initiativeId) {
        return institutionId << 32 | initiativeId;
    }

    private void add(long institutionId, long initiativeId, int what, long count) {
        cells.computeIfAbsent(cell(institutionId, initiativeId), k -> new long[10])[what] += count;
    }

    /** The records behind every cell of every institution, as of {@code today} (supervisors' designations). */
    static EvidenceCounts count(EntityManager em, LocalDate today) {
        EvidenceCounts counts = new EvidenceCounts();
        Connection connection = em.unwrap(Connection.class);
        try {
            counts.read(connection, today);
        } catch (SQLException e) {
            throw new PersistenceException("Counting the board's evidence failed", e);
        }
        return counts;
    }

    private void read(Connection c, LocalDate today) throws SQLException {
        String adopted = DocumentStatus.ADOPTED.name();
        try (PreparedStatement s = c.prepareStatement("SELECT d.institution_id, k.initiative_id, d.status, COUNT(*)"
                + FROM + "local_document d, document_kind_initiative k WHERE d.status IN (?, ?)"
                + " AND k.kind_id = d.kind_id GROUP BY d.institution_id, k.initiative_id, d.status")) {
            s.setString(1, adopted);
            s.setString(2, DocumentStatus.IN_PROGRESS.name());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    add(r.getLong(1), r.getLong(2), adopted.equals(r.getString(3)) ? DOCUMENTS_ADOPTED
                            : DOCUMENTS_UNDER_WAY, r.getLong(4));
                }
            }
        }
        Date day = Date.valueOf(today);
        collect(c, SUPERVISORS, "SELECT d.institution_id, pi.initiative_id, COUNT(*)" + FROM
                + "designation d, programme p, programme_initiative pi WHERE d.valid_from <= ?"
                + " AND (d.valid_to IS NULL OR d.valid_to >= ?) AND p.grants_designation = d.kind"
                + " AND pi.programme_id = p.id GROUP BY d.institution_id, pi.initiative_id", day, day);
        collect(c, IN_TRAINING, "SELECT e.institution_id, pi.initiative_id, COUNT(*)" + FROM
                + "enrolment e, programme_run r, programme_initiative pi WHERE e.status IN (?, ?, ?)"
                + " AND r.id = e.run_id AND pi.programme_id = r.programme_id"
                + " GROUP BY e.institution_id, pi.initiative_id", EnrolmentStatus.PLANNED.name(),
                EnrolmentStatus.ENROLLED.name(), EnrolmentStatus.IN_PROGRESS.name());
        collect(c, NETWORK_MEMBERS, "SELECT w.institution_id, ni.initiative_id, COUNT(*)" + FROM
                + "network_membership m, network_initiative ni, employee_institution w WHERE m.left_on IS NULL"
                + " AND ni.network_id = m.network_id AND w.employee_id = m.employee_id"
                + " GROUP BY w.institution_id, ni.initiative_id");
        collect(c, ATTENDANCES, "SELECT w.institution_id, mi.initiative_id, COUNT(*)" + FROM
                + "attendance a, invitation v, meeting_initiative mi, employee_institution w WHERE a.status = ?"
                + " AND v.id = a.invitation_id AND mi.meeting_id = v.meeting_id AND w.employee_id = v.employee_id"
                + " GROUP BY w.institution_id, mi.initiative_id", AttendanceStatus.PRESENT.name());
        assessments(c);
        collect(c, GOALS, "SELECT w.institution_id, g.initiative_id, COUNT(*)" + FROM
                + "development_goal g, employee_institution w WHERE g.initiative_id IS NOT NULL AND g.status <> ?"
                + " AND w.employee_id = g.employee_id GROUP BY w.institution_id, g.initiative_id",
                DevelopmentGoal.Status.CANCELLED.name());
        collect(c, EXPERIMENTS, "SELECT x.institution_id, xi.initiative_id, COUNT(*)" + FROM
                + "experiment x, experiment_initiative xi WHERE xi.experiment_id = x.id"
                + " GROUP BY x.institution_id, xi.initiative_id");
        collect(c, EQUIPMENT_NEEDS, "SELECT e.institution_id, ei.initiative_id, COUNT(*)" + FROM
                + "equipment_need e, equipment_need_initiative ei WHERE e.status <> ? AND ei.need_id = e.id"
                + " GROUP BY e.institution_id, ei.initiative_id", EquipmentStatus.REJECTED.name());
    }

    /**
     * Assessments: counted per institution and competence area (its framework serves the initiatives), then added to
     * each initiative of the area's framework.
     */
    private void assessments(Connection c) throws SQLException {
        Map<Long, List<Long>> initiativesOfArea = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT ar.id, fi.initiative_id FROM competence_area ar,"
                + " framework_initiative fi WHERE fi.framework_id = ar.framework_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                initiativesOfArea.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT w.institution_id, c.area_id, COUNT(*)" + FROM
                + "assessment a, competence c, employee_institution w WHERE c.id = a.competence_id"
                + " AND w.employee_id = a.employee_id GROUP BY w.institution_id, c.area_id");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                long institution = r.getLong(1);
                long n = r.getLong(3);
                for (Long initiative : initiativesOfArea.getOrDefault(r.getLong(2), List.of())) {
                    add(institution, initiative, ASSESSMENTS, n);
                }
            }
        }
    }

    /** Adds the counts of a statement whose rows are institution, initiative and count; one {@code ?} per parameter. */
    private void collect(Connection c, int what, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    add(r.getLong(1), r.getLong(2), what, r.getLong(3));
                }
            }
        }
    }
}
