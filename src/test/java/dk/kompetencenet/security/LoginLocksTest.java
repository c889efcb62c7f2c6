package dk.kompetencenet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class LoginLocksTest {

    private static final Duration FIRST = Duration.ofMinutes(15);

    private static Optional<Duration> after(int failures) {
        return LoginLocks.lockAfter(failures, 5, FIRST);
    }

    @Test
    void theFifthWrongPasswordInARowLocksForFifteenMinutesAndEachNextFiveForTwiceAsLongUpToADay() {
        for (int failures = 1; failures <= 4; failures++) {
            assertThat(after(failures)).as("after %d", failures).isEmpty();
        }
        assertThat(after(5)).contains(FIRST);
        assertThat(after(6)).as("the lock has lifted: five more tries").isEmpty();
        assertThat(after(10)).contains(Duration.ofMinutes(30));
        assertThat(after(15)).contains(Duration.ofMinutes(60));
        assertThat(after(35)).contains(Duration.ofMinutes(15 * 64));
        assertThat(after(40)).contains(Duration.ofDays(1));
        assertThat(after(5_000_000)).contains(Duration.ofDays(1));
    }

    @Test
    void anotherNumberOfAttemptsIsHeldToo() {
        assertThat(LoginLocks.lockAfter(2, 3, FIRST)).isEmpty();
        assertThat(LoginLocks.lockAfter(3, 3, FIRST)).contains(FIRST);
        assertThat(LoginLocks.lockAfter(1, 1, FIRST)).contains(FIRST);
        assertThat(LoginLocks.lockAfter(2, 1, FIRST)).contains(Duration.ofMinutes(30));
    }
}
