package dk.kompetencenet.start;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.DevelopmentGoal;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.competence.PlanService;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingService;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.persistence.StatementCounter;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.practice.EquipmentNeed;
import dk.kompetencenet.practice.EquipmentService;
import dk.kompetencenet.practice.EquipmentStatus;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.start.MyTasks.Tasks;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.TrainingService;
import dk.kompetencenet.testsupport.Http;

/**
 * The start page's tasks on a running server: each role's items appear and go once done, only within the person's
 * institutions, the employee accepts a meeting in place on the page, and the lists cost the same statements whatever
 * the amount of data.
 */
@ExtendWith(ArquillianExtension.class)
class MyTasksIT {

    @ArquillianResource
    private URL base;

    @Inject
    private MyTasks myTasks;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private MeetingService meetings;

    @Inject
    private RoundService rounds;

    @Inject
    private CompetenceService competences;

    @Inject
    private PlanService plans;

    @Inject
    private EquipmentService equipment;

    @Inject
    private TrainingService training;

    @Inject
    private StrategyService strategies;

    private final LocalDate today = LocalDate.now(Zones.COPENHAGEN);
    private Institution school;
    private Institution otherSchool;
    private String login;
    private Long me;
    private Long organiser;
    private Long initiative;

    /** Someone as the start page sees them: the {@link Caller} methods are the record's accessors. */
    record Person(String name, Set<Role> roles, Optional<Long> employeeId, Set<Long> institutionIds) implements Caller {
    }

    @BeforeEach
    void aSchoolWithATeacher() {
        school = anInstitution().create(institutions);
        otherSchool = anInstitution().create(institutions);
        login = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        me = idOf(login);
        organiser = anEmployee().at(school).create(employees).getId();
        initiative = SystemAccess.call(() -> strategies.current().orElseThrow().getFocusAreas().get(0)
                .getInitiatives().get(0).getId());
    }

    private Long idOf(String key) {
        return SystemAccess.call(() -> employees.findByEmail(key + "@test.example.dk").orElseThrow().getId());
    }

    private Person person(Long employee, Institution at, Role... roles) {
        return new Person("test", EnumSet.of(Role.EMPLOYEE, roles), Optional.ofNullable(employee), Set.of(at.getId()));
    }

    private Tasks tasksOf(Person person) {
        return myTasks.of(person);
    }

    private static <T> List<Long> ids(List<T> items, Function<T, Long> id) {
        return items.stream().map(id).toList();
    }

    private Meeting meetingIn(int days, String title, Long by, String rrule) {
        LocalDateTime start = today.plusDays(days).atTime(14, 0);
        return SystemAccess.call(() -> meetings.scheduleFor(by, new Meeting.Details(MeetingKind.OTHER, title,
                "Dagsorden", "Lokale 1", null, start, start.plusHours(1), rrule, null), Set.of(initiative),
                MeetingService.Invitees.people(Set.of(me))).meeting());
    }

    private Framework smallestFramework() {
        return SystemAccess.call(() -> competences.frameworks().stream().filter(Framework::isActive)
                .min(Comparator.comparingInt(f -> f.competences().size())).orElseThrow());
    }

    private AssessmentRound roundAt(Institution at, Framework framework, LocalDate opens, LocalDate closes) {
        return SystemAccess.call(() -> rounds.open(unique("Runde"), framework.getId(), Set.of(at.getId()), opens, closes));
    }

    private void answerAll(String user, AssessmentRound round, Framework framework) {
        Http api = Http.basic(base.toString(), user, PASSWORD);
        String level = framework.getLevels().get(0).getCode();
        for (Competence c : framework.competences()) {
            assertEquals(204, api.put("/api/rounds/" + round.getId() + "/answers", "application/json",
                    "{\"competenceId\": " + c.getId() + ", \"level\": \"" + level + "\"}").status());
        }
    }

