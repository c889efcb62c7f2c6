package dk.kompetencenet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.security.web.LoginTargets;

class LoginTargetTest {

    @Test
    void continuesOnlyToPagesOfKompetencenetItself() {
        assertThat(LoginTargets.safe("/organisation/employees.xhtml?institution=3"))
                .isEqualTo("/organisation/employees.xhtml?institution=3");
        assertThat(LoginTargets.safe("https://evil.example/")).isEqualTo("/");
        assertThat(LoginTargets.safe("//evil.example/")).isEqualTo("/");
        assertThat(LoginTargets.safe("/\\evil.example")).isEqualTo("/");
        assertThat(LoginTargets.safe(null)).isEqualTo("/");
        assertThat(LoginTargets.safe("/login.xhtml")).isEqualTo("/");
    }
}
