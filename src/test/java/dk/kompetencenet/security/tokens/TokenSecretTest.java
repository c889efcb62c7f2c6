package dk.kompetencenet.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenSecretTest {

    @Test
    void secretsAreRandomWellFormedAndKeptOnlyAsTheirSha256() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = TokenSecret.generate();
            assertThat(TokenSecret.wellFormed(secret)).as(secret).isTrue();
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
        String secret = secrets.iterator().next();
        assertThat(TokenSecret.hash(secret)).hasSize(64).matches("[0-9a-f]+").isEqualTo(TokenSecret.hash(secret))
                .doesNotContain(secret.substring(3));
        assertThat(TokenSecret.shown(secret)).startsWith("kn_").hasSize(10);
    }

    @Test
    void anythingElseIsNoTokenAndIsNotLookedUp() {
        assertThat(TokenSecret.wellFormed(null)).isFalse();
        assertThat(TokenSecret.wellFormed("")).isFalse();
        assertThat(TokenSecret.wellFormed("kn_" + "a".repeat(42))).isFalse();
        assertThat(TokenSecret.wellFormed("xx_" + "a".repeat(43))).isFalse();
        assertThat(TokenSecret.wellFormed("kn_" + "æ".repeat(43))).isFalse();
        assertThat(TokenSecret.wellFormed("kn_" + "a".repeat(42) + "'")).isFalse();
    }

    @Test
    void aReadTokenOnlyReads() {
        assertThat(TokenScope.READ.permits("GET")).isTrue();
        assertThat(TokenScope.READ.permits("HEAD")).isTrue();
        assertThat(TokenScope.READ.permits("OPTIONS")).isTrue();
        assertThat(TokenScope.READ.permits("POST")).isFalse();
        assertThat(TokenScope.READ.permits("PUT")).isFalse();
        assertThat(TokenScope.READ.permits("PATCH")).isFalse();
        assertThat(TokenScope.READ.permits("DELETE")).isFalse();
        assertThat(TokenScope.READ_WRITE.permits("DELETE")).isTrue();
    }
}
