package dk.kompetencenet.platform.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The person behind the current request, as the services need to know them: name, roles, own employee record and the
 * institutions they are scoped to. Features depend on this port; the security feature provides it.
 */
public interface Caller {

    /** The login name, or "system" for start-up work. */
    String name();

    Set<Role> roles();

    /** The caller's own employee record, if the account belongs to one. */
    Optional<Long> employeeId();

    /** The institutions a leader, supervisor or employee works at. */
    Set<Long> institutionIds();

    default boolean hasRole(Role role) {
        return roles().contains(role);
    }

    default boolean hasAnyRole(Role... any) {
        return Arrays.stream(any).anyMatch(this::hasRole);
    }

    /** Administrators and coordinators see every institution. */
    default boolean seesAllInstitutions() {
        return roles().stream().anyMatch(Role::isMunicipalityWide);
    }

    default boolean canAccessInstitution(Long institutionId) {
        return seesAllInstitutions() || institutionIds().contains(institutionId);
    }

    /** Throws unless the caller has one of the roles. */
    default void requireAnyRole(Role... any) {
        if (!hasAnyRole(any)) {
            throw new AccessDeniedException();
        }
    }

    /** Throws unless the institution is within the caller's scope. */
    default void requireInstitution(Long institutionId) {
        if (!canAccessInstitution(institutionId)) {
            throw new AccessDeniedException();
        }
    }
}
