package dk.kompetencenet.security;

import static dk.kompetencenet.testsupport.Builders.PASSWORD;
import static dk.kompetencenet.testsupport.Builders.anEmployee;
import static dk.kompetencenet.testsupport.Builders.anInstitution;
import static dk.kompetencenet.testsupport.Builders.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.EnumSet;

import jakarta.inject.Inject;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.organisation.InstitutionService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;
import dk.kompetencenet.testsupport.Http;

/** Accounts: what administrators may create, how passwords are kept, and that changes take effect at once. */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    @ArquillianResource
    private URL base;

    @Inject
    private AccountService accounts;

    @Inject
    private EmployeeService employees;

    @Inject
    private InstitutionService institutions;

    private Institution school;
    private Employee teacher;

    @BeforeEach
    void aTeacherWithoutAccount() {
        school = anInstitution().create(institutions);
        teacher = anEmployee().at(school).create(employees);
    }

    private UserAccount create(String username, Role role, String password) {
        return SystemAccess.call(() -> accounts.create(username, teacher.getId(), EnumSet.of(role),
                password.toCharArray()));
    }

    @Test
    void passwordsAreStoredAsPbkdf2HashesAndTheNewAccountCanLogIn() {
        String username = unique("leder");
        UserAccount account = create(username, Role.LEADER, PASSWORD);

        assertTrue(account.getPasswordHash().startsWith("PBKDF2WithHmacSHA512:210000:"), account.getPasswordHash());
        assertTrue(!account.getPasswordHash().contains(PASSWORD));
        assertEquals(200, Http.basic(base.toString(), username, PASSWORD).get("/api/institutions").status());
    }

    @Test
    void refusesShortPasswordsTakenNamesBadNamesAndNonAdministratorsWithoutEmployee() {
        String username = unique("bruger");
        create(username, Role.EMPLOYEE, PASSWORD);

        assertThrows(InvalidInputException.class, () -> create(unique("kort"), Role.EMPLOYEE, "short"));
        assertThrows(InvalidInputException.class, () -> create(username.toUpperCase(), Role.EMPLOYEE, PASSWORD));
        assertThrows(InvalidInputException.class, () -> create("has space", Role.EMPLOYEE, PASSWORD));
        assertThrows(InvalidInputException.class, () -> SystemAccess.call(() -> accounts.create(unique("x"), null,
                EnumSet.of(Role.LEADER), PASSWORD.toCharArray())));
        assertThrows(InvalidInputException.class, () -> SystemAccess.call(() -> accounts.create(unique("x"),
                teacher.getId(), EnumSet.noneOf(Role.class), PASSWORD.toCharArray())));
    }

    @Test
    void onlyAdministratorsManageAccounts() {
        assertThrows(AccessDeniedException.class, () -> accounts.page("", 0, 10));
        assertThrows(AccessDeniedException.class,
                () -> accounts.create(unique("x"), teacher.getId(), EnumSet.of(Role.ADMIN), PASSWORD.toCharArray()));
    }

    @Test
    void aDeactivatedAccountCanNoLongerLogInEvenWithAPasswordCheckedAMomentAgo() {
        String username = unique("stopper");
        UserAccount account = create(username, Role.EMPLOYEE, PASSWORD);
        Http employee = Http.basic(base.toString(), username, PASSWORD);
        assertEquals(200, employee.get("/api/strategies/current").status());

        SystemAccess.run(() -> accounts.setActive(account.getId(), account.getVersion(), false));

        assertEquals(401, employee.get("/api/strategies/current").status());
    }

    @Test
    void aResetPasswordEndsTheOldOneAtOnceThoughItWasCheckedAMomentAgo() {
        String username = unique("nulstil");
        UserAccount account = create(username, Role.EMPLOYEE, PASSWORD);
        Http old = Http.basic(base.toString(), username, PASSWORD);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, old.get("/api/strategies/current").status());
        }

        String newPassword = "et-helt-nyt-kodeord-2027";
        SystemAccess.run(() -> accounts.resetPassword(account.getId(), account.getVersion(), newPassword.toCharArray()));

        assertEquals(401, old.get("/api/strategies/current").status());
        assertEquals(200, Http.basic(base.toString(), username, newPassword).get("/api/strategies/current").status());
        assertEquals(401, Http.basic(base.toString(), username, PASSWORD + "x").get("/api/strategies/current").status());
    }

    @Test
    void aRoleTakenAwayByAnAdministratorStopsWorkingAtOnce() {
        String username = unique("tidligere-leder");
        UserAccount account = create(username, Role.LEADER, PASSWORD);
        Http leader = Http.basic(base.toString(), username, PASSWORD);
        assertEquals(200, leader.get("/api/employees?institution=" + school.getId()).status());

        SystemAccess.run(() -> accounts.update(account.getId(), account.getVersion(), teacher.getId(),
                EnumSet.of(Role.EMPLOYEE), null));

        assertEquals(403, leader.get("/api/employees?institution=" + school.getId()).status());
    }

    @Test
    void theFifthWrongPasswordInARowLocksTheAccountSoThatEvenTheRightOneFailsUntilAnAdministratorUnlocksIt() {
        String username = unique("gaetter");
        UserAccount account = create(username, Role.EMPLOYEE, PASSWORD);
        assertEquals(200, Http.basic(base.toString(), username, PASSWORD).get("/api/strategies/current").status());
        Http guesser = Http.basic(base.toString(), username, "gaet-nummer-x");

        for (int i = 1; i <= 4; i++) {
            assertEquals(401, guesser.get("/api/strategies/current").status(), "guess " + i);
        }
        Http.Response fifth = guesser.get("/api/strategies/current");
        Http.Response sixth = guesser.get("/api/strategies/current");
        Http.Response right = Http.basic(base.toString(), username, PASSWORD).get("/api/strategies/current");

        assertEquals(429, fifth.status(), fifth.body());
        assertEquals(429, sixth.status());
        assertEquals(429, right.status(), "the right password, a moment ago accepted, is refused while locked");
        assertTrue(right.json().getString("message").contains("låst"), right.body());
        long retryAfter = Long.parseLong(right.header("Retry-After"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);

        SystemAccess.run(() -> accounts.unlock(account.getId()));

        assertEquals(200, Http.basic(base.toString(), username, PASSWORD).get("/api/strategies/current").status());
        assertEquals(401, guesser.get("/api/strategies/current").status(), "the count began again at the unlock");
    }

    @Test
    void theLoginFormSaysTheAccountIsLockedAndUntilWhen() {
        String username = unique("formgaet");
        create(username, Role.EMPLOYEE, PASSWORD);
        Http browser = Http.anonymous(base.toString());
        Http.Response page = null;
        for (int i = 1; i <= 5; i++) {
            Http.Response form = browser.get("/login.xhtml");
            page = browser.postForm("/login.xhtml", Http.loginFields(username, "gaet-" + i, form.viewState()));
            if (i == 1) {
                assertEquals(200, page.status(), "the login form again, not an error page");
                assertTrue(page.body().contains("Forkert brugernavn eller adgangskode.") && page.body().contains("id=\"password\""),
                        page.body());
            }
        }
        assertTrue(page.body().contains("Kontoen er låst efter for mange forkerte adgangskoder"), page.body());

        Http.Response form = browser.get("/login.xhtml");
        Http.Response right = browser.postForm("/login.xhtml", Http.loginFields(username, PASSWORD, form.viewState()));
        assertEquals(200, right.status(), "no way in while locked");
        assertTrue(right.body().contains("Kontoen er låst"), right.body());
    }

    /**
     * One address trying a password on account after account (the test server allows 30 failures per address, and
     * believes X-Forwarded-For from 127.0.0.1, as it would from its load balancer).
     */
    @Test
    void anAddressThatFailsOnManyAccountsIsStoppedWhileOthersStillLogIn() {
        String sprayer = "198.51.100." + (1 + new java.util.Random().nextInt(250));
        String username = unique("sprayet");
        create(username, Role.EMPLOYEE, PASSWORD);
        for (int i = 1; i <= 30; i++) {
            Http.Response guess = Http.basic(base.toString(), unique("ukendt") + i, "Sommer2026!").forwardedFor(sprayer)
                    .get("/api/strategies/current");
            assertEquals(401, guess.status(), "guess " + i);
        }

        Http.Response stopped = Http.basic(base.toString(), username, PASSWORD).forwardedFor(sprayer)
                .get("/api/strategies/current");
        Http.Response spoofed = Http.basic(base.toString(), username, PASSWORD)
                .forwardedFor("10.0.0.1, " + sprayer).get("/api/strategies/current");
        Http.Response elsewhere = Http.basic(base.toString(), username, PASSWORD).forwardedFor(sprayer + ", 203.0.113.9")
                .get("/api/strategies/current");

        assertEquals(429, stopped.status(), "even a right password, from that address");
        assertTrue(stopped.json().getString("message").contains("for mange forkerte logins"), stopped.body());
        assertEquals(429, spoofed.status(), "an address the client claims before the proxy's is not believed");
        assertEquals(200, elsewhere.status(), "another client, whatever it claims");
    }
}
