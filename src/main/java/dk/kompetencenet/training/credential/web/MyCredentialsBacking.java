package dk.kompetencenet.training.credential.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.training.credential.Credential;
import dk.kompetencenet.training.credential.Credentials;
import dk.kompetencenet.training.credential.OpenBadge;

/** The person's own credentials on their profile: status, and the certificate, badge and verification link. */
@Named
@RequestScoped
public class MyCredentialsBacking {

    @Inject
    private Credentials credentials;

    @Inject
    private OpenBadge badges;

    private List<Credential> list;

    public List<Credential> getList() {
        if (list == null) {
            list = credentials.mine();
        }
        return list;
    }

    public Credential.Status status(Credential credential) {
        return credential.statusOn(Credentials.today());
    }

    public String verifyUrl(Credential credential) {
        return badges.verifyUrl(credential);
    }
}
