package dk.kompetencenet.meeting.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;

/** Finds people by name or e-mail for the choosers of meeting and network pages, within the caller's scope. */
@Named
@RequestScoped
public class PeopleSearch {

    static final int SUGGESTIONS = 20;

    @Inject
    private EmployeeService employees;

    public List<Employee> complete(String text) {
        return employees.search(text, SUGGESTIONS);
    }
}
