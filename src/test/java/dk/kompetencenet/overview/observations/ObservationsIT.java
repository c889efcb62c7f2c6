package dk.kompetencenet.overview.observations;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.followup.SnapshotService;
import dk.kompetencenet.meeting.AfterMeeting;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.TrainingService;

/**
 * "Det viser data" on a running server, on hand-built schools: lone supervisors, falling network attendance, a fallen
 * area between two rounds (not a round below the privacy threshold), per institution in scope.
 */
@ExtendWith(ArquillianExtension.class)
class ObservationsIT {

    private static final String JSON = "application/json";
    private static final Locale DA = Locale.forLanguageTag("da");

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private TrainingService training;

    @Inject
    private NetworkService networks;

    @Inject
    private AfterMeeting afterMeeting;

    @Inject
    private OverviewService overview;

    @Inject
    private Observations observations;

    @Inject
    private RoundService rounds;

    @Inject
    private CompetenceService competences;

    @Inject
    private IdleInitiatives idleInitiatives;

    @Inject
    private StrategyService strategies;

    @Inject
    private SnapshotService snapshots;

    @Test
    void aLoneSupervisorEndingSoonAndAFallingNetworkShowAtTheirInstitutionOnlyWithTheirNumbers() {
        LocalDate today = LocalDate.now(Zones.COPENHAGEN);
        Institution lone = anInstitution().named(unique("Fjordskolen")).create(institutions);
        Institution pair = anInstitution().named(unique("Parskolen")).create(institutions);
        Institution later = anInstitution().named(unique("Senereskolen")).create(institutions);
        Employee supervisor = anEmployee().at(lone).create(employees);
        Employee first = anEmployee().at(pair).create(employees);
        Employee second = anEmployee().at(pair).create(employees);
        Employee patient = anEmployee().at(later).create(employees);
        Employee member = anEmployee().at(lone).create(employees);
        String leader = anEmployee().at(lone).createWithAccount(employees, accounts, Role.LEADER);
        String otherLeader = anEmployee().at(pair).createWithAccount(employees, accounts, Role.LEADER);
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        DesignationKind kind = DesignationKind.IT_DIDACTIC_SUPERVISOR;
        Network network = SystemAccess.call(() -> {
            training.grant(supervisor.getId(), lone.getId(), kind, today.minusYears(1), today.plusDays(24));
            training.grant(first.getId(), pair.getId(), kind, today.minusYears(1), today.plusDays(10));
            training.grant(second.getId(), pair.getId(), kind, today.minusYears(1), today.plusDays(20));
            training.grant(patient.getId(), later.getId(), kind, today.minusYears(1), today.plusDays(91));
            Network n = networks.create(new Network(null, unique("Faldnetværket"), InitiativeSector.SKOLE, null),
                    Set.of());
            networks.addMember(n.getId(), supervisor.getId());
            networks.addMember(n.getId(), member.getId());
            return n;
        });
        long initiative = SystemAccess.call(() -> competences.framework(competences.bySeedKey("digcompedu")
                .orElseThrow().getId()).getInitiatives().stream().filter(i -> i.getSector().appliesTo(Sector.SKOLE))
                .findFirst().orElseThrow().getId());
        Http.Response created = Http.basic(base.toString(), coordinator, PASSWORD).post("/api/meetings", JSON, """
                {"title": "%s", "kind": "NETWORK_MEETING", "start": "2024-03-05T14:00", "end": "2024-03-05T16:00",
                 "rrule": "FREQ=WEEKLY;COUNT=7", "networkId": %d, "initiativeIds": [%d]}"""
                .formatted(unique("Netværksmøde"), network.getId(), initiative));
        assertEquals(201, created.status(), created.body());
        long meeting = created.json().getJsonNumber("id").longValue();
        LocalDateTime start = LocalDateTime.parse("2024-03-05T14:00");
        SystemAccess.run(() -> {
            for (int week = 0; week < 6; week++) {
                AttendanceStatus status = week < 3 ? AttendanceStatus.PRESENT : AttendanceStatus.ABSENT;
                afterMeeting.recordAttendance(meeting, start.plusWeeks(week), Map.of(supervisor.getId(),
                        AttendanceStatus.PRESENT, member.getId(), status));
            }
        });

        String ends = today.plusDays(24).format(DateTimeFormatter.ofPattern("d. MMMM yyyy", DA));
        assertEquals(List.of(lone.getName() + ": den eneste vejleders udpegning udløber " + ends + " (om 24 dage).",
                        network.getName() + ": fremmødet ved de seneste 3 møder var 50 % (3 af 6) mod 100 % (6 af 6)"
                                + " ved de 3 før."), sentencesAt(lone.getId()),
                "one supervisor ending in 24 days, and attendance 6 of 6 then 3 of 6");
        List<Observation> municipality = SystemAccess.call(() -> observations.of(null, overview.municipality(null)));
        assertTrue(municipality.stream().anyMatch(o -> o.id().equals(lone.getId())
                && o.link().startsWith("/training/designations")), "the municipality's overview has it too");
        assertTrue(municipality.stream().noneMatch(o -> o.link().startsWith("/training/designations")
                        && (o.id().equals(pair.getId()) || o.id().equals(later.getId()))),
                "not two supervisors though both end soon, nor one ending in 91 days (beyond the warning period)");

        String page = Http.loggedIn(base.toString(), leader, PASSWORD)
                .get("/overview/institution.xhtml?id=" + lone.getId()).body();
        assertTrue(page.contains("(om 24 dage)") && page.contains(network.getName()), page);
        assertTrue(page.contains("/training/designations.xhtml?institution=" + lone.getId()), page);
        Http other = Http.loggedIn(base.toString(), otherLeader, PASSWORD);
        String own = other.get("/overview/institution.xhtml?id=" + pair.getId()).body();
        assertFalse(own.contains(lone.getName()) || own.contains(network.getName()), "nothing of another school");
        assertNotEquals(200, other.get("/overview/institution.xhtml?id=" + lone.getId()).status());

        Http api = Http.basic(base.toString(), leader, PASSWORD).acceptLanguage("en");
        JsonObject json = api.get("/api/overview/institutions/" + lone.getId() + "/observations").jsonArray()
                .getValuesAs(JsonObject.class).stream().filter(o -> o.getString("kind").equals("loneSupervisor"))
                .findFirst().orElseThrow();
        assertTrue(json.getString("text").startsWith(lone.getName() + ": the only supervisor"), json.toString());
        assertEquals(24, json.getJsonArray("numbers").getJsonNumber(0).intValue(), "the days left: " + json);
        assertEquals(403, Http.basic(base.toString(), otherLeader, PASSWORD)
                .get("/api/overview/institutions/" + lone.getId() + "/observations").status(), "another school's");
        assertEquals(403, api.get("/api/overview/observations").status(), "the municipality's is the coordinators'");
        assertTrue(Http.basic(base.toString(), coordinator, PASSWORD).get("/api/overview/observations").body()
                .contains(lone.getName()), "the coordinator's has the lone school");
        assertTrue(SystemAccess.call(() -> snapshots.observations()).stream().anyMatch(o -> o.id().equals(lone.getId())
                && o.key().equals(LoneSupervisors.KEY)), "the follow-up report's section has it");

        // Idle initiatives, through the board's queries, on the reference day a year after the strategy in force
        // began: the meeting's attendance at the lone school starts its initiative there, not at a school with no
        // records (the others' supervisors may serve the initiative through their programme).
        Institution quiet = anInstitution().named(unique("Stilleskolen")).create(institutions);
        LocalDate year = SystemAccess.call(() -> strategies.current().orElseThrow().getStartDate()).plusYears(1);
        List<Observation> quietIdle = SystemAccess.call(() -> idleInitiatives.in(Set.of(quiet.getId()), year));
        assertTrue(quietIdle.stream().anyMatch(o -> o.id().equals(initiative) && o.arguments().get(2).equals(1L)
                && o.arguments().get(3).equals(12L)), "not started at the one school in view, 12 months on: " + quietIdle);
        assertTrue(SystemAccess.call(() -> idleInitiatives.in(Set.of(lone.getId()), year)).stream()
                .noneMatch(o -> o.id().equals(initiative)), "attendance at its meeting has started it at this school");
        assertTrue(SystemAccess.call(() -> idleInitiatives.in(Set.of(lone.getId(), quiet.getId()), year)).stream()
                .noneMatch(o -> o.id().equals(initiative)), "started at one of the two in view is not idle");
        assertEquals(List.of(), SystemAccess.call(() -> idleInitiatives.in(Set.of(quiet.getId()), year.minusDays(1))),
                "not before a year has passed");
    }

