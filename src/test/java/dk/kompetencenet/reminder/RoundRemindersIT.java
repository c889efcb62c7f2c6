package dk.kompetencenet.reminder;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
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

import dk.kompetencenet.competence.AssessmentRound;
import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.RoundService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.MailServer;
import dk.kompetencenet.testsupport.ReceivedMails;

/**
 * The self-assessment reminder as it reaches a mailbox (GreenMail), the job called with the day it runs for: to those
 * who have not finished an open round, once a week whatever the number of runs (the day's claim, the week's sent
 * record); its link opens the round after login; its unsubscribe link works without login, asks first and turns that
 * kind off, as do the person's own page and a mail program's one-click POST; then nothing more is sent to them.
 */
@ExtendWith(ArquillianExtension.class)
class RoundRemindersIT {

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
        MimeMessage mail = ReceivedMails.only(anna);
        assertEquals(1, ReceivedMails.to(bent).size());
        assertEquals(1, ReceivedMails.to(carl).size());
        assertEquals(0, ReceivedMails.to(done).size(), "finished the round");
        assertTrue(mail.getSubject().contains(name), mail.getSubject());
        String text = (String) mail.getContent();
        assertTrue(text.contains("Runden lukker " + Periods.DATE.format(monday.plusDays(40))), text);
        assertTrue(mail.getHeader("List-Unsubscribe")[0].contains("/api/unsubscribe/"));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post")[0]);

        assertEquals(0, jobs.rounds(monday), "the day is claimed: a second run does nothing");
        assertEquals(0, jobs.rounds(monday.plusDays(1)), "the same week: sent already");
        assertEquals(3, ReceivedMails.toAnyOf(anna, bent, carl));

        String roundPage = ReceivedMails.links(text).stream().filter(l -> l.startsWith("/competence/round.xhtml"))
                .findFirst().orElseThrow(() -> new AssertionError(text));
        assertEquals("/competence/round.xhtml?id=" + round.getId(), roundPage);
        assertEquals(302, Http.anonymous(base.toString()).get(roundPage).status(), "needs login");
        Http.Response opened = Http.loggedIn(base.toString(), annaLogin, PASSWORD).get(roundPage);
        assertEquals(200, opened.status());
        assertTrue(opened.body().contains(name), opened.body());

        String unsubscribe = ReceivedMails.links(text).stream().filter(l -> l.startsWith("/unsubscribe.xhtml?token="))
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
        assertEquals(0, ReceivedMails.to(anna).size(), "unsubscribed through the mail's link");
        assertEquals(0, ReceivedMails.to(bent).size(), "turned off on the page");
        MimeMessage carls = ReceivedMails.only(carl);
        String oneClick = URI.create(carls.getHeader("List-Unsubscribe")[0].replaceAll("[<>]", "")).getPath();
        assertEquals(204, Http.anonymous(base.toString()).post(oneClick, "application/x-www-form-urlencoded",
                "List-Unsubscribe=One-Click").status());
        assertFalse(preferences.wants(carl.getId(), ReminderKind.ROUND));

        MailServer.clear();
        jobs.rounds(monday.plusDays(14));
        assertEquals(0, ReceivedMails.toAnyOf(anna, bent, carl));
    }

    private Employee employee(String login) {
        return SystemAccess.call(() -> accounts.find(login).orElseThrow().getEmployee());
    }
}
