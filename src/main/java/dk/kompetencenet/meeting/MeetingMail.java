package dk.kompetencenet.meeting;

import java.util.List;
import java.util.Map;

/**
 * Mails to send once the change that caused them is committed: one per recipient, a meeting mail with its iCalendar
 * attachment, or a plain text mail (a reminder) with headers of its own. A rolled-back change sends nothing.
 */
public record MeetingMail(List<Message> messages) {

    /**
     * One mail: to whom, subject and text, and the iCalendar with its method (REQUEST or CANCEL), or none for a plain
     * text mail; extra headers (such as {@code List-Unsubscribe}).
     */
    public record Message(String toName, String toEmail, String subject, String text, String calendar, String method,
                          Map<String, String> headers) {

        public Message {
            headers = Map.copyOf(headers);
        }

        public Message(String toName, String toEmail, String subject, String text, String calendar, String method) {
            this(toName, toEmail, subject, text, calendar, method, Map.of());
        }

        /** A plain text mail without a calendar. */
        public static Message plain(String toName, String toEmail, String subject, String text,
                                    Map<String, String> headers) {
            return new Message(toName, toEmail, subject, text, null, null, headers);
        }
    }
}
