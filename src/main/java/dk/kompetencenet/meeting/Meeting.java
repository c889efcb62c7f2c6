package dk.kompetencenet.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import dk.kompetencenet.competence.Competence;
import dk.kompetencenet.meeting.calendar.CalendarEvent;
import dk.kompetencenet.meeting.calendar.Occurrence;
import dk.kompetencenet.meeting.calendar.Occurrences;
import dk.kompetencenet.meeting.calendar.OpenEndedSeries;
import dk.kompetencenet.meeting.calendar.Person;
import dk.kompetencenet.meeting.calendar.RecurrenceRules;
import dk.kompetencenet.organisation.Employee;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.persistence.Derived;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/**
 * A meeting, or a series of meetings by an RFC 5545 rule, in Europe/Copenhagen local time. Each occurrence is known
 * by the start the rule gives it (its original start), also after it is moved. Every change that invitees must hear of
 * raises the sequence, as calendar programs expect.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(name = "Meeting.inPeriod", query = "select m from Meeting m where m.startAt < :to and m.seriesEnd > :from")
public class Meeting extends VersionedEntity {

    @Column(nullable = false, length = 100, unique = true)
    private String uid;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingKind kind;

    @Column(nullable = false, length = MeetingRules.TITLE)
    private String title;

    @Column(length = MeetingRules.AGENDA)
    private String agenda;

    @Column(length = MeetingRules.LOCATION)
    private String location;

    @Column(length = MeetingRules.ROOM)
    private String room;

    @Column(name = "start_at", nullable = false)
    private LocalDateTime startAt;

    @Column(name = "end_at", nullable = false)
    private LocalDateTime endAt;

    @Column(length = MeetingRules.RRULE)
    private String rrule;

    @Derived
    @Column(name = "series_end", nullable = false)
    private LocalDateTime seriesEnd;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organiser_id")
    private Employee organiser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_id")
    private Network network;

    private Integer capacity;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ManyToMany
    @JoinTable(name = "meeting_initiative", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "meeting_competence", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "competence_id"))
    private Set<Competence> competences = new HashSet<>();

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MeetingOccurrence> occurrenceRecords = new ArrayList<>();

    /** What a meeting form or API call describes. */
    public record Details(MeetingKind kind, String title, String agenda, String location, String room,
                          LocalDateTime start, LocalDateTime end, String rrule, Integer capacity) {
    }

    protected Meeting() {
    }

    public Meeting(String uid, Details details, Employee organiser, Network network, Set<Initiative> initiatives,
                   Instant now) {
        this.uid = uid;
        this.organiser = organiser;
        this.network = network;
        apply(details, initiatives);
        this.changedAt = now;
    }

    /** Changes the whole meeting or series; occurrences moved earlier follow a change of time by the same amount. */
    public void change(Details details, Set<Initiative> served, Instant now) {
        Duration shift = Duration.between(startAt, details.start());
        apply(details, served);
        if (!shift.isZero()) {
            records().shift(shift);
        }
        touched(now);
    }

    private void apply(Details d, Set<Initiative> served) {
        String rule = MeetingRules.checked(d, served);
        this.kind = d.kind();
        this.title = Text.optional(d.title());
        this.agenda = Text.optional(d.agenda());
        this.location = Text.optional(d.location());
        this.room = Text.optional(d.room());
        this.startAt = d.start().withSecond(0).withNano(0);
        this.endAt = d.end().withSecond(0).withNano(0);
        this.rrule = rule;
        this.capacity = d.kind() == MeetingKind.THEME_MEETING ? d.capacity() : null;
        this.initiatives.clear();
        this.initiatives.addAll(served);
        this.seriesEnd = computeSeriesEnd();
    }

    private LocalDateTime computeSeriesEnd() {
        if (OpenEndedSeries.isOpenEnded(rrule)) {
            return OpenEndedSeries.NO_END;
        }
        return Occurrences.all(toCalendarEvent(List.of())).stream().map(Occurrence::end)
                .max(Comparator.naturalOrder()).orElse(endAt);
    }

    /**
     * An invitee left (unregistered from a theme meeting): the cancellation sent to them must carry a higher SEQUENCE
     * than the invitation they have, or calendar programs ignore it.
     */
    public void inviteeLeft(Instant now) {
        touched(now);
    }

    private void touched(Instant now) {
        sequence++;
        changedAt = now;
        seriesEnd = cancelled ? endAt : computeSeriesEnd();
    }

    /** Holds one occurrence at another time; it keeps its identity (original start) and its answers. */
    public void moveOccurrence(LocalDateTime originalStart, LocalDateTime start, LocalDateTime end, Instant now) {
        requireOccurrence(originalStart);
        MeetingRules.checkTime(start, end);
        record(originalStart).move(start.withSecond(0).withNano(0), end.withSecond(0).withNano(0));
        touched(now);
    }

    /** Adds a meeting to the series besides those its rule gives (an imported extra date, RDATE). */
    public void addOccurrence(LocalDateTime start, Instant now) {
        LocalDateTime at = start.withSecond(0).withNano(0);
        if (cancelled || Occurrences.all(toCalendarEvent(List.of())).stream()
                .anyMatch(o -> o.originalStart().equals(at))) {
            throw new InvalidInputException(Problem.inField("occurrence", "meeting.error.noSuchOccurrence"));
        }
        record(at).markAdded();
        touched(now);
    }

    public void cancelOccurrence(LocalDateTime originalStart, Instant now) {
        requireOccurrence(originalStart);
        record(originalStart).cancel();
        touched(now);
    }

    /**
     * The starts the rule gives, in order, cancelled and moved occurrences included: the identities of every
     * occurrence the series has ever had.
     */
    public List<LocalDateTime> ruleStarts() {
        return Occurrences.all(new CalendarEvent(uid, sequence, title, null, null, startAt, endAt, rrule, List.of(),
                List.of(), false, null, List.of(), changedAt)).stream().map(Occurrence::originalStart).toList();
    }

    /**
     * Ends the series just before one of its occurrences (for "this and following"): the occurrences before it stay,
     * with their records; the later ones are left to a new series.
     *
     * @return the records of the later occurrences, taken out of this series
     */
    List<MeetingOccurrence> endBefore(LocalDateTime originalStart, Instant now) {
        int kept = ruleStarts().indexOf(originalStart);
        if (kept < 1) {
            throw new InvalidInputException(Problem.inField("occurrence", "meeting.error.noSuchOccurrence"));
        }
        rrule = RecurrenceRules.withCount(rrule, kept);
        List<MeetingOccurrence> later = records().takeFrom(originalStart);
        touched(now);
        return later;
    }

    /** Takes over what a split series had recorded for an occurrence: cancelled, minutes. */
    void adopt(MeetingOccurrence earlier, LocalDateTime originalStart) {
        records().adopt(earlier, originalStart);
    }

    /** Cancels the meeting or the whole series. */
    public void cancel(Instant now) {
        cancelled = true;
        touched(now);
    }

    /** The record of one occurrence (overrides, minutes), made on first use. */
    public MeetingOccurrence record(LocalDateTime originalStart) {
        return records().of(originalStart);
    }

    private OccurrenceRecords records() {
        return new OccurrenceRecords(this, occurrenceRecords);
    }

    private void requireOccurrence(LocalDateTime originalStart) {
        boolean exists = Occurrences.all(toCalendarEvent(List.of())).stream()
                .anyMatch(o -> o.originalStart().equals(originalStart)) || records().isCancelled(originalStart);
        if (!exists || cancelled) {
            throw new InvalidInputException(Problem.inField("occurrence", "meeting.error.noSuchOccurrence"));
        }
    }

    /** Every occurrence as it will be held (cancelled ones left out). */
    public List<Occurrence> occurrences() {
        return Occurrences.all(toCalendarEvent(List.of()));
    }

    public List<Occurrence> occurrencesBetween(LocalDateTime from, LocalDateTime to) {
        return Occurrences.between(toCalendarEvent(List.of()), from, to);
    }

    public Optional<Occurrence> occurrence(LocalDateTime originalStart) {
        return occurrences().stream().filter(o -> o.originalStart().equals(originalStart)).findFirst();
    }

    /** The meeting as calendar programs see it, with these attendees. */
    public CalendarEvent toCalendarEvent(List<Person> attendees) {
        OccurrenceRecords records = records();
        String where = room == null ? location : (location == null ? room : location + ", " + room);
        return new CalendarEvent(uid, sequence, title, agenda, where, startAt, endAt, rrule, records.cancelled(),
                records.moved(), records.added(), cancelled, organiser == null ? null : new Person(organiser.getFullName(), organiser.getEmail()),
                attendees, changedAt);
    }

    public Details details() {
        return new Details(kind, title, agenda, location, room, startAt, endAt, rrule, capacity);
    }

    public boolean isOrganisedBy(Long employeeId) {
        return organiser != null && organiser.getId().equals(employeeId);
    }

    public String getUid() {
        return uid;
    }

    public int getSequence() {
        return sequence;
    }

    public MeetingKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getAgenda() {
        return agenda;
    }

    public String getLocation() {
        return location;
    }

    public String getRoom() {
        return room;
    }

    public LocalDateTime getStartAt() {
        return startAt;
    }

    public LocalDateTime getEndAt() {
        return endAt;
    }

    public String getRrule() {
        return rrule;
    }

    public boolean isRecurring() {
        return rrule != null;
    }

    public LocalDateTime getSeriesEnd() {
        return seriesEnd;
    }

    public Employee getOrganiser() {
        return organiser;
    }

    public Network getNetwork() {
        return network;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Set<Initiative> getInitiatives() {
        return Collections.unmodifiableSet(initiatives);
    }

    /** Records the competences this meeting addresses (a theme meeting planned from a competence gap). */
    public void address(Set<Competence> addressed) {
        competences.clear();
        competences.addAll(addressed);
    }

    public Set<Competence> getCompetences() {
        return Collections.unmodifiableSet(competences);
    }

    public List<MeetingOccurrence> getOccurrenceRecords() {
        return Collections.unmodifiableList(occurrenceRecords);
    }
}
