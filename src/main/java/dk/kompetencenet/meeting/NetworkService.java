package dk.kompetencenet.meeting;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.strategy.StrategyService;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyRevised;

/** Networks: everyone logged in reads them; administrators, coordinators and a network's own coordinators run them. */
@ApplicationScoped
@Transactional
public class NetworkService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private EmployeeService employees;

    @Inject
    private StrategyService strategies;

    @Inject
    private AuditLog audit;

    /** A network in a list, with its number of current members. */
    public record Row(Long id, String name, InitiativeSector sector, long members) implements Serializable {
    }

    /** A current or past member. */
    public record Member(Long employeeId, String name, String email, LocalDate joinedOn, LocalDate leftOn) implements Serializable {
    }

    public List<Row> list() {
        List<Network> networks = em.createQuery("select n from Network n where n.active = true order by n.name",
                Network.class).getResultList();
        Map<Long, Long> counts = em.createQuery("select m.network.id, count(m) from NetworkMembership m"
                        + " where m.leftOn is null group by m.network.id", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
        return networks.stream().map(n -> new Row(n.getId(), n.getName(), n.getSector(),
                counts.getOrDefault(n.getId(), 0L))).toList();
    }

    public Network get(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Network.class, id)).orElseThrow(NotFoundException::new);
    }

    public Optional<Network> bySeedKey(String key) {
        return em.createNamedQuery("Network.bySeedKey", Network.class).setParameter("key", key).getResultStream()
                .findFirst();
    }

    /** The current members, by name. */
    public List<Employee> currentMembers(Long networkId) {
        return em.createQuery("select m.employee from NetworkMembership m where m.network.id = :id and m.leftOn is null"
                        + " order by m.employee.lastName, m.employee.firstName", Employee.class)
                .setParameter("id", networkId).getResultList();
    }

    /**
     * The members as far as the caller needs them. Those who run the network (its coordinators, the municipality's
     * coordinators, administrators) see everyone who has been a member, with e-mail and periods; anyone else sees the
     * names of the current members only: no addresses, no history of who left when.
     */
    public List<Member> members(Long networkId) {
        boolean runner = canRun(get(networkId));
        return em.createQuery("select m from NetworkMembership m join fetch m.employee where m.network.id = :id"
                        + (runner ? "" : " and m.leftOn is null") + " order by m.joinedOn desc, m.id desc",
                        NetworkMembership.class)
                .setParameter("id", networkId).getResultStream()
                .map(m -> runner ? new Member(m.getEmployee().getId(), m.getEmployee().getFullName(),
                        m.getEmployee().getEmail(), m.getJoinedOn(), m.getLeftOn())
                        : new Member(m.getEmployee().getId(), m.getEmployee().getFullName(), null, null, null))
                .toList();
    }

    public boolean isMember(Long networkId, Long employeeId) {
        return em.createQuery("select count(m) from NetworkMembership m where m.network.id = :n"
                        + " and m.employee.id = :e and m.leftOn is null", Long.class)
                .setParameter("n", networkId).setParameter("e", employeeId).getSingleResult() > 0;
    }

    public Network create(Network network, Set<Long> initiativeIds) {
        caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
        requireUniqueName(network.getName(), null);
        network.serve(strategies.initiatives(initiativeIds));
        em.persist(network);
        em.flush();
        audit.record("CREATE", network, network.getName());
        return network;
    }

    /** When the strategy is revised with its links carried forward, networks serve the new initiatives too. */
    void carryLinksForward(@Observes StrategyRevised revised) {
        revised.linkedRecords(em, Network.class).forEach(n -> n.serve(revised.withSuccessors(n.getInitiatives())));
    }

    public Network update(Long id, long version, String name, InitiativeSector sector, String description,
                          Set<Long> initiativeIds, Set<Long> coordinatorIds) {
        Network network = get(id);
        requireRunner(network);
        network.requireVersion(version);
        requireUniqueName(name, id);
        network.describe(name, sector, description);
        network.serve(strategies.initiatives(initiativeIds));
        if (coordinatorIds != null) {
            caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
            network.coordinatedBy(coordinatorIds.stream().map(employees::get).collect(Collectors.toSet()));
        }
        em.flush();
        audit.record("UPDATE", network, network.getName());
        return network;
    }

    public void addMember(Long networkId, Long employeeId) {
        Network network = get(networkId);
        requireRunner(network);
        Employee employee = employees.get(employeeId);
        network.join(employee, LocalDate.now(Zones.COPENHAGEN)).ifPresent(m -> {
            em.flush();
            audit.recordAbout(employeeId, "JOIN", network, "employee=" + employeeId);
        });
    }

    public void removeMember(Long networkId, Long employeeId) {
        Network network = get(networkId);
        requireRunner(network);
        if (network.leave(employees.get(employeeId), LocalDate.now(Zones.COPENHAGEN))) {
            em.flush();
            audit.recordAbout(employeeId, "LEAVE", network, "employee=" + employeeId);
        }
    }

    private void requireUniqueName(String name, Long self) {
        boolean taken = em.createQuery("select n.id from Network n where lower(n.name) = :name", Long.class)
                .setParameter("name", name == null ? "" : name.strip().toLowerCase()).getResultStream()
                .anyMatch(id -> !id.equals(self));
        if (taken) {
            throw new InvalidInputException(Problem.inField("name", "network.error.nameTaken", name));
        }
    }

    /** Administrators, coordinators and the network's own coordinators. */
    public boolean canRun(Network network) {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR) || caller.employeeId()
                .filter(id -> network.getCoordinators().stream().anyMatch(c -> c.getId().equals(id))).isPresent();
    }

    void requireRunner(Network network) {
        if (!canRun(network)) {
            throw new AccessDeniedException();
        }
    }

}
