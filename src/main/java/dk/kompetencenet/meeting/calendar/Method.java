package dk.kompetencenet.meeting.calendar;

/** The iTIP method of a calendar: a feed or download (PUBLISH), an invitation (REQUEST), a cancellation (CANCEL). */
public enum Method {
    PUBLISH, REQUEST, CANCEL
}
