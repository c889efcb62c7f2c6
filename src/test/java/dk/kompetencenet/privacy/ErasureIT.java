package dk.kompetencenet.privacy;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Builders;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.PersonalRecords;

/**
 * Erasure of someone who left: refused with the date before the retention period has passed; afterwards their name,
 * e-mail and user name are in no text column of any table, while a closed round's figures and the overviews stay.
 */
@ExtendWith(ArquillianExtension.class)
class ErasureIT {

    private static final String JSON = "application/json";
    private static final Set<Integer> TEXT = Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB,
            Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR, Types.NCLOB);

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

    @Resource(lookup = Database.JNDI_NAME)
    private DataSource dataSource;

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    @Test
    void someoneWhoLeftIsErasedAfterTheRetentionPeriodLeavingNoNameAndTheFiguresAsTheyWere() throws Exception {
        Institution school = anInstitution().create(institutions);
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        String leader = anEmployee().at(school).createWithAccount(employees, accounts, Role.LEADER);
        String lastName = Builders.unique("Glemmesen");
        Builders.EmployeeBuilder leaving = anEmployee().at(school).named("Sigrid", lastName);
        String username = leaving.createWithAccount(employees, accounts, Role.EMPLOYEE);
        Employee person = SystemAccess.call(() -> employees.findByEmail(leaving.email()).orElseThrow());
        assertEquals(200, as(username).post("/api/me/feed", JSON, "").status());
        PersonalRecords.writeAll(dataSource, person.getId(), school.getId(), username, person.getFullName());

        Framework framework = SystemAccess.call(() -> competences.framework(
                competences.bySeedKey("digcompedu").orElseThrow().getId()));
        long round = as(coordinator).post("/api/rounds", JSON, """
                {"name": "Runde %s", "frameworkId": %d, "institutionIds": [%d], "opensOn": "%s", "closesOn": "%s"}"""
                .formatted(school.getName(), framework.getId(), school.getId(), LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(30))).json().getJsonNumber("id").longValue();
        List<String> answering = new ArrayList<>(List.of(username));
        for (int i = 0; i < 5; i++) {
            answering.add(anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE));
        }
        for (String who : answering) {
            Http.Response answered = as(who).put("/api/rounds/" + round + "/answers", JSON, """
                    {"competenceId": %d, "level": "B1"}""".formatted(framework.competences().get(0).getId()));
            assertTrue(answered.status() < 300, answered.body());
        }
        int roundVersion = as(coordinator).get("/api/rounds/" + round).json().getInt("version");
        assertEquals(204, as(coordinator).post("/api/rounds/" + round + "/close?version=" + roundVersion, JSON, "")
                .status());
        SystemAccess.run(() -> employees.setActive(person.getId(), person.getVersion(), false));

        String institutionBefore = roundFigures(as(leader).get("/api/overview/institutions/" + school.getId()), round);
        String municipalityBefore = roundFigures(as(coordinator).get("/api/overview/municipality"), round);
        long version = as(coordinator).get("/api/employees/" + person.getId()).json().getJsonNumber("version")
                .longValue();

        Http.Response early = as(coordinator).post("/api/erasures/" + person.getId() + "?version=" + version, JSON, "");
        assertEquals(400, early.status(), early.body());
        String year = String.valueOf(LocalDate.now().plusMonths(12).getYear());
        assertTrue(early.body().contains("tidligst slettes") && early.body().contains(year)
                && early.body().contains("12 måneder"), early.body());
        assertEquals(1, count("SELECT COUNT(*) FROM employee WHERE last_name = ?", lastName), "nothing changed");

        update("UPDATE employee SET left_on = ? WHERE id = ?", java.sql.Date.valueOf(LocalDate.now().minusMonths(13)),
                person.getId());
        Http.Response due = as(coordinator).get("/api/erasures?max=1000");
        assertTrue(due.body().contains(lastName), "on the list of people due: " + due.body());
        assertEquals(403, as(leader).post("/api/erasures/" + person.getId() + "?version=" + version, JSON, "")
                .status());

        Http.Response erased = as(coordinator).post("/api/erasures/" + person.getId() + "?version=" + version, JSON,
                "");
        assertEquals(204, erased.status(), erased.body());

        List<String> found = new ArrayList<>();
        for (String identifying : List.of(lastName, leaving.email(), username)) {
            found.addAll(columnsContaining(identifying));
        }
        assertTrue(found.isEmpty(), "the erased person's name, e-mail or user name is still in " + found);
        assertEquals(401, as(username).get("/api/me/personal-data").status(), "their account is gone");
        assertEquals(institutionBefore, roundFigures(as(leader).get("/api/overview/institutions/" + school.getId()),
                round), "the closed round's figures at the school");
        assertEquals(municipalityBefore, roundFigures(as(coordinator).get("/api/overview/municipality"), round));
        assertEquals(1, count("SELECT COUNT(*) FROM round_answer WHERE employee_id = ? AND round_id = ?",
                person.getId(), round), "the anonymous answer is kept");
        Http.Response audit = as(adminOf()).get("/api/audit?employee="
                + person.getId() + "&action=ANONYMISE");
        assertEquals("1", audit.header("X-Total-Count"), audit.body());
        long now = as(coordinator).get("/api/employees/" + person.getId()).json().getJsonNumber("version").longValue();
        Http.Response again = as(coordinator).post("/api/erasures/" + person.getId() + "?version=" + now, JSON, "");
        assertEquals(400, again.status(), again.body());
    }

    private String adminOf() {
        return anEmployee().createWithAccount(employees, accounts, Role.ADMIN);
    }

    private static String roundFigures(Http.Response overview, long round) {
        assertEquals(200, overview.status(), overview.body());
        return overview.json().getJsonArray("rounds").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getJsonNumber("roundId").longValue() == round).findFirst().orElseThrow().toString();
    }

    /** Every text column of every table of the application's schema where the text occurs, as table.column. */
    private List<String> columnsContaining(String text) throws Exception {
        List<String> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String[]> columns = new ArrayList<>();
            try (ResultSet r = meta.getColumns(null, schema, "%", "%")) {
                while (r.next()) {
                    if (TEXT.contains(r.getInt("DATA_TYPE"))) {
                        columns.add(new String[] {r.getString("TABLE_NAME"), r.getString("COLUMN_NAME")});
                    }
                }
            }
            assertTrue(columns.size() > 50, "text columns read: " + columns.size());
            for (String[] column : columns) {
                String sql = "SELECT COUNT(*) FROM \"" + column[0] + "\" WHERE LOWER(\"" + column[1] + "\") LIKE ?";
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setString(1, "%" + text.toLowerCase() + "%");
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        if (r.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }

    private long count(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private void update(String sql, Object... values) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }
}
