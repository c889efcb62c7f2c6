package dk.kompetencenet.demo;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.logging.Logger;

import dk.kompetencenet.demo.Reference.Person;
import dk.kompetencenet.demo.Reference.Site;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * Makes a municipality's worth of rows from one seeded {@link Random}: institutions with staff (a leader each, {@link StaffData}), then,
 * over every institution, self-assessment rounds, ratings and development goals ({@link CompetenceData}), supervisors'
 * training ({@link TrainingData}), local documents ({@link DocumentData}), and network and theme meetings ({@link MeetingData}). The same
 * seed, database and day give the same municipality.
 */
final class MunicipalityGenerator {

    /** What was made: rows per table, the institutions, and the block of ids every generated row has its id from. */
    record Summary(Map<String, Long> rows, List<Long> institutionIds, long firstId, long lastId, Duration took) {

        long of(String table) {
            return rows.getOrDefault(table, 0L);
        }
    }

    /** A network member (made now, or there before with no known start), from and to (open) when. */
    record Member(Person person, LocalDate from, LocalDate to) {

        boolean on(LocalDate day) {
            return !from.isAfter(day) && (to == null || to.isAfter(day));
        }
    }

    private static final Logger LOG = Logger.getLogger(MunicipalityGenerator.class.getName());

    final Reference reference;
    final Scale scale;
    final Rows rows;
    final Random random;
    final LocalDate today;
    final Instant now;
    final DanishNames names;

    final Rows.Table institution;
    final Rows.Table employee;
    final Rows.Table employeeInstitution;
    final Rows.Table round;
    final Rows.Table roundInstitution;
    final Rows.Table roundAnswer;
    final Rows.Table assessment;
    final Rows.Table goal;
    final Rows.Table run;
    final Rows.Table enrolment;
    final Rows.Table completion;
    final Rows.Table designation;
    final Rows.Table membership;
    final Rows.Table document;
    final Rows.Table documentSection;
    final Rows.Table meeting;
    final Rows.Table meetingInitiative;
    final Rows.Table invitation;
    final Rows.Table answer;
    final Rows.Table attendance;
    final Rows.Table registration;
    final Rows.Table audit;

    /** Every active institution: those there before and those made now. */
    final List<Site> sites = new ArrayList<>();
    final List<Site> created = new ArrayList<>();
    /** Everybody working at an active institution. */
    final List<Person> people = new ArrayList<>();
    final Map<Site, List<Person>> staffOf = new HashMap<>();
    final Map<Site, Person> leaderOf = new HashMap<>();
    /** A person's general digital competence, as a rank of the DigCompEdu scale (1 to 6). */
    final Map<Long, Double> ability = new HashMap<>();
    /** Network members by network id, with the periods of their membership. */
    final Map<Long, List<Member>> membersOf = new HashMap<>();
    private final long started = System.nanoTime();

