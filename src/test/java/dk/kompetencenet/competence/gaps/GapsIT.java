package dk.kompetencenet.competence.gaps;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Http;

/** Gap-driven planning on a running server: figures against hand-written SQL, scope, privacy, theme meetings. */
@ExtendWith(ArquillianExtension.class)
class GapsIT {

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
    private CompetenceService competences;

    @Inject
    private StrategyService strategies;

    @PersistenceContext
    private EntityManager em;

    private static Institution school;
    private static String coordinator;
    private static Competence rated;
    private static Competence fewRated;
    private static List<Employee> teachers;

    /**
     * Six teachers (target B1): five rated A1, A1, A2, B1, C1 (the last first A1), one never; four rated on another.
     * Built once for the class (the tests only read it and add to other institutions), to keep the suite's time.
     */
    @BeforeEach
    void aSchoolWithRatedTeachers() {
        if (school != null) {
            return;
        }
        school = anInstitution().create(institutions);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        Framework framework = SystemAccess.call(() ->
                competences.framework(competences.bySeedKey("digcompedu").orElseThrow().getId()));
        rated = framework.competences().get(0);
        fewRated = framework.competences().get(1);
        teachers = java.util.stream.IntStream.range(0, 6).mapToObj(i -> anEmployee().at(school).create(employees))
                .toList();
        List<String> levels = List.of("A1", "A1", "A2", "B1", "C1");
        SystemAccess.run(() -> {
            competences.rate(teachers.get(4).getId(), rated.getId(), "A1", LocalDate.now().minusDays(40), null, null,
                    null);
            for (int i = 0; i < 5; i++) {
                competences.rate(teachers.get(i).getId(), rated.getId(), levels.get(i), LocalDate.now(), null, null,
                        null);
            }
            for (int i = 0; i < 4; i++) {
                competences.rate(teachers.get(i).getId(), fewRated.getId(), "A1", LocalDate.now(), null, null, null);
            }
        });
    }

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private List<JsonObject> gapsOfTheSchool(String user) {
        Http.Response response = as(user).get("/api/gaps?institution=" + school.getId());
        assertEquals(200, response.status(), response.body());
        return response.jsonArray().getValuesAs(JsonObject.class);
    }

    @Test
    void theGapFiguresMatchAHandWrittenSqlOverTheLatestRatings() {
        JsonObject row = gapsOfTheSchool(coordinator).stream()
                .filter(g -> g.getJsonNumber("competenceId").longValue() == rated.getId()).findFirst().orElseThrow();

        Object[] expected = (Object[]) em.createNativeQuery("SELECT COUNT(*), SUM(l.rank_no),"
                + " SUM(CASE WHEN l.rank_no < 3 THEN 1 ELSE 0 END), SUM(CASE WHEN l.rank_no < 3 THEN 3 - l.rank_no"
                + " ELSE 0 END) FROM assessment a JOIN proficiency_level l ON l.id = a.level_id"
                + " JOIN employee_institution w ON w.employee_id = a.employee_id"
                + " WHERE w.institution_id = ?1 AND a.competence_id = ?2 AND a.kind = 'RATING'"
                + " AND a.assessed_on = (SELECT MAX(b.assessed_on) FROM assessment b WHERE b.kind = 'RATING'"
                + " AND b.employee_id = a.employee_id AND b.competence_id = a.competence_id)")
                .setParameter(1, school.getId()).setParameter(2, rated.getId()).getSingleResult();
        long count = ((Number) expected[0]).longValue();
        assertEquals(5, count, "five rated; the sixth is unknown, not 0");
        assertEquals("LAERER", row.getString("jobRole"));
        assertEquals(count, row.getJsonNumber("rated").longValue());
        assertEquals(((Number) expected[1]).doubleValue() / count, row.getJsonNumber("averageRank").doubleValue(),
                0.0001);
        assertEquals(3, row.getInt("targetRank"), "B1");
        assertEquals(((Number) expected[2]).longValue(), row.getJsonNumber("belowTarget").longValue());
        assertEquals(((Number) expected[3]).doubleValue() / count,
                row.getJsonNumber("averageShortfall").doubleValue(), 0.0001);
        assertEquals(1.0, row.getJsonNumber("averageShortfall").doubleValue(), 0.0001, "2 + 2 + 1 over five");
    }

