package dk.kompetencenet.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/** An invitee's answer for one occurrence (known by its original start). */
@Entity
@Table(name = "invitation_answer")
public class InvitationAnswer extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id")
    private Invitation invitation;

    @Column(name = "occurrence_start", nullable = false)
    private LocalDateTime occurrenceStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Answer answer;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected InvitationAnswer() {
    }

    InvitationAnswer(Invitation invitation, LocalDateTime occurrenceStart, Answer answer, Instant answeredAt) {
        this.invitation = invitation;
        this.occurrenceStart = occurrenceStart;
        this.answer = answer;
        this.answeredAt = answeredAt;
    }

    void change(Answer newAnswer, Instant at) {
        this.answer = newAnswer;
        this.answeredAt = at;
    }

    void shift(Duration by) {
        occurrenceStart = occurrenceStart.plus(by);
    }

    public LocalDateTime getOccurrenceStart() {
        return occurrenceStart;
    }

    public Answer getAnswer() {
        return answer;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
