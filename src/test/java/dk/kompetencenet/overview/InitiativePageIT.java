package dk.kompetencenet.overview;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.persistence.StatementCounter;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.training.Programme;
import dk.kompetencenet.training.ProgrammeKind;
import dk.kompetencenet.training.TrainingService;

/**
 * The initiative page and GET /api/initiatives/{id}/links on a running server: everything linked to an initiative,
 * people's records only as counts, and its status across the institutions in the caller's scope.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativePageIT {

    private static final String BULLYING_GUIDANCE = "Den skal specifikt indeholde en vejledning for, hvordan digital"
            + " mobning håndteres";
    private static final String JSON = "application/json";

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
    private InitiativeLinks initiativeLinks;

    private Institution school;
    private Employee teacher;
    private String employee;
    private String leader;
    private String coordinator;
    private long initiative;
    private long focusArea;

    @BeforeEach
    void aSchoolWithStaffAndTheInitiative() {
        school = anInstitution().named(unique("Tiltagsskolen")).create(institutions);
        teacher = anEmployee().at(school).create(employees);
        employee = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        for (JsonObject area : as(employee).get("/api/strategies/current").json().getJsonArray("focusAreas")
                .getValuesAs(JsonObject.class)) {
            for (JsonObject i : area.getJsonArray("initiatives").getValuesAs(JsonObject.class)) {
                if (i.getString("title").equals(BULLYING_GUIDANCE)) {
                    initiative = i.getJsonNumber("id").longValue();
                    focusArea = area.getJsonNumber("id").longValue();
                }
            }
        }
        assertTrue(initiative > 0, "the seeded strategy has the initiative");
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private JsonObject links(String user) {
        Http.Response response = as(user).get("/api/initiatives/" + initiative + "/links");
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static List<String> names(JsonObject links, String kind) {
        return links.getJsonArray(kind).getValuesAs(JsonObject.class).stream().map(i -> i.getString("name")).toList();
    }

    private static List<String> meetingTitles(JsonObject links, String list) {
        return links.getJsonObject("meetings").getJsonArray(list).getValuesAs(JsonObject.class).stream()
                .map(m -> m.getString("title")).toList();
    }

    private String aProgrammeServingTheInitiative() {
        String name = unique("Forløb om digital mobning");
        SystemAccess.run(() -> training.createProgramme(new Programme(name, null, ProgrammeKind.INTERNAL_COURSE, null),
                List.of(), Set.of(initiative)));
        return name;
    }

    private String aNetworkServingTheInitiative() {
        String name = unique("Netværk om digital mobning");
        SystemAccess.run(() -> networks.create(new Network(null, name, InitiativeSector.SKOLE, null),
                Set.of(initiative)));
        return name;
    }

    private String aThemeMeetingServingTheInitiative(String start, String end) {
        String title = unique("Temamøde om digital mobning");
        Http.Response created = as(coordinator).post("/api/meetings", JSON, """
                {"title": "%s", "kind": "THEME_MEETING", "start": "%s", "end": "%s", "initiativeIds": [%d]}"""
                .formatted(title, start, end, initiative));
        assertEquals(201, created.status(), created.body());
        return title;
    }

    private void adopt(String kind) {
        Http.Response saved = as(leader).put("/api/institutions/" + school.getId() + "/documents/" + kind, JSON, """
                {"status": "ADOPTED", "adoptedOn": "2026-06-01"}""");
        assertEquals(200, saved.status(), saved.body());
    }

    @Test
    void theLinksNameTheProgrammesNetworksMeetingsAndDocumentsServingTheInitiative() {
        String programme = aProgrammeServingTheInitiative();
        String network = aNetworkServingTheInitiative();
        String upcoming = aThemeMeetingServingTheInitiative("2031-03-04T14:00", "2031-03-04T16:00");
        String held = aThemeMeetingServingTheInitiative("2024-03-05T14:00", "2024-03-05T16:00");

        JsonObject links = links(employee);

        assertEquals(BULLYING_GUIDANCE, links.getString("title"));
        assertFalse(links.getBoolean("archived"));
        assertTrue(names(links, "programmes").contains(programme), links.toString());
        assertTrue(names(links, "networks").contains(network), links.toString());
        assertTrue(meetingTitles(links, "next").contains(upcoming), links.toString());
        assertTrue(meetingTitles(links, "recent").contains(held), links.toString());
        assertTrue(links.getJsonObject("meetings").getInt("upcoming") >= 1);
        assertTrue(links.getJsonObject("meetings").getInt("past") >= 1);
        assertTrue(links.getJsonObject("meetings").getJsonArray("next").size() <= InitiativeLinks.MEETINGS_SHOWN);
        assertEquals(List.of("school-digital-strategy", "digital-bullying-procedure").stream().sorted().toList(),
                links.getJsonArray("documentKinds").getValuesAs(JsonObject.class).stream()
                        .map(k -> k.getString("key")).sorted().toList());
        assertFalse(links.containsKey("status"), "employees do not read the board");
    }

    @Test
    void theStatusCountsTheInstitutionsInTheLeadersScopeAsTheBoardDerivesThem() {
        JsonObject status = links(leader).getJsonObject("status");
        assertEquals(List.of(0, 0, 1), List.of(status.getInt("inPlace"), status.getInt("underWay"),
                status.getInt("notStarted")), "the leader's one school, nothing recorded yet");
        assertEquals("/overview/board.xhtml?area=" + focusArea, status.getString("board"));

        adopt("digital-bullying-procedure");
        status = links(leader).getJsonObject("status");
        assertEquals(List.of(0, 1, 0), List.of(status.getInt("inPlace"), status.getInt("underWay"),
                status.getInt("notStarted")));

        adopt("school-digital-strategy");
        status = links(leader).getJsonObject("status");
        assertEquals(1, status.getInt("inPlace"));
        assertEquals(100, status.getInt("percentInPlace"));
    }

    @Test
    void developmentGoalsAreOnlyCountedNeverNamed() {
        long before = links(employee).getJsonObject("goals").getJsonNumber("PLANNED").longValue();

        Http.Response added = as(leader).post("/api/plans/employees/" + teacher.getId(), JSON, """
                {"description": "Lære at bruge proceduren", "initiativeId": %d, "dueOn": "2027-06-01"}"""
                .formatted(initiative));
        assertEquals(201, added.status(), added.body());

        Http.Response response = as(employee).get("/api/initiatives/" + initiative + "/links");
        assertEquals(before + 1, response.json().getJsonObject("goals").getJsonNumber("PLANNED").longValue());
        assertFalse(response.body().contains(teacher.getLastName()));
        assertFalse(response.body().contains("Lære at bruge proceduren"));
        assertTrue(response.json().containsKey("assessments"));
    }

    @Test
    void thePageShowsTheLinksAndForLeadersTheStatusWithALinkToTheBoardOfTheFocusArea() {
        String programme = aProgrammeServingTheInitiative();
        String path = "/strategy/initiative.xhtml?id=" + initiative;

        Http.Response leaderPage = Http.loggedIn(base.toString(), leader, PASSWORD).get(path);
        assertEquals(200, leaderPage.status());
        assertTrue(leaderPage.body().contains(programme));
        assertTrue(leaderPage.body().contains("Status i institutionerne"));
        assertTrue(leaderPage.body().contains("/overview/board.xhtml?area=" + focusArea), "a link to the board");
        assertTrue(leaderPage.body().contains("/strategy/documents.xhtml?lacking=digital-bullying-procedure"));

        Http.Response employeePage = Http.loggedIn(base.toString(), employee, PASSWORD).get(path);
        assertEquals(200, employeePage.status());
        assertTrue(employeePage.body().contains(programme));
        assertFalse(employeePage.body().contains("/overview/board.xhtml"));

        Http.Response board = Http.loggedIn(base.toString(), leader, PASSWORD)
                .get("/overview/board.xhtml?area=" + focusArea);
        assertEquals(200, board.status());
        assertTrue(board.body().contains(BULLYING_GUIDANCE));
    }

    @Test
    void theLinksCostTheSameStatementsHoweverMuchIsLinked() {
        int before = statementsForTheLinks();

        aProgrammeServingTheInitiative();
        aProgrammeServingTheInitiative();
        aNetworkServingTheInitiative();
        aNetworkServingTheInitiative();
        aThemeMeetingServingTheInitiative("2031-04-01T14:00", "2031-04-01T16:00");
        aThemeMeetingServingTheInitiative("2024-04-02T14:00", "2024-04-02T16:00");

        assertEquals(before, statementsForTheLinks());
    }

    private int statementsForTheLinks() {
        return SystemAccess.call(() -> {
            initiativeLinks.of(initiative);
            return StatementCounter.count(() -> initiativeLinks.of(initiative)).statements();
        });
    }

    @Test
    void anUnknownInitiativeIsNotFoundAndTheLinksNeedALogin() {
        assertEquals(404, as(employee).get("/api/initiatives/999999999/links").status());
        assertEquals(401, Http.anonymous(base.toString()).get("/api/initiatives/" + initiative + "/links").status());
        assertEquals(404, Http.loggedIn(base.toString(), employee, PASSWORD)
                .get("/strategy/initiative.xhtml?id=999999999").status());
    }
}
