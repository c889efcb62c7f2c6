package dk.kompetencenet.security;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.platform.security.Role;

/**
 * A login. Belongs to an employee (only the start-up administrator may have none), holds roles and a PBKDF2 hash, never
 * a password. Deactivated rather than deleted.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byUsername", query = "select u from UserAccount u where u.username = :username")
@NamedQuery(name = "UserAccount.countWithRole", query = "select count(u) from UserAccount u join u.roles r where r = :role")
public class UserAccount extends VersionedEntity {

    public static final int MIN_PASSWORD_LENGTH = 10;

    @Column(nullable = false, unique = true, length = 100)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role_name", length = 20)
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, Employee employee, Set<Role> roles, Instant createdAt) {
        this.username = normalise(username);
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        assign(employee, roles);
    }

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    /** Gives the account its employee and roles; only an administrator may stand without an employee. */
    void assign(Employee employee, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new InvalidInputException(Problem.inField("roles", "account.error.noRole"));
        }
        if (employee == null && !roles.contains(Role.ADMIN)) {
            throw new InvalidInputException(Problem.inField("employee", "account.error.employeeRequired"));
        }
        this.employee = employee;
        this.roles = EnumSet.copyOf(roles);
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
