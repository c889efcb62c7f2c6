package dk.kompetencenet.strategy;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.training.Programme;
import dk.kompetencenet.training.ProgrammeKind;
import dk.kompetencenet.training.TrainingService;

/**
 * Revising the strategy on a running server: a coordinator copies a strategy in force into a new version, the old one
 * is archived and stays readable with its links, and links move along when asked. Each test revises a strategy of its
 * own, dated long before the seeded one, so that the seeded strategy stays the one in force for every other test.
 */
@ExtendWith(ArquillianExtension.class)
class StrategyRevisionIT {

    private static final String JSON = "application/json";
    private static final LocalDate OLD_START = LocalDate.of(2001, 1, 1);

    @ArquillianResource
    private URL base;

    @Inject
    private StrategyService strategies;

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
    private CompetenceService competences;

    private String coordinator;
    private String leader;
    private String employee;
    private Strategy old;
    private Initiative first;
    private Initiative second;

    @BeforeEach
    void aStrategyInForceWithTwoInitiatives() {
        Institution school = anInstitution().create(institutions);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        employee = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        Strategy strategy = new Strategy(null, unique("Teststrategi"), "Testkommune", "Indledning", OLD_START);
        strategy.replaceVisions(List.of("Alle børn er digitalt dannede"));
        FocusArea area = strategy.addFocusArea("Børns digitale kompetencer", "Beskrivelse");
        area.addGoal("Digital dannelse", GoalKind.GOAL);
        area.addGoal("Alle skoler har en procedure", GoalKind.SPECIFIC_TARGET);
        area.addInitiative(new Initiative.Content("Tema", "Første tiltag", "Om det første", InitiativeSector.SKOLE,
                TargetGroup.STAFF));
        area.addInitiative(new Initiative.Content("Tema", "Andet tiltag", null, InitiativeSector.BOTH,
                TargetGroup.CHILDREN));
        old = SystemAccess.call(() -> strategies.create(strategy));
        first = old.getFocusAreas().get(0).getInitiatives().get(0);
        second = old.getFocusAreas().get(0).getInitiatives().get(1);
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private Http.Response revise(String user, long id, String body) {
        return as(user).post("/api/strategies/" + id + "/revisions", JSON, body);
    }

    private JsonObject revised(String title, Boolean carryLinks) {
        Http.Response response = revise(coordinator, old.getId(), """
                {"title": "%s", "startDate": "2003-01-01", %s "version": %d}""".formatted(title,
                carryLinks == null ? "" : "\"carryLinks\": " + carryLinks + ",", old.getVersion()));
        assertEquals(201, response.status(), response.body());
        return response.json();
    }

    private JsonObject strategy(long id) {
        return as(employee).get("/api/strategies/" + id).json();
    }

    private JsonObject links(long initiativeId) {
        Http.Response response = as(employee).get("/api/initiatives/" + initiativeId + "/links");
        assertEquals(200, response.status(), response.body());
        return response.json();
    }

    private static List<String> names(JsonObject links, String kind) {
        return links.getJsonArray(kind).getValuesAs(JsonObject.class).stream().map(i -> i.getString("name")).toList();
    }

    /** The new version's initiative ids by the ids of the old initiatives they came from. */
    private static Map<Long, Long> successors(JsonObject revision) {
        return revision.getJsonArray("focusAreas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("initiatives").getValuesAs(JsonObject.class).stream())
                .collect(java.util.stream.Collectors.toMap(i -> i.getJsonNumber("revisedFromId").longValue(),
                        i -> i.getJsonNumber("id").longValue()));
    }

    @Test
    void aCoordinatorStartsANewVersionThatCopiesTheStrategyAndArchivesTheOldOne() {
        JsonObject revision = revised("Teststrategi 2003-2005", null);

        assertEquals("Teststrategi 2003-2005", revision.getString("title"));
        assertEquals("ACTIVE", revision.getString("status"));
        assertEquals(old.getId().longValue(), revision.getJsonNumber("revisedFromId").longValue());
        assertEquals("2004-01-01", revision.getString("followUpDate"));
        assertEquals("2005-01-01", revision.getString("evaluationDate"));
        assertEquals(List.of("Alle børn er digitalt dannede"), revision.getJsonArray("visions")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        JsonObject area = revision.getJsonArray("focusAreas").getJsonObject(0);
        assertEquals("Børns digitale kompetencer", area.getString("title"));
        assertEquals(List.of("GOAL", "SPECIFIC_TARGET"), area.getJsonArray("goals").getValuesAs(JsonObject.class)
                .stream().map(g -> g.getString("kind")).toList());
        assertEquals(List.of("Første tiltag", "Andet tiltag"), area.getJsonArray("initiatives")
                .getValuesAs(JsonObject.class).stream().map(i -> i.getString("title")).toList());
        assertEquals(Set.of(first.getId(), second.getId()), successors(revision).keySet());
        assertFalse(successors(revision).containsValue(first.getId()), "new initiatives, not the old ones");

        JsonObject archived = strategy(old.getId());
        assertEquals("ARCHIVED", archived.getString("status"));
        assertEquals(List.of("Første tiltag", "Andet tiltag"), archived.getJsonArray("focusAreas").getJsonObject(0)
                .getJsonArray("initiatives").getValuesAs(JsonObject.class).stream().map(i -> i.getString("title"))
                .toList(), "the old version keeps its initiatives");
        List<JsonObject> versions = as(employee).get("/api/strategies").jsonArray().getValuesAs(JsonObject.class);
        assertTrue(versions.stream().anyMatch(v -> v.getJsonNumber("id").longValue() == old.getId()
                && "ARCHIVED".equals(v.getString("status"))));
        assertTrue(versions.stream().anyMatch(v -> v.getJsonNumber("id").longValue()
                == revision.getJsonNumber("id").longValue()));
    }

    @Test
    void linksAreCarriedForwardByDefaultAndTheOldInitiativesKeepTheirs() {
        String programme = unique("Forløb");
        String network = unique("Netværk");
        String framework = unique("Testramme");
        SystemAccess.run(() -> {
            training.createProgramme(new Programme(programme, null, ProgrammeKind.INTERNAL_COURSE, null), List.of(),
                    Set.of(first.getId()));
            networks.create(new Network(null, network, InitiativeSector.SKOLE, null), Set.of(first.getId()));
            Framework f = new Framework(null, "1", framework, framework, null, null);
            f.addLevel("1", "Begynder", "Beginner", null, null);
            f.addArea("A", "Område", "Area").addCompetence("A1", "Kompetence", "Competence", null, null);
            f.serve(strategies.initiatives(Set.of(first.getId())));
            competences.create(f);
        });
        String meeting = unique("Møde");
        Http.Response scheduled = as(coordinator).post("/api/meetings", JSON, """
                {"title": "%s", "kind": "THEME_MEETING", "start": "2002-03-04T14:00", "end": "2002-03-04T16:00",
                 "initiativeIds": [%d]}""".formatted(meeting, first.getId()));
        assertEquals(201, scheduled.status(), scheduled.body());

        long successor = successors(revised(unique("Ny version"), null)).get(first.getId());

        JsonObject now = links(successor);
        assertEquals(List.of(programme), names(now, "programmes"));
        assertEquals(List.of(network), names(now, "networks"));
        assertEquals(List.of(framework), names(now, "frameworks"));
        assertEquals(0, now.getJsonObject("meetings").getInt("past"), "meetings are history and stay behind");
        assertEquals(first.getId().longValue(), now.getJsonObject("previousVersion").getJsonNumber("initiativeId")
                .longValue());
        assertFalse(now.getBoolean("archived"));

        JsonObject before = links(first.getId());
        assertTrue(before.getBoolean("archived"));
        assertEquals(successor, before.getJsonObject("nextVersion").getJsonNumber("initiativeId").longValue());
        assertEquals(List.of(programme), names(before, "programmes"));
        assertEquals(List.of(network), names(before, "networks"));
        assertEquals(List.of(framework), names(before, "frameworks"));
        assertTrue(before.getJsonObject("meetings").getJsonArray("recent").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> meeting.equals(m.getString("title"))));
        assertFalse(before.containsKey("status"), "an archived initiative is not on the board");
    }

    @Test
    void withoutCarryingLinksTheRecordsStayWithTheOldInitiativesOnly() {
        String programme = unique("Forløb");
        SystemAccess.run(() -> training.createProgramme(new Programme(programme, null, ProgrammeKind.INTERNAL_COURSE,
                null), List.of(), Set.of(first.getId())));

        long successor = successors(revised(unique("Ny version"), false)).get(first.getId());

        assertTrue(names(links(successor), "programmes").isEmpty());
        assertEquals(List.of(programme), names(links(first.getId()), "programmes"));
    }

    @Test
    void theOldVersionAndItsInitiativePagesStayReadableAndLeadToTheNewVersion() {
        JsonObject revision = revised(unique("Ny version"), null);
        long newStrategy = revision.getJsonNumber("id").longValue();
        long successor = successors(revision).get(first.getId());
        Http browser = Http.loggedIn(base.toString(), employee, PASSWORD);

        Http.Response oldPage = browser.get("/strategy/strategy.xhtml?id=" + old.getId());
        assertEquals(200, oldPage.status());
        assertTrue(oldPage.body().contains(old.getTitle()));
        assertTrue(oldPage.body().contains("Denne version af strategien er arkiveret"));
        assertTrue(oldPage.body().contains("strategy.xhtml?id=" + newStrategy), "a link to the new version");
        assertTrue(oldPage.body().contains("Versioner af strategien"));

        Http.Response initiativePage = browser.get("/strategy/initiative.xhtml?id=" + first.getId());
        assertEquals(200, initiativePage.status());
        assertTrue(initiativePage.body().contains("Første tiltag"));
        assertTrue(initiativePage.body().contains("arkiveret version af strategien"));
        assertTrue(initiativePage.body().contains("initiative.xhtml?id=" + successor), "a link to its successor");

        Http coordinatorBrowser = Http.loggedIn(base.toString(), coordinator, PASSWORD);
        String archivedForCoordinator = coordinatorBrowser.get("/strategy/initiative.xhtml?id=" + first.getId()).body();
        assertFalse(archivedForCoordinator.contains("id=\"initiative\""), "no edit form on an archived initiative");
        assertTrue(coordinatorBrowser.get("/strategy/initiative.xhtml?id=" + successor).body()
                .contains("id=\"initiative\""), "the new version's initiative is edited as before");
        assertFalse(coordinatorBrowser.get("/strategy/strategy.xhtml?id=" + old.getId()).body()
                .contains("revise.xhtml"), "an archived version is not revised again");
        assertThrows(InvalidInputException.class, () -> SystemAccess.run(() -> strategies.updateInitiative(
                first.getId(), strategies.initiative(first.getId()).getVersion(), first.content())),
                "the old version is history");
    }

    @Test
    void aCoordinatorStartsTheRevisionFromThePage() {
        Http browser = Http.loggedIn(base.toString(), coordinator, PASSWORD);
        assertTrue(browser.get("/strategy/strategy.xhtml?id=" + old.getId()).body()
                .contains("/strategy/revise.xhtml?id=" + old.getId()));
        String path = "/strategy/revise.xhtml?id=" + old.getId();
        Http.Response form = browser.get(path);
        assertEquals(200, form.status());

        Http.Response refused = browser.postForm(path, Map.of("revision", "revision", "revision:title", "",
                "revision:startDate_input", "01-01-2003", "revision:carryLinks_input", "on",
                "revision:revise", "revision:revise", "jakarta.faces.ViewState", form.viewState()));
        assertEquals(200, refused.status(), "the form again, with its message");
        assertEquals("ACTIVE", strategy(old.getId()).getString("status"));

        String title = unique("Fra siden");
        Http.Response saved = browser.postForm(path, Map.of("revision", "revision", "revision:title", title,
                "revision:startDate_input", "01-01-2003", "revision:carryLinks_input", "on",
                "revision:revise", "revision:revise", "jakarta.faces.ViewState", refused.viewState()));

        assertEquals(302, saved.status(), saved.body());
        assertEquals("ARCHIVED", strategy(old.getId()).getString("status"));
        assertTrue(as(employee).get("/api/strategies").jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(v -> title.equals(v.getString("title")) && v.getJsonNumber("revisedFromId") != null
                        && v.getJsonNumber("revisedFromId").longValue() == old.getId()));

        assertEquals(403, Http.loggedIn(base.toString(), leader, PASSWORD).get(path).status());
    }

    @Test
    void badRevisionsAreRefusedAndChangeNothing() {
        int versions = strategies.history().size();
        long id = old.getId();
        long version = old.getVersion();

        Http.Response noTitle = revise(coordinator, id, """
                {"title": " ", "startDate": "2003-01-01", "version": %d}""".formatted(version));
        assertEquals(400, noTitle.status());
        assertEquals("title", noTitle.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Http.Response tooEarly = revise(coordinator, id, """
                {"title": "Ny", "startDate": "2000-12-31", "version": %d}""".formatted(version));
        assertEquals(400, tooEarly.status());
        JsonObject error = tooEarly.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("startDate", error.getString("field"));
        assertTrue(error.getString("message").contains("1. januar 2001"), error.getString("message"));
        assertEquals(400, revise(coordinator, id, """
                {"title": "Ny", "version": %d}""".formatted(version)).status(), "no start date");
        assertEquals(400, revise(coordinator, id, """
                {"title": "Ny", "startDate": "2003-01-01"}""").status(), "no version");
        assertEquals(400, revise(coordinator, id, "").status(), "no body");

        assertEquals(403, revise(leader, id, """
                {"title": "Ny", "startDate": "2003-01-01", "version": %d}""".formatted(version)).status());
        assertEquals(403, revise(employee, id, """
                {"title": "Ny", "startDate": "2003-01-01", "version": %d}""".formatted(version)).status());
        assertEquals(409, revise(coordinator, id, """
                {"title": "Ny", "startDate": "2003-01-01", "version": %d}""".formatted(version + 7)).status());
        assertEquals(404, revise(coordinator, 999_999_999L, """
                {"title": "Ny", "startDate": "2003-01-01", "version": 0}""").status());

        assertEquals("ACTIVE", strategy(id).getString("status"));
        assertEquals(versions, strategies.history().size(), "no copy was left behind");

        JsonObject revision = revised(unique("Ny version"), null);
        assertEquals(409, revise(coordinator, id, """
                {"title": "Igen", "startDate": "2005-01-01", "version": %d}""".formatted(version)).status(),
                "revising again from the same read is a stale version");
        long archivedVersion = strategies.get(id).getVersion();
        Http.Response archived = revise(coordinator, id, """
                {"title": "Igen", "startDate": "2005-01-01", "version": %d}""".formatted(archivedVersion));
        assertEquals(400, archived.status(), archived.body());
        assertTrue(archived.body().contains("arkiveret"));
        assertEquals(versions + 1, strategies.history().size());
        assertEquals("ACTIVE", strategy(revision.getJsonNumber("id").longValue()).getString("status"));
    }
}
