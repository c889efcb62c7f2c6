package dk.kompetencenet.meeting.poll;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/** An invitee's answer to one time; changed only through its {@link PollInvitee}, whose version guards it. */
@Entity
@Table(name = "poll_answer")
public class PollAnswer extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitee_id")
    private PollInvitee invitee;

    @ManyToOne(optional = false)
    @JoinColumn(name = "slot_id")
    private PollSlot slot;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Availability availability;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected PollAnswer() {
    }

    PollAnswer(PollInvitee invitee, PollSlot slot, Availability availability, Instant answeredAt) {
        this.invitee = invitee;
        this.slot = slot;
        change(availability, answeredAt);
    }

    void change(Availability availability, Instant answeredAt) {
        this.availability = availability;
        this.answeredAt = answeredAt;
    }

    public PollSlot getSlot() {
        return slot;
    }

    public Availability getAvailability() {
        return availability;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }
}
