package dk.kompetencenet.testsupport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.ThreadLocalRandom;

import javax.sql.DataSource;

/**
 * One record of every kind that refers to a person, written straight into the tables (with ids far above the
 * application's, so they never meet), for the personal-data tests: a rating with free text, a round answer, a plan
 * goal, an enrolment with a completed module and its credential, a designation, an invitation with an answer and attendance, a
 * theme-meeting registration, a time proposal, a network membership and coordination, a meeting they organise, an
 * action item, a local document they own, an experiment and an equipment need they recorded, a calendar feed, and a
 * date poll they organise and answered.
 * Each free text about them names the person, as real ones may. (Written as rows rather than through every service,
 * which would take a real mail reply, a programme with modules and more for a single record each.)
 */
public final class PersonalRecords {

    private final Connection connection;
    private final long base = 8_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 100;
    private int next;

    private PersonalRecords(Connection connection) {
        this.connection = connection;
    }

    /** Writes them all for the employee (working at the institution, logging in as username); the first id used. */
    public static long writeAll(DataSource dataSource, long employeeId, long institutionId, String username,
                                String name) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            PersonalRecords r = new PersonalRecords(c);
            r.write(employeeId, institutionId, username, name);
            return r.base;
        }
    }

    private void write(long employee, long institution, String username, String name) throws SQLException {
        Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
        Timestamp start = Timestamp.valueOf(LocalDateTime.now().plusDays(7).withHour(14).withMinute(0).withSecond(0)
                .withNano(0));
        Timestamp end = Timestamp.valueOf(start.toLocalDateTime().plusHours(2));
        java.sql.Date today = java.sql.Date.valueOf(LocalDate.now());
        long level = one("SELECT MIN(id) FROM proficiency_level");
        long competence = one("SELECT MIN(c.id) FROM competence c JOIN competence_area a ON a.id = c.area_id"
                + " JOIN proficiency_level l ON l.framework_id = a.framework_id WHERE l.id = " + level);
        long kind = one("SELECT MIN(id) FROM document_kind");
        long framework = one("SELECT framework_id FROM proficiency_level WHERE id = " + level);

        insert("assessment (id, employee_id, competence_id, level_id, kind, assessor, assessed_on, recorded_at, note,"
                + " reflection)", employee, competence, level, "RATING", username, today, now,
                "Note om " + name, "Refleksion af " + name);
        long round = insert("assessment_round (id, version, name, framework_id, opens_on, closes_on, status)", 0,
                "Runde " + base, framework, today, today, "OPEN");
        insert("round_answer (id, round_id, employee_id, competence_id, level_id, answered_at)", round, employee,
                competence, level, now);
        insert("development_goal (id, version, employee_id, description, status)", 0, employee,
                "Mål for " + name, "PLANNED");
        long programme = insert("programme (id, version, name, kind)", 0, "Uddannelse " + base, "INTERNAL_COURSE");
        long module = insert("programme_module (id, version, programme_id, sort_order, name)", 0, programme, 1,
                "Modul");
        long run = insert("programme_run (id, version, programme_id, name, start_date, end_date)", 0, programme,
                "Hold", today, today);
        long enrolment = insert("enrolment (id, version, run_id, employee_id, institution_id, status, enrolled_on)",
                0, run, employee, institution, "ENROLLED", today);
        insert("module_completion (id, enrolment_id, module_id, completed_on, evidence)", enrolment, module, today,
                "Bevis for " + name);
        insert("credential (id, version, token, employee_id, enrolment_id, issued_at, valid_from)", 0,
                ("c" + base + "x".repeat(43)).substring(0, 43), employee, enrolment, now, today);
        insert("designation (id, version, employee_id, institution_id, kind, valid_from, source)", 0, employee,
                institution, "IT_DIDACTIC_SUPERVISOR", today, "MANUAL");
        long meeting = insert("meeting (id, version, uid, sequence_no, kind, title, start_at, end_at, series_end,"
                + " organiser_id, cancelled, changed_at)", 0, "uid-" + base, 0, "THEME_MEETING", "Møde " + base, start,
                end, end, employee, false, now);
        long invitation = insert("invitation (id, meeting_id, employee_id, invited_at)", meeting, employee, now);
        insert("invitation_answer (id, invitation_id, occurrence_start, answer, answered_at)", invitation, start,
                "ACCEPTED", now);
        insert("attendance (id, invitation_id, occurrence_start, status)", invitation, start, "PRESENT");
        insert("registration (id, meeting_id, employee_id, registered_at, status)", meeting, employee, now,
                "REGISTERED");
        insert("time_proposal (id, meeting_id, employee_id, occurrence_start, proposed_start, proposed_end,"
                + " comment_text, received_at)", meeting, employee, start, start, end, "Hilsen " + name, now);
        long network = insert("network (id, version, name, sector, active)", 0, "Netværk " + base, "SKOLE", true);
        insert("network_membership (id, network_id, employee_id, joined_on)", network, employee, today);
        update("INSERT INTO network_coordinator (network_id, employee_id) VALUES (?, ?)", network, employee);
        insert("action_item (id, version, meeting_id, occurrence_start, description, owner_id, done)", 0, meeting,
                start, "Opgave", employee, false);
        insert("local_document (id, version, institution_id, kind_id, status, owner_id, changed_at, changed_by)", 0,
                institution, kind, "IN_PROGRESS", employee, now, username);
        insert("experiment (id, version, institution_id, what_tried, who_took_part, age_group, started_on,"
                + " shared_with_network, recorded_by, changed_at, changed_by)", 0, institution, "Forsøg", "Klassen",
                "STAFF", today, false, username, now, username);
        insert("equipment_need (id, version, institution_id, what_needed, quantity, status, requested_on,"
                + " requested_by, changed_at, changed_by)", 0, institution, "Tablets", 2, "REQUESTED", today,
                username, now, username);
        insert("feed_token (id, token, owner_type, owner_id, created_at)", "t" + base, "PERSON", employee, now);
        long poll = insert("date_poll (id, version, kind, title, organiser_id, created_at)", 0, "THEME_MEETING",
                "Afstemning " + base, employee, now);
        long slot = insert("poll_slot (id, poll_id, start_at, end_at)", poll, start, end);
        long invitee = insert("poll_invitee (id, version, poll_id, employee_id, token, answered_at)", 0, poll, employee,
                "p" + base, now);
        insert("poll_answer (id, invitee_id, slot_id, availability, answered_at)", invitee, slot, "YES", now);
        insert("mail_preference (id, version, employee_id, meeting_reminders, round_reminders, due_dates, digest,"
                + " mail_language)", 0, employee, true, false, true, true, "en");
        insert("sent_reminder (id, employee_id, kind, subject, period, sent_at, token_hash)", employee, "ROUND",
                "round:" + round, "2026-W49", now, "0".repeat(64));
    }

    /** Inserts a row with a fresh id in its first column and the values in the others; the id. */
    private long insert(String table, Object... values) throws SQLException {
        long id = base + next++;
        StringBuilder marks = new StringBuilder("?");
        for (int i = 0; i < values.length; i++) {
            marks.append(", ?");
        }
        Object[] all = new Object[values.length + 1];
        all[0] = id;
        System.arraycopy(values, 0, all, 1, values.length);
        update("INSERT INTO " + table + " VALUES (" + marks + ")", all);
        return id;
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    private long one(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet r = statement.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
