package dk.kompetencenet.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Designations and certificates with an end date are flagged 90 days ahead and once they have run out. */
class ExpiryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @Test
    void somethingWithoutAnEndDateStaysValid() {
        assertThat(Expiry.of(TODAY.minusYears(3), null, TODAY)).isEqualTo(Expiry.VALID);
        assertThat(Expiry.of(null, null, TODAY)).isEqualTo(Expiry.VALID);
    }

    @Test
    void endingWithinNinetyDaysIsExpiringAndTheDayAfterTheEndIsExpired() {
        assertThat(Expiry.of(null, TODAY.plusDays(91), TODAY)).isEqualTo(Expiry.VALID);
        assertThat(Expiry.of(null, TODAY.plusDays(90), TODAY)).isEqualTo(Expiry.EXPIRING);
        assertThat(Expiry.of(null, TODAY, TODAY)).isEqualTo(Expiry.EXPIRING);
        assertThat(Expiry.of(null, TODAY.minusDays(1), TODAY)).isEqualTo(Expiry.EXPIRED);
        assertThat(Expiry.EXPIRING.isFlagged()).isTrue();
        assertThat(Expiry.EXPIRED.isFlagged()).isTrue();
        assertThat(Expiry.VALID.isFlagged()).isFalse();
    }

    @Test
    void aPeriodNotYetBegunIsUpcoming() {
        assertThat(Expiry.of(TODAY.plusDays(1), null, TODAY)).isEqualTo(Expiry.UPCOMING);
        assertThat(Expiry.of(TODAY, null, TODAY)).isEqualTo(Expiry.VALID);
    }
}
