package dk.kompetencenet.meeting;

import java.time.Instant;
import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.persistence.BaseEntity;

/**
 * A new time an invitee proposed from their calendar program (iTIP COUNTER, Outlook's "Propose New Time"), for the
 * organiser to see; nothing moves by itself. Never edited, so no {@code @Version}.
 */
@Entity
@Table(name = "time_proposal")
@NamedQuery(name = "TimeProposal.ofMeeting", query = "select p from TimeProposal p join fetch p.employee"
        + " where p.meeting = :meeting order by p.receivedAt desc")
public class TimeProposal extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "occurrence_start")
    private LocalDateTime occurrenceStart;

    @Column(name = "proposed_start", nullable = false)
    private LocalDateTime proposedStart;

    @Column(name = "proposed_end", nullable = false)
    private LocalDateTime proposedEnd;

    @Column(name = "comment_text", length = 1000)
    private String comment;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected TimeProposal() {
    }

    TimeProposal(Meeting meeting, Employee employee, LocalDateTime occurrenceStart, LocalDateTime proposedStart,
                 LocalDateTime proposedEnd, String comment, Instant receivedAt) {
        this.meeting = meeting;
        this.employee = employee;
        this.occurrenceStart = occurrenceStart;
        this.proposedStart = proposedStart;
        this.proposedEnd = proposedEnd;
        this.comment = comment == null || comment.length() <= 1000 ? comment : comment.substring(0, 1000);
        this.receivedAt = receivedAt;
    }

    public Employee getEmployee() {
        return employee;
    }

    /** The original start of the one occurrence it is about, or null for the meeting or whole series. */
    public LocalDateTime getOccurrenceStart() {
        return occurrenceStart;
    }

    public LocalDateTime getProposedStart() {
        return proposedStart;
    }

    public LocalDateTime getProposedEnd() {
        return proposedEnd;
    }

    public String getComment() {
        return comment;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
