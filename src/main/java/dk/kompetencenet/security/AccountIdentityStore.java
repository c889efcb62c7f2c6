package dk.kompetencenet.security;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import dk.kompetencenet.platform.security.Role;

/**
 * Checks a user name and password against the accounts; the account's roles become the caller's groups. A locked
 * account is refused, and the request is told until when ({@link Login#LOCKED_UNTIL}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    /** The request being authenticated: told when the account is locked, for the mechanism's answer. */
    @Inject
    private HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        Login result = accounts.authenticate(login.getCaller(), login.getPassword().getValue());
        result.locked().ifPresent(until -> request.setAttribute(Login.LOCKED_UNTIL, until));
        return result.valid()
                .map(account -> new CredentialValidationResult(account.getUsername(), groups(account.getRoles())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    private static Set<String> groups(Set<Role> roles) {
        return roles.stream().map(Role::name).collect(Collectors.toSet());
    }

    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE, ValidationType.PROVIDE_GROUPS);
    }
}
