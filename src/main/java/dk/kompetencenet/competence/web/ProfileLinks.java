package dk.kompetencenet.competence.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.competence.CompetenceService;
import dk.kompetencenet.platform.security.Caller;

/** Whether to show links to competence profiles: one's own in the menu, a colleague's on the employee page. */
@Named
@RequestScoped
public class ProfileLinks {

    @Inject
    private Caller caller;

    @Inject
    private CompetenceService competences;

    /** The caller is an employee and so has a profile of their own. */
    public boolean isOwnProfile() {
        return caller.employeeId().isPresent();
    }

    /** The caller may open this person's profile. */
    public boolean mayOpen(Long employeeId) {
        return employeeId != null && competences.mayRead(employeeId);
    }
}
