package dk.kompetencenet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

/**
 * The monitoring system's login for {@code /metrics}: the fixed user {@value #USER} with the password configured as
 * {@code kompetencenet.metrics.password}. It opens {@code /metrics} and nothing else (the authentication mechanism
 * asks it only there, and the group it gives, {@value #GROUP}, is not a role of Kompetencenet); unset, nobody logs in
 * this way and {@code /metrics} takes an administrator.
 */
final class MetricsCredential {

    static final String USER = "metrics";
    static final String GROUP = "METRICS";

    private final Optional<String> password;

    MetricsCredential(Optional<String> password) {
        this.password = password.filter(p -> !p.isBlank());
    }

    boolean matches(UsernamePasswordCredential credential) {
        if (password.isEmpty() || credential == null || !USER.equals(credential.getCaller())) {
            return false;
        }
        return MessageDigest.isEqual(password.get().getBytes(StandardCharsets.UTF_8),
                credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
    }

    static boolean isMetricsPath(String path) {
        return path.equals("/metrics") || path.startsWith("/metrics/");
    }
}
