package dk.kompetencenet.meeting;

import java.time.Duration;
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

/** Whether an invitee was at one occurrence. */
@Entity
@Table(name = "attendance")
public class Attendance extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invitation_id")
    private Invitation invitation;

    @Column(name = "occurrence_start", nullable = false)
    private LocalDateTime occurrenceStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AttendanceStatus status;

    protected Attendance() {
    }

    Attendance(Invitation invitation, LocalDateTime occurrenceStart, AttendanceStatus status) {
        this.invitation = invitation;
        this.occurrenceStart = occurrenceStart;
        this.status = status;
    }

    void change(AttendanceStatus newStatus) {
        this.status = newStatus;
    }

    void shift(Duration by) {
        occurrenceStart = occurrenceStart.plus(by);
    }

    public LocalDateTime getOccurrenceStart() {
        return occurrenceStart;
    }

    public AttendanceStatus getStatus() {
        return status;
    }
}
