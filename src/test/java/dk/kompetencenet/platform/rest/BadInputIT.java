package dk.kompetencenet.platform.rest;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;

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
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;

/**
 * The bad input of issue 13's 482-case run, each answered with a 400 naming the field or parameter in the caller's
 * language, and nothing stored: wrong JSON kinds, malformed JSON, bad query numbers, control characters and dates in
 * year 1 or 9999.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private Institution school;
    private String leader;

    @BeforeEach
    void aSchoolWithALeader() {
        school = anInstitution().named(Builders.unique("Inputskolen")).create(institutions);
        leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
    }

    private Http api() {
        return Http.basic(base.toString(), leader, PASSWORD);
    }

    private String experiments() {
        return "/api/institutions/" + school.getId() + "/experiments";
    }

    private String experiment(String what, String startedOn, String shared) {
        return """
                {"what": "%s", "who": "4.B", "ageGroup": "GRADE_4_6", "startedOn": "%s", "shared": %s}"""
                .formatted(what, startedOn, shared);
    }

    private static JsonObject error(Http.Response answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .filter(e -> field.equals(e.getString("field", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no error for " + field + ": " + answer.body()));
    }

    private long logged() {
        return api().get(experiments()).json().getJsonNumber("count").longValue();
    }

    @Test
    void aValueOfTheWrongKindIsRefusedNamingItsFieldAndLineInsteadOfConverted() {
        String today = LocalDate.now().toString();
        Http.Response yes = api().post(experiments(), JSON, experiment("Robotter", today, "\"ja\""));
        JsonObject shared = error(yes, "shared");
        assertTrue(shared.getString("message").contains("true eller false"), yes.body());
        assertTrue(shared.getString("message").contains("linje 1, kolonne"), yes.body());

        Http.Response english = api().acceptLanguage("en").post("/api/institutions/" + school.getId() + "/equipment",
                JSON, "{\"what\": \"iPads\", \"quantity\": \"5\", \"requestedOn\": \"" + today + "\"}");
        assertTrue(error(english, "quantity").getString("message").contains("a whole number"), english.body());
        Http.Response number = api().post(experiments(), JSON, experiment("Robotter", today, "1"));
        error(number, "shared");
        Http.Response text = api().post(experiments(), JSON, "{\"what\": 42, \"who\": \"4.B\"}");
        error(text, "what");
        assertEquals(0, logged(), "nothing stored");
    }

    @Test
    void malformedJsonIsNamedByLineAndColumn() {
        Http.Response broken = api().post(experiments(), JSON, "{\"what\": \"Robotter\",\n \"who\": }");
        assertEquals(400, broken.status(), broken.body());
        assertTrue(broken.json().getString("message").contains("Oplysningerne"), broken.body());
        String message = broken.json().getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains("linje 2, kolonne"), broken.body());
        assertEquals(2, broken.json().getJsonArray("errors").getJsonObject(0).getInt("line"));
    }

    @Test
    void badQueryNumbersAreA400NamingTheParameter() {
        error(api().get("/api/experiments?first=abc"), "first");
        error(api().get("/api/experiments?max=-1"), "max");
        error(api().get("/api/experiments?first=-1"), "first");
        error(api().get("/api/experiments?shared=ja"), "shared");
        error(api().get("/api/employees?max=99999999999"), "max");
        assertEquals(200, api().get("/api/experiments?shared=true&first=0&max=10").status());
    }

    @Test
    void controlCharactersAndLongTextAreRefusedNamingTheField() {
        String today = LocalDate.now().toString();
        error(api().post(experiments(), JSON, experiment("Robot\\u0000ter", today, "true")), "what");
        error(api().post(experiments(), JSON, experiment("Robot\\u001bter", today, "true")), "what");
        error(api().post(experiments(), JSON, experiment("x".repeat(10_000), today, "true")), "what");
        assertEquals(0, logged(), "nothing stored");
    }

    @Test
    void anEntityChangedToHoldAControlCharacterIsRefusedAtItsSaveWhicheverWayItCame() {
        String name = school.getName();
        Throwable refused = assertThrows(Exception.class, () -> SystemAccess.run(() -> institutions.update(
                school.getId(), school.getVersion(), "Input\u0007skolen", school.getType(), null, school.getAddress())));
        assertNotNull(cause(refused), "refused as invalid input: " + refused);
        assertEquals("name", cause(refused).problems().get(0).field());
        assertEquals(name, SystemAccess.call(() -> institutions.get(school.getId()).getName()));
    }

    @Test
    void datesInYearOneOr9999AreRefusedNamingTheField() {
        error(api().post(experiments(), JSON, experiment("Robotter", "0001-01-01", "true")), "startedOn");
        error(api().post(experiments(), JSON, experiment("Robotter", "9999-12-31", "true")), "startedOn");
        Http.Response equipment = api().post("/api/institutions/" + school.getId() + "/equipment", JSON,
                "{\"what\": \"iPads\", \"quantity\": 5, \"requestedOn\": \"0001-01-01\"}");
        assertTrue(error(equipment, "requestedOn").getString("message").contains("2000"), equipment.body());
        assertEquals(0, logged(), "nothing stored");
        assertEquals(0, api().get("/api/institutions/" + school.getId() + "/equipment").json()
                .getJsonNumber("count").longValue());
    }

    private static InvalidInputException cause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

}
