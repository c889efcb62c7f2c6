package dk.kompetencenet.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;

/**
 * A network of supervisors (or others) run by coordinators, serving one or more initiatives. Membership keeps its
 * history: who was a member from when to when.
 */
@Entity
@Table(name = "network")
@NamedQuery(name = "Network.bySeedKey", query = "select n from Network n where n.seedKey = :key")
public class Network extends VersionedEntity {

    @Column(name = "seed_key", length = 100)
    private String seedKey;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeSector sector;

    @Column(length = 4000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(name = "network_coordinator", joinColumns = @JoinColumn(name = "network_id"),
            inverseJoinColumns = @JoinColumn(name = "employee_id"))
    private Set<Employee> coordinators = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "network_initiative", joinColumns = @JoinColumn(name = "network_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    @OneToMany(mappedBy = "network", cascade = CascadeType.ALL)
    private List<NetworkMembership> memberships = new ArrayList<>();

    protected Network() {
    }

    public Network(String seedKey, String name, InitiativeSector sector, String description) {
        this.seedKey = seedKey;
        describe(name, sector, description);
    }

    public final void describe(String name, InitiativeSector sector, String description) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(Problem.inField("name", "network.error.nameRequired"));
        }
        if (sector == null) {
            throw new InvalidInputException(Problem.inField("sector", "network.error.sectorRequired"));
        }
        this.name = name.strip();
        this.sector = sector;
        this.description = description == null || description.isBlank() ? null : description.strip();
    }

    public void serve(Set<Initiative> served) {
        initiatives.clear();
        initiatives.addAll(served);
    }

    public void coordinatedBy(Set<Employee> people) {
        coordinators.clear();
        coordinators.addAll(people);
    }

    /** Adds a member from a date; a current member is left as they are. */
    public Optional<NetworkMembership> join(Employee employee, LocalDate from) {
        if (currentMembership(employee).isPresent()) {
            return Optional.empty();
        }
        NetworkMembership membership = new NetworkMembership(this, employee, from);
        memberships.add(membership);
        return Optional.of(membership);
    }

    /** Ends a current membership on a date; the membership stays in the history. */
    public boolean leave(Employee employee, LocalDate on) {
        return currentMembership(employee).map(m -> {
            m.end(on);
            return true;
        }).orElse(false);
    }

    private Optional<NetworkMembership> currentMembership(Employee employee) {
        return memberships.stream().filter(m -> m.getEmployee().equals(employee) && m.isCurrent()).findFirst();
    }

    public String getSeedKey() {
        return seedKey;
    }

    public String getName() {
        return name;
    }

    public InitiativeSector getSector() {
        return sector;
    }

    public String getDescription() {
        return description;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Employee> getCoordinators() {
        return Collections.unmodifiableSet(coordinators);
    }

    public Set<Initiative> getInitiatives() {
        return Collections.unmodifiableSet(initiatives);
    }

    public List<NetworkMembership> getMemberships() {
        return Collections.unmodifiableList(memberships);
    }
}
