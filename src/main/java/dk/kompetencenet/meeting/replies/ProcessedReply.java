package dk.kompetencenet.meeting.replies;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;
import dk.kompetencenet.platform.persistence.Derived;

/**
 * A mail read from the organiser mailbox and what became of it; its unique {@code reply_key} keeps every reply from
 * being recorded, or an unusable one logged, twice. Written once, never edited.
 */
@Entity
@Table(name = "mail_reply")
@NamedQuery(name = "ProcessedReply.byKey", query = "select r from ProcessedReply r where r.replyKey = :key")
public class ProcessedReply extends BaseEntity {

    @Column(name = "reply_key", nullable = false, length = 64, unique = true)
    private String replyKey;

    /** As the mail carried it: a record of what arrived, kept even if odd, so that the mail is not read again. */
    @Derived
    @Column(name = "message_id", length = 500)
    private String messageId;

    @Column(name = "meeting_id")
    private Long meetingId;

    @Derived
    @Column(length = 320)
    private String attendee;

    @Column(nullable = false, length = 20)
    private String outcome;

    @Derived
    @Column(length = 500)
    private String detail;

    @Column(name = "processed_at", nullable = false)
    private Instant processedAt;

    protected ProcessedReply() {
    }

    ProcessedReply(String replyKey, String messageId, Long meetingId, String attendee, String outcome, String detail,
                   Instant processedAt) {
        this.replyKey = replyKey;
        this.messageId = cut(messageId, 500);
        this.meetingId = meetingId;
        this.attendee = cut(attendee, 320);
        this.outcome = outcome;
        this.detail = cut(detail, 500);
        this.processedAt = processedAt;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    String getOutcome() {
        return outcome;
    }
}
