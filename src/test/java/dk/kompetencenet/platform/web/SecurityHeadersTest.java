package dk.kompetencenet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

    @Test
    void withSingleSignOnTheProvidersOriginMayReceiveTheLogoutForm() {
        assertThat(SecurityHeaders.policy("https://login.microsoftonline.com/1b2c/v2.0"))
                .contains("form-action 'self' https://login.microsoftonline.com;")
                .contains("frame-ancestors 'self'", "object-src 'none'");
        assertThat(SecurityHeaders.policy("http://127.0.0.1:3990/kommune")).contains("form-action 'self' http://127.0.0.1:3990;");
    }

    @Test
    void withoutAProviderOrWithSomethingElseFormsGoOnlyToKompetencenet() {
        assertThat(SecurityHeaders.policy("")).isEqualTo(SecurityHeaders.POLICY);
        assertThat(SecurityHeaders.policy("javascript:alert(1)")).isEqualTo(SecurityHeaders.POLICY);
        assertThat(SecurityHeaders.policy("not a url; script-src *")).isEqualTo(SecurityHeaders.POLICY);
    }
}
