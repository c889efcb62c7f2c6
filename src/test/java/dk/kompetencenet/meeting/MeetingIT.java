package dk.kompetencenet.meeting;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
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

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * Networks and meetings on a running Payara Micro, with a real SMTP server reading the invitations back: a series for a
 * whole network, moved and cancelled occurrences, feeds, a theme meeting's waiting list, attendance and action items,
 * and who may change what.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingIT {

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

    @Inject
    private AfterMeeting afterMeeting;

    @Inject
    private ParticipationReport participation;

    private Institution school;
    private String coordinator;
    private Long initiativeId;

    @BeforeEach
    void aCoordinatorAndASchool() {
        MailServer.clear();
        school = anInstitution().create(institutions);
        coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
    }

    private Http as(String username) {
        return Http.basic(base.toString(), username, PASSWORD);
    }

    private Network aNetworkWith(List<Employee> members) {
        Network network = SystemAccess.call(() -> networks.create(
                new Network(null, unique("Netværk"), InitiativeSector.SKOLE, null), Set.of(initiativeId)));
        members.forEach(m -> SystemAccess.run(() -> networks.addMember(network.getId(), m.getId())));
        return network;
    }

    private List<Employee> staff(int count) {
        List<Employee> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(anEmployee().at(school).create(employees));
        }
        return people;
    }

    private String meetingJson(String title, String kind, String start, String end, String rrule, String invitees) {
        return """
                {"title": "%s", "kind": "%s", "start": "%s", "end": "%s", "location": "Birkelyskolen, lokale 12",
                 "rrule": %s, "initiativeIds": [%d], %s}""".formatted(title, kind, start, end,
                rrule == null ? "null" : "\"" + rrule + "\"", initiativeId, invitees);
    }

    @Test
    void aFortnightlySeriesForA25MemberNetworkSendsEachMemberOneRequestAndLandsInTheirFeedsAcrossSummerTime()
            throws Exception {
        List<Employee> members = staff(25);
        Network network = aNetworkWith(members);
        Http coordinatorApi = as(coordinator);

        Http.Response created = coordinatorApi.post("/api/meetings", "application/json", meetingJson("Netværksmøde",
                "network_meeting", "2026-10-01T14:00", "2026-10-01T16:00", "FREQ=WEEKLY;INTERVAL=2;COUNT=10",
                "\"networkId\": " + network.getId()));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        Set<String> memberAddresses = members.stream().map(Employee::getEmail).collect(Collectors.toSet());
        List<MimeMessage> invitations = MailServer.awaitTo(memberAddresses, 25);
        assertEquals(25, invitations.size());
        assertEquals(members.stream().map(Employee::getEmail).collect(Collectors.toSet()), recipients(invitations));
        for (MimeMessage mail : invitations) {
            String ics = calendarPart(mail);
            assertTrue(ics.contains("METHOD:REQUEST"), ics);
            String rule = ics.substring(ics.indexOf("BEGIN:VEVENT")).lines().filter(l -> l.startsWith("RRULE:"))
                    .findFirst().orElseThrow();
            assertTrue(rule.contains("FREQ=WEEKLY") && rule.contains("INTERVAL=2") && rule.contains("COUNT=10"), rule);
            assertTrue(mail.getSubject().startsWith("Invitation: Netværksmøde"));
        }

        String memberLogin = unique("medlem");
        SystemAccess.run(() -> accounts.create(memberLogin, members.get(0).getId(), Set.of(Role.EMPLOYEE),
                PASSWORD.toCharArray()));
        String feedUrl = as(memberLogin).get("/api/me/feed").json().getString("url");
        assertTrue(feedUrl.startsWith("http"), feedUrl);
        Calendar feed = strictlyParsed(Http.anonymous(base.toString()).get(path(feedUrl)).body());
        assertTrue(feed.toString().contains("DTSTART;TZID=Europe/Copenhagen:20261001T140000"));
        assertTrue(feed.toString().contains("BEGIN:VTIMEZONE"));
        JsonObject meeting = coordinatorApi.get("/api/meetings/" + id).json();
        assertEquals(10, meeting.getJsonArray("occurrences").size());
        assertTrue(meeting.getJsonArray("occurrences").getValuesAs(JsonObject.class).stream()
                .allMatch(o -> o.getString("start").contains("T14:00")), "14:00 local before and after 25 October");

        MailServer.clear();
        long version = meeting.getJsonNumber("version").longValue();
        Http.Response moved = coordinatorApi.post("/api/meetings/" + id + "/occurrences/2026-10-29T14:00/move",
                "application/json", """
                        {"start": "2026-10-30T10:00", "end": "2026-10-30T12:00", "version": %d}""".formatted(version));
        assertEquals(200, moved.status(), moved.body());
        version = coordinatorApi.get("/api/meetings/" + id).json().getJsonNumber("version").longValue();
        assertEquals(204, coordinatorApi.delete("/api/meetings/" + id + "/occurrences/2026-11-12T14:00?version="
                + version).status());

        List<MimeMessage> changes = MailServer.awaitTo(memberAddresses, 50);
        long requests = changes.stream().map(MeetingIT::calendarPart).filter(c -> c.contains("METHOD:REQUEST")
                && c.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261029T140000")).count();
        long cancels = changes.stream().map(MeetingIT::calendarPart).filter(c -> c.contains("METHOD:CANCEL")
                && c.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261112T140000")).count();
        assertEquals(25, requests);
        assertEquals(25, cancels);

        String after = strictlyParsed(Http.anonymous(base.toString()).get(path(feedUrl)).body()).toString();
        assertTrue(after.contains("RECURRENCE-ID;TZID=Europe/Copenhagen:20261029T140000"), after);
        assertTrue(after.contains("DTSTART;TZID=Europe/Copenhagen:20261030T100000"), after);
        assertTrue(after.contains("EXDATE;TZID=Europe/Copenhagen:20261112T140000"), after);
        assertTrue(after.contains("SEQUENCE:2"), after);
        String download = as(memberLogin).get("/api/meetings/" + id + ".ics").body();
        assertTrue(strictlyParsed(download).toString().contains("UID:"));
    }

    @Test
    void aThemeMeetingWithTwentySeatsPutsTheLastTwoOfTwentyTwoOnTheWaitingListAndMovesTheFirstUpOnACancellation() {
        Http coordinatorApi = as(coordinator);
        Http.Response created = coordinatorApi.post("/api/meetings", "application/json", """
                {"title": "Temamøde: robotter i børnehaven", "kind": "theme_meeting", "start": "2026-11-18T16:00",
                 "end": "2026-11-18T18:00", "capacity": 20, "initiativeIds": [%d]}""".formatted(initiativeId));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();

        List<Employee> people = staff(22);
        for (Employee person : people) {
            assertEquals(200, coordinatorApi.post("/api/meetings/" + id + "/registrations", "application/json",
                    "{\"employeeId\": " + person.getId() + "}").status());
        }
        List<JsonObject> registrations = coordinatorApi.get("/api/meetings/" + id + "/registrations").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(20, registrations.stream().filter(r -> r.getString("status").equals("REGISTERED")).count());
        assertEquals(List.of(people.get(20).getId(), people.get(21).getId()), registrations.stream()
                .filter(r -> r.getString("status").equals("WAITING")).map(r -> r.getJsonNumber("employeeId").longValue())
                .toList());

        assertEquals(204, coordinatorApi.delete("/api/meetings/" + id + "/registrations?employeeId="
                + people.get(3).getId()).status());

        List<JsonObject> after = coordinatorApi.get("/api/meetings/" + id + "/registrations").jsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals("REGISTERED", statusOf(after, people.get(20)));
        assertEquals("WAITING", statusOf(after, people.get(21)));
        assertEquals("CANCELLED", statusOf(after, people.get(3)));
        assertEquals(20, after.stream().filter(r -> r.getString("status").equals("REGISTERED")).count());
    }

    private static String statusOf(List<JsonObject> registrations, Employee person) {
        return registrations.stream().filter(r -> r.getJsonNumber("employeeId").longValue() == person.getId())
                .findFirst().orElseThrow().getString("status");
    }

    @Test
    void attendanceAndMinutesAreRecordedAndAnOpenActionItemAppearsOnTheNextMeeting() {
        List<Employee> people = staff(3);
        Http coordinatorApi = as(coordinator);
        long id = coordinatorApi.post("/api/meetings", "application/json", meetingJson("Vejledermøde", "other",
                "2027-01-07T09:00", "2027-01-07T10:00", "FREQ=WEEKLY;COUNT=3", "\"employeeIds\": [%d, %d, %d]"
                        .formatted(people.get(0).getId(), people.get(1).getId(), people.get(2).getId())))
                .json().getJsonNumber("id").longValue();
        String first = "/api/meetings/" + id + "/occurrences/2027-01-07T09:00";

        assertEquals(204, coordinatorApi.post(first + "/attendance", "application/json", """
                {"%d": "PRESENT", "%d": "EXCUSED", "%d": "ABSENT"}""".formatted(people.get(0).getId(),
                people.get(1).getId(), people.get(2).getId())).status());
        assertEquals(204, coordinatorApi.put(first + "/minutes", "application/json",
                "{\"minutes\": \"Vi aftalte at prøve Bee-Bots i 0. klasse.\"}").status());
        assertEquals(201, coordinatorApi.post(first + "/action-items", "application/json", """
                {"description": "Bestil fem Bee-Bots", "ownerId": %d, "dueOn": "2027-01-12"}"""
                .formatted(people.get(0).getId())).status());

        JsonObject next = coordinatorApi.get("/api/meetings/" + id + "/occurrences/2027-01-14T09:00/action-items")
                .json();
        assertEquals("Bestil fem Bee-Bots", next.getJsonArray("open").getJsonObject(0).getString("description"));
        assertEquals(0, next.getJsonArray("agreed").size());
        var byPerson = SystemAccess.call(() -> participation.participationByPerson(
                java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 1, 31), school.getId()));
        assertEquals(3, byPerson.size());
        assertEquals(1, byPerson.stream().mapToLong(p -> p.present()).sum());
        assertEquals(1, byPerson.stream().mapToLong(p -> p.excused()).sum());
    }

    @Test
    void changingThisAndTheFollowingOccurrencesSplitsTheSeriesAndKeepsInviteesAndAnswers() {
        List<Employee> people = staff(2);
        String invitee = unique("svarer");
        SystemAccess.run(() -> accounts.create(invitee, people.get(0).getId(), Set.of(Role.EMPLOYEE),
                PASSWORD.toCharArray()));
        Http coordinatorApi = as(coordinator);
        long id = coordinatorApi.post("/api/meetings", "application/json", meetingJson("Læsegruppe", "other",
                "2027-03-02T09:00", "2027-03-02T10:00", "FREQ=WEEKLY;COUNT=4", "\"employeeIds\": [%d, %d]"
                        .formatted(people.get(0).getId(), people.get(1).getId()))).json().getJsonNumber("id").longValue();
        assertEquals(204, as(invitee).post("/api/meetings/" + id + "/answers", "application/json",
                "{\"answer\": \"accepted\"}").status());
        long version = coordinatorApi.get("/api/meetings/" + id).json().getJsonNumber("version").longValue();
        MailServer.clear();

        Http.Response split = coordinatorApi.put("/api/meetings/" + id + "/occurrences/2027-03-16T09:00/following",
                "application/json", """
                        {"title": "Læsegruppe (ny tid)", "kind": "other", "start": "2027-03-16T13:00",
                         "end": "2027-03-16T14:00", "initiativeIds": [%d], "version": %d}""".formatted(initiativeId, version));

        assertEquals(201, split.status(), split.body());
        long followingId = split.json().getJsonNumber("id").longValue();
        assertEquals(2, coordinatorApi.get("/api/meetings/" + id).json().getJsonArray("occurrences").size());
        JsonObject following = coordinatorApi.get("/api/meetings/" + followingId).json();
        assertEquals(2, following.getJsonArray("occurrences").size());
        assertEquals(2, following.getInt("invited"));
        assertTrue(following.getJsonArray("occurrences").getJsonObject(1).getString("start").startsWith("2027-03-23T13:00"));
        var answers = SystemAccess.call(() -> afterMeeting.invitees(followingId,
                java.time.LocalDateTime.of(2027, 3, 23, 13, 0)));
        assertEquals(Answer.ACCEPTED, answers.stream().filter(a -> a.employeeId().equals(people.get(0).getId()))
                .findFirst().orElseThrow().answer());
        assertEquals(4, MailServer.awaitTo(people.stream().map(Employee::getEmail).toList(), 4).size(),
                "both invitees hear of both series");
    }

    @Test
    void aSupervisorCannotChangeOrCancelAMeetingTheyDoNotOrganise() {
        String supervisor = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR,
                Role.EMPLOYEE);
        Long supervisorId = SystemAccess.call(() -> employees.findByEmail(supervisor + "@test.example.dk")
                .orElseThrow().getId());
        Http coordinatorApi = as(coordinator);
        String body = meetingJson("Koordinators møde", "other", "2027-02-03T13:00", "2027-02-03T14:00", null,
                "\"employeeIds\": [" + supervisorId + "]");
        long id = coordinatorApi.post("/api/meetings", "application/json", body).json().getJsonNumber("id").longValue();
        long version = coordinatorApi.get("/api/meetings/" + id).json().getJsonNumber("version").longValue();

        Http supervisorApi = as(supervisor);
        assertEquals(200, supervisorApi.get("/api/meetings/" + id).status(), "invited, so may read it");
        assertFalse(supervisorApi.get("/api/meetings/" + id).json().getBoolean("editable"));
        assertEquals(403, supervisorApi.put("/api/meetings/" + id, "application/json",
                body.replace("}", ", \"version\": " + version + "}")).status());
        assertEquals(403, supervisorApi.delete("/api/meetings/" + id + "?version=" + version).status());
        assertEquals(204, supervisorApi.post("/api/meetings/" + id + "/answers", "application/json",
                "{\"answer\": \"accepted\"}").status());
        Http supervisorPages = Http.loggedIn(base.toString(), supervisor, PASSWORD);
        assertEquals(200, supervisorPages.get("/meeting/meeting.xhtml?id=" + id).status());
        assertEquals(403, supervisorPages.get("/meeting/edit.xhtml?id=" + id).status());
        assertEquals(403, supervisorPages.get("/meeting/occurrence.xhtml?id=" + id + "&at=2027-02-03T13:00").status());
        assertEquals("Koordinators møde", coordinatorApi.get("/api/meetings/" + id).json().getString("title"));
    }

    @Test
    void aNetworksOwnCoordinatorsMayRunItOthersMayNotAndMembershipKeepsItsHistory() {
        String ownCoordinator = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR);
        String otherSupervisor = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR);
        Long ownId = SystemAccess.call(() -> employees.findByEmail(ownCoordinator + "@test.example.dk").orElseThrow()
                .getId());
        Network network = aNetworkWith(List.of());
        SystemAccess.run(() -> networks.update(network.getId(), network.getVersion(), network.getName(),
                network.getSector(), null, Set.of(initiativeId), Set.of(ownId)));
        Employee member = anEmployee().at(school).create(employees);
        String body = "{\"employeeId\": " + member.getId() + "}";

        assertEquals(403, as(otherSupervisor).post("/api/networks/" + network.getId() + "/members", "application/json",
                body).status());
        assertEquals(204, as(ownCoordinator).post("/api/networks/" + network.getId() + "/members", "application/json",
                body).status());
        assertEquals(204, as(ownCoordinator).delete("/api/networks/" + network.getId() + "/members/" + member.getId())
                .status());

        JsonObject history = as(ownCoordinator).get("/api/networks/" + network.getId()).json();
        JsonObject membership = history.getJsonArray("members").getJsonObject(0);
        assertEquals(member.getId().longValue(), membership.getJsonNumber("employeeId").longValue());
        assertFalse(membership.isNull("leftOn"), "the ended membership stays, with its end");
        assertTrue(as(coordinator).get("/api/networks").body().contains("\"members\":0"));
        org.junit.jupiter.api.Assertions.assertThrows(dk.kompetencenet.platform.InvalidInputException.class,
                () -> SystemAccess.run(() -> networks.create(new Network(null, network.getName().toUpperCase(),
                        InitiativeSector.SKOLE, null), Set.of(initiativeId))));
    }

    @Test
    void aRegeneratedFeedRevokesTheOldUrl() {
        Employee member = anEmployee().at(school).create(employees);
        Network network = aNetworkWith(List.of(member));
        Http coordinatorApi = as(coordinator);
        String old = coordinatorApi.get("/api/networks/" + network.getId() + "/feed").json().getString("url");
        assertEquals(200, Http.anonymous(base.toString()).get(path(old)).status());

        String fresh = coordinatorApi.post("/api/networks/" + network.getId() + "/feed", "application/json", "")
                .json().getString("url");

        assertFalse(fresh.equals(old));
        assertEquals(404, Http.anonymous(base.toString()).get(path(old)).status());
        assertEquals(200, Http.anonymous(base.toString()).get(path(fresh)).status());
        assertEquals(404, Http.anonymous(base.toString()).get("/api/feeds/not-a-real-token-at-all-123.ics").status());
    }

    @Test
    void anUnreadableIcsUploadCreatesNothingAndABadEventIsSkippedWithItsLine() {
        Employee invitee = anEmployee().at(school).create(employees);
        Http coordinatorApi = as(coordinator);
        int before = coordinatorApi.get("/api/meetings?from=2026-01-01T00:00&to=2030-01-01T00:00").jsonArray().size();
        String good = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//DA\r
                BEGIN:VEVENT\r
                UID:good-1@test\r
                DTSTAMP:20261001T080000Z\r
                DTSTART:20261201T130000Z\r
                DTEND:20261201T140000Z\r
                SUMMARY:Godt møde\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:bad-1@test\r
                DTSTAMP:20261001T080000Z\r
                DTSTART:20261202T130000Z\r
                DTEND:20261202T120000Z\r
                SUMMARY:Slutter før det begynder\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        String query = "/api/meetings/import?initiativeIds=" + initiativeId + "&employeeIds=" + invitee.getId();

        Http.Response garbage = coordinatorApi.post(query, "text/calendar", "this is not a calendar");
        assertEquals(400, garbage.status(), garbage.body());
        assertEquals(before, coordinatorApi.get("/api/meetings?from=2026-01-01T00:00&to=2030-01-01T00:00").jsonArray()
                .size());

        Http.Response imported = coordinatorApi.postBytes(query, "text/calendar", good.getBytes(StandardCharsets.UTF_8));

        assertEquals(201, imported.status(), imported.body());
        assertEquals(1, imported.json().getInt("created"));
        JsonObject skipped = imported.json().getJsonArray("skipped").getJsonObject(0);
        assertEquals(11, skipped.getInt("line"), imported.body());
        assertEquals("Slutter før det begynder", skipped.getString("title"));
        assertEquals("Mødet slutter, før det begynder.", skipped.getJsonArray("reasons").getString(0));
    }

    @Test
    void schedulingWarnsOfHolidaysAndABookedRoomButSaves() {
        Employee invitee = anEmployee().at(school).create(employees);
        Http coordinatorApi = as(coordinator);
        String room = unique("Lokale");
        String body = """
                {"title": "%s", "kind": "other", "start": "2026-12-25T10:00", "end": "2026-12-25T11:00", "room": "%s",
                 "initiativeIds": [%d], "employeeIds": [%d]}""";
        assertEquals(201, coordinatorApi.post("/api/meetings", "application/json",
                body.formatted("Første", room, initiativeId, invitee.getId())).status());

        Http.Response second = coordinatorApi.post("/api/meetings", "application/json",
                body.formatted("Anden", room, initiativeId, invitee.getId()));

        assertEquals(201, second.status());
        String warnings = second.json().getJsonArray("warnings").toString();
        assertTrue(warnings.contains("helligdag"), warnings);
        assertTrue(warnings.contains("Juleferie"), warnings);
        assertTrue(warnings.contains("Lokalet " + room), warnings);
        assertTrue(warnings.contains("har et andet møde"), warnings);
    }

    @Test
    void badMeetingInputGetsA400NamingTheFields() {
        Http coordinatorApi = as(coordinator);
        Http.Response noInitiative = coordinatorApi.post("/api/meetings", "application/json", """
                {"title": "X", "kind": "other", "start": "2026-12-01T10:00", "end": "2026-12-01T09:00",
                 "rrule": "FREQ=HOURLY", "employeeIds": [%d]}""".formatted(anEmployee().at(school).create(employees).getId()));
        assertEquals(400, noInitiative.status());
        Set<String> fields = new HashSet<>(noInitiative.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("field")).toList());
        assertEquals(Set.of("end", "initiativeIds", "rrule"), fields);
        assertEquals(400, coordinatorApi.post("/api/meetings", "application/json", "{\"kind\": \"party\"}").status());
        assertEquals(400, coordinatorApi.post("/api/meetings/1/occurrences/yesterday/move", "application/json", "{}")
                .status());
    }

    private static Set<String> recipients(List<MimeMessage> mails) throws MessagingException {
        Set<String> to = new HashSet<>();
        for (MimeMessage m : mails) {
            to.add(((InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        return to;
    }

    private static String calendarPart(MimeMessage mail) {
        try {
            Multipart multipart = (Multipart) mail.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (part.getContentType().toLowerCase().startsWith("text/calendar")) {
                    try (InputStream in = part.getInputStream()) {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        in.transferTo(out);
                        return out.toString(StandardCharsets.UTF_8);
                    }
                }
            }
            throw new AssertionError("No text/calendar part in " + mail.getSubject());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar strictlyParsed(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private String path(String url) {
        String root = base.toString().replaceAll("/$", "");
        assertTrue(url.startsWith(root), url + " under " + root);
        return url.substring(root.length());
    }
}
