package dk.kompetencenet.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.persistence.BaseEntity;

/** One person invited to a meeting or series, with their answer and attendance per occurrence. */
@Entity
@Table(name = "invitation")
@NamedQuery(name = "Invitation.ofMeeting",
        query = "select i from Invitation i join fetch i.employee e where i.meeting = :meeting order by e.lastName, e.firstName")
@NamedQuery(name = "Invitation.find",
        query = "select i from Invitation i where i.meeting = :meeting and i.employee.id = :employee")
public class Invitation extends BaseEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(name = "invited_at", nullable = false)
    private Instant invitedAt;

    @OneToMany(mappedBy = "invitation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<InvitationAnswer> answers = new ArrayList<>();

    @OneToMany(mappedBy = "invitation", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Attendance> attendance = new ArrayList<>();

    protected Invitation() {
    }

    Invitation(Meeting meeting, Employee employee, Instant invitedAt) {
        this.meeting = meeting;
        this.employee = employee;
        this.invitedAt = invitedAt;
    }

    /** Answers for one occurrence, replacing an earlier answer for it. */
    public void answer(LocalDateTime occurrence, Answer answer, Instant at) {
        answerFor(occurrence).ifPresentOrElse(a -> a.change(answer, at),
                () -> answers.add(new InvitationAnswer(this, occurrence, answer, at)));
    }

    public Optional<InvitationAnswer> answerFor(LocalDateTime occurrence) {
        return answers.stream().filter(a -> a.getOccurrenceStart().equals(occurrence)).findFirst();
    }

    public void attend(LocalDateTime occurrence, AttendanceStatus status) {
        attendance.stream().filter(a -> a.getOccurrenceStart().equals(occurrence)).findFirst()
                .ifPresentOrElse(a -> a.change(status),
                        () -> attendance.add(new Attendance(this, occurrence, status)));
    }

    public Optional<AttendanceStatus> attendanceAt(LocalDateTime occurrence) {
        return attendance.stream().filter(a -> a.getOccurrenceStart().equals(occurrence)).findFirst()
                .map(Attendance::getStatus);
    }

    /** Hands the answers for occurrences from a start on to the invitation of the series that takes them over. */
    void handOver(LocalDateTime from, Invitation to, java.util.function.Function<LocalDateTime, LocalDateTime> mapped) {
        List<InvitationAnswer> later = answers.stream().filter(a -> !a.getOccurrenceStart().isBefore(from)).toList();
        later.forEach(a -> {
            LocalDateTime target = mapped.apply(a.getOccurrenceStart());
            if (target != null) {
                to.answer(target, a.getAnswer(), a.getAnsweredAt());
            }
        });
        answers.removeAll(later);
    }

    /** Follows a change of the series' time: answers and attendance keep to their occurrences. */
    void shift(Duration by) {
        answers.forEach(a -> a.shift(by));
        attendance.forEach(a -> a.shift(by));
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public List<InvitationAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
