package dk.kompetencenet.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentSecurityPolicyTest {

    @Test
    void withSingleSignOnTheProvidersOriginMayReceiveTheLogoutForm() {
        assertThat(ContentSecurityPolicy.forPages("https://login.microsoftonline.com/1b2c/v2.0"))
                .contains("form-action 'self' https://login.microsoftonline.com;")
                .contains("frame-ancestors 'self'", "object-src 'none'", "script-src 'self';");
        assertThat(ContentSecurityPolicy.forPages("http://127.0.0.1:3990/kommune"))
                .contains("form-action 'self' http://127.0.0.1:3990;");
    }

    @Test
    void withoutAProviderOrWithSomethingElseFormsGoOnlyToKompetencenet() {
        assertThat(ContentSecurityPolicy.forPages("")).isEqualTo(ContentSecurityPolicy.PAGES);
        assertThat(ContentSecurityPolicy.forPages("javascript:alert(1)")).isEqualTo(ContentSecurityPolicy.PAGES);
        assertThat(ContentSecurityPolicy.forPages("not a url; script-src *")).isEqualTo(ContentSecurityPolicy.PAGES);
    }

    @Test
    void pagesRunScriptsOnlyFromThisSiteAndNothingInline() {
        assertThat(ContentSecurityPolicy.PAGES).contains("script-src 'self';", "default-src 'self';")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(ContentSecurityPolicy.API).isEqualTo("default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void primeFacesHeaderGivesOnlyItsNonceToThePagesPolicy() {
        String primeFaces = "script-src 'self' 'nonce-MmY0ZjJlNzMtYmVhNy00ZDU3LWI3NDgtNjNhZTk1ZTcxZjk1';";
        String policy = ContentSecurityPolicy.forPages("https://idp.example");

        assertThat(ContentSecurityPolicy.withNoncesOf(policy, primeFaces)).isEqualTo(policy.replace("script-src 'self';",
                "script-src 'self' 'nonce-MmY0ZjJlNzMtYmVhNy00ZDU3LWI3NDgtNjNhZTk1ZTcxZjk1';"));
        assertThat(ContentSecurityPolicy.withNoncesOf(policy, "script-src * 'unsafe-inline'; frame-ancestors *"))
                .isEqualTo(policy);
        assertThat(ContentSecurityPolicy.withNoncesOf(policy, null)).isEqualTo(policy);
    }
}