    @Test
    void anAreaThatFellBetweenTwoShownRoundsIsNamedAndARoundOfFourIsNotCompared() {
        Institution school = anInstitution().named(unique("Runde-skolen")).create(institutions);
        List<Employee> staff = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            staff.add(anEmployee().at(school).create(employees));
        }
        Framework framework = SystemAccess.call(() -> competences.framework(
                competences.bySeedKey("digcompedu").orElseThrow().getId()));
        Competence competence = framework.competences().get(0);
        String first = unique("Forårsrunde");
        String second = unique("Efterårsrunde");
        round(first, school, framework, LocalDate.parse("2024-02-01"), staff, "B1");
        round(second, school, framework, LocalDate.parse("2024-09-01"), staff, "A2");
        assertEquals(List.of(competence.getArea().danish() + ": den gennemsnitlige selvvurdering faldt fra 3,0 til"
                + " 2,0 mellem " + first + " (5 svarede) og " + second + " (5 svarede)."), sentencesAt(school.getId()),
                "B1 is rank 3, A2 rank 2; five answered each round");

        round(unique("Vinterrunde"), school, framework, LocalDate.parse("2024-12-01"), staff.subList(0, 4), "A1");
        List<String> afterFour = sentencesAt(school.getId());
        assertEquals(1, afterFour.size(), afterFour.toString());
        assertTrue(afterFour.get(0).contains(first + " (5 svarede) og " + second),
                "the round of four is passed over, not compared");
    }

    /** A closed round of a month from the day, each person answering the framework's first competence with the level. */
    private void round(String name, Institution school, Framework framework, LocalDate opens, List<Employee> people,
                       String level) {
        Long competence = framework.competences().get(0).getId();
        SystemAccess.run(() -> {
            Long round = rounds.open(name, framework.getId(), Set.of(school.getId()), opens, opens.plusDays(27))
                    .getId();
            Instant at = opens.plusDays(3).atStartOfDay(Zones.COPENHAGEN).toInstant();
            people.forEach(p -> rounds.answerFor(round, p.getId(), Map.of(competence, level), at));
            rounds.closeFor(round, opens.plusDays(28).atStartOfDay(Zones.COPENHAGEN).toInstant());
        });
    }

    private List<String> sentencesAt(Long institutionId) {
        return SystemAccess.call(() -> observations.of(institutionId, overview.institution(institutionId, null)))
                .stream().map(o -> o.text(DA)).filter(t -> !t.startsWith("Tiltag ")).toList();
    }
}
