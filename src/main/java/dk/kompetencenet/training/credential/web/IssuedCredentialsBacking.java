package dk.kompetencenet.training.credential.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.training.credential.Credential;
import dk.kompetencenet.training.credential.Credentials;

/** Issued credentials on the supervisors' page, for coordinators and administrators, who may revoke one with a reason. */
@Named
@ViewScoped
public class IssuedCredentialsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    private Credentials credentials;

    @Inject
    private Caller caller;

    private List<Credential> list;
    private Long revoking;
    private String reason;

    public boolean isCoordinator() {
        return caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR);
    }

    public List<Credential> getList() {
        if (list == null) {
            list = isCoordinator() ? credentials.issued(0, SHOWN) : List.of();
        }
        return list;
    }

    public List<Credential> getRevocable() {
        return getList().stream().filter(c -> !c.isRevoked()).toList();
    }

    public Credential.Status status(Credential credential) {
        return credential.statusOn(Credentials.today());
    }

    /** Revokes the chosen credential, refused if somebody changed it since this page was loaded. */
    public String revoke() {
        Credential chosen = getList().stream().filter(c -> c.getId().equals(revoking)).findFirst()
                .orElseThrow(NotFoundException::new);
        credentials.revoke(chosen.getId(), chosen.getVersion(), reason);
        Messages.info("credential.revoked");
        return "/training/coverage.xhtml?faces-redirect=true";
    }

    public Long getRevoking() {
        return revoking;
    }

    public void setRevoking(Long revoking) {
        this.revoking = revoking;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
