package dk.kompetencenet.reminder;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.training.DesignationKind;
import dk.kompetencenet.training.TrainingService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.MailServer;

/**
 * Reminder mails as they reach a mailbox (GreenMail), the jobs called with the day they run for: a self-assessment
 * reminder to those who have not finished an open round, once a week whatever the number of runs; its link opens the
 * round after login; its unsubscribe link works without login, asks first, and turns that kind off, as does the
 * person's own page; a forged token changes nothing; and the coordinators' weekly digest goes out once a week.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S*)");

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
    private RoundService rounds;

    @Inject
    private ReminderJobs jobs;

    @Inject
    private MailPreferences preferences;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    @Inject
    private TrainingService training;

    private Institution school;
    /** A Monday after today, a week before the round closes. */
    private LocalDate monday;

    @BeforeEach
    void aSchool() {
        MailServer.started();
        school = anInstitution().create(institutions);
        monday = LocalDate.now(Zones.COPENHAGEN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @Test
    void aRoundReminderGoesOutOncePerWeekOpensTheRoundAndStopsWhenThePersonTurnsItOff() throws Exception {
        String annaLogin = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        String bentLogin = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        String doneLogin = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        Employee anna = employee(annaLogin);
        Employee bent = employee(bentLogin);
        Employee done = employee(doneLogin);
        Employee carl = anEmployee().at(school).create(employees);
        String name = unique("Selvevaluering");
        var framework = SystemAccess.call(() -> competences.framework(
                competences.bySeedKey("evaluering").orElseThrow().getId()));
        AssessmentRound round = SystemAccess.call(() -> rounds.open(name, framework.getId(), Set.of(school.getId()),
                LocalDate.now(Zones.COPENHAGEN), monday.plusDays(40)));
        for (Competence c : framework.competences()) {
            assertEquals(204, Http.basic(base.toString(), doneLogin, PASSWORD).put("/api/rounds/" + round.getId()
                    + "/answers", "application/json", "{\"competenceId\": %d, \"level\": \"%s\"}"
                    .formatted(c.getId(), framework.getLevels().get(0).getCode())).status());
        }

        MailServer.clear();
        assertTrue(jobs.rounds(monday) >= 3);
        MimeMessage mail = only(anna);
        assertEquals(1, to(bent).size());
        assertEquals(1, to(carl).size());
        assertEquals(0, to(done).size(), "finished the round");
        assertTrue(mail.getSubject().contains(name), mail.getSubject());
        String text = (String) mail.getContent();
        assertTrue(text.contains("Runden lukker " + Periods.DATE.format(monday.plusDays(40))), text);
        assertTrue(mail.getHeader("List-Unsubscribe")[0].contains("/api/unsubscribe/"));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);

        assertEquals(0, jobs.rounds(monday), "the day is claimed: a second run does nothing");
        assertEquals(0, jobs.rounds(monday.plusDays(1)), "the same week: sent already");
        assertEquals(3, MailServer.await(0).stream().filter(m -> addressedTo(m, anna, bent, carl)).count());

        String roundPage = links(text).stream().filter(l -> l.startsWith("/competence/round.xhtml")).findFirst()
                .orElseThrow(() -> new AssertionError(text));
        assertEquals("/competence/round.xhtml?id=" + round.getId(), roundPage);
        assertEquals(302, Http.anonymous(base.toString()).get(roundPage).status(), "needs login");
        Http.Response opened = Http.loggedIn(base.toString(), annaLogin, PASSWORD).get(roundPage);
        assertEquals(200, opened.status());
        assertTrue(opened.body().contains(name), opened.body());

        String unsubscribe = links(text).stream().filter(l -> l.startsWith("/unsubscribe.xhtml?token="))
                .findFirst().orElseThrow(() -> new AssertionError(text));
        Http visitor = Http.anonymous(base.toString());
        Http.Response asked = visitor.get(unsubscribe);
        assertEquals(200, asked.status());
        assertTrue(asked.body().contains("Ja, afmeld") && asked.body().contains("Påmindelser om selvevaluering"),
                asked.body());
        assertTrue(preferences.wants(anna.getId(), ReminderKind.ROUND), "a GET changes nothing");
        Http.Response confirmed = visitor.postForm(unsubscribe, Map.of("unsubscribe", "unsubscribe",
                "unsubscribe:confirm", "", "jakarta.faces.ViewState", asked.viewState()));
        assertEquals(200, confirmed.status());
        assertTrue(confirmed.body().contains("Du får ikke længere"), confirmed.body());
        assertFalse(preferences.wants(anna.getId(), ReminderKind.ROUND));
        assertTrue(preferences.wants(anna.getId(), ReminderKind.MEETING), "only that kind");

        Http bentsBrowser = Http.loggedIn(base.toString(), bentLogin, PASSWORD);
        Http.Response page = bentsBrowser.get("/account/notifications.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Påmindelser om selvevaluering"), page.body());
        Http.Response saved = bentsBrowser.postForm("/account/notifications.xhtml", Map.of(
                "notifications", "notifications", "notifications:kinds:0:kind", "on",
                "notifications:language", "en", "notifications:save", "",
                "jakarta.faces.ViewState", page.viewState()));
        assertEquals(200, saved.status());
        assertTrue(saved.body().contains("Dine valg er gemt"), saved.body());
        assertFalse(preferences.wants(bent.getId(), ReminderKind.ROUND));
        assertTrue(preferences.wants(bent.getId(), ReminderKind.MEETING));

        MailServer.clear();
        assertTrue(jobs.rounds(monday.plusDays(7)) >= 1);
        assertEquals(0, to(anna).size(), "unsubscribed through the mail's link");
        assertEquals(0, to(bent).size(), "turned off on the page");
        MimeMessage carls = only(carl);
        String oneClick = URI.create(carls.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "")).getPath();
        assertEquals(204, Http.anonymous(base.toString()).post(oneClick, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").status());
        assertFalse(preferences.wants(carl.getId(), ReminderKind.ROUND));

        MailServer.clear();
        jobs.rounds(monday.plusDays(14));
        assertEquals(0, MailServer.await(0).stream().filter(m -> addressedTo(m, anna, bent, carl)).count());
    }

    @Test
    void aForgedOrMalformedTokenGetsAClearPageAndChangesNothing() {
        Http visitor = Http.anonymous(base.toString());
        for (String token : List.of("A".repeat(43), "%3Cscript%3E", "")) {
            Http.Response page = visitor.get("/unsubscribe.xhtml?token=" + token);
            assertEquals(200, page.status(), token);
            assertTrue(page.body().contains("Linket er ikke gyldigt") && !page.body().contains("Ja, afmeld"),
                    page.body());
        }
        Http english = Http.anonymous(base.toString());
        String forged = "/unsubscribe.xhtml?token=" + "B".repeat(43);
        english.postForm(forged, Map.of("language", "language", "language:english", "language:english",
                "jakarta.faces.ViewState", english.get(forged).viewState()));
        assertTrue(english.get(forged).body().contains("This link is not valid"));
        assertEquals(404, visitor.post("/api/unsubscribe/" + "A".repeat(43), "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").status());
        assertEquals(303, visitor.get("/api/unsubscribe/" + "A".repeat(43)).status(), "a GET only leads to the page");
    }

    @Test
    void aMeetingReminderGoesToInviteesWhoHaveNotDeclinedTheDaysBefore() throws Exception {
        String coming = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        String declining = anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http coordinator = Http.basic(base.toString(),
                anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR), PASSWORD);
        Long initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
        Network network = SystemAccess.call(() -> networks.create(
                new Network(null, unique("Netværk"), InitiativeSector.SKOLE, null), Set.of(initiativeId)));
        for (String member : List.of(coming, declining)) {
            SystemAccess.run(() -> networks.addMember(network.getId(), employee(member).getId()));
        }
        LocalDate held = monday.plusWeeks(30).plusDays(2);
        Http.Response created = coordinator.post("/api/meetings", "application/json", """
                {"title": "Netværksmøde om påmindelser", "kind": "network_meeting", "start": "%sT14:00",
                 "end": "%sT16:00", "location": "Rådhuset", "initiativeIds": [%d], "networkId": %d}"""
                .formatted(held, held, initiativeId, network.getId()));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(204, Http.basic(base.toString(), declining, PASSWORD).post("/api/meetings/" + id + "/answers",
                "application/json", "{\"answer\": \"declined\"}").status());

        MailServer.clear();
        assertEquals(0, to(employee(coming)).size());
        jobs.meetings(held.minusDays(2));
        MimeMessage reminder = only(employee(coming));
        assertTrue(reminder.getSubject().contains("Netværksmøde om påmindelser")
                && reminder.getSubject().contains(Periods.DATE.format(held)), reminder.getSubject());
        assertTrue(((String) reminder.getContent()).contains("/meeting/meeting.xhtml?id=" + id));
        assertEquals(0, to(employee(declining)).size(), "declined");
        assertEquals(0, jobs.meetings(held.minusDays(2)), "claimed");
    }

    @Test
    void aLeaderIsToldOnceOfADesignationThatExpiresWithinTheWindow() throws Exception {
        Employee leader = employee(anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER));
        Employee supervisor = anEmployee().at(school).create(employees);
        LocalDate day = monday.plusWeeks(40);
        SystemAccess.run(() -> training.grant(supervisor.getId(), school.getId(),
                DesignationKind.IT_DIDACTIC_SUPERVISOR, LocalDate.now(Zones.COPENHAGEN), day.plusDays(10)));

        MailServer.clear();
        assertTrue(jobs.dueDates(day) >= 1);
        MimeMessage mail = only(leader);
        String text = (String) mail.getContent();
        assertTrue(text.contains(supervisor.getFullName() + " (" + school.getName() + ") udløber "
                + Periods.DATE.format(day.plusDays(10))), text);
        assertEquals(0, jobs.dueDates(day), "claimed");
        jobs.dueDates(day.plusDays(1));
        assertEquals(1, to(leader).size(), "told once");
    }

    @Test
    void theCoordinatorsDigestGoesOutOnceAWeek() throws Exception {
        Employee coordinator = employee(anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR));
        MailServer.clear();
        LocalDate day = monday.plusWeeks(20);
        assertTrue(jobs.digest(day) >= 1);
        MimeMessage digest = only(coordinator);
        assertTrue(digest.getSubject().contains(Periods.week(day)), digest.getSubject());
        String text = (String) digest.getContent();
        assertTrue(text.contains("Institutioner uden vejleder: ") && text.contains("/overview/index.xhtml"), text);
        assertEquals(0, jobs.digest(day.plusDays(3)), "the week is claimed");
        assertEquals(1, to(coordinator).size());
    }

    private Employee employee(String login) {
        return SystemAccess.call(() -> accounts.find(login).orElseThrow().getEmployee());
    }

    private static MimeMessage only(Employee person) {
        List<MimeMessage> mails = to(person);
        assertEquals(1, mails.size(), person.getEmail());
        return mails.get(0);
    }

    private static List<MimeMessage> to(Employee person) {
        return MailServer.await(0).stream().filter(m -> addressedTo(m, person)).toList();
    }

    private static boolean addressedTo(MimeMessage mail, Employee... people) {
        try {
            return Arrays.stream(mail.getAllRecipients()).map(a -> ((InternetAddress) a).getAddress())
                    .anyMatch(a -> Arrays.stream(people).anyMatch(p -> p.getEmail().equalsIgnoreCase(a)));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The paths (and queries) of the links in a mail's text. */
    private static List<String> links(String text) {
        Matcher m = LINK.matcher(text);
        List<String> found = new java.util.ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertNotNull(found);
        return found;
    }
}
