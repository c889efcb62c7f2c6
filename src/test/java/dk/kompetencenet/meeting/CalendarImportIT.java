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

    private long version(long id) {
        return coordinator.get("/api/meetings/" + id).json().getJsonNumber("version").longValue();
    }

    private List<JsonObject> occurrences(long id) {
        return coordinator.get("/api/meetings/" + id).json().getJsonArray("occurrences")
                .getValuesAs(JsonObject.class);
    }
}
