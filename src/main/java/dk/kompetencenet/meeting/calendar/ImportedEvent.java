package dk.kompetencenet.meeting.calendar;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting read from an uploaded .ics file, in Copenhagen local time; nothing is saved yet.
 *
 * @param uid       the file's UID, or null if it has none
 * @param rrule     the normalised RRULE value (see {@link RecurrenceRules}), or null for a single meeting
 * @param cancelled original starts of the series' cancelled occurrences (EXDATE, or an override with
 *                  STATUS:CANCELLED), in order
 * @param moved     the series' occurrences held at another time (overrides with a RECURRENCE-ID), in order
 * @param extra     starts of meetings held besides those the rule gives (RDATE), in order
 * @param openEnded the file's series has no end, and is kept so ({@link OpenEndedSeries})
 * @param attendees the attendees' e-mail addresses in lower case, in the file's order
 */
public record ImportedEvent(String uid, String summary, String description, String location,
                            LocalDateTime start, LocalDateTime end, String rrule, List<LocalDateTime> cancelled,
                            List<MovedOccurrence> moved, List<LocalDateTime> extra, boolean openEnded,
                            List<String> attendees) {

    public ImportedEvent {
        cancelled = cancelled == null ? List.of() : List.copyOf(cancelled);
        moved = moved == null ? List.of() : List.copyOf(moved);
        extra = extra == null ? List.of() : extra.stream().sorted().toList();
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** A bounded meeting or series without attendees. */
    public ImportedEvent(String uid, String summary, String description, String location, LocalDateTime start,
                         LocalDateTime end, String rrule, List<LocalDateTime> cancelled, List<MovedOccurrence> moved) {
        this(uid, summary, description, location, start, end, rrule, cancelled, moved, List.of(), false, List.of());
    }

    /** A single meeting, or a series without exceptions. */
    public ImportedEvent(String uid, String summary, String description, String location, LocalDateTime start,
                         LocalDateTime end, String rrule) {
        this(uid, summary, description, location, start, end, rrule, List.of(), List.of());
    }

    /** The meeting as a calendar program would see it, to expand its occurrences or write it back. */
    public CalendarEvent toCalendarEvent() {
        return new CalendarEvent(uid == null ? "import@kompetencenet" : uid, 0, summary, description, location, start,
                end, rrule, cancelled, moved, extra, false, null, null, null);
    }
}
