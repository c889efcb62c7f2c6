package dk.kompetencenet.meeting.calendar;

/** An organiser or attendee: name and e-mail address. */
public record Person(String name, String email) {
}
