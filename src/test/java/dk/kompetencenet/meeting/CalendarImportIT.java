package dk.kompetencenet.meeting;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Http;

/**
 * Importing .ics files through the API: a series keeps its cancelled and moved occurrences (Kompetencenet's own
 * download imports back unchanged), and a file with an impossible date or an unknown time zone is refused at its line
 * with nothing saved.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarImportIT {

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

    private Http coordinator;
    private Employee invitee;
    private String importQuery;

    @BeforeEach
    void aCoordinatorAndAnInvitee() {
        var school = anInstitution().create(institutions);
        coordinator = Http.basic(base.toString(),
                anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR), PASSWORD);
        invitee = anEmployee().at(school).create(employees);
        long initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
        importQuery = "/api/meetings/import?initiativeIds=" + initiativeId + "&employeeIds=" + invitee.getId();
    }

    @Test
    void aDownloadedSeriesWithAMovedAndACancelledOccurrenceImportsBackUnchanged() {
        Http.Response created = coordinator.post("/api/meetings", "application/json", """
                {"title": "Ugentligt netværksmøde", "kind": "other", "start": "2027-04-05T14:00",
                 "end": "2027-04-05T15:30", "rrule": "FREQ=WEEKLY;COUNT=6", "initiativeIds": %s,
                 "employeeIds": [%d]}""".formatted(importQuery.replaceAll(".*initiativeIds=(\\d+).*", "[$1]"),
                invitee.getId()));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, coordinator.post("/api/meetings/" + id + "/occurrences/2027-04-12T14:00/move",
                "application/json", """
                        {"start": "2027-04-13T09:00", "end": "2027-04-13T10:30", "version": %d}"""
                        .formatted(version(id))).status());
        assertEquals(204, coordinator.delete("/api/meetings/" + id + "/occurrences/2027-04-26T14:00?version="
                + version(id)).status());
        String download = coordinator.get("/api/meetings/" + id + ".ics").body();

        Http.Response imported = coordinator.postBytes(importQuery, "text/calendar",
                download.getBytes(StandardCharsets.UTF_8));

        assertEquals(201, imported.status(), imported.body());
        long copy = imported.json().getJsonArray("ids").getJsonNumber(0).longValue();
        List<JsonObject> original = occurrences(id);
        assertEquals(5, original.size(), original.toString());
        assertEquals(original, occurrences(copy));
        assertTrue(original.stream().anyMatch(o -> o.getString("start").startsWith("2027-04-13T09:00")
                && o.getBoolean("moved")), original.toString());
    }

    @Test
    void impossibleDatesAndUnknownTimeZonesAreRefusedAtTheirLineAndNothingIsSaved() {
        int before = coordinator.get("/api/meetings?from=2027-01-01T00:00&to=2028-01-01T00:00").jsonArray().size();
        String file = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Test//EN\r
                BEGIN:VEVENT\r
                UID:ok@test\r
                DTSTART:20270303T130000Z\r
                DTEND:20270303T140000Z\r
                SUMMARY:Godt møde\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:month13@test\r
                DTSTART:20271303T130000Z\r
                SUMMARY:Måned 13\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:zone@test\r
                DTSTART;TZID=Atlantis/Poseidonia:20270304T130000\r
                SUMMARY:Ukendt zone\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;

        Http.Response refused = coordinator.postBytes(importQuery, "text/calendar", file.getBytes(StandardCharsets.UTF_8));

        assertEquals(400, refused.status(), refused.body());
        List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of(12, 17), errors.stream().map(e -> e.getInt("line")).toList(), refused.body());
        assertTrue(errors.get(0).getString("message").contains("DTSTART:20271303T130000Z"), refused.body());
        assertTrue(errors.get(1).getString("message").contains("Atlantis/Poseidonia"), refused.body());
        assertTrue(!refused.body().contains("Exception") && !refused.body().contains("Text '"), refused.body());
        assertEquals(before, coordinator.get("/api/meetings?from=2027-01-01T00:00&to=2028-01-01T00:00").jsonArray()
                .size());
    }

    /** A weekly series without end inviting the invitee and a stranger, an all-day event and a 14-hour one. */
    private String outlookFile() {
        return """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r
                BEGIN:VEVENT\r
                UID:weekly@test\r
                DTSTART;TZID=W. Europe Standard Time:20270607T090000\r
                DTEND;TZID=W. Europe Standard Time:20270607T100000\r
                RRULE:FREQ=WEEKLY;BYDAY=MO\r
                SUMMARY:Ugemøde i læsevejledernetværket\r
                ATTENDEE;CN=Kollega;RSVP=TRUE:mailto:%s\r
                ATTENDEE;CN=Ekstern:mailto:ekstern@example.org\r
                BEGIN:VALARM\r
                TRIGGER:-PT15M\r
                ACTION:DISPLAY\r
                END:VALARM\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:allday@test\r
                DTSTART;VALUE=DATE:20270610\r
                SUMMARY:Temadag\r
                END:VEVENT\r
                BEGIN:VEVENT\r
                UID:long@test\r
                DTSTART:20270611T060000Z\r
                DTEND:20270611T200000Z\r
                SUMMARY:Lang dag\r
                END:VEVENT\r
                END:VCALENDAR\r
                """.formatted(invitee.getEmail().toUpperCase(java.util.Locale.ROOT));
    }

    private int meetingsIn2027() {
        return coordinator.get("/api/meetings?from=2027-06-01T00:00&to=2027-07-01T00:00").jsonArray().size();
    }

    @Test
    void aPreviewListsEachEventOrWhyItIsSkippedAndSavesNothing() {
        int before = meetingsIn2027();

        Http.Response preview = coordinator.postBytes("/api/meetings/import?preview=true", "text/calendar",
                outlookFile().getBytes(StandardCharsets.UTF_8));

        assertEquals(200, preview.status(), preview.body());
        JsonObject event = preview.json().getJsonArray("events").getJsonObject(0);
        assertEquals("Ugemøde i læsevejledernetværket", event.getString("title"));
        assertTrue(event.getString("firstStart").startsWith("2027-06-07T09:00"), preview.body());
        assertEquals("Hver uge", event.getString("repeats"), preview.body());
        assertTrue(event.getString("notice").contains("05-06-2028"), preview.body());
        assertTrue(event.getString("notice").contains("uden ende"), preview.body());
        assertEquals(invitee.getId().longValue(), event.getJsonArray("staff").getJsonObject(0).getJsonNumber("id")
                .longValue(), preview.body());
        assertEquals(List.of("ekstern@example.org"), event.getJsonArray("notStaff").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        List<JsonObject> skipped = preview.json().getJsonArray("skipped").getValuesAs(JsonObject.class);
        assertEquals(List.of(17, 22), skipped.stream().map(e -> e.getInt("line")).toList(), preview.body());
        assertTrue(skipped.get(0).getJsonArray("reasons").getString(0).startsWith("Heldagsbegivenhed"), preview.body());
        assertTrue(skipped.get(1).getJsonArray("reasons").getString(0).contains("12 timer"), preview.body());
        assertEquals(before, meetingsIn2027());
    }

    private long initiativeId() {
        return Long.parseLong(importQuery.replaceAll(".*initiativeIds=(\\d+).*", "$1"));
    }

    /** The Outlook file imported for the initiative, inviting only the attendees who are staff. */
    private Http.Response importOutlookFile() {
        return coordinator.postBytes("/api/meetings/import?initiativeIds=" + initiativeId(), "text/calendar",
                outlookFile().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void anImportCreatesTheImportableEventsInvitingTheAttendeesWhoAreStaffAndListsTheSkipped() {
        Http.Response imported = importOutlookFile();

        assertEquals(201, imported.status(), imported.body());
        assertEquals(2, imported.json().getJsonArray("skipped").size(), imported.body());
        long id = imported.json().getJsonArray("ids").getJsonNumber(0).longValue();
        JsonObject series = coordinator.get("/api/meetings/" + id).json();
        assertEquals(1, series.getInt("invited"), series.toString());
        assertEquals(53, series.getJsonArray("occurrences").size(), series.toString());
    }

    @Test
    void aSeriesWithoutEndStaysWithoutEndInItsDownloadAndItsFollowingPartAfterASplit() {
        Http.Response imported = importOutlookFile();
        assertEquals(201, imported.status(), imported.body());
        long id = imported.json().getJsonArray("ids").getJsonNumber(0).longValue();
        assertEquals("FREQ=WEEKLY;BYDAY=MO", coordinator.get("/api/meetings/" + id).json().getString("rrule"));
        String download = coordinator.get("/api/meetings/" + id + ".ics").body();
        assertTrue(download.contains("RRULE:FREQ=WEEKLY;BYDAY=MO\r\n"), download);

        Http.Response split = splitAt(id, "2027-09-06T09:00", "2027-09-06T13:00", "2027-09-06T14:00");

        assertEquals(201, split.status(), split.body());
        JsonObject earlier = coordinator.get("/api/meetings/" + id).json();
        assertEquals("FREQ=WEEKLY;BYDAY=MO;COUNT=13", earlier.getString("rrule"), "7 June to 30 August");
        assertEquals(13, earlier.getJsonArray("occurrences").size());
        JsonObject following = coordinator.get("/api/meetings/" + split.json().getJsonNumber("id").longValue()).json();
        assertEquals("FREQ=WEEKLY;BYDAY=MO", following.getString("rrule"));
        assertEquals(53, following.getJsonArray("occurrences").size(),
                "a year from its first meeting (later than today): 6 September 2027 to 4 September 2028");
    }

    @Test
    void extraDatesBecomeMeetingsOfTheSeriesThatCanBeCancelledAndFollowItWhenItIsSplit() {
        String file = """
                BEGIN:VCALENDAR\r
                VERSION:2.0\r
                PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
                BEGIN:VEVENT\r
                UID:rdate@test\r
                DTSTART;TZID=Europe/Copenhagen:20270503T140000\r
                DTEND;TZID=Europe/Copenhagen:20270503T150000\r
                RRULE:FREQ=WEEKLY;COUNT=3\r
                RDATE;TZID=Europe/Copenhagen:20270508T100000,20270522T100000\r
                SUMMARY:Netværk med ekstra datoer\r
                END:VEVENT\r
                END:VCALENDAR\r
                """;
        Http.Response imported = coordinator.postBytes(importQuery, "text/calendar", file.getBytes(StandardCharsets.UTF_8));
        assertEquals(201, imported.status(), imported.body());
        long id = imported.json().getJsonArray("ids").getJsonNumber(0).longValue();
        assertEquals(List.of("2027-05-03T14:00", "2027-05-08T10:00", "2027-05-10T14:00", "2027-05-17T14:00",
                "2027-05-22T10:00"), starts(id));
        assertTrue(coordinator.get("/api/meetings/" + id + ".ics").body()
                .contains("RDATE;TZID=Europe/Copenhagen:20270508T100000"));

        assertEquals(204, coordinator.delete("/api/meetings/" + id + "/occurrences/2027-05-08T10:00?version="
                + version(id)).status());
        Http.Response split = splitAt(id, "2027-05-10T14:00", "2027-05-10T15:00", "2027-05-10T16:00");

        assertEquals(201, split.status(), split.body());
        assertEquals(List.of("2027-05-03T14:00"), starts(id));
        assertEquals(List.of("2027-05-10T15:00", "2027-05-17T15:00", "2027-05-22T11:00"),
                starts(split.json().getJsonNumber("id").longValue()));
    }

    /** "This and following" from an occurrence, at a new time, keeping the rule. */
    private Http.Response splitAt(long id, String occurrence, String start, String end) {
        return coordinator.put("/api/meetings/" + id + "/occurrences/" + occurrence + "/following", "application/json",
                """
                {"title": "Ny tid", "kind": "other", "start": "%s", "end": "%s", "initiativeIds": [%d],
                 "version": %d}""".formatted(start, end, initiativeId(), version(id)));
    }

    private List<String> starts(long id) {
        return occurrences(id).stream().map(o -> o.getString("start").substring(0, 16)).toList();
    }

    private long version(long id) {
        return coordinator.get("/api/meetings/" + id).json().getJsonNumber("version").longValue();
    }

    private List<JsonObject> occurrences(long id) {
        return coordinator.get("/api/meetings/" + id).json().getJsonArray("occurrences")
                .getValuesAs(JsonObject.class);
    }
}
