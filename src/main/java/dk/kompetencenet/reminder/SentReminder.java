package dk.kompetencenet.reminder;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.persistence.BaseEntity;

/**
 * The record that a reminder went to a person: of which kind, about what ({@code round:12}, {@code meeting:4:...}) and
 * for which period (an ISO week, a day), when; unique per person, kind, subject and period, so a second run sends
 * nothing. One row of each mail keeps the SHA-256 of the mail's unsubscribe token. Nothing of the mail's text is kept.
 */
@Entity
@Table(name = "sent_reminder")
public class SentReminder extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderKind kind;

    @Column(nullable = false, length = 100)
    private String subject;

    @Column(nullable = false, length = 20)
    private String period;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    protected SentReminder() {
    }

    SentReminder(Employee employee, ReminderKind kind, String subject, String period, Instant sentAt,
                 String tokenHash) {
        this.employee = employee;
        this.kind = kind;
        this.subject = subject;
        this.period = period;
        this.sentAt = sentAt;
        this.tokenHash = tokenHash;
    }

    public Employee getEmployee() {
        return employee;
    }

    public ReminderKind getKind() {
        return kind;
    }

    public String getSubject() {
        return subject;
    }

    public String getPeriod() {
        return period;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
