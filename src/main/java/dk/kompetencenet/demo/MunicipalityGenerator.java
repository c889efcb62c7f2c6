package dk.kompetencenet.demo;

import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.logging.Logger;

import dk.kompetencenet.demo.Reference.Person;
import dk.kompetencenet.demo.Reference.Site;
import dk.kompetencenet.localstrategy.DocumentStatus;
import dk.kompetencenet.organisation.InstitutionType;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.i18n.Zones;

/**
 * Makes a municipality's worth of rows from one seeded {@link Random}: institutions with staff (a leader each), then,
 * over every institution, self-assessment rounds, ratings and development goals ({@link CompetenceData}), supervisors'
 * training ({@link TrainingData}), local documents, and network and theme meetings ({@link MeetingData}). The same
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

    /** Of 400 institutions, about 45 are schools, special provisions and youth schools; the rest daycare. */
    private static final double SCHOOL_SHARE = 45 / 400.0;

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
            reference.sites().forEach(this::place);
            reference.people().forEach(p -> employ(p, ability(p.role())));
            institutions();
            return employee.written() + " employees at " + institution.written() + " new institutions";
        });
        CompetenceData competences = new CompetenceData(this);
        step("self-assessment rounds", () -> competences.rounds() + " rounds, " + roundAnswer.written() + " answers");
        step("ratings and development goals", () -> competences.ratingsAndGoals() + " ratings, "
                + goal.written() + " goals");
        step("supervisors' training", () -> new TrainingData(this).make() + " designations, "
                + enrolment.written() + " enrolments");
        step("local documents", () -> documents() + " documents");
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

    // ---- institutions and staff ----

    private void institutions() {
        int schools = Math.max(1, (int) Math.round(scale.institutions() * SCHOOL_SHARE));
        int daycare = scale.institutions() - schools;
        Map<InstitutionType, Integer> counts = new EnumMap<>(InstitutionType.class);
        counts.put(InstitutionType.SPECIALTILBUD, (int) Math.round(schools * 7 / 45.0));
        counts.put(InstitutionType.UNGDOMSSKOLE, (int) Math.round(schools * 4 / 45.0));
        counts.put(InstitutionType.SKOLE, schools - counts.get(InstitutionType.SPECIALTILBUD)
                - counts.get(InstitutionType.UNGDOMSSKOLE));
        counts.put(InstitutionType.DAGPLEJE, (int) Math.round(daycare * 25 / 355.0));
        counts.put(InstitutionType.INTEGRERET_INSTITUTION, (int) Math.round(daycare * 140 / 355.0));
        counts.put(InstitutionType.BOERNEHAVE, daycare - counts.get(InstitutionType.DAGPLEJE)
                - counts.get(InstitutionType.INTEGRERET_INSTITUTION));
        List<InstitutionType> types = new ArrayList<>();
        counts.forEach((type, n) -> types.addAll(Collections.nCopies(n, type)));
        List<Integer> sizes = sizes(types);
        for (int i = 0; i < types.size(); i++) {
            Site site = institution(types.get(i));
            staff(site, sizes.get(i));
        }
        secondWorkplaces();
    }

    /** Staff per institution: typical sizes per type, scaled so that they add up to the employees asked for. */
    private List<Integer> sizes(List<InstitutionType> types) {
        double[] raw = new double[types.size()];
        double sum = 0;
        for (int i = 0; i < raw.length; i++) {
            raw[i] = switch (types.get(i)) {
                case SKOLE -> between(55, 110);
                case SPECIALTILBUD -> between(25, 50);
                case UNGDOMSSKOLE -> between(15, 30);
                case BOERNEHAVE -> between(12, 30);
                case INTEGRERET_INSTITUTION -> between(20, 45);
                case DAGPLEJE -> between(25, 60);
            };
            sum += raw[i];
        }
        List<Integer> sizes = new ArrayList<>();
        int total = 0;
        for (double r : raw) {
            int size = Math.max(3, (int) Math.floor(r * scale.employees() / sum));
            sizes.add(size);
            total += size;
        }
        for (int i = 0; total != scale.employees(); i = (i + 1) % sizes.size()) {
            int step = total < scale.employees() ? 1 : -1;
            if (sizes.get(i) + step >= 3) {
                sizes.set(i, sizes.get(i) + step);
                total += step;
            }
        }
        return sizes;
    }

    private Site institution(InstitutionType type) {
        DanishNames.Town town = DanishNames.TOWNS.get(random.nextInt(DanishNames.TOWNS.size()));
        String name = names.institution(type, town);
        Site site = new Site(rows.id(), type, name, type == InstitutionType.DAGPLEJE || type == InstitutionType.UNGDOMSSKOLE
                ? "Hele kommunen" : town.area(), DanishNames.domain(name));
        institution.add(site.id(), 0L, name, type, site.area(), names.street(), town.postalCode(), town.name(), true);
        audit("CREATE", "Institution", site.id(), name);
        created.add(site);
        place(site);
        return site;
    }

    private void place(Site site) {
        sites.add(site);
        staffOf.put(site, new ArrayList<>());
    }

    private void staff(Site site, int size) {
        for (int i = 0; i < size; i++) {
            JobRole role = i == 0 ? JobRole.LEDER : role(site.type(), i, size);
            String first = names.firstName();
            String last = names.lastName();
            String email = names.email(first, last, site.domain());
            long id = rows.id();
            boolean active = i == 0 || !chance(0.01);
            employee.add(id, 0L, first, last, email, role, active);
            employeeInstitution.add(id, site.id());
            audit("IMPORT", "Employee", id, "name=" + first + " " + last + ", email=" + email + ", jobRole=" + role
                    + ", institutions=[" + site.id() + "]");
            if (active) {
                employ(new Person(id, role, site, email), ability(role));
            }
        }
    }

    private void employ(Person person, double level) {
        people.add(person);
        staffOf.get(person.home()).add(person);
        ability.put(person.id(), level);
        if (person.role() == JobRole.LEDER) {
            leaderOf.putIfAbsent(person.home(), person);
        }
    }

    /** Job roles fitting the institution: teachers in schools, pædagoger and helpers in daycare, deputies in big ones. */
    private JobRole role(InstitutionType type, int index, int size) {
        if (index < size / 40 + 1 && size >= 40) {
            return JobRole.LEDER;
        }
        double r = random.nextDouble();
        return switch (type) {
            case SKOLE -> r < 0.75 ? JobRole.LAERER : r < 0.9 ? JobRole.PAEDAGOG : JobRole.ANDET;
            case SPECIALTILBUD -> r < 0.45 ? JobRole.LAERER : r < 0.9 ? JobRole.PAEDAGOG : JobRole.ANDET;
            case UNGDOMSSKOLE -> r < 0.7 ? JobRole.LAERER : JobRole.ANDET;
            case BOERNEHAVE, INTEGRERET_INSTITUTION -> r < 0.6 ? JobRole.PAEDAGOG
                    : r < 0.92 ? JobRole.PAEDAGOGMEDHJAELPER : JobRole.ANDET;
            case DAGPLEJE -> r < 0.88 ? JobRole.DAGPLEJER : r < 0.98 ? JobRole.PAEDAGOG : JobRole.ANDET;
        };
    }

    /** About 3 % of the new staff also work at a second institution of the same sector. */
    private void secondWorkplaces() {
        Map<Boolean, List<Site>> bySector = new HashMap<>();
        created.forEach(s -> bySector.computeIfAbsent(s.isSchool(), k -> new ArrayList<>()).add(s));
        for (Site site : created) {
            List<Site> others = bySector.get(site.isSchool());
            for (Person p : staffOf.get(site)) {
                if (p.role() != JobRole.LEDER && others.size() > 1 && chance(0.03)) {
                    Site second = pick(others);
                    if (!second.equals(site)) {
                        employeeInstitution.add(p.id(), second.id());
                    }
                }
            }
        }
    }

    private double ability(JobRole role) {
        double mean = switch (role) {
            case LEDER -> 3.2;
            case LAERER -> 2.9;
            case PAEDAGOG -> 2.6;
            case PAEDAGOGMEDHJAELPER -> 2.1;
            case DAGPLEJER -> 1.9;
            case ANDET -> 2.2;
        };
        return mean + random.nextGaussian() * 0.55;
    }

    // ---- local documents ----

    /**
     * The documents each new institution must have, in mixed states: about half adopted (some past their review
     * date), a quarter in progress, some recorded as missing, the rest not recorded at all.
     */
    private long documents() {
        for (Site site : created) {
            Person owner = leaderOf.get(site);
            for (Reference.Kind kind : reference.documentKinds()) {
                if (!kind.isRequiredOf(site)) {
                    continue;
                }
                double r = random.nextDouble();
                if (r >= 0.8) {
                    continue;
                }
                DocumentStatus status = r < 0.5 ? DocumentStatus.ADOPTED : r < 0.75 ? DocumentStatus.IN_PROGRESS
                        : DocumentStatus.MISSING;
                LocalDate adopted = status == DocumentStatus.ADOPTED ? today.minusDays(between(30, 1100)) : null;
                long id = rows.id();
                document.add(id, 0L, site.id(), kind.id(), status, adopted,
                        adopted == null ? null : adopted.plusYears(2), owner == null ? null : owner.id(),
                        adopted == null ? null : "https://intra.example.dk/" + site.domain() + "/" + kind.key() + ".pdf",
                        adopted == null ? instant(today.minusDays(between(1, 200)), 10) : instant(adopted, 12),
                        owner == null ? "system" : owner.email());
                for (Long section : kind.sections()) {
                    if (status == DocumentStatus.ADOPTED || status == DocumentStatus.IN_PROGRESS && chance(0.5)) {
                        documentSection.add(id, section);
                    }
                }
            }
        }
        return document.written();
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
