package dk.kompetencenet.platform.audit;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;

/**
 * Reads of a person's profile by a leader or supervisor, written to the audit log as {@code READ} about that person.
 * Cheap: one insert the first time a reader opens a person within {@link #QUIET}, nothing for the page's further
 * requests (its ajax calls, a reload) in that time; remembered per node, so in a cluster a read may be logged once per
 * node.
 */
@ApplicationScoped
public class PersonalReads {

    public static final String ACTION = "READ";

    static final Duration QUIET = Duration.ofMinutes(10);

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    private final Cache<String, Boolean> recent = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(QUIET).build();

    /** Logs that the caller opened this person's profile, unless it is their own or they are no leader. */
    @Transactional
    public void opened(Long employeeId) {
        if (employeeId == null || !caller.hasAnyRole(Role.LEADER, Role.SUPERVISOR)
                || caller.employeeId().filter(employeeId::equals).isPresent()) {
            return;
        }
        String key = caller.name() + "\u0000" + employeeId;
        if (recent.asMap().putIfAbsent(key, Boolean.TRUE) == null) {
            audit.record(ACTION, "Employee", employeeId, null);
        }
    }
}
