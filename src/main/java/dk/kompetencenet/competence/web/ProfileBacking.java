package dk.kompetencenet.competence.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.competence.Framework;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.Caller;

/** A person's competence profile in a framework: current rating, own assessment, target and gap per competence. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CompetenceService competences;

    @Inject
    private EmployeeService employees;

    @Inject
    private Caller caller;

    private Long employee;
    private Long framework;
    private Employee person;
    private List<Framework> frameworks;
    private List<CompetenceService.Standing> standings = List.of();

    public void load() {
        if (employee == null) {
            employee = caller.employeeId().orElseThrow(NotFoundException::new);
        }
        frameworks = competences.frameworks();
        if (framework == null && !frameworks.isEmpty()) {
            framework = frameworks.get(0).getId();
        }
        standings = competences.profile(employee, framework);
        person = employees.get(employee);
    }

    public Employee getPerson() {
        return person;
    }

    public List<Framework> getFrameworks() {
        return frameworks;
    }

    public List<CompetenceService.Standing> getStandings() {
        return standings;
    }

    public Long getEmployee() {
        return employee;
    }

    public void setEmployee(Long employee) {
        this.employee = employee;
    }

    public Long getFramework() {
        return framework;
    }

    public void setFramework(Long framework) {
        this.framework = framework;
    }
}