    @Test
    void aGroupBelowTheMinimumIsHiddenAndALeaderOfAnotherInstitutionSeesNothingOfThisOne() {
        assertTrue(gapsOfTheSchool(coordinator).stream()
                .noneMatch(g -> g.getJsonNumber("competenceId").longValue() == fewRated.getId()), "four people");

        String ownLeader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        assertEquals(1, gapsOfTheSchool(ownLeader).stream()
                .filter(g -> g.getJsonNumber("competenceId").longValue() == rated.getId()).count());

        Institution other = anInstitution().create(institutions);
        String otherLeader = anEmployee().at(other).createWithAccount(employees, accounts, Role.LEADER);
        assertEquals(403, as(otherLeader).get("/api/gaps?institution=" + school.getId()).status());
        assertEquals(403, as(otherLeader).get("/api/gaps/" + rated.getId() + "/invitees?institution="
                + school.getId()).status());
        Http.Response own = as(otherLeader).get("/api/gaps");
        assertEquals(200, own.status(), own.body());
        assertTrue(own.jsonArray().isEmpty(), "nothing of the school: " + own.body());
        assertEquals(400, as(coordinator).get("/api/gaps?sector=x").status());

        // by area (institution group): the school's shows its gap, another area's not; an area nobody has is a 400
        anInstitution().inArea("Gabby Nord").create(institutions);
        assertTrue(as(coordinator).get("/api/gaps/areas").jsonArray().getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList().containsAll(List.of("Gabby Nord",
                        "Testområde")));
        assertTrue(as(coordinator).get("/api/gaps?area=Testomr%C3%A5de&institution=" + school.getId()).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getJsonNumber("competenceId").longValue() == rated.getId()));
        assertTrue(as(coordinator).get("/api/gaps?area=Gabby%20Nord&institution=" + school.getId()).jsonArray()
                .isEmpty(), "the school is not in that area");
        Http.Response nowhere = as(coordinator).get("/api/gaps?area=Atlantis");
        assertEquals(400, nowhere.status(), nowhere.body());
        assertTrue(nowhere.body().contains("\"area\""), nowhere.body());
        assertTrue(as(otherLeader).get("/api/gaps/areas").jsonArray().getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList().equals(List.of("Testområde")),
                "a leader's areas are their institutions'");
        assertEquals(404, Http.loggedIn(base.toString(), coordinator, PASSWORD)
                .get("/competence/gaps.xhtml?area=Atlantis").status());
        assertEquals(200, Http.loggedIn(base.toString(), coordinator, PASSWORD).get("/competence/gaps.xhtml?institution="
                + school.getId()).status());
    }

    @Test
    void aThemeMeetingPlannedFromAGapCarriesTheCompetenceAndTheProposedInvitees() {
        Http.Response proposed = as(coordinator).get("/api/gaps/" + rated.getId() + "/invitees?institution="
                + school.getId());
        assertEquals(200, proposed.status(), proposed.body());
        List<Long> invitees = proposed.jsonArray().getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::longValue).toList();
        assertEquals(List.of(teachers.get(0).getId(), teachers.get(1).getId(), teachers.get(2).getId()), invitees,
                "the largest gaps first; those at target are not proposed");

        String form = Http.loggedIn(base.toString(), coordinator, PASSWORD).get("/meeting/edit.xhtml?competence="
                + rated.getId() + "&institution=" + school.getId()).body();
        assertTrue(form.contains("Temam") && form.contains(rated.getCode()), "the title names the competence");
        assertTrue(form.contains(teachers.get(0).getFullName()), "proposed on the form");
        assertTrue(!form.contains(teachers.get(3).getFullName()), "at target: not proposed");

        String start = LocalDate.now().plusDays(20).atTime(14, 0).toString();
        String end = LocalDate.now().plusDays(20).atTime(16, 0).toString();
        Long initiative = em.createQuery("select min(i.id) from Initiative i", Long.class).getSingleResult();
        Http.Response created = as(coordinator).post("/api/meetings", JSON, """
                {"title": "Temamøde %s", "kind": "THEME_MEETING", "start": "%s", "end": "%s", "initiativeIds": [%d],
                 "competenceIds": [%d], "employeeIds": %s}""".formatted(school.getName(), start, end, initiative,
                rated.getId(), invitees));
        assertEquals(201, created.status(), created.body());
        JsonObject meeting = as(coordinator).get("/api/meetings/" + created.json().getJsonNumber("id").longValue())
                .json();
        assertEquals(List.of(rated.getId()), meeting.getJsonArray("competenceIds")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList());
        assertEquals(3, meeting.getInt("invited"));

        Http.Response unknown = as(coordinator).post("/api/meetings", JSON, """
                {"title": "Temamøde x", "kind": "THEME_MEETING", "start": "%s", "end": "%s",
                 "initiativeIds": [%d], "competenceIds": [999999999]}""".formatted(start, end, initiative));
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("competenceIds"), unknown.body());
    }

    @Test
    void aDatePollPlannedFromAGapCarriesTheCompetenceAndTheProposedInviteesIntoTheMeetingChosen() {
        Http pages = Http.loggedIn(base.toString(), coordinator, PASSWORD);
        String fromGap = "/meeting/poll-new.xhtml?competence=" + rated.getId() + "&institution=" + school.getId();
        Http.Response form = pages.get(fromGap);
        assertEquals(200, form.status(), form.body());
        assertTrue(form.body().contains("Mødet handler om kompetencen " + rated.getCode()), "the competence shown");
        assertTrue(!form.body().contains(teachers.get(3).getFullName()), "at target: not proposed");
        String select = form.body().substring(form.body().indexOf("poll:people_hinput"));
        Matcher proposed = Pattern.compile("<option value=\"(\\d+)\" selected")
                .matcher(select.substring(0, select.indexOf("</select>")));
        List<String> people = new ArrayList<>();
        while (proposed.find()) {
            people.add(proposed.group(1));
        }
        assertEquals(teachers.subList(0, 3).stream().map(t -> String.valueOf(t.getId())).toList(), people);

        LocalDate day = LocalDate.now().plusDays(30);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("poll", "poll");
        fields.put("poll:kind_input", "THEME_MEETING");
        Matcher title = Pattern.compile("name=\"poll:title\"[^>]* value=\"([^\"]+)\"").matcher(form.body());
        assertTrue(title.find() && title.group(1).contains(rated.getCode()), "the title names the competence");
        fields.put("poll:title", title.group(1));
        fields.put("poll:location", "");
        fields.put("poll:network_input", "");
        for (int slot = 0; slot < 2; slot++) {
            fields.put(field(form, slot + ":day_input"), day.plusDays(slot).format(
                    java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
            fields.put(field(form, slot + ":from"), "14:00");
            fields.put(field(form, slot + ":to"), "16:00");
        }
        fields.put("poll:institution_input", "");
        fields.put("poll:save", "");
        fields.put("jakarta.faces.ViewState", form.viewState());
        Long initiative = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(0).getId();
        Http.Response sent = pages.postForm(fromGap.substring(0, fromGap.indexOf('?')), fields, Map.of(
                "poll:initiatives", List.of(String.valueOf(initiative)), "poll:people_hinput", people));
        assertEquals(302, sent.status(), sent.body());
        long poll = Long.parseLong(sent.header("Location").replaceAll(".*[?&]id=(\\d+).*", "$1"));

        JsonObject asked = as(coordinator).get("/api/polls/" + poll).json();
        assertEquals(List.of(rated.getId()), ids(asked.getJsonArray("competenceIds")));
        assertEquals(teachers.subList(0, 3).stream().map(Employee::getId).toList(), em.createQuery(
                "select i.employee.id from PollInvitee i where i.poll.id = :p order by i.employee.id", Long.class)
                .setParameter("p", poll).getResultList());

        Http.Response chosen = as(coordinator).post("/api/polls/" + poll + "/meeting", JSON,
                "{\"slotId\": %d, \"version\": %d}".formatted(asked.getJsonArray("tally").getJsonObject(0)
                        .getJsonNumber("slotId").longValue(), asked.getJsonNumber("version").longValue()));
        assertEquals(201, chosen.status(), chosen.body());
        JsonObject meeting = as(coordinator).get("/api/meetings/" + chosen.json().getJsonNumber("id").longValue())
                .json();
        assertEquals(List.of(rated.getId()), ids(meeting.getJsonArray("competenceIds")));
        assertEquals(3, meeting.getInt("invited"));

        assertEquals(404, pages.get("/meeting/poll-new.xhtml?competence=999999999&institution=" + school.getId())
                .status());
        assertEquals(404, pages.get("/meeting/poll-new.xhtml?competence=" + rated.getId() + "&institution=999999999")
                .status());
        assertEquals(404, pages.get("/meeting/poll-new.xhtml?institution=" + school.getId()).status());
    }

    /** The name of a field of the form's repeated rows, such as {@code 0:day_input}. */
    private static String field(Http.Response form, String ending) {
        Matcher name = Pattern.compile("name=\"(poll:[^\"]*:" + Pattern.quote(ending) + ")\"").matcher(form.body());
        assertTrue(name.find(), ending);
        return name.group(1);
    }

    private static List<Long> ids(jakarta.json.JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue)
                .toList();
    }
}
