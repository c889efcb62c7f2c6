package dk.kompetencenet.meeting.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A meeting or a series of meetings as a calendar program sees it. Times are local Europe/Copenhagen times.
 *
 * @param uid                  stable identity across updates, e.g. {@code meeting-42@kompetencenet}
 * @param sequence             raised every time a changed version is sent to invitees
 * @param rrule                an RFC 5545 RRULE value without the "RRULE:" prefix, or null for a single meeting
 * @param cancelledOccurrences original start times of cancelled occurrences (written as EXDATE)
 * @param movedOccurrences     occurrences with another time than the rule gives (written as RECURRENCE-ID events)
 * @param extraOccurrences     starts of meetings held besides those the rule gives (written as RDATE)
 * @param cancelled            the whole meeting or series is cancelled (STATUS:CANCELLED)
 * @param lastModified         when the meeting last changed (DTSTAMP / LAST-MODIFIED)
 */
public record CalendarEvent(String uid, int sequence, String summary, String description, String location,
                            LocalDateTime start, LocalDateTime end, String rrule,
                            List<LocalDateTime> cancelledOccurrences, List<MovedOccurrence> movedOccurrences,
                            List<LocalDateTime> extraOccurrences, boolean cancelled, Person organizer,
                            List<Person> attendees, Instant lastModified) {

    public CalendarEvent {
        cancelledOccurrences = cancelledOccurrences == null ? List.of() : List.copyOf(cancelledOccurrences);
        movedOccurrences = movedOccurrences == null ? List.of() : List.copyOf(movedOccurrences);
        extraOccurrences = extraOccurrences == null ? List.of() : List.copyOf(extraOccurrences);
        attendees = attendees == null ? List.of() : List.copyOf(attendees);
    }

    /** An event without extra dates. */
    public CalendarEvent(String uid, int sequence, String summary, String description, String location,
                         LocalDateTime start, LocalDateTime end, String rrule, List<LocalDateTime> cancelledOccurrences,
                         List<MovedOccurrence> movedOccurrences, boolean cancelled, Person organizer,
                         List<Person> attendees, Instant lastModified) {
        this(uid, sequence, summary, description, location, start, end, rrule, cancelledOccurrences,
                movedOccurrences, List.of(), cancelled, organizer, attendees, lastModified);
    }

    /** The same event under another title. */
    public CalendarEvent withSummary(String newSummary) {
        return new CalendarEvent(uid, sequence, newSummary, description, location, start, end, rrule,
                cancelledOccurrences, movedOccurrences, extraOccurrences, cancelled, organizer, attendees, lastModified);
    }

    /** The same event with another organiser (the organiser mailbox, for invitations whose answers come back). */
    public CalendarEvent withOrganizer(Person newOrganizer) {
        return new CalendarEvent(uid, sequence, summary, description, location, start, end, rrule,
                cancelledOccurrences, movedOccurrences, extraOccurrences, cancelled, newOrganizer, attendees,
                lastModified);
    }

    public boolean isRecurring() {
        return rrule != null && !rrule.isBlank();
    }

    /** More than one meeting: a rule, or extra dates. */
    public boolean isSeries() {
        return isRecurring() || !extraOccurrences.isEmpty();
    }
}
