package dk.kompetencenet.reminder;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;

/** The periods reminders are counted in, as text that sorts in time order, and the dates mails show (Danish). */
final class Periods {

    /** Dates in mails, as Danes write them. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm");

    private Periods() {
    }

    /** The ISO week of a day: {@code 2026-W49}. */
    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** A day: {@code 2026-12-06}. */
    static String day(LocalDate day) {
        return day.toString();
    }
}