    MunicipalityGenerator(Reference reference, Scale scale, Rows rows, long seed) throws SQLException {
        this.reference = reference;
        this.scale = scale;
        this.rows = rows;
        this.random = new Random(seed);
        this.today = LocalDate.now(Zones.COPENHAGEN);
        this.now = Instant.now();
        this.names = new DanishNames(random, reference.institutionNames(), reference.emails());
        institution = rows.table("institution",
                "id, version, name, institution_type, area, street, postal_code, city, active");
        employee = rows.table("employee", "id, version, first_name, last_name, email, job_role, active");
        employeeInstitution = rows.table("employee_institution", "employee_id, institution_id");
        round = rows.table("assessment_round", "id, version, name, framework_id, opens_on, closes_on, status, closed_at");
        roundInstitution = rows.table("round_institution", "round_id, institution_id");
        roundAnswer = rows.table("round_answer", "id, round_id, employee_id, competence_id, level_id, answered_at");
        assessment = rows.table("assessment", "id, employee_id, competence_id, level_id, kind, assessor, assessed_on,"
                + " recorded_at, note, evidence, instrument, data_type, tool, reflection");
        goal = rows.table("development_goal",
                "id, version, employee_id, description, competence_id, initiative_id, due_on, status");
        run = rows.table("programme_run", "id, version, programme_id, name, provider, start_date, end_date");
        enrolment = rows.table("enrolment", "id, version, run_id, employee_id, institution_id, status, enrolled_on");
        completion = rows.table("module_completion", "id, enrolment_id, module_id, completed_on, evidence");
        designation = rows.table("designation",
                "id, version, employee_id, institution_id, kind, valid_from, valid_to, source, enrolment_id");
        membership = rows.table("network_membership", "id, network_id, employee_id, joined_on, left_on");
        document = rows.table("local_document", "id, version, institution_id, kind_id, status, adopted_on,"
                + " next_review_on, owner_id, link, changed_at, changed_by");
        documentSection = rows.table("local_document_section", "document_id, section_id");
        meeting = rows.table("meeting", "id, version, uid, sequence_no, kind, title, agenda, location, room, start_at,"
                + " end_at, rrule, series_end, organiser_id, network_id, capacity, cancelled, changed_at");
        meetingInitiative = rows.table("meeting_initiative", "meeting_id, initiative_id");
        invitation = rows.table("invitation", "id, meeting_id, employee_id, invited_at");
        answer = rows.table("invitation_answer", "id, invitation_id, occurrence_start, answer, answered_at");
        attendance = rows.table("attendance", "id, invitation_id, occurrence_start, status");
        registration = rows.table("registration", "id, meeting_id, employee_id, registered_at, status");
        audit = rows.table("audit_entry", "id, occurred_at, actor, action_code, entity_type, entity_id, details");
    }

    /**
     * Makes everything, logging each part with its duration: first a marker ({@link LargeMunicipality#STARTED}),
     * committed at once, then the parts, each committed in chunks and at its end. The caller writes the marker of a
     * finished municipality last.
     */
    Summary generate() {
        audit(LargeMunicipality.STARTED, "Municipality", null, scale.institutions() + " institutions, "
                + scale.employees() + " employees, " + scale.meetings() + " meetings being generated");
        rows.commit();
        step("institutions and staff", () -> {
            new StaffData(this).make();
            return employee.written() + " employees at " + institution.written() + " new institutions";
        });
        CompetenceData competences = new CompetenceData(this);
        step("self-assessment rounds", () -> competences.rounds() + " rounds, " + roundAnswer.written() + " answers");
        step("ratings and development goals", () -> competences.ratingsAndGoals() + " ratings, "
                + goal.written() + " goals");
        step("supervisors' training", () -> new TrainingData(this).make() + " designations, "
                + enrolment.written() + " enrolments");
        step("local documents", () -> new DocumentData(this).make() + " documents");
        step("meetings", () -> new MeetingData(this).make() + " meetings, " + invitation.written() + " invitations, "
                + attendance.written() + " attendance records");
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        for (Rows.Table table : List.of(institution, employee, employeeInstitution, round, roundInstitution,
                roundAnswer, assessment, goal, run, enrolment, completion, designation, membership, document,
                documentSection, meeting, meetingInitiative, invitation, answer, attendance, registration, audit)) {
            counts.put(table.name(), table.written());
        }
        return new Summary(counts, created.stream().map(Site::id).toList(), rows.firstId(), rows.lastId(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private void step(String what, Supplier<String> work) {
        long start = System.nanoTime();
        String result = work.get();
        rows.commit();
        LOG.info(() -> String.format("Large municipality: %s: %s (%.1f s)", what, result,
                (System.nanoTime() - start) / 1e9));
    }

    // ---- helpers for the parts ----

    void audit(String action, String type, Long id, String details) {
        audit.add(rows.id(), now, "system", action, type, id, details);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    /** A working day on or before the given day. */
    static LocalDate weekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.minusDays(1);
        }
        return d;
    }

    /** A moment on that day, at about that hour, Copenhagen time. */
    Instant instant(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, random.nextInt(60)))
                .atZone(Zones.COPENHAGEN).toInstant();
    }

    /** Who rates a person: the leader of their institution; the coordinator rates leaders. */
    String assessorOf(Person person) {
        Person leader = leaderOf.get(person.home());
        return person.role() == JobRole.LEDER || leader == null ? "koordinator" : leader.email();
    }
}
