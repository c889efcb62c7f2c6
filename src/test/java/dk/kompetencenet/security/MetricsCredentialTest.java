package dk.kompetencenet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import org.junit.jupiter.api.Test;

/** The monitoring system's credential: the user "metrics" with the configured password, for /metrics only. */
class MetricsCredentialTest {

    @Test
    void acceptsOnlyTheUserMetricsWithTheConfiguredPassword() {
        MetricsCredential credential = new MetricsCredential(Optional.of("scrape-secret"));
        assertThat(credential.matches(new UsernamePasswordCredential("metrics", "scrape-secret"))).isTrue();
        assertThat(credential.matches(new UsernamePasswordCredential("metrics", "scrape-secreT"))).isFalse();
        assertThat(credential.matches(new UsernamePasswordCredential("admin", "scrape-secret"))).isFalse();
        assertThat(credential.matches(null)).isFalse();
    }

    @Test
    void unsetOrBlankAcceptsNobody() {
        assertThat(new MetricsCredential(Optional.empty()).matches(new UsernamePasswordCredential("metrics", "")))
                .isFalse();
        assertThat(new MetricsCredential(Optional.of(" ")).matches(new UsernamePasswordCredential("metrics", " ")))
                .isFalse();
    }

    @Test
    void onlyMetricsPathsQualify() {
        assertThat(MetricsCredential.isMetricsPath("/metrics")).isTrue();
        assertThat(MetricsCredential.isMetricsPath("/metrics/base")).isTrue();
        assertThat(MetricsCredential.isMetricsPath("/metricsx")).isFalse();
        assertThat(MetricsCredential.isMetricsPath("/api/institutions")).isFalse();
        assertThat(MetricsCredential.isMetricsPath("/openapi")).isFalse();
    }
}
