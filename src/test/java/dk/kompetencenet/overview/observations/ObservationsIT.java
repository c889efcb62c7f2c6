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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.meeting.AfterMeeting;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.overview.OverviewService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.TrainingService;

/** "Det viser data" on a running server: lone supervisors and falling network attendance, per institution in scope. */
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
        Http.Response created = Http.basic(base.toString(), coordinator, PASSWORD).post("/api/meetings", JSON, """
                {"title": "%s", "kind": "NETWORK_MEETING", "start": "2024-03-05T14:00", "end": "2024-03-05T16:00",
                 "rrule": "FREQ=WEEKLY;COUNT=7", "networkId": %d}""".formatted(unique("Netværksmøde"), network.getId()));
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
        assertEquals(List.of(), sentencesAt(pair.getId()), "two supervisors, though both end soon");
        assertEquals(List.of(), sentencesAt(later.getId()), "91 days is beyond the warning period");
        assertTrue(SystemAccess.call(() -> observations.of(null, overview.municipality(null))).stream()
                .anyMatch(o -> o.id().equals(lone.getId()) && o.link().startsWith("/training/designations")),
                "the municipality's overview has it too, with the page to act on");

        String page = Http.loggedIn(base.toString(), leader, PASSWORD)
                .get("/overview/institution.xhtml?id=" + lone.getId()).body();
        assertTrue(page.contains("(om 24 dage)") && page.contains(network.getName()), page);
        assertTrue(page.contains("/training/designations.xhtml?institution=" + lone.getId()), page);
        Http other = Http.loggedIn(base.toString(), otherLeader, PASSWORD);
        String own = other.get("/overview/institution.xhtml?id=" + pair.getId()).body();
        assertFalse(own.contains(lone.getName()) || own.contains(network.getName()), "nothing of another school");
        assertNotEquals(200, other.get("/overview/institution.xhtml?id=" + lone.getId()).status());
    }

    private List<String> sentencesAt(Long institutionId) {
        return SystemAccess.call(() -> observations.of(institutionId, overview.institution(institutionId, null)))
                .stream().map(o -> o.text(DA)).filter(t -> !t.startsWith("Indsats")).toList();
    }
}
