package dk.kompetencenet.competence;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/**
 * A person's competence profile as a page: the history of assessments, the rating and self-assessment form, and the
 * development plan, each with who may do what and how bad input and stale edits are refused.
 */
@ExtendWith(ArquillianExtension.class)
class ProfileIT {

    private static final DateTimeFormatter INPUT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

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

    private Institution school;
    private String supervisor;
    private String teacherLogin;
    private Long teacher;
    private Long digCompEdu;
    private Long firstCompetence;

    @BeforeEach
    void aSchoolWithASupervisorAndATeacher() {
        school = anInstitution().create(institutions);
        supervisor = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR, Role.EMPLOYEE);
        teacherLogin = anEmployee().at(school).as(JobRole.LAERER).createWithAccount(employees, accounts, Role.EMPLOYEE);
        teacher = idOf(teacherLogin);
        digCompEdu = framework("digcompedu").getId();
        firstCompetence = SystemAccess.call(() -> competences.framework(digCompEdu).competences().get(0).getId());
    }

    private Long idOf(String login) {
        return SystemAccess.call(() -> employees.findByEmail(login + "@test.example.dk").orElseThrow().getId());
    }

    private Framework framework(String key) {
        return SystemAccess.call(() -> competences.bySeedKey(key).orElseThrow());
    }

    private Http pages(String user) {
        return Http.loggedIn(base.toString(), user, PASSWORD);
    }

    private Http api(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private String profileOf(Long employee, Long framework) {
        return "/competence/profile.xhtml?employee=" + employee + "&framework=" + framework;
    }

    private static String day(LocalDate date) {
        return INPUT_DATE.format(date);
    }

    private static LocalDate today() {
        return LocalDate.now(Zones.COPENHAGEN);
    }

    /**
     * Opens the page and submits one of its forms as a browser would: the given fields (PrimeFaces menus and date
     * pickers post as {@code id_input}), the button, and the view state of the page just shown.
     */
    private static Http.Response submit(Http session, String page, String form, Map<String, String> fields) {
        Http.Response shown = session.get(page);
        assertEquals(200, shown.status(), shown.body());
        return session.postForm("/competence/profile.xhtml", withButton(form, fields, shown));
    }

    private static Map<String, String> rating(Long competence, String level, LocalDate on) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("competence_input", String.valueOf(competence));
        fields.put("level_input", level);
        fields.put("assessedOn_input", day(on));
        return fields;
    }

    /** Follows the redirect after a successful save and returns the page it leads to. */
    private static Http.Response followed(Http session, Http.Response saved) {
        assertEquals(302, saved.status(), saved.body());
        String location = saved.header("Location");
        return session.get(location.substring(location.indexOf("/competence/")));
    }

    private int historySize() {
        return SystemAccess.call(() -> competences.history(teacher, null)).size();
    }

    @Test
    void reRatingOnTheProfilePageKeepsTheOldEntryAndTheHistoryShowsBothNewestFirst() {
        Http session = pages(supervisor);
        String page = profileOf(teacher, digCompEdu);
        followed(session, submit(session, page, "assess", rating(firstCompetence, "A2", today().minusDays(30))));
        Http.Response after = followed(session, submit(session, page, "assess",
                rating(firstCompetence, "B1", today().minusDays(1))));

        assertTrue(after.body().contains("Vurderingen er gemt."), "the message survives the redirect");
        String history = after.body().substring(after.body().indexOf("id=\"history\""));
        int newer = history.indexOf("B1 ");
        int older = history.indexOf("A2 ");
        assertTrue(newer > 0 && older > newer, "both ratings, the newest first");
        List<Assessment> kept = SystemAccess.call(() -> competences.history(teacher, firstCompetence));
        assertEquals(List.of("B1", "A2"), kept.stream().map(a -> a.getLevel().getCode()).toList());
        assertTrue(kept.stream().allMatch(a -> a.getKind() == Assessment.Kind.RATING
                && a.getAssessor().equals(supervisor)));
        JsonObject standing = api(supervisor).get("/api/assessments/employees/" + teacher + "/profile?framework="
                + digCompEdu).jsonArray().getJsonObject(0);
        assertEquals("B1", standing.getString("rated"), "the current level is the latest rating");
    }

    @Test
    void aRatingWithEvaluationEvidenceRoundTripsToTheHistoryAndTheApi() {
        Framework evaluation = framework("evaluering");
        Long competence = SystemAccess.call(() -> competences.framework(evaluation.getId()).competences().get(0)
                .getId());
        Map<String, String> fields = rating(competence, "2", today());
        fields.put("note", "Observeret i 4.b");
        fields.put("evidence", "https://intra.example.dk/forloeb/42");
        fields.put("instrument", "Spørgeskema til eleverne");
        fields.put("dataType_input", "MIXED");
        fields.put("tool", "Microsoft Forms");
        fields.put("reflection", "Svarene ændrede næste forløb.");
        Http session = pages(supervisor);

        Http.Response page = followed(session, submit(session, profileOf(teacher, evaluation.getId()), "assess",
                fields));

        assertTrue(page.body().contains("Spørgeskema til eleverne") && page.body().contains("Microsoft Forms")
                && page.body().contains("Blandet") && page.body().contains("Svarene ændrede næste forløb."),
                "the evaluation evidence is shown in the history");
        assertTrue(page.body().contains("href=\"https://intra.example.dk/forloeb/42\""), "the evidence is a link");
        JsonObject saved = api(supervisor).get("/api/assessments/employees/" + teacher).jsonArray().getJsonObject(0);
        assertEquals("RATING", saved.getString("kind"));
        assertEquals("Observeret i 4.b", saved.getString("note"));
        assertEquals("https://intra.example.dk/forloeb/42", saved.getString("evidence"));
        JsonObject evidence = saved.getJsonObject("evaluation");
        assertEquals("Spørgeskema til eleverne", evidence.getString("instrument"));
        assertEquals("MIXED", evidence.getString("dataType"));
        assertEquals("Microsoft Forms", evidence.getString("tool"));
        assertEquals("Svarene ændrede næste forløb.", evidence.getString("reflection"));
    }

    @Test
    void aBadEvidenceLinkAFutureDateAnOverLongNoteOrAnUnknownLevelSaysWhyAndSavesNothing() {
        Http session = pages(supervisor);
        String page = profileOf(teacher, digCompEdu);

        Map<String, String> badLink = rating(firstCompetence, "B1", today());
        badLink.put("evidence", "javascript:alert(1)");
        Http.Response refused = submit(session, page, "assess", badLink);
        assertEquals(200, refused.status());
        assertShows(refused, "Dokumentationen skal være en webadresse");

        Http.Response future = submit(session, page, "assess", rating(firstCompetence, "B1", today().plusDays(1)));
        assertShows(future, "En vurdering kan ikke dateres ud i fremtiden.");

        Map<String, String> longNote = rating(firstCompetence, "B1", today());
        longNote.put("note", "x".repeat(2001));
        assertShows(submit(session, page, "assess", longNote), "Note: højst 2.000 tegn.");

        Http.Response unknownLevel = submit(session, page, "assess", rating(firstCompetence, "Z9", today()));
        assertEquals(200, unknownLevel.status());
        assertShows(unknownLevel, "Niveau: vælg en af mulighederne.");
        InvalidInputException byService = assertThrows(InvalidInputException.class, () -> SystemAccess.call(() ->
                competences.rate(teacher, firstCompetence, "Z9", today(), null, null, null)));
        assertEquals("competence.error.unknownLevel", byService.problems().get(0).key());

        assertEquals(0, historySize());
        assertEquals(400, api(supervisor).post("/api/assessments", "application/json", """
                {"employeeId": %d, "competenceId": %d, "level": "B1", "evidence": "ftp://example.dk/x"}"""
                .formatted(teacher, firstCompetence)).status(), "the API has the same rule");
        assertEquals(0, historySize());
    }

    @Test
    void aLeaderOfAnotherInstitutionGetsForbiddenOnTheProfilePageWhileTheOwnLeaderMayRateAndFindsTheLink() {
        Institution other = anInstitution().create(institutions);
        String strangerLeader = anEmployee().at(other).as(JobRole.LEDER).createWithAccount(employees, accounts,
                Role.LEADER);
        String ownLeader = anEmployee().at(school).as(JobRole.LEDER).createWithAccount(employees, accounts,
                Role.LEADER);

        assertEquals(403, pages(strangerLeader).get(profileOf(teacher, digCompEdu)).status());
        assertEquals(403, pages(teacherLogin).get(profileOf(idOf(supervisor), digCompEdu)).status(),
                "an employee sees only their own profile");

        Http leader = pages(ownLeader);
        Http.Response employeePage = leader.get("/organisation/employee.xhtml?id=" + teacher);
        assertTrue(employeePage.body().contains("/competence/profile.xhtml?employee=" + teacher),
                "the employee page links to the profile");
        Http.Response profile = leader.get(profileOf(teacher, digCompEdu));
        assertEquals(200, profile.status());
        assertTrue(profile.body().contains("id=\"assess\"") && profile.body().contains("Giv en vurdering"));
        assertTrue(profile.body().contains("id=\"planGoal\""), "the leader keeps the plan");
        Http.Response employeeProfile = pages(teacherLogin).get(profileOf(teacher, digCompEdu));
        assertFalse(employeeProfile.body().contains("Giv en vurdering"), "no rating of oneself");
        assertFalse(employeeProfile.body().contains("id=\"planGoal\""),
                "an employee reads their plan but does not edit it");
    }

    @Test
    void anEmployeeAssessesThemselvesFromTheirOwnProfileAndItIsShownApartFromRatings() {
        Http session = pages(teacherLogin);
        Http.Response mine = session.get("/competence/profile.xhtml");
        assertEquals(200, mine.status());
        assertTrue(mine.body().contains("Vurdér dig selv") && !mine.body().contains("assess:assessedOn"),
                "a self-assessment has no date or evidence field");
        assertTrue(session.get("/index.xhtml").body().contains("Min udvikling"),
                "the start page links to one's profile");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("competence_input", String.valueOf(firstCompetence));
        fields.put("level_input", "B2");
        fields.put("note", "Jeg bruger det hver uge.");

        Http.Response after = followed(session, submit(session, "/competence/profile.xhtml?framework=" + digCompEdu,
                "assess", fields));

        assertTrue(after.body().contains("Din egen vurdering er gemt."));
        assertTrue(after.body().contains("kind-SELF"));
        Assessment saved = SystemAccess.call(() -> competences.history(teacher, null)).get(0);
        assertEquals(Assessment.Kind.SELF, saved.getKind());
        assertEquals(today(), saved.getAssessedOn());
        assertNull(saved.getEvidence());
    }

    @Test
    void aStaleDevelopmentGoalEditIsRefusedAndOverwritesNothing() {
        String leader = anEmployee().at(school).as(JobRole.LEDER).createWithAccount(employees, accounts, Role.LEADER);
        Http session = pages(supervisor);
        String page = profileOf(teacher, digCompEdu);
        Map<String, String> unlinked = new LinkedHashMap<>();
        unlinked.put("description", "Uden kobling");
        assertShows(submit(session, page, "planGoal", unlinked), "Knyt målet til en kompetence eller et tiltag.");
        assertTrue(api(leader).get("/api/plans/employees/" + teacher).jsonArray().isEmpty());

        Map<String, String> goal = new LinkedHashMap<>();
        goal.put("description", "Prøve Book Creator med 3. klasse");
        goal.put("competence_input", String.valueOf(firstCompetence));
        goal.put("dueOn_input", day(today().plusMonths(3)));
        Http.Response added = followed(session, submit(session, page, "planGoal", goal));
        assertShows(added, "Målet er tilføjet planen.");
        assertShows(added, "Prøve Book Creator");
        JsonObject saved = api(leader).get("/api/plans/employees/" + teacher).jsonArray().getJsonObject(0);
        assertEquals("PLANNED", saved.getString("status"));
        assertEquals(today().plusMonths(3).toString(), saved.getString("dueOn"));

        String editing = page + "&goal=" + saved.getInt("id");
        Http.Response form = session.get(editing);
        assertTrue(form.body().contains("Prøve Book Creator med 3. klasse</textarea>"), "the form holds the goal");
        assertEquals(200, api(leader).put("/api/plans/goals/" + saved.getInt("id"), "application/json", """
                {"description": "Lederens version", "competenceId": %d, "status": "IN_PROGRESS", "version": %d}"""
                .formatted(firstCompetence, saved.getInt("version"))).status());
        Map<String, String> stale = new LinkedHashMap<>(goal);
        stale.put("description", "Supervisorens forældede version");
        stale.put("status_input", "DONE");
        Http.Response refused = session.postForm("/competence/profile.xhtml", withButton("planGoal", stale, form));

        assertEquals(200, refused.status());
        assertShows(refused, "En anden har gemt en ændring imens");
        JsonObject kept = api(leader).get("/api/plans/employees/" + teacher).jsonArray().getJsonObject(0);
        assertEquals("Lederens version", kept.getString("description"));
        assertEquals("IN_PROGRESS", kept.getString("status"));

        Http.Response fresh = submit(session, page + "&goal=" + saved.getInt("id"), "planGoal", stale);
        assertTrue(followed(session, fresh).body().contains("Målet er gemt."), "a fresh copy saves");
        assertEquals("DONE", api(leader).get("/api/plans/employees/" + teacher).jsonArray().getJsonObject(0)
                .getString("status"));
    }

    private static void assertShows(Http.Response page, String text) {
        assertTrue(page.body().contains(text), () -> "\"" + text + "\" is not on the page (" + page.status()
                + "), which says: " + page.body().replaceAll("(?s).*<main[^>]*>|</main>.*", "")
                .replaceAll("(?s)<script.*?</script>|<[^>]+>", " ").replaceAll("\\s+", " "));
    }

    /** The fields of a form already shown (so that its view state is the one that was opened then). */
    private static Map<String, String> withButton(String form, Map<String, String> fields, Http.Response shown) {
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put(form, form);
        fields.forEach((name, value) -> posted.put(form + ":" + name, value));
        posted.put(form + ":save", "");
        posted.put("jakarta.faces.ViewState", shown.viewState());
        return posted;
    }
}
