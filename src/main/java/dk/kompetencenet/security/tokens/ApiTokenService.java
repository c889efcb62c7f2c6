package dk.kompetencenet.security.tokens;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.NotFoundException;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.i18n.Zones;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.security.UserAccount;

/**
 * API tokens: made and revoked by the person for their own account, or by an administrator for any (a service
 * account's, for an integration). A token expires on the day chosen, by default in {@value #DEFAULT_DAYS} days and at
 * most {@value #MAX_DAYS} days ahead; its secret is returned once and never kept. Both are written to the audit log.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AccountService accounts;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** A new token and its secret, which is shown to the person this once. */
    public record Issued(ApiToken token, String secret) {
    }

    /**
     * Makes a token for an account (null: the caller's own), valid through {@code expiresOn} (null: in
     * {@value #DEFAULT_DAYS} days).
     */
    public Issued create(Long accountId, String label, TokenScope scope, LocalDate expiresOn) {
        UserAccount account = account(accountId);
        LocalDate today = today();
        LocalDate last = expiresOn == null ? defaultExpiry(today) : expiresOn;
        String kept = Text.optional(label);
        List<Problem> problems = new ArrayList<>();
        if (kept == null) {
            problems.add(Problem.inField("label", "token.error.labelRequired"));
        }
        Text.checkLine(problems, "label", kept, ApiToken.MAX_LABEL_LENGTH);
        if (scope == null) {
            problems.add(Problem.inField("scope", "token.error.scopeRequired"));
        }
        if (!last.isAfter(today) || last.isAfter(today.plusDays(MAX_DAYS))) {
            problems.add(Problem.inField("expiresOn", "token.error.expiry", MAX_DAYS));
        }
        if (!account.isActive()) {
            problems.add(Problem.inField("account", "token.error.inactiveAccount"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String secret = TokenSecret.generate();
        ApiToken token = new ApiToken(account, kept, scope, secret,
                last.plusDays(1).atStartOfDay(Zones.COPENHAGEN).toInstant(), caller.name(), clock.instant());
        em.persist(token);
        em.flush();
        audit.recordAbout(employeeOf(account), "CREATE", token, "account=" + account.getUsername() + ", label=" + kept + ", scope=" + scope
                + ", expires=" + last);
        return new Issued(token, secret);
    }

    /** The account's tokens, newest first, revoked and expired ones too (null: the caller's own). */
    public List<ApiToken> ofAccount(Long accountId) {
        return em.createNamedQuery("ApiToken.ofAccount", ApiToken.class)
                .setParameter("account", account(accountId).getId()).getResultList();
    }

    /** Ends a token at once, on every node. */
    public void revoke(Long tokenId, long version) {
        ApiToken token = Optional.ofNullable(em.find(ApiToken.class, tokenId)).orElseThrow(NotFoundException::new);
        requireOwnerOrAdministrator(token.getAccount());
        token.requireVersion(version);
        token.revoke(caller.name(), clock.instant());
        em.flush();
        audit.recordAbout(employeeOf(token.getAccount()), "REVOKE", token, "account=" + token.getAccount().getUsername() + ", label=" + token.getLabel());
    }

    /** The employee the token's account belongs to, whom its audit entries are about (none for the administrator). */
    private static Long employeeOf(UserAccount account) {
        return account.getEmployee() == null ? null : account.getEmployee().getId();
    }

    /** The expiry offered when none is chosen. */
    public static LocalDate defaultExpiry(LocalDate today) {
        return today.plusDays(DEFAULT_DAYS);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.COPENHAGEN));
    }

    private UserAccount account(Long accountId) {
        if (accountId == null || !caller.hasRole(Role.ADMIN)) {
            UserAccount own = accounts.find(caller.name()).orElseThrow(AccessDeniedException::new);
            if (accountId != null && !accountId.equals(own.getId())) {
                throw new AccessDeniedException();
            }
            return own;
        }
        return Optional.ofNullable(em.find(UserAccount.class, accountId)).orElseThrow(NotFoundException::new);
    }

    private void requireOwnerOrAdministrator(UserAccount account) {
        if (!caller.hasRole(Role.ADMIN) && !account.getUsername().equals(caller.name())) {
            throw new AccessDeniedException();
        }
    }
}
