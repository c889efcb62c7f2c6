package dk.kompetencenet.meeting;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.organisation.JobRole;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.testsupport.Builders.EmployeeBuilder;
import dk.kompetencenet.testsupport.Http;
import dk.kompetencenet.testsupport.Poll;

/**
 * A feed's copy follows commits, not writes: a change that reaches the database only in the commit itself still makes
 * the copy stale, a rollback does not, and so does renaming the organiser whose name the feed shows.
 */
@ExtendWith(ArquillianExtension.class)
class FeedCommitIT {

    @ArquillianResource
    private URL base;

    @Inject
    private FeedCache cache;

    @Inject
    private FeedService feeds;

    @Inject
    private NetworkService networks;

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

    @Resource
    private UserTransaction transaction;

    private Institution school;
    private Long initiativeId;
    private Network network;

    @BeforeEach
    void aNetworkWithAMember() {
        school = anInstitution().create(institutions);
        initiativeId = strategies.current().orElseThrow().getFocusAreas().get(0).getInitiatives().get(8).getId();
        network = SystemAccess.call(() -> networks.create(new Network(null, unique("Netværk"), InitiativeSector.SKOLE,
                null), Set.of(initiativeId)));
        Employee member = anEmployee().at(school).create(employees);
        SystemAccess.run(() -> networks.addMember(network.getId(), member.getId()));
    }

    @Test
    void aChangeWrittenOnlyByTheCommitMakesTheCopyStaleAndARollbackDoesNot() throws Exception {
        Poll before = poll();
        long renders = cache.renders();

        transaction.begin();
        em.find(Network.class, network.getId()).describe(unique("Rullet tilbage"), InitiativeSector.SKOLE, null);
        em.flush(); // written, then undone
        transaction.rollback();
        assertEquals(before.etag(), poll().etag());
        assertEquals(renders, cache.renders(), "a rollback leaves the copy");

        String name = unique("Skrevet ved commit");
        transaction.begin();
        em.find(Network.class, network.getId()).describe(name, InitiativeSector.SKOLE, null);
        transaction.commit(); // no flush before it: the row is written while the transaction commits
        Poll after = poll();
        assertNotEquals(before.etag(), after.etag());
        assertTrue(after.body().contains(name), after.body());
    }

    @Test
    void renamingTheOrganiserChangesTheFeedThatShowsTheirName() {
        EmployeeBuilder organiser = anEmployee().at(school);
        String login = organiser.createWithAccount(employees, accounts, Role.COORDINATOR);
        Employee person = SystemAccess.call(() -> employees.findByEmail(organiser.email()).orElseThrow());
        String day = LocalDate.now(Zones.COPENHAGEN).plusDays(10).toString();
        assertEquals(201, Http.basic(base.toString(), login, PASSWORD).post("/api/meetings", "application/json", """
                {"title": "Netværksmøde", "kind": "network_meeting", "start": "%sT09:00", "end": "%sT10:00",
                 "initiativeIds": [%d], "networkId": %d}""".formatted(day, day, initiativeId, network.getId()))
                .status());
        Poll before = poll();
        assertFalse(before.body().contains("Omdøbt Arrangør"), before.body());

        SystemAccess.run(() -> employees.update(person.getId(), employees.get(person.getId()).getVersion(),
                new EmployeeService.Details("Omdøbt", "Arrangør", organiser.email(), JobRole.LAERER,
                        Set.of(school.getId()))));

        Poll after = poll();
        assertNotEquals(before.etag(), after.etag());
        assertTrue(after.body().contains("ORGANIZER;CN=\"Omdøbt Arrangør\""), after.body());
    }

    private Poll poll() {
        String token = SystemAccess.call(() -> feeds.networkToken(network.getId()));
        Poll poll = Poll.get(base.toString().replaceAll("/$", "") + "/api/feeds/" + token + ".ics", null, null);
        assertEquals(200, poll.status(), poll.body());
        return poll;
    }
}
