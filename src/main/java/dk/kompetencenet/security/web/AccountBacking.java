package dk.kompetencenet.security.web;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.organisation.EmployeeService;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.web.Messages;
import dk.kompetencenet.security.AccountService;
import dk.kompetencenet.security.LockedAnswer;
import dk.kompetencenet.security.UserAccount;

/** Creates or edits an account: its employee (by e-mail), roles, password and whether it is active. */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private EmployeeService employees;

    private Long id;
    private long version;
    private boolean active = true;
    private String username;
    private String employeeEmail;
    private Role[] roles = new Role[0];
    private String password;
    private String lockedUntil;

    public void load() {
        if (id == null) {
            return;
        }
        UserAccount account = accounts.get(id);
        version = account.getVersion();
        active = account.isActive();
        username = account.getUsername();
        employeeEmail = account.getEmployee() == null ? null : account.getEmployee().getEmail();
        roles = account.getRoles().toArray(Role[]::new);
        lockedUntil = accounts.lockedUntil(id).map(LockedAnswer::shown).orElse(null);
    }

    /** Lifts a lock after wrong passwords at once. */
    public String unlock() {
        accounts.unlock(id);
        Messages.info("account.unlocked");
        return "/admin/account.xhtml?faces-redirect=true&id=" + id;
    }

    /** Until when the account is locked after wrong passwords, as shown; null if it is not. */
    public String getLockedUntil() {
        return lockedUntil;
    }

    public String save() {
        Long employeeId = employeeId();
        EnumSet<Role> chosen = EnumSet.noneOf(Role.class);
        chosen.addAll(List.of(roles == null ? new Role[0] : roles));
        if (id == null) {
            id = accounts.create(username, employeeId, chosen, password == null ? new char[0] : password.toCharArray())
                    .getId();
        } else {
            accounts.update(id, version, employeeId, chosen, password == null ? null : password.toCharArray());
        }
        Messages.info("account.saved");
        return "/admin/account.xhtml?faces-redirect=true&id=" + id;
    }

    public String toggleActive() {
        accounts.setActive(id, version, !active);
        Messages.info(active ? "account.deactivated" : "account.reactivated");
        return "/admin/account.xhtml?faces-redirect=true&id=" + id;
    }

    private Long employeeId() {
        if (employeeEmail == null || employeeEmail.isBlank()) {
            return null;
        }
        return employees.findByEmail(employeeEmail).map(Employee::getId).orElseThrow(
                () -> new InvalidInputException(Problem.inField("employee", "account.error.employeeUnknown")));
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isActive() {
        return active;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmployeeEmail() {
        return employeeEmail;
    }

    public void setEmployeeEmail(String employeeEmail) {
        this.employeeEmail = employeeEmail;
    }

    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
