package dk.kompetencenet.meeting;

import java.time.LocalDateTime;
import java.util.List;

import dk.kompetencenet.platform.i18n.Message;

/**
 * What an .ics file would import, shown before anything is saved: each event that becomes a meeting and each that
 * does not, with its reasons.
 */
public record ImportPreview(List<Event> events, List<Skipped> skipped) {

    public ImportPreview {
        events = List.copyOf(events);
        skipped = List.copyOf(skipped);
    }

    /**
     * An event that becomes a meeting or series.
     *
     * @param repeats       how it repeats, in words
     * @param comingYear    its occurrences from today and a year ahead
     * @param notice        for an open-ended series: that it is imported up to a horizon; else null
     * @param staff         attendees who are staff the caller may invite (they are invited)
     * @param notStaff      attendees' addresses that are not such staff
     */
    public record Event(String title, LocalDateTime firstStart, LocalDateTime firstEnd, Message repeats,
                        int comingYear, Message notice, List<Invitee> staff, List<String> notStaff) {

        public Event {
            staff = List.copyOf(staff);
            notStaff = List.copyOf(notStaff);
        }
    }

    /** A member of staff found by an attendee's e-mail address. */
    public record Invitee(Long id, String name, String email) {
    }

    /** An event that is not imported, at its line, with why. */
    public record Skipped(int line, String title, List<Message> reasons) {

        public Skipped {
            reasons = List.copyOf(reasons);
        }
    }
}
