package dk.kompetencenet.meeting.calendar;

import java.time.LocalDateTime;

/**
 * A meeting read from an uploaded .ics file, in Copenhagen local time; nothing is saved yet.
 *
 * @param uid   the file's UID, or null if it has none
 * @param rrule the normalised RRULE value (see {@link RecurrenceRules}), or null for a single meeting
 */
public record ImportedEvent(String uid, String summary, String description, String location,
                            LocalDateTime start, LocalDateTime end, String rrule) {
}
