package dk.kompetencenet.security;

import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dk.kompetencenet.platform.persistence.DatabaseReady;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * Makes sure somebody can log in: creates the administrator "admin" when no administrator exists, with the configured
 * password or, where none is configured, a random one written once to the log.
 */
@ApplicationScoped
public class AdministratorBootstrap {

    public static final String ADMIN_USERNAME = "admin";
    private static final Logger LOG = Logger.getLogger(AdministratorBootstrap.class.getName());

    @Inject
    private AccountService accounts;

    @Inject
    @ConfigProperty(name = "kompetencenet.admin.password")
    private Optional<String> configuredPassword;

    @ActivateRequestContext
    void createFirstAdministrator(@Observes @Priority(DatabaseReady.SEED_ACCOUNTS) DatabaseReady ready) {
        SystemAccess.run(() -> {
            if (accounts.anyWithRole(Role.ADMIN) || accounts.find(ADMIN_USERNAME).isPresent()) {
                return;
            }
            String password = configuredPassword.filter(p -> !p.isBlank()).orElse(null);
            boolean generated = password == null;
            if (generated) {
                password = Passwords.random();
            }
            accounts.createInitialAdministrator(ADMIN_USERNAME, password.toCharArray());
            if (generated) {
                String shown = password;
                LOG.warning(() -> "Created administrator '" + ADMIN_USERNAME + "' with generated password: " + shown
                        + "  (shown once; set kompetencenet.admin.password / KOMPETENCENET_ADMIN_PASSWORD to choose one)");
            } else {
                LOG.info(() -> "Created administrator '" + ADMIN_USERNAME + "' with the configured password");
            }
        });
    }
}
