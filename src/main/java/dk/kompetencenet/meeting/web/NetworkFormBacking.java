package dk.kompetencenet.meeting.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.meeting.NetworkService;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.strategy.Initiative;
import dk.kompetencenet.strategy.InitiativeSector;
import dk.kompetencenet.strategy.StrategyService;

/** Creates or edits a network: name, sector, description, the initiatives it serves and who coordinates it. */
@Named
@ViewScoped
public class NetworkFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private NetworkService networks;

    @Inject
    private StrategyService strategies;

    @Inject
    private Caller caller;

    private Long id;
    private long version;
    private String name;
    private InitiativeSector sector;
    private String description;
    private List<Long> initiativeIds = new ArrayList<>();
    private List<Employee> coordinators = new ArrayList<>();
    private List<Initiative> initiativeChoices;

    public void load() {
        initiativeChoices = strategies.current().map(s -> s.getFocusAreas().stream()
                .flatMap(f -> f.getInitiatives().stream()).toList()).orElse(List.of());
        if (id == null) {
            caller.requireAnyRole(Role.ADMIN, Role.COORDINATOR);
            return;
        }
        Network network = networks.get(id);
        if (!networks.canRun(network)) {
            throw new AccessDeniedException();
        }
        version = network.getVersion();
        name = network.getName();
        sector = network.getSector();
        description = network.getDescription();
        initiativeIds = new ArrayList<>(network.getInitiatives().stream().map(Initiative::getId).toList());
        coordinators = new ArrayList<>(network.getCoordinators());
    }

    public String save() {
        var served = new HashSet<>(initiativeIds);
        var coordinatorIds = isCoordinatorsEditable()
                ? new HashSet<>(coordinators.stream().map(Employee::getId).toList()) : null;
        if (id == null) {
            Network created = networks.create(new Network(null, name, sector, description), served);
            id = created.getId();
            networks.update(id, created.getVersion(), name, sector, description, served, coordinatorIds);
        } else {
            networks.update(id, version, name, sector, description, served, coordinatorIds);
        }
        Messages.info("network.saved");
        return "/meeting/network.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isCoordinatorsEditable() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    public InitiativeSector[] getSectors() {
        return InitiativeSector.values();
    }

    public List<Initiative> getInitiativeChoices() {
        return initiativeChoices;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public InitiativeSector getSector() {
        return sector;
    }

    public void setSector(InitiativeSector sector) {
        this.sector = sector;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getInitiativeIds() {
        return initiativeIds;
    }

    public void setInitiativeIds(List<Long> initiativeIds) {
        this.initiativeIds = initiativeIds;
    }

    public List<Employee> getCoordinators() {
        return coordinators;
    }

    public void setCoordinators(List<Employee> coordinators) {
        this.coordinators = coordinators;
    }
}
