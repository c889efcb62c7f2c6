package dk.kompetencenet.meeting;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

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
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Http;

/**
 * Many organisers scheduling meetings on one network at once, with overlapping invitees, through the API: no request
 * ends in an unexpected error (a deadlock the database broke used to answer 500), every meeting answered 201 is stored,
 * and each one's conflict check saw every meeting saved before it.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingConcurrencyIT {

    private static final int THREADS = 8;
    private static final int POSTS = 48;

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
    private MeetingCalendar calendars;

    private record Answer(int status, String body) {
    }

    @Test
    void meetingsScheduledInParallelOnOneNetworkAreAllSavedWithTheirConflictsAndNoneFails() throws Exception {
        Institution school = anInstitution().create(institutions);
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);
        Long initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
        Network network = SystemAccess.call(() -> networks.create(
                new Network(null, unique("Netværk"), InitiativeSector.SKOLE, null), Set.of(initiativeId)));
        for (int i = 0; i < 4; i++) {
            Employee member = anEmployee().at(school).create(employees);
            SystemAccess.run(() -> networks.addMember(network.getId(), member.getId()));
        }
        List<Long> guests = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            guests.add(anEmployee().at(school).create(employees).getId());
        }
        Http api = Http.basic(base.toString(), coordinator, PASSWORD);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<Answer>> sent = new ArrayList<>();
        try {
            for (int i = 0; i < POSTS; i++) {
                String body = """
                        {"title": "Parallel %d", "kind": "network_meeting", "start": "2027-03-10T14:00",
                         "end": "2027-03-10T16:00", "initiativeIds": [%d], "networkId": %d, "employeeIds": [%d, %d]}"""
                        .formatted(i, initiativeId, network.getId(), guests.get(i % 3), guests.get((i + 1) % 3));
                sent.add(pool.submit(() -> {
                    Http.Response response = api.post("/api/meetings", "application/json", body);
                    return new Answer(response.status(), response.body());
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : sent) {
                answers.add(answer.get());
            }

            Map<Integer, Long> byStatus = answers.stream()
                    .collect(Collectors.groupingBy(Answer::status, TreeMap::new, Collectors.counting()));
            assertEquals(Map.of(201, (long) POSTS), byStatus, "statuses of the parallel posts");
            List<JsonObject> created = answers.stream()
                    .map(a -> new Http.Response(a.status(), a.body(), Map.of()).json()).toList();
            Set<Long> ids = created.stream().map(c -> c.getJsonNumber("id").longValue()).collect(Collectors.toSet());
            Set<Long> stored = SystemAccess.call(() -> calendars.networkCalendar(network.getId(),
                    LocalDateTime.parse("2027-03-10T00:00"), LocalDateTime.parse("2027-03-11T00:00"))).stream()
                    .map(MeetingCalendar.CalendarEntry::meetingId).collect(Collectors.toSet());
            assertEquals(ids, stored, "every meeting answered 201 is stored");
            assertEquals(1, created.stream().filter(c -> c.getJsonArray("warnings").isEmpty()).count(),
                    "only the first saved sees no other meeting of the same people at the same time");
        } finally {
            pool.shutdownNow();
        }
    }
}
