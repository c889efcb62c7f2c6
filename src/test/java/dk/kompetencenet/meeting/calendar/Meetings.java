package dk.kompetencenet.meeting.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** Meetings for the calendar tests: a network's fortnightly series across the end of summer time. */
final class Meetings {

    static final Person ORGANIZER = new Person("Anne Ørsted", "anne.orsted@kommune.dk");
    static final List<Person> ATTENDEES = List.of(new Person("Bo Æbelø", "bo.aebelo@skole.dk"),
            new Person("Carla Jensen", "carla.jensen@dagtilbud.dk"));

    private Meetings() {
    }

    /** Ten network meetings, 14:00 to 16:00 every second Thursday from 1 October 2026. */
    static CalendarEvent fortnightly() {
        return fortnightly(List.of(), List.of());
    }

    static CalendarEvent fortnightly(List<LocalDateTime> cancelled, List<MovedOccurrence> moved) {
        return new CalendarEvent("meeting-42@kompetencenet", 2, "Netværksmøde for digitaliseringsvejledere",
                "Dagsorden: status på handleplanerne; erfaringer med nye værktøjer, og hvad vi gør nu.",
                "Rådhuset, mødelokale 3", at(2026, 10, 1, 14), at(2026, 10, 1, 16), "FREQ=WEEKLY;INTERVAL=2;COUNT=10",
                cancelled, moved, false, ORGANIZER, ATTENDEES, Instant.parse("2026-09-01T08:00:00Z"));
    }

    static CalendarEvent single(LocalDateTime start, LocalDateTime end) {
        return new CalendarEvent("meeting-7@kompetencenet", 0, "Opstartsmøde", null, null, start, end, null,
                null, null, false, ORGANIZER, ATTENDEES, null);
    }

    static LocalDateTime at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0);
    }
}
