package dk.kompetencenet.meeting.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Danish holidays (helligdage), to warn when a meeting is put on one: the official ones, Store bededag up to 2023
 * (abolished from 2024), and the days schools and many workplaces close (Grundlovsdag, Christmas Eve, New Year's Eve).
 */
public final class DanishHolidays {

    /** Store bededag was abolished from 2024. */
    private static final int LAST_GREAT_PRAYER_DAY = 2023;

    private DanishHolidays() {
    }

    /** The year's holidays by date; where two fall on one day (Whitsun on 5 June), the official one comes first. */
    public static List<Holiday> inYear(int year) {
        LocalDate easter = easterSunday(year);
        List<Holiday> holidays = new ArrayList<>(List.of(
                new Holiday(LocalDate.of(year, 1, 1), "holiday.newYearsDay"),
                new Holiday(easter.minusDays(3), "holiday.maundyThursday"),
                new Holiday(easter.minusDays(2), "holiday.goodFriday"),
                new Holiday(easter, "holiday.easterSunday"),
                new Holiday(easter.plusDays(1), "holiday.easterMonday"),
                new Holiday(easter.plusDays(39), "holiday.ascensionDay"),
                new Holiday(easter.plusDays(49), "holiday.whitSunday"),
                new Holiday(easter.plusDays(50), "holiday.whitMonday"),
                new Holiday(LocalDate.of(year, 12, 25), "holiday.christmasDay"),
                new Holiday(LocalDate.of(year, 12, 26), "holiday.boxingDay"),
                new Holiday(LocalDate.of(year, 6, 5), "holiday.constitutionDay"),
                new Holiday(LocalDate.of(year, 12, 24), "holiday.christmasEve"),
                new Holiday(LocalDate.of(year, 12, 31), "holiday.newYearsEve")));
        if (year <= LAST_GREAT_PRAYER_DAY) {
            holidays.add(new Holiday(easter.plusDays(26), "holiday.greatPrayerDay"));
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(holidays);
    }

    /** The holiday on the date, if any. */
    public static Optional<Holiday> on(LocalDate date) {
        return inYear(date.getYear()).stream().filter(holiday -> holiday.date().equals(date)).findFirst();
    }

    /** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
