package dk.kompetencenet.meeting.poll;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/** One proposed time of a poll, in Europe/Copenhagen local time. Never edited, so no {@code @Version}. */
@Entity
@Table(name = "poll_slot")
public class PollSlot extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "poll_id")
    private DatePoll poll;

    @Column(name = "start_at", nullable = false)
    private LocalDateTime startAt;

    @Column(name = "end_at", nullable = false)
    private LocalDateTime endAt;

    protected PollSlot() {
    }

    PollSlot(DatePoll poll, LocalDateTime startAt, LocalDateTime endAt) {
        this.poll = poll;
        this.startAt = startAt;
        this.endAt = endAt;
    }

    /** Whether a time (of another meeting) overlaps this one. */
    boolean overlaps(LocalDateTime start, LocalDateTime end) {
        return start.isBefore(endAt) && startAt.isBefore(end);
    }

    public DatePoll getPoll() {
        return poll;
    }

    public LocalDateTime getStartAt() {
        return startAt;
    }

    public LocalDateTime getEndAt() {
        return endAt;
    }
}
