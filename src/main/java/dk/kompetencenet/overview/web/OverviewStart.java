package dk.kompetencenet.overview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/** Where "Overblik" leads: coordinators to the municipality, leaders to (the first of) their institution(s). */
@Named
@RequestScoped
public class OverviewStart {

    @Inject
    private Caller caller;

    public String route() {
        if (caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR)) {
            return "/overview/municipality.xhtml?faces-redirect=true";
        }
        if (caller.hasRole(Role.LEADER) && !caller.institutionIds().isEmpty()) {
            return "/overview/institution.xhtml?faces-redirect=true&id="
                    + caller.institutionIds().stream().sorted().findFirst().orElseThrow();
        }
        throw new AccessDeniedException();
    }
}
