package dk.kompetencenet.meeting.replies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import dk.kompetencenet.meeting.Answer;
import dk.kompetencenet.testsupport.ReplyTexts;

class ItipReplyParserTest {

    private static final String UID = "meeting-42@kompetencenet";

    private static String reply(String file, String partStat) {
        return ReplyTexts.of(file, UID, "Hanne Jensen", "Hanne.Jensen@Example.DK", partStat, "20261205T101500Z");
    }

    @Test
    void readsOutlooksAcceptForTheWholeSeries() throws UnusableReply {
        ItipReply reply = ItipReplyParser.parse(reply("outlook-reply.ics", "ACCEPTED"));

        assertEquals("REPLY", reply.method());
        assertEquals(UID, reply.uid());
        assertEquals("hanne.jensen@example.dk", reply.attendee(), "addresses are matched in any case");
        assertEquals(Answer.ACCEPTED, reply.answer());
        assertNull(reply.occurrence(), "no RECURRENCE-ID: the whole series");
    }

    @Test
    void readsOutlooksRecurrenceIdInAWindowsTimeZoneAsDanishTime() throws UnusableReply {
        ItipReply reply = ItipReplyParser.parse(reply("outlook-reply-occurrence.ics", "DECLINED"));

        assertEquals(Answer.DECLINED, reply.answer());
        assertEquals(LocalDateTime.of(2027, 1, 21, 14, 0), reply.occurrence());
    }

    @Test
    void readsGooglesTentativeForOneOccurrence() throws UnusableReply {
        ItipReply reply = ItipReplyParser.parse(reply("google-reply.ics", "TENTATIVE"));

        assertEquals(Answer.TENTATIVE, reply.answer());
        assertEquals(LocalDateTime.of(2027, 1, 28, 14, 0), reply.occurrence());
    }

    @Test
    void readsARecurrenceIdInUtcAsCopenhagenTimeInSummer() throws UnusableReply {
        String summer = reply("google-reply.ics", "ACCEPTED")
                .replace("RECURRENCE-ID;TZID=Europe/Copenhagen:20270128T140000", "RECURRENCE-ID:20270610T120000Z");

        assertEquals(LocalDateTime.of(2027, 6, 10, 14, 0), ItipReplyParser.parse(summer).occurrence());
    }

    @Test
    void readsOutlooksProposedNewTime() throws UnusableReply {
        ItipReply counter = ItipReplyParser.parse(reply("outlook-counter.ics", "TENTATIVE"));

        assertTrue(counter.isCounter());
        assertNull(counter.answer());
        assertEquals(LocalDateTime.of(2027, 1, 14, 15, 0), counter.proposedStart());
        assertEquals(LocalDateTime.of(2027, 1, 14, 17, 0), counter.proposedEnd());
        assertEquals("Kan vi rykke en time? Jeg har skolebestyrelse til 15.", counter.comment());
    }

    @Test
    void unfoldsLinesAndReadsQuotedParameters() throws UnusableReply {
        String folded = reply("outlook-reply.ics", "ACCEPTED").replace(
                "ATTENDEE;PARTSTAT=ACCEPTED;CN=Hanne Jensen:mailto:Hanne.Jensen@Example.DK",
                "ATTENDEE;CN=\"Jensen; Hanne: pædagog\";PARTSTAT=ACCEPTED:mailto:hanne.jen\r\n sen@example.dk");

        ItipReply reply = ItipReplyParser.parse(folded);

        assertEquals("hanne.jensen@example.dk", reply.attendee());
        assertEquals(Answer.ACCEPTED, reply.answer());
    }

    @Test
    void aLaterReplyOfTheSameAttendeeHasAnotherKeyAndTheSameReplyTheSame() throws UnusableReply {
        String first = reply("outlook-reply.ics", "ACCEPTED");
        String later = first.replace("DTSTAMP:20261205T101500Z", "DTSTAMP:20261206T080000Z");

        assertEquals(ItipReplyParser.parse(first).key(), ItipReplyParser.parse(first).key());
        assertNotEquals(ItipReplyParser.parse(first).key(), ItipReplyParser.parse(later).key());
        assertEquals(64, ItipReplyParser.parse(first).key().length());
    }

    @Test
    void refusesWhatIsNoAnswerWithTheReason() {
        assertReason("METHOD:REQUEST is no answer", reply("outlook-reply.ics", "ACCEPTED")
                .replace("METHOD:REPLY", "METHOD:REQUEST"));
        assertReason("PARTSTAT=NEEDS-ACTION is no answer", reply("outlook-reply.ics", "NEEDS-ACTION"));
        assertReason("no iCalendar", "Jeg er på ferie til 2. januar.");
        assertReason("the VEVENT has no UID", reply("google-reply.ics", "ACCEPTED").replace("UID:" + UID + "\r\n", ""));
        assertReason("line 3 has no ':'", "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nthis line is broken\r\n");
        assertReason("RECURRENCE-ID '20270230T140000' is no date and time", reply("google-reply.ics", "ACCEPTED")
                .replace("20270128T140000", "20270230T140000"));
        assertReason("the calendar has no VEVENT", "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nEND:VCALENDAR\r\n");
    }

    private static void assertReason(String expected, String calendar) {
        UnusableReply refused = assertThrows(UnusableReply.class, () -> ItipReplyParser.parse(calendar));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
