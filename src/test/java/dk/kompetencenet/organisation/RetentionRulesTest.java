package dk.kompetencenet.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.platform.InvalidInputException;

class RetentionRulesTest {

    private static Employee someone() {
        return Employee.withId(77, "Karen", "Blixen", "karen@example.dk", JobRole.LAERER);
    }

    @Test
    void someoneWhoLeftMayBeErasedTheRetentionPeriodAfterTheDayTheyLeft() {
        Employee karen = someone();
        assertThat(karen.erasableFrom(12)).isEmpty();

        karen.deactivate(LocalDate.of(2026, 3, 31));

        assertThat(karen.erasableFrom(12)).contains(LocalDate.of(2027, 3, 31));
        karen.reactivate();
        assertThat(karen.erasableFrom(12)).isEmpty();
        assertThat(karen.getLeftOn()).isNull();
    }

    @Test
    void anonymisingLeavesNoNameNorAddressAndCannotBeUndoneByReactivating() {
        Employee karen = someone();
        karen.deactivate(LocalDate.of(2025, 1, 1));

        karen.anonymise(Instant.parse("2026-06-01T10:00:00Z"));

        assertThat(karen.getFullName()).doesNotContain("Karen").doesNotContain("Blixen").isEqualTo("Anonymiseret 77");
        assertThat(karen.getEmail()).isEqualTo("anonymised-77@anonymised.invalid");
        assertThat(karen.isAnonymised()).isTrue();
        assertThatThrownBy(karen::reactivate).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void someoneStillWorkingIsNotAnonymised() {
        assertThatThrownBy(() -> someone().anonymise(Instant.now())).isInstanceOf(IllegalStateException.class);
    }
}
