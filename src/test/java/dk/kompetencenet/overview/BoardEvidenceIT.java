package dk.kompetencenet.overview;

import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.PlanService;
import dk.kompetencenet.meeting.AttendanceStatus;
import dk.kompetencenet.meeting.AfterMeeting;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.Sector;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/**
 * The board's evidence counted where it could go wrong: someone working at two institutions counts at both, inactive
 * staff's records count, every rating counts (not only the latest), and records no longer in force do not.
 */
@ExtendWith(ArquillianExtension.class)
class BoardEvidenceIT {

    private static final String JSON = "application/json";
    private static final String MEETING_START = "2024-03-05T14:00";

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private CompetenceService competences;

    @Inject
    private PlanService plans;

    @Inject
    private NetworkService networks;

    @Inject
    private MeetingService meetings;

    @Inject
    private AfterMeeting afterMeeting;

    @Inject
    private BoardService board;

    @Test
    void peopleAtTwoInstitutionsCountAtBothInactiveStaffCountAndEveryRatingCounts() {
        Institution first = anInstitution().named(unique("Evidensskolen A")).create(institutions);
        Institution second = anInstitution().named(unique("Evidensskolen B")).create(institutions);
        Employee both = anEmployee().at(first).at(second).create(employees);
        Employee leaving = anEmployee().at(first).create(employees);
        Employee gone = anEmployee().at(first).create(employees);
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        Framework digCompEdu = SystemAccess.call(() -> competences.framework(
                competences.bySeedKey("digcompedu").orElseThrow().getId()));
        long rated = digCompEdu.getInitiatives().stream().filter(i -> i.getSector().appliesTo(Sector.SKOLE))
                .findFirst().orElseThrow().getId();
        long competence = digCompEdu.competences().get(0).getId();
        long initiative = aSchoolInitiativeOtherThan(rated);

        SystemAccess.run(() -> {
            competences.rate(both.getId(), competence, "A1", LocalDate.now().minusDays(20), null, null, null);
            competences.rate(both.getId(), competence, "B1", LocalDate.now().minusDays(10), null, null, null);
            competences.rate(gone.getId(), competence, "A2", LocalDate.now().minusDays(5), null, null, null);
            Network network = networks.create(new Network(null, unique("Evidensnetværket"), InitiativeSector.SKOLE,
                    null), Set.of(initiative));
            networks.addMember(network.getId(), both.getId());
            networks.addMember(network.getId(), gone.getId());
            networks.addMember(network.getId(), leaving.getId());
            networks.removeMember(network.getId(), leaving.getId());
            plans.add(both.getId(), "Et mål", null, initiative, null);
            plans.add(gone.getId(), "Et mål", null, initiative, null);
            DevelopmentGoal dropped = plans.add(leaving.getId(), "Et mål", null, initiative, null);
            plans.change(dropped.getId(), dropped.getVersion(), "Et mål", null, initiative, null,
                    DevelopmentGoal.Status.CANCELLED);
        });
        long meeting = aMeetingServing(coordinator, initiative);
        SystemAccess.run(() -> {
            meetings.invite(meeting, MeetingService.Invitees.people(Set.of(both.getId(), leaving.getId(),
                    gone.getId())));
            afterMeeting.recordAttendance(meeting, LocalDateTime.parse(MEETING_START), Map.of(both.getId(),
                    AttendanceStatus.PRESENT, gone.getId(), AttendanceStatus.PRESENT, leaving.getId(),
                    AttendanceStatus.ABSENT));
            Employee current = employees.get(gone.getId());
            employees.setActive(current.getId(), current.getVersion(), false);
        });

        Map<Long, BoardService.Row> rows = rowsOf(first, second);
        Evidence atFirst = rows.get(first.getId()).cell(initiative).evidence();
        Evidence atSecond = rows.get(second.getId()).cell(initiative).evidence();
        assertEquals(List.of(2L, 2L, 2L), List.of(atFirst.networkMembers(), atFirst.attendances(), atFirst.goals()),
                "the one at both schools and the inactive one; not the one who left, was absent or cancelled");
        assertEquals(List.of(1L, 1L, 1L), List.of(atSecond.networkMembers(), atSecond.attendances(),
                atSecond.goals()), "the one at both schools");
        assertEquals(3, rows.get(first.getId()).cell(rated).evidence().assessments(), "two ratings and one more");
        assertEquals(2, rows.get(second.getId()).cell(rated).evidence().assessments(), "both ratings of the one");
        assertEquals(Progress.UNDER_WAY, rows.get(second.getId()).cell(initiative).progress());
    }

    private Map<Long, BoardService.Row> rowsOf(Institution first, Institution second) {
        return SystemAccess.call(() -> {
            BoardService.Filter all = new BoardService.Filter(null, null);
            return board.page(all, board.columns(all), 0, Integer.MAX_VALUE).stream()
                    .filter(r -> r.institutionId().equals(first.getId()) || r.institutionId().equals(second.getId()))
                    .collect(java.util.stream.Collectors.toMap(BoardService.Row::institutionId, r -> r));
        });
    }

    /** An initiative of the strategy in force for schools, other than the given one. */
    private long aSchoolInitiativeOtherThan(long rated) {
        return SystemAccess.call(() -> board.columns(new BoardService.Filter(Sector.SKOLE, null))).stream()
                .mapToLong(BoardService.Column::initiativeId).filter(id -> id != rated).findFirst().orElseThrow();
    }

    private long aMeetingServing(String coordinator, long initiative) {
        Http.Response created = as(coordinator).post("/api/meetings", JSON, """
                {"title": "%s", "kind": "THEME_MEETING", "start": "%s", "end": "2024-03-05T16:00",
                 "initiativeIds": [%d]}""".formatted(unique("Evidensmøde"), MEETING_START, initiative));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(id > 0);
        return id;
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, Builders.PASSWORD);
    }
}
