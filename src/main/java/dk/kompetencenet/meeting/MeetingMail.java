package dk.kompetencenet.meeting;

import java.util.List;

/**
 * Mails to send once the change that caused them is committed: one per recipient, each with its iCalendar attachment.
 * A rolled-back change sends nothing.
 */
public record MeetingMail(List<Message> messages) {

    /**
     * One mail: to whom, subject and text in Danish, and the iCalendar with its method (REQUEST or CANCEL); both null
     * for a plain text mail (a date poll's request to answer).
     */
    public record Message(String toName, String toEmail, String subject, String text, String calendar, String method) {
    }
}
