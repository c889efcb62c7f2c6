package dk.kompetencenet.meeting.poll;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.meeting.Meeting;
import dk.kompetencenet.meeting.MeetingKind;
import dk.kompetencenet.meeting.MeetingRules;
import dk.kompetencenet.meeting.Network;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/**
 * A date poll: the meeting to be (with the competences it addresses) and its proposed times. Open until the organiser turns one time into the meeting;
 * then closed for good, with the chosen time and the meeting it became.
 */
@Entity
@Table(name = "date_poll")
public class DatePoll extends VersionedEntity {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(nullable = false, length = MeetingRules.TITLE)
    private String title;

    @Column(length = MeetingRules.LOCATION)
    private String location;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organiser_id")
    private Employee organiser;

    @ManyToMany
    @JoinTable(name = "date_poll_initiative", joinColumns = @JoinColumn(name = "poll_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "date_poll_competence", joinColumns = @JoinColumn(name = "poll_id"),
            inverseJoinColumns = @JoinColumn(name = "competence_id"))
    private Set<Competence> competences = new HashSet<>();

    @OneToMany(mappedBy = "poll", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startAt, endAt")
    private List<PollSlot> slots = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToOne
    @JoinColumn(name = "chosen_slot_id")
    private PollSlot chosenSlot;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    private Meeting meeting;

    protected DatePoll() {
    }

    /** A poll as checked by {@link PollRules}; the network is the draft's network, already checked to exist. */
    DatePoll(PollDraft draft, Employee organiser, Network network, Set<Initiative> initiatives,
             Set<Competence> addressed, Instant now) {
        this.kind = draft.kind();
        this.title = Text.optional(draft.title());
        this.location = Text.optional(draft.location());
        this.network = network;
        this.organiser = organiser;
        this.initiatives.addAll(initiatives);
        this.competences.addAll(addressed);
        draft.slots().stream().sorted(java.util.Comparator.comparing(PollDraft.Slot::start))
                .forEach(s -> slots.add(new PollSlot(this, PollRules.minute(s.start()), PollRules.minute(s.end()))));
        this.createdAt = now;
    }

    /** The details of the meeting the chosen time becomes. */
    Meeting.Details meetingAt(PollSlot slot) {
        return new Meeting.Details(kind, title, null, location, null, slot.getStartAt(), slot.getEndAt(), null, null);
    }

    /** Closes the poll on the time chosen, which became the meeting. */
    void close(PollSlot chosen, Meeting became, Instant now) {
        requireOpen();
        this.chosenSlot = chosen;
        this.meeting = became;
        this.closedAt = now;
    }

    /** Refuses answers and a second choice once the poll is closed. */
    void requireOpen() {
        if (isClosed()) {
            throw new InvalidInputException(Problem.inField("poll", "poll.error.closed"));
        }
    }

    /** One of this poll's times, or a refusal naming the field. */
    PollSlot slot(Long slotId) {
        return slots.stream().filter(s -> s.getId().equals(slotId)).findFirst()
                .orElseThrow(() -> new InvalidInputException(Problem.inField("slot", "poll.error.unknownSlot")));
    }

    boolean isOrganisedBy(Long employeeId) {
        return organiser.getId().equals(employeeId);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getLocation() {
        return location;
    }

    public Network getNetwork() {
        return network;
    }

    public Employee getOrganiser() {
        return organiser;
    }

    public Set<Initiative> getInitiatives() {
        return Collections.unmodifiableSet(initiatives);
    }

    /** The competences the meeting is to address (planned from a competence gap); the meeting carries them. */
    public Set<Competence> getCompetences() {
        return Collections.unmodifiableSet(competences);
    }

    public List<PollSlot> getSlots() {
        return Collections.unmodifiableList(slots);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    /** The time chosen, once closed; null while open. */
    public PollSlot getChosenSlot() {
        return chosenSlot;
    }

    public Meeting getMeeting() {
        return meeting;
    }
}
