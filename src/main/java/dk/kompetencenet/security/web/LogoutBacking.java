package dk.kompetencenet.security.web;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import dk.kompetencenet.security.oidc.OidcProvider;

/**
 * Ends the session and returns to the login page; a session that single sign-on began ends at the provider too, which
 * then sends the browser back to the login page.
 */
@Named
@RequestScoped
public class LogoutBacking {

    @Inject
    private OidcProvider provider;

    public String logout() throws ServletException, IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        Optional<URI> atProvider = provider.logoutAfterwards(request);
        request.logout();
        external.invalidateSession();
        if (atProvider.isPresent()) {
            external.redirect(atProvider.get().toString());
            FacesContext.getCurrentInstance().responseComplete();
            return null;
        }
        return "/login.xhtml?faces-redirect=true";
    }
}
