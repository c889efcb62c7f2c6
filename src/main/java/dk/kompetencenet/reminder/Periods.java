package dk.kompetencenet.reminder;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;

import dk.kompetencenet.platform.i18n.Texts;

/** The periods reminders are counted in, as text that sorts in time order, and the dates mails show (Danish). */
final class Periods {

    /** Dates in mails, as Danes write them (and as English readers in Denmark read them). */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private Periods() {
    }

    /** A time in a mail in the reader's language: the pages' {@code format.weekDateTime} ("kl." only in Danish). */
    static String when(Locale locale, LocalDateTime at) {
        Locale language = Texts.supported(locale);
        return DateTimeFormatter.ofPattern(Texts.bundle(language).getString("format.weekDateTime"), language).format(at);
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