    @Test
    void anEmployeeSeesHerComingMeetingsAndAcceptsOneInPlaceOnTheStartPage() {
        Meeting soon = meetingIn(3, unique("Netværk"), organiser, null);
        Meeting later = meetingIn(40, unique("Senere"), organiser, null);
        Person teacher = person(me, school);

        List<TaskItems.MeetingItem> listed = tasksOf(teacher).meetings();
        assertEquals(List.of(soon.getId()), ids(listed, TaskItems.MeetingItem::meetingId), "the next four weeks only");
        assertNull(listed.get(0).answer());

        Http page = Http.loggedIn(base.toString(), login, PASSWORD);
        Http.Response shown = page.get("/index.xhtml");
        assertTrue(shown.body().contains(soon.getTitle()) && !shown.body().contains(later.getTitle()), shown.body());
        assertTrue(shown.body().contains("Ingen mål har frist de næste 30 dage."), "an empty list says so");

        // The organiser moves the meeting while the page is open: answering for the time she saw is refused.
        SystemAccess.run(() -> meetings.update(soon.getId(), meetings.get(soon.getId()).getVersion(),
                new Meeting.Details(MeetingKind.OTHER, soon.getTitle(), "Dagsorden", "Lokale 2", null,
                        soon.getStartAt(), soon.getEndAt(), null, null), Set.of(initiative)));
        Http.Response stale = page.postForm("/index.xhtml", Map.of("tasks-form", "tasks-form",
                "tasks-form:meeting-rows:0:accept", "", "jakarta.faces.ViewState", shown.viewState()));
        assertEquals(200, stale.status());
        assertTrue(stale.body().contains("En anden har gemt en ændring imens"), stale.body());
        assertFalse(stale.body().contains("Du har sagt ja til mødet."), stale.body());
        assertNull(tasksOf(teacher).meetings().get(0).answer(), "nothing saved");

        // Accepted in place, as the button does it (an ajax request updating the list).
        String viewState = page.get("/index.xhtml").viewState();
        String button = "tasks-form:meeting-rows:0:accept";
        Http.Response accepted = page.header("Faces-Request", "partial/ajax").postForm("/index.xhtml", Map.of(
                "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", button,
                "jakarta.faces.partial.execute", button, "jakarta.faces.partial.render", "tasks-form",
                button, button, "tasks-form", "tasks-form", "jakarta.faces.ViewState", viewState));
        assertEquals(200, accepted.status());
        assertTrue(accepted.body().contains("<partial-response") && accepted.body().contains("Du har sagt ja til mødet.")
                && accepted.body().contains("Dit svar: Deltager"), accepted.body());
        assertEquals(Answer.ACCEPTED, tasksOf(teacher).meetings().get(0).answer());
    }

    @Test
    void theOpenRoundShowsProgressAndGoesOnceAnsweredAndASupervisorOfHerSchoolThenSeesHerWaitingForARating() {
        Framework framework = smallestFramework();
        AssessmentRound round = roundAt(school, framework, today.minusDays(1), today.plusDays(10));
        Person teacher = person(me, school);
        Long supervisorId = anEmployee().at(school).create(employees).getId();
        Person supervisor = person(supervisorId, school, Role.SUPERVISOR);
        Person elsewhere = person(anEmployee().at(otherSchool).create(employees).getId(), otherSchool, Role.SUPERVISOR);

        TaskItems.RoundItem open = tasksOf(teacher).rounds().get(0);
        assertEquals(round.getId(), open.roundId());
        assertEquals(0, open.answered());
        assertEquals(framework.competences().size(), open.total());
        assertFalse(ids(tasksOf(supervisor).ratings(), TaskItems.RatingItem::employeeId).contains(me));

        answerAll(login, round, framework);

        assertTrue(tasksOf(teacher).rounds().isEmpty(), "answered in full");
        assertTrue(ids(tasksOf(supervisor).ratings(), TaskItems.RatingItem::employeeId).contains(me));
        assertFalse(ids(tasksOf(elsewhere).ratings(), TaskItems.RatingItem::employeeId).contains(me), "scope");
        assertTrue(tasksOf(teacher).ratings().isEmpty(), "an employee without the supervisor role has no such list");

        Competence first = framework.competences().get(0);
        SystemAccess.run(() -> competences.rate(me, first.getId(), framework.getLevels().get(0).getCode(), today,
                null, null, null));
        assertFalse(ids(tasksOf(supervisor).ratings(), TaskItems.RatingItem::employeeId).contains(me), "rated since");
    }

    @Test
    void goalsDueWithinThirtyDaysShowUntilDone() {
        Long competence = smallestFramework().competences().get(0).getId();
        DevelopmentGoal due = SystemAccess.call(() -> plans.add(me, "Lær et nyt værktøj", competence, null,
                today.plusDays(5)));
        SystemAccess.call(() -> plans.add(me, "Senere mål", competence, null, today.plusDays(60)));
        Person teacher = person(me, school);

        assertEquals(List.of(due.getId()), ids(tasksOf(teacher).goals(), TaskItems.GoalItem::goalId));

        SystemAccess.call(() -> plans.change(due.getId(), due.getVersion(), due.getDescription(), competence, null,
                due.getDueOn(), DevelopmentGoal.Status.DONE));
        assertTrue(tasksOf(teacher).goals().isEmpty());
    }

