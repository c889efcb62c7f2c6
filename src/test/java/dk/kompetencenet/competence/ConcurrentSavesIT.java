package dk.kompetencenet.competence;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import javax.naming.InitialContext;
import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.persistence.Database;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.testsupport.Http;

/**
 * Saves that race each other through the API, released together by a barrier: raters of the same person and
 * competence, and answers to a round while it closes. On PostgreSQL (MVCC, READ COMMITTED) neither may fail nor lose
 * anything, as on Derby.
 */
@ExtendWith(ArquillianExtension.class)
class ConcurrentSavesIT {

    private static final String JSON = "application/json";
    private static final int RACERS = 8;

    @ArquillianResource
    private URL base;

    @Inject
    private InstitutionService institutions;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    private Http as(String user) {
        return Http.basic(base.toString(), user, PASSWORD);
    }

    private JsonObject framework(String user, String key) {
        return as(user).get("/api/frameworks").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(f -> key.equals(f.getString("key", null))).findFirst().orElseThrow();
    }

    private static List<Long> competenceIds(JsonObject framework) {
        return framework.getJsonArray("areas").getValuesAs(JsonObject.class).stream()
                .flatMap(a -> a.getJsonArray("competences").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void eightRatersOfOnePersonsCompetenceAtOnceAllSucceedAndLeaveTheProfilesCurrentLevel() throws Exception {
        Institution school = anInstitution().create(institutions);
        String supervisor = anEmployee().at(school).createWithAccount(employees, accounts, Role.SUPERVISOR);
        Employee teacher = anEmployee().at(school).create(employees);
        JsonObject digCompEdu = framework(supervisor, "digcompedu");
        long competence = competenceIds(digCompEdu).get(0);
        List<String> levels = List.of("A1", "A2", "B1", "B2", "C1", "C2");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        for (int attempt = 0; attempt < 3; attempt++) {
            int shift = attempt;
            List<Http.Response> saved = race(RACERS, i -> as(supervisor).post("/api/assessments", JSON, """
                    {"employeeId": %d, "competenceId": %d, "level": "%s", "assessedOn": "%s"}""".formatted(
                    teacher.getId(), competence, levels.get((i + shift) % levels.size()), today.minusDays(i % 2))));
            assertEquals(List.of(), saved.stream().filter(r -> r.status() != 201).map(r -> r.status() + " " + r.body())
                    .toList(), "every rater's save succeeds, attempt " + attempt);

            JsonObject latest = as(supervisor).get("/api/assessments/employees/" + teacher.getId() + "?competence="
                    + competence).jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(a -> "RATING".equals(a.getString("kind")))
                    .max(Comparator.<JsonObject, String>comparing(a -> a.getString("assessedOn"))
                            .thenComparingLong(a -> a.getJsonNumber("id").longValue())).orElseThrow();
            JsonObject standing = as(supervisor).get("/api/assessments/employees/" + teacher.getId()
                    + "/profile?framework=" + digCompEdu.getInt("id")).jsonArray().getValuesAs(JsonObject.class)
                    .stream().filter(s -> s.getJsonNumber("competenceId").longValue() == competence).findFirst()
                    .orElseThrow();
            assertEquals(latest.getString("level") + " " + latest.getString("assessedOn"),
                    standing.getString("rated") + " " + standing.getString("ratedOn"), "the profile's current level");
            assertEquals(List.of(latest.getJsonNumber("id").longValue()), longs("SELECT assessment_id FROM"
                    + " current_rating WHERE employee_id = ? AND competence_id = ?", teacher.getId(), competence),
                    "one current level, the latest rating's, attempt " + attempt);
        }
    }

    @Test
    void answersSavedWhileTheRoundClosesAreEitherInItsTallyOrRefusedWithAMessage() throws Exception {
        Institution school = anInstitution().create(institutions);
        List<String> staff = new ArrayList<>();
        for (int i = 0; i < RACERS - 1; i++) {
            staff.add(anEmployee().at(school).createWithAccount(employees, accounts, Role.EMPLOYEE));
        }
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        JsonObject evaluation = framework(coordinator, "evaluering");
        List<Long> all = competenceIds(evaluation);
        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        for (int attempt = 0; attempt < 3; attempt++) {
            int round = as(coordinator).post("/api/rounds", JSON, """
                    {"name": "Kapløb %d", "frameworkId": %d, "institutionIds": [%d], "opensOn": "%s",
                     "closesOn": "2030-12-31"}""".formatted(attempt, evaluation.getInt("id"), school.getId(), today))
                    .json().getInt("id");
            String path = "/api/rounds/" + round;
            int version = as(coordinator).get(path).json().getInt("version");
            long pause = 20L * attempt;
            List<List<Http.Response>> outcomes = race(RACERS, i -> {
                if (i == RACERS - 1) {
                    sleep(pause);
                    return List.of(as(coordinator).post(path + "/close?version=" + version, JSON, ""));
                }
                List<Http.Response> answers = new ArrayList<>();
                for (Long competence : all) {
                    Http.Response answer = as(staff.get(i)).put(path + "/answers", JSON,
                            "{\"competenceId\": %d, \"level\": \"2\"}".formatted(competence));
                    answers.add(answer);
                    if (answer.status() != 204) {
                        break;
                    }
                }
                return answers;
            });
            assertEquals(204, outcomes.get(RACERS - 1).get(0).status(), "the round closes");
            List<Http.Response> answers = outcomes.subList(0, RACERS - 1).stream().flatMap(List::stream).toList();
            List<Http.Response> refused = answers.stream().filter(a -> a.status() != 204).toList();
            assertTrue(refused.stream().allMatch(a -> a.status() == 400
                    && a.body().contains("Runden er ikke åben")), "refusals say why: " + refused);
            long acknowledged = answers.size() - refused.size();
            assertEquals(acknowledged, longs("SELECT COUNT(*) FROM round_answer WHERE round_id = ?", round).get(0),
                    "every acknowledged answer is kept, attempt " + attempt);
            assertEquals(acknowledged, longs("SELECT COALESCE(SUM(answers), 0) FROM round_tally WHERE round_id = ?"
                    + " AND scope_id = ?", round, school.getId()).get(0), "every acknowledged answer is in the tally,"
                    + " attempt " + attempt + ", " + refused.size() + " refused");
        }
    }

    /** Runs n tasks on n threads, released together; each must finish within two minutes. */
    private static <T> List<T> race(int n, IntFunction<T> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<Future<T>> running = IntStream.range(0, n).mapToObj(i -> threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return task.apply(i);
            })).toList();
            List<T> results = new ArrayList<>();
            for (Future<T> result : running) {
                results.add(result.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Long> longs(String sql, Object... parameters) throws Exception {
        DataSource dataSource = InitialContext.doLookup(Database.JNDI_NAME);
        try (Connection c = dataSource.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            List<Long> values = new ArrayList<>();
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    values.add(r.getLong(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
