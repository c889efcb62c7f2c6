package dk.kompetencenet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real OpenID provider for the sign-in tests: NAV's mock-oauth2-server (Maven Central), in its own process on a free
 * port, with its interactive login page (a user name and the claims to put in the ID token, typed in the browser). It
 * does the whole protocol: discovery, authorization with PKCE, the token endpoint, signed ID tokens, its keys, end
 * session. It runs on the test class path in a separate JVM, since it brings its own Jackson and Netty.
 */
public final class IdentityProvider implements AutoCloseable {

    /** The issuer's name in the provider's URLs (one provider serves any number). */
    public static final String ISSUER_ID = "kommune";

    private final Process process;
    private final int port;
    private final Path log;

    private IdentityProvider(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static IdentityProvider start() {
        Path tmp = Path.of(System.getProperty("it.tmpdir", "target"));
        try {
            Files.createDirectories(tmp);
            int port = RunningJar.freePort();
            Path log = Files.createTempFile(tmp, "identity-provider-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"),
                    "no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt"))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(Map.of("SERVER_HOSTNAME", "127.0.0.1", "SERVER_PORT", String.valueOf(port),
                    "JSON_CONFIG", "{\"interactiveLogin\": true}"));
            IdentityProvider provider = new IdentityProvider(builder.start(), port, log);
            provider.awaitUp(Duration.ofSeconds(60));
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + port + "/" + ISSUER_ID;
    }

    /** The settings that point Kompetencenet at this provider, as environment variables of a jar. */
    public Map<String, String> environment() {
        return Map.of("KOMPETENCENET_OIDC_ISSUER", issuer(), "KOMPETENCENET_OIDC_CLIENT_ID", "kompetencenet",
                "KOMPETENCENET_OIDC_CLIENT_SECRET", "test-secret", "KOMPETENCENET_OIDC_NAME", "Testkommune");
    }

    private void awaitUp(Duration limit) {
        Instant until = Instant.now().plus(limit);
        while (Instant.now().isBefore(until)) {
            if (!process.isAlive()) {
                throw new AssertionError("The identity provider stopped while starting:\n" + log());
            }
            try {
                if (Http.anonymous("http://127.0.0.1:" + port).get("/" + ISSUER_ID + "/.well-known/openid-configuration")
                        .status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        close();
        throw new AssertionError("The identity provider did not answer within " + limit + ":\n" + log());
    }

    private String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
