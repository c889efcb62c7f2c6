package dk.kompetencenet.meeting.web;

import jakarta.enterprise.context.Dependent;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.DomainException;

/**
 * Employees in choosers by id, read through the service, so scope applies here too. A CDI bean ({@code @Dependent}:
 * with discovery "annotated" the converter is otherwise made without its service, and a form sent with a person chosen
 * failed with a NullPointerException).
 */
@Dependent
@FacesConverter(value = "employeeConverter", managed = true)
public class EmployeeConverter implements Converter<Employee> {

    @Inject
    private EmployeeService employees;

    @Override
    public Employee getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return employees.get(Long.valueOf(value));
        } catch (NumberFormatException | DomainException e) {
            throw new ConverterException(e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Employee value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
