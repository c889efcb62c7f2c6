package dk.kompetencenet.meeting;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.testsupport.Http;

/** What a network shows of its members depends on who asks: those who run it see all, others the current names. */
@ExtendWith(ArquillianExtension.class)
class NetworkMembersIT {

    @ArquillianResource
    private URL base;

    @Inject
    private NetworkService networks;

    @Inject
    private EmployeeService employees;

    @Inject
    private AccountService accounts;

    @Test
    void anEmployeeSeesTheCurrentMembersNamesOnlyWhileACoordinatorSeesAddressesAndHistory() {
        Network network = SystemAccess.call(() -> networks.create(new Network(null, unique("Netværk om robotter"),
                InitiativeSector.SKOLE, null), Set.of()));
        Employee stays = anEmployee().create(employees);
        Employee left = anEmployee().create(employees);
        SystemAccess.run(() -> {
            networks.addMember(network.getId(), stays.getId());
            networks.addMember(network.getId(), left.getId());
            networks.removeMember(network.getId(), left.getId());
        });
        String employee = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        String coordinator = anEmployee().createWithAccount(employees, accounts, Role.COORDINATOR);

        List<JsonObject> seenByEmployee = members(employee, network);
        List<JsonObject> seenByCoordinator = members(coordinator, network);

        assertEquals(List.of(stays.getFullName()), seenByEmployee.stream().map(m -> m.getString("name")).toList());
        assertFalse(seenByEmployee.get(0).containsKey("email"), seenByEmployee.toString());
        assertFalse(seenByEmployee.get(0).containsKey("joinedOn"), seenByEmployee.toString());
        assertEquals(2, seenByCoordinator.size());
        assertTrue(seenByCoordinator.stream().allMatch(m -> m.containsKey("email") && m.containsKey("joinedOn")));
        assertTrue(seenByCoordinator.stream().anyMatch(m -> m.containsKey("leftOn")));

        String page = Http.loggedIn(base.toString(), employee, PASSWORD).get("/meeting/network.xhtml?id="
                + network.getId()).body();
        assertTrue(page.contains(stays.getLastName()), page);
        assertFalse(page.contains(stays.getEmail()) || page.contains(left.getLastName()), page);
    }

    @Test
    void aNetworkNamedWithAControlCharacterIsRefusedAndNotStored() {
        String name = unique("Netværk\u0007om");
        Exception refused = assertThrows(Exception.class, () -> SystemAccess.run(() -> networks.create(
                new Network(null, name, InitiativeSector.SKOLE, null), Set.of())));
        InvalidInputException invalid = null;
        for (Throwable c = refused; c != null && invalid == null; c = c.getCause()) {
            invalid = c instanceof InvalidInputException i ? i : null;
        }
        assertEquals("name", invalid == null ? refused.toString() : invalid.problems().get(0).field());
        assertTrue(networks.list().stream().noneMatch(r -> r.name().equals(name)));
    }

    private List<JsonObject> members(String login, Network network) {
        Http.Response answer = Http.basic(base.toString(), login, PASSWORD).get("/api/networks/" + network.getId());
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonArray("members").getValuesAs(JsonObject.class);
    }
}
