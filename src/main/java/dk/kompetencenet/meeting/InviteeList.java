package dk.kompetencenet.meeting;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.InstitutionService;

/**
 * Whom a meeting form's choice of invitees means (a network's current members, an institution's active staff, chosen
 * people), for a meeting and for a date poll alike. An unknown institution or person is refused by its service.
 */
@ApplicationScoped
public class InviteeList {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private EmployeeService employees;

    @Inject
    private InstitutionService institutions;

    @Inject
    private NetworkService networks;

    /** The people, each once, in the order chosen; the network, if any, already read by the caller. */
    public Set<Employee> resolve(MeetingService.Invitees invitees, Network network) {
        Set<Employee> people = new LinkedHashSet<>();
        if (network != null) {
            people.addAll(networks.currentMembers(network.getId()));
        }
        if (invitees.institutionId() != null) {
            institutions.get(invitees.institutionId());
            people.addAll(em.createQuery("select e from Employee e join e.institutions i where i.id = :id"
                    + " and e.active = true", Employee.class).setParameter("id", invitees.institutionId()).getResultList());
        }
        for (Long id : invitees.employeeIds() == null ? Set.<Long>of() : invitees.employeeIds()) {
            people.add(employees.get(id));
        }
        return people;
    }
}
