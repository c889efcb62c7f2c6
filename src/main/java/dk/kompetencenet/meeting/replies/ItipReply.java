package dk.kompetencenet.meeting.replies;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.HexFormat;

import dk.kompetencenet.meeting.Answer;

/**
 * One invitee's answer as a calendar program sends it to the organiser (iTIP, RFC 5546): a REPLY with their
 * PARTSTAT, or a COUNTER proposing another time. Times are local Europe/Copenhagen times.
 *
 * @param method     {@code REPLY} or {@code COUNTER}
 * @param attendee   the answering attendee's e-mail address, in lower case
 * @param answer     the answer of a REPLY; null for a COUNTER
 * @param occurrence the original start of the one occurrence answered (RECURRENCE-ID), or null for the whole series
 * @param stamp      DTSTAMP as written, which tells one reply from a later one of the same attendee
 * @param proposedStart the new start a COUNTER proposes; null for a REPLY
 */
record ItipReply(String method, String uid, String attendee, Answer answer, LocalDateTime occurrence, int sequence,
                 String stamp, LocalDateTime proposedStart, LocalDateTime proposedEnd, String comment) {

    static final String REPLY = "REPLY";
    static final String COUNTER = "COUNTER";

    boolean isCounter() {
        return COUNTER.equals(method);
    }

    /**
     * What makes the reply this one and no other (UID, attendee, occurrence, SEQUENCE, DTSTAMP and what it says), as a
     * key of fixed length for {@code mail_reply}: the same reply in a second mail, or read by a second node, is known.
     */
    String key() {
        return hash(String.join("|", method, uid, attendee, String.valueOf(occurrence), String.valueOf(sequence),
                stamp, String.valueOf(answer), String.valueOf(proposedStart), String.valueOf(proposedEnd)));
    }

    static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }
}
