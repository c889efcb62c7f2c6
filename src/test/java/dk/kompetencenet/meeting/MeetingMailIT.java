package dk.kompetencenet.meeting;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.MailServer;

/**
 * Meeting mails as they arrive in a mailbox (GreenMail): the MIME layout Outlook shows as a meeting request, a
 * cancellation that says it is one, folded calendar lines, and an unregistration that outranks the invitation.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingMailIT {

    private static final String TITLE = "Netværksmøde om børns digitale dannelse, forældresamarbejde og Ærøs æbleplantage";

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    private Institution school;
    private Http coordinator;
    private Long initiativeId;

    @BeforeEach
    void aCoordinatorAndASchool() {
        MailServer.clear();
        school = anInstitution().create(institutions);
        coordinator = Http.basic(base.toString(),
                anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR), PASSWORD);
        initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
    }

    @Test
    void anInvitationAndItsCancellationAreMeetingRequestsThatSayWhatTheyAre() throws Exception {
        List<Employee> members = List.of(anEmployee().at(school).create(employees),
                anEmployee().at(school).create(employees));
        Network network = SystemAccess.call(() -> networks.create(
                new Network(null, unique("Netværk"), InitiativeSector.SKOLE, null), Set.of(initiativeId)));
        members.forEach(m -> SystemAccess.run(() -> networks.addMember(network.getId(), m.getId())));

        Http.Response created = coordinator.post("/api/meetings", "application/json", """
                {"title": "%s", "kind": "network_meeting", "start": "2027-03-04T14:00", "end": "2027-03-04T16:00",
                 "location": "Rådhuset, mødelokale 3", "initiativeIds": [%d], "networkId": %d}"""
                .formatted(TITLE, initiativeId, network.getId()));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        for (MimeMessage mail : MailServer.await(2)) {
            String calendar = calendarOf(mail, "REQUEST");
            assertTrue(textOf(mail).contains("Du er inviteret til \"" + TITLE + "\""), textOf(mail));
            assertTrue(mail.getSubject().startsWith("Invitation: " + TITLE), mail.getSubject());
            assertFoldedAt75Octets(calendar);
            assertTrue(calendar.replace("\r\n ", "").contains("SUMMARY:" + TITLE.replace(",", "\\,") + "\r\n"),
                    calendar);
        }

        MailServer.clear();
        long version = coordinator.get("/api/meetings/" + id).json().getJsonNumber("version").longValue();
        assertEquals(204, coordinator.delete("/api/meetings/" + id + "?version=" + version).status());

        for (MimeMessage mail : MailServer.await(2)) {
            String calendar = calendarOf(mail, "CANCEL");
            assertTrue(calendar.contains("METHOD:CANCEL") && calendar.contains("STATUS:CANCELLED"), calendar);
            assertTrue(mail.getSubject().startsWith("Aflyst: " + TITLE), mail.getSubject());
            assertTrue(textOf(mail).contains("er aflyst"), textOf(mail));
            assertFalse(textOf(mail).contains("Du er inviteret"), textOf(mail));
            assertFoldedAt75Octets(calendar);
        }
    }

    @Test
    void unregisteringFromAThemeMeetingSendsACancellationWithAHigherSequenceThanTheInvitation() throws Exception {
        Employee person = anEmployee().at(school).create(employees);
        Http.Response created = coordinator.post("/api/meetings", "application/json", """
                {"title": "Temamøde: podcasts i indskolingen", "kind": "theme_meeting", "start": "2027-03-10T16:00",
                 "end": "2027-03-10T18:00", "capacity": 10, "initiativeIds": [%d]}""".formatted(initiativeId));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        assertEquals(200, coordinator.post("/api/meetings/" + id + "/registrations", "application/json",
                "{\"employeeId\": " + person.getId() + "}").status());
        int invited = sequence(calendarOf(MailServer.await(1).get(0), "REQUEST"));

        MailServer.clear();
        assertEquals(204, coordinator.delete("/api/meetings/" + id + "/registrations?employeeId=" + person.getId())
                .status());
        MimeMessage mail = MailServer.await(1).get(0);
        String cancellation = calendarOf(mail, "CANCEL");

        assertTrue(sequence(cancellation) > invited, cancellation);
        assertTrue(mail.getSubject().startsWith("Afmeldt: Temamøde: podcasts i indskolingen"), mail.getSubject());
        assertTrue(textOf(mail).contains("Du er afmeldt"), textOf(mail));
        assertFalse(textOf(mail).contains("Du er inviteret"), textOf(mail));
    }

    /** The mail is multipart/alternative of text/plain and text/calendar with the method; answers the calendar. */
    private static String calendarOf(MimeMessage mail, String method) throws Exception {
        assertEquals("multipart/alternative", new ContentType(mail.getContentType()).getBaseType());
        Multipart parts = (Multipart) mail.getContent();
        assertEquals(2, parts.getCount());
        assertEquals("text/plain", new ContentType(parts.getBodyPart(0).getContentType()).getBaseType());
        ContentType type = new ContentType(parts.getBodyPart(1).getContentType());
        assertEquals("text/calendar", type.getBaseType());
        assertEquals(method, type.getParameter("method"));
        assertTrue("UTF-8".equalsIgnoreCase(type.getParameter("charset")), type.toString());
        try (InputStream in = parts.getBodyPart(1).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String textOf(MimeMessage mail) throws Exception {
        return (String) ((Multipart) mail.getContent()).getBodyPart(0).getContent();
    }

    private static void assertFoldedAt75Octets(String calendar) {
        for (String line : calendar.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
        }
    }

    private static int sequence(String calendar) {
        return calendar.lines().filter(l -> l.startsWith("SEQUENCE:")).map(l -> Integer.parseInt(l.substring(9)))
                .findFirst().orElseThrow();
    }
}
