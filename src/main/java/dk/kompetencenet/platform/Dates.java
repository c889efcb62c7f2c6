package dk.kompetencenet.platform;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import dk.kompetencenet.platform.InvalidInputException.Problem;

/**
 * The one range a date that a user gives may fall in: years 2000 to 2100. Year 1 or 9999 is a slip of the keyboard or a
 * probe, never a meeting, an experiment or a delivery; outside the range the calendars, reports and databases do
 * not agree on what a date means. A value the application derives (an open-ended series' internal end) is not a date a
 * user gave and is marked {@code @Derived} on its field.
 */
public final class Dates {

    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    private Dates() {
    }

    /** The problem, if any, with a day given for the named field. */
    public static Optional<Problem> problem(String field, LocalDate day) {
        return day == null || !(day.isBefore(EARLIEST) || day.isAfter(LATEST)) ? Optional.empty()
                : Optional.of(Problem.inField(field, "date.error.outOfRange",
                        String.valueOf(EARLIEST.getYear()), String.valueOf(LATEST.getYear())));
    }

    /** The problem, if any, with a time given for the named field. */
    public static Optional<Problem> problem(String field, LocalDateTime time) {
        return time == null ? Optional.empty() : problem(field, time.toLocalDate());
    }
}
