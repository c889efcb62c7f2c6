package dk.kompetencenet.meeting;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

/**
 * A meeting mail as calendar programs take a meeting request (RFC 6047, and the layout Exchange itself sends):
 * {@code multipart/alternative} of the text in {@code text/plain} and the iCalendar in
 * {@code text/calendar; charset=UTF-8; method=REQUEST} (or {@code CANCEL}), so that Outlook shows Accept, Tentative and
 * Decline and removes a cancelled meeting, and a program that knows no calendars shows the text. A mail without a
 * calendar (a reminder, a date poll's request to answer) is plain text; a message's own headers are set as given.
 */
final class MeetingMime {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private MeetingMime() {
    }

    static MimeMessage of(Session session, InternetAddress from, MeetingMail.Message message)
            throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setFrom(from);
        try {
            mime.setRecipient(jakarta.mail.Message.RecipientType.TO,
                    new InternetAddress(message.toEmail(), message.toName(), UTF_8));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8 missing", e);
        }
        mime.setSubject(message.subject(), UTF_8);
        for (var header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), header.getValue());
        }
        if (message.calendar() == null) {
            mime.setText(message.text(), UTF_8);
            mime.saveChanges();
            return mime;
        }
        mime.setHeader("Content-Class", "urn:content-classes:calendarmessage");

        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8);
        MimeBodyPart calendar = new MimeBodyPart();
        String type = "text/calendar; charset=UTF-8; method=" + message.method();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(
                message.calendar().getBytes(StandardCharsets.UTF_8), type)));
        calendar.setHeader("Content-Type", type);
        calendar.setHeader("Content-Transfer-Encoding", "base64");
        mime.setContent(new MimeMultipart("alternative", text, calendar));
        mime.saveChanges();
        return mime;
    }
}
