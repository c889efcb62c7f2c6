package dk.kompetencenet.meeting.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DanishHolidaysTest {

    @ParameterizedTest
    @CsvSource({"2000-04-23", "2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05", "2027-03-28", "2038-04-25",
        "2285-03-22"})
    void findsEasterSundayByTheGregorianComputus(LocalDate easter) {
        assertThat(DanishHolidays.on(easter)).get().extracting(Holiday::key).isEqualTo("holiday.easterSunday");
    }

    @Test
    void givesTheHolidaysOf2026InOrderOfDate() {
        assertThat(DanishHolidays.inYear(2026)).containsExactly(
                new Holiday(LocalDate.of(2026, 1, 1), "holiday.newYearsDay"),
                new Holiday(LocalDate.of(2026, 4, 2), "holiday.maundyThursday"),
                new Holiday(LocalDate.of(2026, 4, 3), "holiday.goodFriday"),
                new Holiday(LocalDate.of(2026, 4, 5), "holiday.easterSunday"),
                new Holiday(LocalDate.of(2026, 4, 6), "holiday.easterMonday"),
                new Holiday(LocalDate.of(2026, 5, 14), "holiday.ascensionDay"),
                new Holiday(LocalDate.of(2026, 5, 24), "holiday.whitSunday"),
                new Holiday(LocalDate.of(2026, 5, 25), "holiday.whitMonday"),
                new Holiday(LocalDate.of(2026, 6, 5), "holiday.constitutionDay"),
                new Holiday(LocalDate.of(2026, 12, 24), "holiday.christmasEve"),
                new Holiday(LocalDate.of(2026, 12, 25), "holiday.christmasDay"),
                new Holiday(LocalDate.of(2026, 12, 26), "holiday.boxingDay"),
                new Holiday(LocalDate.of(2026, 12, 31), "holiday.newYearsEve"));
    }

    @Test
    void keepsStoreBededagUpTo2023Only() {
        assertThat(DanishHolidays.on(LocalDate.of(2023, 5, 5))).contains(
                new Holiday(LocalDate.of(2023, 5, 5), "holiday.greatPrayerDay"));
        assertThat(DanishHolidays.inYear(2024)).extracting(Holiday::key).doesNotContain("holiday.greatPrayerDay");
        assertThat(DanishHolidays.inYear(2026)).extracting(Holiday::key).doesNotContain("holiday.greatPrayerDay");
        assertThat(DanishHolidays.on(LocalDate.of(2026, 5, 1))).isEmpty();
    }

    @Test
    void givesWhitsunRatherThanConstitutionDayWhenTheyFallTogether() {
        assertThat(DanishHolidays.on(LocalDate.of(2022, 6, 5))).get().extracting(Holiday::key)
                .isEqualTo("holiday.whitSunday");
        assertThat(DanishHolidays.inYear(2022)).filteredOn(h -> h.date().equals(LocalDate.of(2022, 6, 5)))
                .extracting(Holiday::key).containsExactly("holiday.whitSunday", "holiday.constitutionDay");
    }

    @Test
    void findsNoHolidayOnAnOrdinaryDay() {
        assertThat(DanishHolidays.on(LocalDate.of(2026, 10, 1))).isEmpty();
    }
}
