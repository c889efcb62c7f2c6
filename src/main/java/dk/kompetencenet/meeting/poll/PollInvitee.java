package dk.kompetencenet.meeting.poll;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
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
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * One person asked in a poll, with their answers and the secret of their personal link: 32 random bytes, so that the
 * link answers for them alone and cannot be guessed. Every save of answers raises the version, so a save made on an
 * older copy of the answer page overwrites nothing.
 */
@Entity
@Table(name = "poll_invitee")
@NamedQuery(name = "PollInvitee.byToken", query = "select i from PollInvitee i where i.token = :token")
@NamedQuery(name = "PollInvitee.ofPoll", query = "select i from PollInvitee i join fetch i.employee e"
        + " where i.poll = :poll order by e.lastName, e.firstName, i.id")
public class PollInvitee extends VersionedEntity {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** What a token looks like (URL-safe Base64 of 32 bytes); anything else is refused before the database is asked. */
    public static final String TOKEN_PATTERN = "[A-Za-z0-9_-]{43}";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "poll_id")
    private DatePoll poll;

    @ManyToOne(optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(nullable = false, length = 64, unique = true)
    private String token;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @OneToMany(mappedBy = "invitee", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<PollAnswer> answers = new ArrayList<>();

    protected PollInvitee() {
    }

    PollInvitee(DatePoll poll, Employee employee) {
        this.poll = poll;
        this.employee = employee;
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Saves answers to some or all of the poll's times, replacing earlier answers to them. */
    void answer(Map<PollSlot, Availability> given, Instant now) {
        given.forEach((slot, availability) -> answerTo(slot).ifPresentOrElse(a -> a.change(availability, now),
                () -> answers.add(new PollAnswer(this, slot, availability, now))));
        answeredAt = now;
    }

    public Optional<PollAnswer> answerTo(PollSlot slot) {
        return answers.stream().filter(a -> a.getSlot().equals(slot)).findFirst();
    }

    public DatePoll getPoll() {
        return poll;
    }

    public Employee getEmployee() {
        return employee;
    }

    public String getToken() {
        return token;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public List<PollAnswer> getAnswers() {
        return Collections.unmodifiableList(answers);
    }
}
