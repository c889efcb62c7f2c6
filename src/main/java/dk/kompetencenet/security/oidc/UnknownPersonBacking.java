package dk.kompetencenet.security.oidc;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** The page for a person the provider signed in whom no employee record matches: which address it gave. */
@Named("singleSignOnUnknown")
@RequestScoped
public class UnknownPersonBacking {

    public String getAddress() {
        Object address = FacesContext.getCurrentInstance().getExternalContext().getSessionMap()
                .get(SingleSignOnServlet.UNKNOWN);
        return address instanceof String text ? text : null;
    }
}
