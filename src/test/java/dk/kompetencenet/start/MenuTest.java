package dk.kompetencenet.start;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.security.Role;

class MenuTest {

    @Test
    void everyRoleSeesAtMostSevenEntriesAndEveryDeepPageHasItsListInTheMenu() {
        for (Role role : Role.values()) {
            assertThat(Menu.visibleTo(Set.of(role), true)).as(role.name()).hasSizeLessThanOrEqualTo(7);
        }
        List<String> outcomes = Menu.ALL.stream().flatMap(group -> group.items().stream()).map(Menu.Item::outcome)
                .toList();
        assertThat(outcomes).containsAll(Menu.DEEP.values()).doesNotHaveDuplicates();
    }

    @Test
    void aSupervisorIsNotShownTheRoundsItsServiceRefusesButALeaderIs() {
        assertThat(outcomes(Role.SUPERVISOR)).contains("/competence/grid").doesNotContain("/competence/rounds");
        assertThat(outcomes(Role.LEADER)).contains("/competence/rounds").doesNotContain("/admin/accounts");
        assertThat(outcomes(Role.EMPLOYEE)).containsExactly("/index", "/meeting/calendar", "/account/notifications",
                "/meeting/networks", "/meeting/polls", "/competence/frameworks", "/practice/experiments",
                "/strategy/strategy");
        assertThat(Menu.visibleTo(EnumSet.of(Role.EMPLOYEE), true).get(0).isSingle()).isTrue();
    }

    @Test
    void theGapPageIsShownToCoordinatorsAdministratorsAndLeadersOnly() {
        assertThat(outcomes(Role.COORDINATOR)).contains("/competence/gaps");
        assertThat(outcomes(Role.ADMIN)).contains("/competence/gaps");
        assertThat(outcomes(Role.LEADER)).contains("/competence/gaps");
        assertThat(outcomes(Role.SUPERVISOR)).doesNotContain("/competence/gaps");
        assertThat(outcomes(Role.EMPLOYEE)).doesNotContain("/competence/gaps");
    }

    @Test
    void anAccountWithoutAnEmployeeRecordIsNotShownItsOwnCalendar() {
        List<String> admin = Menu.visibleTo(Set.of(Role.ADMIN), false).stream().flatMap(group -> group.items().stream())
                .map(Menu.Item::outcome).toList();
        assertThat(admin).contains("/meeting/networks", "/admin/accounts").doesNotContain("/meeting/calendar",
                "/account/notifications");
    }

    @Test
    void everyRoleFindsTheDatePollsAndThePollPagesLeadBackToTheirList() {
        for (Role role : Role.values()) {
            assertThat(outcomes(role)).as(role.name()).contains("/meeting/polls");
        }
        assertThat(Menu.DEEP).containsEntry("/meeting/poll.xhtml", "/meeting/polls")
                .containsEntry("/meeting/poll-new.xhtml", "/meeting/polls");
    }

    private static List<String> outcomes(Role role) {
        return Menu.visibleTo(Set.of(role), true).stream().flatMap(group -> group.items().stream()).map(Menu.Item::outcome)
                .toList();
    }
}
