package dk.kompetencenet.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.audit.AuditLog;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * The account of a person the identity provider has signed in, found through their employee record: the provider says
 * who they are (by e-mail, or another claim holding it), Kompetencenet what they may do. An active employee who has no
 * account yet gets one as an employee (an administrator may add roles later), without a usable password; a deactivated
 * employee or account, or an address no employee has, gets nothing.
 */
@ApplicationScoped
@Transactional
public class SingleSignOnAccounts {

    private static final Logger LOG = Logger.getLogger(SingleSignOnAccounts.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountService accounts;

    @Inject
    private Passwords passwords;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** The active account for this e-mail address, made on the first sign-in; empty for anyone Kompetencenet does not know. */
    public Optional<UserAccount> signedIn(String email) {
        String address;
        try {
            address = Employee.normaliseEmail(email); // the employee records' own rule for an address
        } catch (InvalidInputException notAnAddress) {
            return Optional.empty();
        }
        Optional<Employee> employee = em.createNamedQuery("Employee.byEmail", Employee.class)
                .setParameter("email", address).getResultStream().filter(Employee::isActive).findFirst();
        if (employee.isEmpty()) {
            LOG.info(() -> "Single sign-on by an address no active employee has");
            return Optional.empty();
        }
        List<UserAccount> own = em.createQuery("select u from UserAccount u where u.employee = :employee order by u.id",
                UserAccount.class).setParameter("employee", employee.get()).getResultList();
        if (!own.isEmpty()) {
            // An employee's active account, or none when every one of them has been deactivated.
            Optional<UserAccount> active = own.stream().filter(UserAccount::isActive).findFirst();
            active.ifPresent(accounts::noteLogin);
            return active;
        }
        return Optional.of(SystemAccess.call(() -> firstAccount(employee.get(), address)));
    }

    private UserAccount firstAccount(Employee employee, String address) {
        UserAccount account = new UserAccount(freeUsername(address), passwords.hash(Passwords.random().toCharArray()),
                employee, EnumSet.of(Role.EMPLOYEE), clock.instant());
        em.persist(account);
        em.flush();
        audit.recordAbout(employee.getId(), "CREATE", account, "single sign-on, roles=[EMPLOYEE]");
        accounts.noteLogin(account);
        return account;
    }

    /** The address as user name where it is a valid one and free, else made valid and numbered. */
    private String freeUsername(String address) {
        String base = address.replaceAll("[^a-z0-9._@-]", ".");
        base = base.length() > 96 ? base.substring(0, 96) : base;
        String name = base;
        for (int i = 2; accounts.find(name).isPresent(); i++) {
            name = base + "-" + i;
        }
        return name;
    }
}
