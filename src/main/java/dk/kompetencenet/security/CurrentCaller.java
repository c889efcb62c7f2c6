package dk.kompetencenet.security;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;

import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;

/**
 * The caller of this request, read once from the logged-in account: roles, own employee and the institutions that
 * employee works at (one query).
 */
@RequestScoped
public class CurrentCaller implements Caller {

    private static final String SYSTEM = "system";
    private static final String ANONYMOUS = "anonymous";

    @Inject
    private SecurityContext securityContext;

    @PersistenceContext
    private EntityManager em;

    private Snapshot snapshot;

    private record Snapshot(String name, Set<Role> roles, Long employeeId, Set<Long> institutionIds) {
    }

    private Snapshot snapshot() {
        if (SystemAccess.isActive()) {
            return new Snapshot(SYSTEM, EnumSet.of(Role.ADMIN), null, Set.of());
        }
        if (snapshot == null) {
            snapshot = load();
        }
        return snapshot;
    }

    private Snapshot load() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return new Snapshot(ANONYMOUS, EnumSet.noneOf(Role.class), null, Set.of());
        }
        // Roles and scope come from the account as it is now, so a change by an administrator takes effect at once.
        List<Object[]> rows = em.createQuery("select r, e.id from UserAccount u join u.roles r left join u.employee e"
                        + " where u.username = :name and u.active = true", Object[].class)
                .setParameter("name", principal.getName())
                .getResultList();
        if (rows.isEmpty()) {
            return new Snapshot(principal.getName(), EnumSet.noneOf(Role.class), null, Set.of());
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        rows.forEach(r -> roles.add((Role) r[0]));
        Long employeeId = (Long) rows.get(0)[1];
        Set<Long> institutions = employeeId == null ? Set.of() : Set.copyOf(em.createQuery(
                        "select i.id from Employee e join e.institutions i where e.id = :id and i.active = true", Long.class)
                .setParameter("id", employeeId).getResultList());
        return new Snapshot(principal.getName(), roles, employeeId, institutions);
    }

    @Override
    public String name() {
        return snapshot().name();
    }

    @Override
    public Set<Role> roles() {
        return snapshot().roles();
    }

    @Override
    public Optional<Long> employeeId() {
        return Optional.ofNullable(snapshot().employeeId());
    }

    @Override
    public Set<Long> institutionIds() {
        return snapshot().institutionIds();
    }
}
