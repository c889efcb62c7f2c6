package dk.kompetencenet.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;

class MeetingMimeTest {

    private static final String CALENDAR = "BEGIN:VCALENDAR\r\nMETHOD:CANCEL\r\nBEGIN:VEVENT\r\nSUMMARY:Netværksmøde\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void aMeetingMailIsAlternativeTextAndCalendarWithItsMethodAsOutlookExpects() throws Exception {
        Session session = Session.getInstance(new Properties());
        MeetingMail.Message message = new MeetingMail.Message("Bo Æbelø", "bo@skole.dk", "Aflyst: Netværksmøde",
                "Hej\n\nMødet er aflyst.", CALENDAR, "CANCEL");

        MimeMessage sent = MeetingMime.of(session, new InternetAddress("kompetencenet@kommune.dk"), message);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        sent.writeTo(wire);
        MimeMessage received = new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));

        assertThat(new ContentType(received.getContentType()).getBaseType()).isEqualTo("multipart/alternative");
        Multipart parts = (Multipart) received.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        ContentType text = new ContentType(parts.getBodyPart(0).getContentType());
        assertThat(text.getBaseType()).isEqualTo("text/plain");
        assertThat(text.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        String body = (String) parts.getBodyPart(0).getContent();
        assertThat(body.replace("\r\n", "\n")).isEqualTo("Hej\n\nMødet er aflyst.");
        ContentType calendar = new ContentType(parts.getBodyPart(1).getContentType());
        assertThat(calendar.getBaseType()).isEqualTo("text/calendar");
        assertThat(calendar.getParameter("method")).isEqualTo("CANCEL");
        assertThat(calendar.getParameter("charset")).isEqualToIgnoringCase("UTF-8");
        assertThat(decoded(parts.getBodyPart(1))).isEqualTo(CALENDAR);
        assertThat(received.getSubject()).isEqualTo("Aflyst: Netværksmøde");
        assertThat(((InternetAddress) received.getAllRecipients()[0]).getPersonal()).isEqualTo("Bo Æbelø");
    }

    @Test
    void aMailWithoutACalendarIsPlainTextWithoutTheCalendarHeader() throws Exception {
        Session session = Session.getInstance(new Properties());
        MeetingMail.Message message = new MeetingMail.Message("Bo Æbelø", "bo@skole.dk", "Hvornår kan du? Temamøde",
                "Svar her: https://kompetencenet.example/meeting/poll-answer.xhtml?token=x", null, null);

        MimeMessage sent = MeetingMime.of(session, new InternetAddress("kompetencenet@kommune.dk"), message);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        sent.writeTo(wire);
        MimeMessage received = new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));

        assertThat(new ContentType(received.getContentType()).getBaseType()).isEqualTo("text/plain");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(message.text());
        assertThat(received.getHeader("Content-Class")).isNull();
    }

    private static String decoded(BodyPart part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
