package dk.kompetencenet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RecentPasswordChecksTest {

    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final String NEW_HASH = "PBKDF2WithHmacSHA512:210000:bmV3c2FsdA==:bmV3aGFzaA==";

    private final AtomicLong nanos = new AtomicLong();
    private final RecentPasswordChecks checks = new RecentPasswordChecks(nanos::get);

    @Test
    void aPasswordThatMatchedIsRecognisedForFiveMinutesThenCheckedAgain() {
        assertThat(checks.matchedRecently("korrekt hest".toCharArray(), HASH)).isFalse();
        checks.matched("korrekt hest".toCharArray(), HASH);

        assertThat(checks.matchedRecently("korrekt hest".toCharArray(), HASH)).isTrue();
        nanos.addAndGet(RecentPasswordChecks.KEPT_FOR.minusSeconds(1).toNanos());
        assertThat(checks.matchedRecently("korrekt hest".toCharArray(), HASH)).isTrue();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(checks.matchedRecently("korrekt hest".toCharArray(), HASH)).isFalse();
    }

    @Test
    void anotherPasswordOrAChangedStoredHashIsNotRecognised() {
        checks.matched("korrekt hest".toCharArray(), HASH);

        assertThat(checks.matchedRecently("korrekt hesT".toCharArray(), HASH)).isFalse();
        assertThat(checks.matchedRecently("korrekt hest ".toCharArray(), HASH)).isFalse();
        assertThat(checks.matchedRecently("".toCharArray(), HASH)).isFalse();
        assertThat(checks.matchedRecently("korrekt hest".toCharArray(), NEW_HASH))
                .as("a new password (another node's change included) gives a new stored hash").isFalse();
    }

    @Test
    void thePasswordAndTheHashAreNotConfusedAtTheirBoundary() {
        checks.matched("b".toCharArray(), "a");

        assertThat(checks.matchedRecently("".toCharArray(), "ab")).isFalse();
        assertThat(checks.matchedRecently("ab".toCharArray(), "")).isFalse();
    }

    @Test
    void eachStartDrawsItsOwnKeySoNoEntryOutlivesTheProcess() {
        checks.matched("æøå – ✓".toCharArray(), HASH);
        RecentPasswordChecks afterRestart = new RecentPasswordChecks(nanos::get);

        assertThat(checks.matchedRecently("æøå – ✓".toCharArray(), HASH)).isTrue();
        assertThat(afterRestart.matchedRecently("æøå – ✓".toCharArray(), HASH)).isFalse();
    }
}
