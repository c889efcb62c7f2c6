package dk.kompetencenet.meeting;

import java.time.Duration;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/** What is particular to one occurrence: held at another time, cancelled, added to the series, and its minutes. */
@Entity
@Table(name = "meeting_occurrence")
public class MeetingOccurrence extends VersionedEntity {

    static final int MAX_MINUTES = 16_000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @Column(name = "original_start", nullable = false)
    private LocalDateTime originalStart;

    @Column(name = "start_at")
    private LocalDateTime startAt;

    @Column(name = "end_at")
    private LocalDateTime endAt;

    @Column(nullable = false)
    private boolean cancelled;

    /** A meeting held besides those the series' rule gives (an extra date, RDATE). */
    @Column(nullable = false)
    private boolean added;

    @Column(length = MAX_MINUTES)
    private String minutes;

    protected MeetingOccurrence() {
    }

    MeetingOccurrence(Meeting meeting, LocalDateTime originalStart) {
        this.meeting = meeting;
        this.originalStart = originalStart;
    }

    void move(LocalDateTime start, LocalDateTime end) {
        this.startAt = start;
        this.endAt = end;
        this.cancelled = false;
    }

    void cancel() {
        this.cancelled = true;
    }

    void markAdded() {
        this.added = true;
    }

    void shift(Duration by) {
        originalStart = originalStart.plus(by);
        if (startAt != null) {
            startAt = startAt.plus(by);
            endAt = endAt.plus(by);
        }
    }

    public void writeMinutes(String text) {
        if (text != null && text.length() > MAX_MINUTES) {
            throw new InvalidInputException(Problem.inField("minutes", "text.error.tooLong", MAX_MINUTES));
        }
        this.minutes = text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isMoved() {
        return startAt != null && !cancelled;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public LocalDateTime getOriginalStart() {
        return originalStart;
    }

    public LocalDateTime getStartAt() {
        return startAt;
    }

    public LocalDateTime getEndAt() {
        return endAt;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public boolean isAdded() {
        return added;
    }

    public String getMinutes() {
        return minutes;
    }
}
