package dk.kompetencenet.reminder;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

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
import dk.kompetencenet.platform.i18n.Texts;
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
import dk.kompetencenet.testsupport.ReceivedMails;

/**
 * The other reminders as they reach a mailbox (GreenMail), the jobs called with the day they run for: a meeting's
 * invitees who have not declined, days before; a leader, once, of a designation about to expire; the coordinators'
 * weekly digest, once a week. A forged or malformed unsubscribe token gets a clear page and changes nothing.
 * ({@link RoundRemindersIT} has the self-assessment reminder and unsubscribing.)
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private ReminderJobs jobs;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    @Inject
    private TrainingService training;

    private Institution school;
    /** A Monday after today. */
    private LocalDate monday;

    @BeforeEach
    void aSchool() {
        MailServer.started();
        school = anInstitution().create(institutions);
        monday = LocalDate.now(Zones.COPENHAGEN).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    @Test
    void aForgedOrMalformedTokenGetsAClearPageAndChangesNothing() {
        Http visitor = Http.anonymous(base.toString());
        for (String token : List.of("A".repeat(43), "%3Cscript%3E", "")) {
            Http.Response page = visitor.get("/unsubscribe.xhtml?token=" + token);
            assertEquals(404, page.status(), token);
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
        assertEquals(0, ReceivedMails.to(employee(coming)).size());
        jobs.meetings(held.minusDays(2));
        MimeMessage reminder = ReceivedMails.only(employee(coming));
        assertTrue(reminder.getSubject().contains("Netværksmøde om påmindelser")
                && reminder.getSubject().contains(Periods.when(Texts.DANISH, held.atTime(14, 0))), reminder.getSubject());
        assertTrue(((String) reminder.getContent()).contains("/meeting/meeting.xhtml?id=" + id));
        assertEquals(0, ReceivedMails.to(employee(declining)).size(), "declined");
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
        MimeMessage mail = ReceivedMails.only(leader);
        String text = (String) mail.getContent();
        assertTrue(text.contains(supervisor.getFullName() + " (" + school.getName() + ") udløber "
                + Periods.DATE.format(day.plusDays(10))), text);
        assertEquals(0, jobs.dueDates(day), "claimed");
        jobs.dueDates(day.plusDays(1));
        assertEquals(1, ReceivedMails.to(leader).size(), "told once");
    }

    @Test
    void theCoordinatorsDigestGoesOutOnceAWeek() throws Exception {
        Employee coordinator = employee(anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR));
        MailServer.clear();
        LocalDate day = monday.plusWeeks(20);
        assertTrue(jobs.digest(day) >= 1);
        MimeMessage digest = ReceivedMails.only(coordinator);
        assertTrue(digest.getSubject().contains(Periods.week(day)), digest.getSubject());
        String text = (String) digest.getContent();
        assertTrue(text.contains("Institutioner uden vejleder: ") && text.contains("/overview/index.xhtml"), text);
        assertEquals(0, jobs.digest(day.plusDays(3)), "the week is claimed");
        assertEquals(1, ReceivedMails.to(coordinator).size());
    }

    private Employee employee(String login) {
        return SystemAccess.call(() -> accounts.find(login).orElseThrow().getEmployee());
    }
}