    @Test
    void aLeaderSeesEquipmentToApproveAndExpiringDesignationsOfHerOwnSchoolOnly() {
        Person leader = person(anEmployee().at(school).create(employees).getId(), school, Role.LEADER);
        Person otherLeader = person(anEmployee().at(otherSchool).create(employees).getId(), otherSchool, Role.LEADER);
        EquipmentNeed need = SystemAccess.call(() -> equipment.request(school.getId(),
                new EquipmentNeed.Details("Tablets", 5, "Til forsøg"), today, Set.of()));
        SystemAccess.call(() -> training.grant(organiser, school.getId(), DesignationKind.IT_DIDACTIC_SUPERVISOR,
                today.minusYears(1), today.plusDays(30)));

        Tasks tasks = tasksOf(leader);
        assertEquals(List.of(need.getId()), ids(tasks.equipment(), TaskItems.EquipmentItem::needId));
        assertEquals(List.of(today.plusDays(30)), tasks.expiring().stream().map(TaskItems.ExpiryItem::endsOn).toList());
        assertTrue(tasksOf(otherLeader).equipment().isEmpty() && tasksOf(otherLeader).expiring().isEmpty(), "scope");

        SystemAccess.call(() -> equipment.advance(need.getId(), need.getVersion(), EquipmentStatus.APPROVED, null));
        assertTrue(tasksOf(leader).equipment().isEmpty(), "approved");
    }

    @Test
    void aCoordinatorSeesRoundsToCloseAndInstitutionsWithoutASupervisorUntilSeenTo() {
        Person coordinator = new Person("test", EnumSet.of(Role.COORDINATOR), Optional.empty(), Set.of());
        AssessmentRound overdue = roundAt(school, smallestFramework(), LocalDate.of(2000, 1, 3),
                LocalDate.of(2000, 1, 10));
        Institution uncovered = anInstitution().named("0000 " + unique("Uden vejleder")).create(institutions);

        Tasks tasks = tasksOf(coordinator);
        assertTrue(ids(tasks.roundsToClose(), TaskItems.CloseItem::roundId).contains(overdue.getId()));
        assertTrue(ids(tasks.uncovered(), TaskItems.InstitutionItem::institutionId).contains(uncovered.getId()));
        assertTrue(tasks.meetings().isEmpty() && tasks.equipment().isEmpty(), "no lists of other roles");

        SystemAccess.run(() -> rounds.close(overdue.getId(), rounds.get(overdue.getId()).getVersion()));
        Long supervisor = anEmployee().at(uncovered).create(employees).getId();
        SystemAccess.call(() -> training.grant(supervisor, uncovered.getId(), DesignationKind.IT_DIDACTIC_SUPERVISOR,
                today.minusDays(1), null));
        tasks = tasksOf(coordinator);
        assertFalse(ids(tasks.roundsToClose(), TaskItems.CloseItem::roundId).contains(overdue.getId()));
        assertFalse(ids(tasks.uncovered(), TaskItems.InstitutionItem::institutionId).contains(uncovered.getId()));
    }

    @Test
    void theTasksOfEveryRoleCostTheSameStatementsWithMoreData() {
        Person everything = person(me, school, Role.SUPERVISOR, Role.LEADER, Role.COORDINATOR);
        List<Person> roles = List.of(person(me, school), new Person("test", EnumSet.of(Role.SUPERVISOR),
                Optional.empty(), Set.of(school.getId())), new Person("test", EnumSet.of(Role.LEADER), Optional.empty(),
                Set.of(school.getId())), new Person("test", EnumSet.of(Role.COORDINATOR), Optional.empty(), Set.of()));
        Framework framework = smallestFramework();
        meetingIn(2, unique("Møde"), organiser, null);
        List<Integer> small = roles.stream().map(this::statements).toList();

        for (int i = 0; i < 3; i++) {
            Long by = anEmployee().at(otherSchool).create(employees).getId();
            meetingIn(3 + i, unique("Møde"), by, i == 0 ? "FREQ=WEEKLY;COUNT=4" : null);
            Long competence = framework.competences().get(0).getId();
            SystemAccess.call(() -> plans.add(me, unique("Mål"), competence, null, today.plusDays(3)));
            SystemAccess.call(() -> equipment.request(school.getId(), new EquipmentNeed.Details(unique("Udstyr"), 2,
                    "Til forsøg"), today, Set.of()));
            Long colleague = anEmployee().at(school).create(employees).getId();
            LocalDate ends = today.plusDays(20 + i);
            SystemAccess.call(() -> training.grant(colleague, school.getId(), DesignationKind.IT_DIDACTIC_SUPERVISOR,
                    today.minusYears(1), ends));
        }
        AssessmentRound round = roundAt(school, framework, today.minusDays(1), today.plusDays(10));
        String colleague = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        answerAll(colleague, round, framework);
        List<Integer> more = roles.stream().map(this::statements).toList();

        Tasks tasks = tasksOf(everything);
        assertTrue(tasks.meetings().size() >= 6 && tasks.goals().size() == 3 && tasks.equipment().size() == 3
                && tasks.expiring().size() == 3 && tasks.rounds().size() == 1 && tasks.ratings().size() == 1,
                tasks::toString);
        assertEquals(small, more, "statements per role (own lists, supervisor, leader, coordinator) with more data");
        assertEquals(more.stream().mapToInt(Integer::intValue).sum(), statements(everything), "all roles at once");
    }

    private int statements(Person person) {
        tasksOf(person);
        return StatementCounter.count(() -> tasksOf(person)).statements();
    }
}
