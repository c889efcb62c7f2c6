package dk.kompetencenet.security.tokens;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.naming.InitialContext;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.audit.AuditEntry;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.security.UserAccount;
import dk.kompetencenet.testsupport.Http;

/**
 * API tokens: read and write as their scope allows, with their account's roles and institutions; revoked, expired or
 * of a deactivated account they open nothing; made on the person's own page, shown once and kept only as a hash.
 */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    private static final Pattern SECRET = Pattern.compile("kn_[A-Za-z0-9_-]{43}");

    @ArquillianResource
    private URL base;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private AccountService accounts;

    @Inject
    private EmployeeService employees;

    @Inject
    private InstitutionService institutions;

    @Inject
    private AuditLog audit;

    @PersistenceContext
    private EntityManager em;

    private UserAccount account(String username) {
        return accounts.find(username).orElseThrow();
    }

    private ApiTokenService.Issued issue(String username, TokenScope scope) {
        Long id = account(username).getId();
        return SystemAccess.call(() -> tokens.create(id, "Integration", scope, null));
    }

    private Http bearer(String secret) {
        return Http.anonymous(base.toString()).header("Authorization", "Bearer " + secret);
    }

    @Test
    void aReadTokenReadsButChangesNothingAndAReadWriteTokenChanges() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http reader = bearer(issue(login, TokenScope.READ).secret());
        Http writer = bearer(issue(login, TokenScope.READ_WRITE).secret());

        Http.Response read = reader.get("/api/me/feed");
        assertEquals(200, read.status(), read.body());
        String feed = read.json().getString("url");

        Http.Response refused = reader.post("/api/me/feed", "application/json", "");
        assertEquals(403, refused.status());
        assertTrue(refused.json().getString("message").contains("må kun læse"), refused.body());
        Http.Response refusedInEnglish = reader.acceptLanguage("en").delete("/api/meetings/1");
        assertEquals(403, refusedInEnglish.status());
        assertTrue(refusedInEnglish.json().getString("message").contains("may only read"), refusedInEnglish.body());
        assertEquals(feed, reader.get("/api/me/feed").json().getString("url"), "nothing changed");

        Http.Response changed = writer.post("/api/me/feed", "application/json", "");
        assertEquals(200, changed.status(), changed.body());
        assertNotEquals(feed, changed.json().getString("url"));
    }

    @Test
    void aRevokedAnExpiredAndADeactivatedAccountsTokenGet401() throws Exception {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        ApiTokenService.Issued revoked = issue(login, TokenScope.READ);
        ApiTokenService.Issued expired = issue(login, TokenScope.READ);
        ApiTokenService.Issued kept = issue(login, TokenScope.READ);
        for (ApiTokenService.Issued issued : List.of(revoked, expired, kept)) {
            assertEquals(200, bearer(issued.secret()).get("/api/strategies/current").status());
        }

        SystemAccess.run(() -> tokens.revoke(revoked.token().getId(), revoked.token().getVersion()));
        UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
        transaction.begin();
        em.createNativeQuery("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .setParameter(1, Timestamp.from(Instant.now().minusSeconds(1)))
                .setParameter(2, expired.token().getId()).executeUpdate();
        transaction.commit();

        for (ApiTokenService.Issued gone : List.of(revoked, expired)) {
            Http.Response answer = bearer(gone.secret()).get("/api/strategies/current");
            assertEquals(401, answer.status());
            assertTrue(answer.header("WWW-Authenticate").startsWith("Bearer"), answer.header("WWW-Authenticate"));
            assertTrue(answer.json().getString("message").contains("udløbet eller tilbagekaldt"), answer.body());
        }
        assertEquals(401, bearer("kn_" + "A".repeat(43)).get("/api/strategies/current").status());
        assertEquals(401, bearer("not-a-token").get("/api/strategies/current").status());
        assertEquals(200, bearer(kept.secret()).get("/api/strategies/current").status());

        UserAccount account = account(login);
        SystemAccess.run(() -> accounts.setActive(account.getId(), account.getVersion(), false));
        assertEquals(401, bearer(kept.secret()).get("/api/strategies/current").status());
    }

    @Test
    void aTokenCarriesItsAccountsInstitutionScope() {
        Institution own = anInstitution().create(institutions);
        Institution other = anInstitution().create(institutions);
        String leader = anEmployee().at(own).createWithAccount(employees, accounts, Role.LEADER);
        Http token = bearer(issue(leader, TokenScope.READ_WRITE).secret());

        assertEquals(200, token.get("/api/employees?institution=" + own.getId()).status());
        assertEquals(403, token.get("/api/employees?institution=" + other.getId()).status());
        assertEquals(403, token.get("/api/admin/backups").status(), "an administrator's call");

        String admin = anEmployee().at(own).createWithAccount(employees, accounts, Role.ADMIN);
        assertEquals(200, bearer(issue(admin, TokenScope.READ).secret()).get("/api/admin/backups").status());
    }

    @Test
    void tokensAreKeptAsHashesNoteTheirUseAndTheirMakingAndRevokingIsAudited() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        ApiTokenService.Issued issued = issue(login, TokenScope.READ);
        assertTrue(SECRET.matcher(issued.secret()).matches(), issued.secret());
        assertNotEquals(issued.secret(), em.createNativeQuery("SELECT secret_hash FROM api_token WHERE id = ?")
                .setParameter(1, issued.token().getId()).getSingleResult());

        bearer(issued.secret()).get("/api/strategies/current");
        bearer(issued.secret()).get("/api/strategies/current");
        ApiToken used = em.find(ApiToken.class, issued.token().getId());
        assertNotNull(used.getLastUsedAt());
        assertEquals(issued.token().getVersion(), used.getVersion(), "noting the use is no edit");

        SystemAccess.run(() -> tokens.revoke(used.getId(), used.getVersion()));
        List<String> actions = SystemAccess.call(() -> audit.forEntity("ApiToken", used.getId(), 10)).stream()
                .map(AuditEntry::getAction).toList();
        assertTrue(actions.containsAll(List.of("CREATE", "REVOKE")), actions.toString());
    }

    @Test
    void theExpiryIsRequiredWithinAYearAndOnlyTheOwnerOrAnAdministratorManagesTokens() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Long id = account(login).getId();
        LocalDate today = tokens.today();

        assertEquals(today.plusDays(ApiTokenService.DEFAULT_DAYS), LocalDate.ofInstant(SystemAccess.call(
                () -> tokens.create(id, "Standard", TokenScope.READ, null)).token().getExpiresAt()
                .minus(1, ChronoUnit.DAYS), dk.kompetencenet.platform.i18n.Zones.COPENHAGEN));
        assertThrows(InvalidInputException.class, () -> SystemAccess.call(
                () -> tokens.create(id, "For længe", TokenScope.READ, today.plusDays(366))));
        assertThrows(InvalidInputException.class, () -> SystemAccess.call(
                () -> tokens.create(id, "I går", TokenScope.READ, today)));
        assertThrows(InvalidInputException.class, () -> SystemAccess.call(
                () -> tokens.create(id, " ", TokenScope.READ, null)));
        assertThrows(AccessDeniedException.class, () -> tokens.create(id, "Udefra", TokenScope.READ, null));
    }

    @Test
    void thePersonMakesATokenOnTheirOwnPageSeesItOnceAndItWorks() {
        String login = anEmployee().createWithAccount(employees, accounts, Role.EMPLOYEE);
        Http browser = Http.loggedIn(base.toString(), login, PASSWORD);
        Http.Response page = browser.get("/account/tokens.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Mine API-nøgler"), page.body());

        Http.Response made = browser.postForm("/account/tokens.xhtml", java.util.Map.of(
                "tokens", "tokens",
                "tokens:label", "Lønsystem",
                "tokens:scope", "READ",
                "tokens:expiresOn_input", tokens.today().plusDays(30)
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                "tokens:create", "",
                "jakarta.faces.ViewState", page.viewState()));
        assertEquals(200, made.status(), made.body());
        Matcher secret = SECRET.matcher(made.body());
        assertTrue(secret.find(), made.body());
        assertEquals(200, bearer(secret.group()).get("/api/me/feed").status());

        Http.Response again = browser.get("/account/tokens.xhtml");
        assertTrue(again.body().contains("Lønsystem"));
        assertFalse(SECRET.matcher(again.body()).find(), "the secret is shown once");

        Http.Response adminPage = Http.loggedIn(base.toString(), "admin", "it-admin-password")
                .get("/admin/account.xhtml?id=" + account(login).getId());
        assertEquals(200, adminPage.status());
        assertTrue(adminPage.body().contains("API-nøgler for brugeren") && adminPage.body().contains("Lønsystem"),
                adminPage.body());
        assertFalse(SECRET.matcher(adminPage.body()).find());
    }
}
