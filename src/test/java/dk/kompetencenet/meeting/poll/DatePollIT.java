package dk.kompetencenet.meeting.poll;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.MailServer;

/**
 * A date poll from proposal to meeting: three invitees answer (one on the page logged in, one through the API, one
 * through the link in their mail without a login), the tally counts them, the chosen time becomes a meeting with its
 * invitations and mails, and the poll closes. Others cannot see or choose; a forged link finds nothing; bad input
 * changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class DatePollIT {

    private static final Pattern LINK = Pattern.compile("/meeting/poll-answer\\.xhtml\\?token=[A-Za-z0-9_-]{43}");
    private static final Pattern RADIO = Pattern.compile("type=\"radio\" name=\"([^\"]+)\"");

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private StrategyService strategies;

    @PersistenceContext
    private EntityManager em;

    private Http coordinator;
    private String coordinatorUser;
    private Long initiativeId;
    private Institution school;
    private final LocalDate day = LocalDate.now().plusDays(40);

    @BeforeEach
    void aCoordinatorAndASchool() {
        MailServer.clear();
        school = anInstitution().create(institutions);
        coordinatorUser = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        coordinator = Http.basic(base.toString(), coordinatorUser, PASSWORD);
        initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
    }

    @Test
    void threeInviteesAnswerAndTheChosenTimeBecomesTheMeetingWithItsInvitations() throws Exception {
        Builders.EmployeeBuilder onPage = anEmployee().at(school);
        String pageUser = onPage.createWithAccount(employees, accounts, Role.EMPLOYEE);
        Builders.EmployeeBuilder byApi = anEmployee().at(school);
        String apiUser = byApi.createWithAccount(employees, accounts, Role.EMPLOYEE);
        Builders.EmployeeBuilder byMail = anEmployee().at(school);
        byMail.create(employees);
        created(coordinator.post("/api/meetings", "application/json", """
                {"title": "Forældremøde 3.B", "kind": "other", "start": "%sT09:30", "end": "%sT10:30",
                 "initiativeIds": [%d], "employeeIds": [%d]}""".formatted(day, day, initiativeId, id(onPage))));
        MailServer.clear();

        String title = unique("Temamøde om læsning");
        long poll = created(coordinator.post("/api/polls", "application/json", """
                {"kind": "theme_meeting", "title": "%s", "location": "Rådhuset", "initiativeIds": [%d],
                 "slots": [{"start": "%sT10:00", "end": "%sT12:00"}, {"start": "%sT14:00", "end": "%sT16:00"},
                           {"start": "%sT09:00", "end": "%sT11:00"}],
                 "employeeIds": [%d, %d, %d]}""".formatted(title, initiativeId, day, day, day.plusDays(1),
                day.plusDays(1), day.plusDays(2), day.plusDays(2), id(onPage), id(byApi), id(byMail))));
        List<Long> slots = tally(poll).stream().map(t -> t.getJsonNumber("slotId").longValue()).toList();
        assertEquals(3, slots.size());

        String mailLink = null;
        for (MimeMessage mail : MailServer.await(3)) {
            String text = (String) mail.getContent();
            assertTrue(mail.getSubject().contains(title), mail.getSubject());
            assertTrue(text.contains(day.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))), text);
            if (mail.getAllRecipients()[0].toString().contains(byMail.email())) {
                Matcher link = LINK.matcher(text);
                assertTrue(link.find(), text);
                mailLink = link.group();
            }
        }
        assertTrue(mailLink != null, "the mail to the third invitee");

        // 1: logged in, from the poll list to the answer page, which shows the other meeting at the first time
        Http page = Http.loggedIn(base.toString(), pageUser, PASSWORD);
        Matcher own = LINK.matcher(page.get("/meeting/polls.xhtml").body().replace("&amp;", "&"));
        assertTrue(own.find());
        Http.Response shown = page.get(own.group());
        assertTrue(shown.body().contains("Forældremøde 3.B"), "the conflict with the other meeting");
        assertTrue(saved(page, own.group(), shown, "YES", "IF_NEED_BE", "NO").body().contains("Dine svar er gemt"));

        // 2: through the API, the caller's own answers; a save on the version before it changes nothing
        Http api = Http.basic(base.toString(), apiUser, PASSWORD);
        long version = api.get("/api/polls/" + poll + "/answers").json().getJsonNumber("version").longValue();
        assertEquals(204, api.put("/api/polls/" + poll + "/answers", "application/json", answers(version,
                slots.get(0), "YES", slots.get(1), "NO")).status());
        assertEquals(409, api.put("/api/polls/" + poll + "/answers", "application/json", answers(version,
                slots.get(0), "NO", slots.get(1), "NO")).status());

        // 3: the link from the mail, without a login; showing it changes nothing, the POST saves
        Http anonymous = Http.anonymous(base.toString());
        Http.Response linkPage = anonymous.get(mailLink);
        assertEquals(200, linkPage.status(), linkPage.body());
        assertEquals(3, radios(linkPage).size());
        assertTrue(saved(anonymous, mailLink, linkPage, "YES", "YES", "NO").body().contains("Dine svar er gemt"));

        List<JsonObject> tally = tally(poll);
        assertCounts(tally.get(0), 3, 0, 0, 0);
        assertCounts(tally.get(1), 1, 1, 1, 0);
        assertCounts(tally.get(2), 0, 0, 2, 1);
        String answersPage = Http.loggedIn(base.toString(), coordinatorUser, PASSWORD)
                .get("/meeting/poll.xhtml?id=" + poll).body();
        assertTrue(answersPage.contains("Optaget: Forældremøde 3.B"), "the organiser sees the invitee's conflict");

        // someone of another institution, without rights, neither sees nor chooses
        Institution other = anInstitution().create(institutions);
        String leaderUser = anEmployee().at(other).createWithAccount(employees, accounts, Role.LEADER);
        Http leader = Http.basic(base.toString(), leaderUser, PASSWORD);
        long pollVersion = coordinator.get("/api/polls/" + poll).json().getJsonNumber("version").longValue();
        assertEquals(403, leader.get("/api/polls/" + poll).status());
        assertEquals(403, Http.loggedIn(base.toString(), leaderUser, PASSWORD).get("/meeting/poll.xhtml?id=" + poll)
                .status());
        assertEquals(403, leader.post("/api/polls/" + poll + "/meeting", "application/json",
                "{\"slotId\": %d, \"version\": %d}".formatted(slots.get(0), pollVersion)).status());
        assertEquals(0L, em.createQuery("select count(m) from Meeting m where m.title = :t", Long.class)
                .setParameter("t", title).getSingleResult());

        // the organiser chooses the first time: a meeting, its invitations stored and mailed, the poll closed
        Http.Response stale = anonymous.get(mailLink);
        MailServer.clear();
        long meeting = created(coordinator.post("/api/polls/" + poll + "/meeting", "application/json",
                "{\"slotId\": %d, \"version\": %d}".formatted(slots.get(0), pollVersion)));
        JsonObject asMeeting = coordinator.get("/api/meetings/" + meeting).json();
        assertEquals(title, asMeeting.getString("title"));
        assertTrue(asMeeting.getString("start").startsWith(day + "T10:00"), asMeeting.toString());
        assertEquals(3L, em.createQuery("select count(i) from Invitation i where i.meeting.id = :m", Long.class)
                .setParameter("m", meeting).getSingleResult());
        for (MimeMessage mail : MailServer.await(3)) {
            assertTrue(mail.getSubject().startsWith("Invitation: " + title), mail.getSubject());
            assertTrue(mail.getContentType().startsWith("multipart/alternative"), mail.getContentType());
        }
        JsonObject closed = coordinator.get("/api/polls/" + poll).json();
        assertTrue(closed.getBoolean("closed"));
        assertEquals(slots.get(0), closed.getJsonNumber("chosenSlotId").longValue());
        assertEquals(meeting, closed.getJsonNumber("meetingId").longValue());

        // later answers are refused, and the link shows the poll closed on the time chosen
        Http.Response refused = saved(anonymous, mailLink, stale, "NO", "NO", "NO");
        assertTrue(refused.body().contains("Forespørgslen er afsluttet"), refused.body());
        assertCounts(tally(poll).get(0), 3, 0, 0, 0);
        Http.Response again = coordinator.post("/api/polls/" + poll + "/meeting", "application/json",
                "{\"slotId\": %d, \"version\": %d}".formatted(slots.get(1), closed.getJsonNumber("version")
                        .longValue()));
        assertEquals(400, again.status(), again.body());
        assertTrue(again.body().contains("Forespørgslen er afsluttet"), again.body());
        String after = anonymous.get(mailLink).body();
        assertTrue(after.contains("Forespørgslen er afsluttet. Mødet er lagt"), after);
        assertTrue(after.contains(day.format(java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy",
                java.util.Locale.forLanguageTag("da")))), after);
        assertEquals(0, radios(anonymous.get(mailLink)).size());
    }

    @Test
    void aForgedLinkFindsNothingAndNeedsNoLoginToSaySo() {
        Http anonymous = Http.anonymous(base.toString());
        Http.Response forged = anonymous.get("/meeting/poll-answer.xhtml?token=" + "A".repeat(43));
        assertEquals(404, forged.status());
        assertTrue(forged.body().contains("Siden findes ikke"), forged.body());
        assertEquals(404, anonymous.get("/meeting/poll-answer.xhtml?token=kort").status());
        assertEquals(302, anonymous.get("/meeting/polls.xhtml").status(), "the list needs a login");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndSavesNothing() {
        long before = polls();
        String later = day + "T10:00";
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("[]", "Foreslå mindst ét tidspunkt");
        cases.put("[{\"start\": \"%s\", \"end\": \"%sT09:00\"}]".formatted(later, day), "Tidspunkt 1: Slut skal ligge efter start");
        cases.put("[{\"start\": \"%s\", \"end\": \"%sT11:00\"}, {\"start\": \"%s\", \"end\": \"%sT11:00\"}]"
                .formatted(later, day, later, day), "Tidspunkt 2: Tidspunktet er foreslået to gange");
        cases.put("[{\"start\": \"2020-01-06T10:00\", \"end\": \"2020-01-06T11:00\"}]", "Tidspunkt 1: Tidspunktet ligger ikke i fremtiden");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("{\"start\": \"%sT10:00\", \"end\": \"%sT11:00\"}".formatted(day.plusDays(i), day.plusDays(i)));
        }
        cases.put("[" + String.join(",", many) + "]", "Foreslå højst 20 tidspunkter");
        Long someone = id(anEmployee().at(school).create(employees).getEmail());
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Http.Response refused = coordinator.post("/api/polls", "application/json", poll(c.getKey(), someone));
            assertEquals(400, refused.status(), c.getKey());
            assertTrue(refused.body().contains(c.getValue()), refused.body());
        }
        Http.Response unknown = coordinator.post("/api/polls", "application/json",
                poll("[{\"start\": \"%s\", \"end\": \"%sT11:00\"}]".formatted(later, day), 999_999_999L));
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("Medarbejder 999999999 findes ikke"), unknown.body());
        assertEquals(before, polls());
    }

    private String poll(String slots, Long employeeId) {
        return """
                {"kind": "theme_meeting", "title": "Forkert", "initiativeIds": [%d], "slots": %s, "employeeIds": [%d]}"""
                .formatted(initiativeId, slots, employeeId);
    }

    private long polls() {
        return em.createQuery("select count(p) from DatePoll p", Long.class).getSingleResult();
    }

    private Long id(Builders.EmployeeBuilder employee) {
        return id(employee.email());
    }

    private Long id(String email) {
        return em.createQuery("select e.id from Employee e where e.email = :m", Long.class).setParameter("m", email)
                .getSingleResult();
    }

    private List<JsonObject> tally(long poll) {
        Http.Response answer = coordinator.get("/api/polls/" + poll);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("tally").getValuesAs(JsonObject.class);
    }

    private static void assertCounts(JsonObject tally, long yes, long ifNeedBe, long no, long notAnswered) {
        assertEquals(List.of(yes, ifNeedBe, no, notAnswered), List.of(tally.getJsonNumber("yes").longValue(),
                tally.getJsonNumber("ifNeedBe").longValue(), tally.getJsonNumber("no").longValue(),
                tally.getJsonNumber("notAnswered").longValue()), tally.toString());
    }

    private static long created(Http.Response response) {
        assertEquals(201, response.status(), response.body());
        return response.json().getJsonNumber("id").longValue();
    }

    private static String answers(long version, Long first, String a, Long second, String b) {
        return "{\"version\": %d, \"answers\": [{\"slotId\": %d, \"answer\": \"%s\"}, {\"slotId\": %d, \"answer\": \"%s\"}]}"
                .formatted(version, first, a, second, b);
    }

    private static List<String> radios(Http.Response page) {
        List<String> names = new ArrayList<>();
        Matcher m = RADIO.matcher(page.body());
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    /** Posts the answer form of a page shown before, one answer per time in order. */
    private static Http.Response saved(Http http, String link, Http.Response shown, String... answers) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("answer", "answer");
        List<String> names = radios(shown);
        for (int i = 0; i < names.size(); i++) {
            fields.put(names.get(i), answers[i]);
        }
        fields.put("answer:save", "Gem svar");
        fields.put("jakarta.faces.ViewState", shown.viewState());
        return http.postForm(link.substring(0, link.indexOf('?')), fields);
    }
}
