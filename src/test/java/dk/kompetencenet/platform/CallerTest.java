package dk.kompetencenet.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.security.AccessDeniedException;
import dk.kompetencenet.platform.security.Caller;
import dk.kompetencenet.platform.security.Role;
import dk.kompetencenet.platform.security.SystemAccess;

class CallerTest {

    private static Caller caller(Set<Long> institutions, Role... roles) {
        EnumSet<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return new Caller() {
            public String name() {
                return "test";
            }

            public Set<Role> roles() {
                return set;
            }

            public Optional<Long> employeeId() {
                return Optional.empty();
            }

            public Set<Long> institutionIds() {
                return institutions;
            }
        };
    }

    @Test
    void coordinatorsAndAdministratorsReachEveryInstitution() {
        assertThat(caller(Set.of(), Role.COORDINATOR).canAccessInstitution(42L)).isTrue();
        assertThat(caller(Set.of(), Role.ADMIN).canAccessInstitution(42L)).isTrue();
    }

    @Test
    void leadersAndSupervisorsReachOnlyTheirOwnInstitutions() {
        Caller leader = caller(Set.of(1L, 2L), Role.LEADER);
        assertThat(leader.canAccessInstitution(2L)).isTrue();
        assertThat(leader.canAccessInstitution(3L)).isFalse();
        assertThatThrownBy(() -> leader.requireInstitution(3L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> caller(Set.of(1L), Role.SUPERVISOR).requireAnyRole(Role.ADMIN, Role.LEADER))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void systemAccessLastsOnlyForTheWorkGiven() {
        assertThat(SystemAccess.isActive()).isFalse();
        assertThat(SystemAccess.call(SystemAccess::isActive)).isTrue();
        assertThat(SystemAccess.isActive()).isFalse();
    }
}
