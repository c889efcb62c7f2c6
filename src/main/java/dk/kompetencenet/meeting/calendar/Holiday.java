package dk.kompetencenet.meeting.calendar;

import java.time.LocalDate;

/**
 * A Danish holiday, to warn against meeting on it.
 *
 * @param key the message key of its name, e.g. {@code holiday.easterMonday}
 */
public record Holiday(LocalDate date, String key) {
}
