package dk.kompetencenet.competence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.organisation.Institution;
import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * A self-assessment round: the staff of some institutions assess themselves on a framework within a period. Answers
 * can be saved and changed while it is open; closing it freezes them, for comparison with later rounds.
 */
@Entity
@Table(name = "assessment_round")
public class AssessmentRound extends VersionedEntity {

    /** Open for answers, or closed and frozen. */
    public enum Status {
        OPEN, CLOSED
    }

    @Column(nullable = false, length = 200)
    private String name;

    @ManyToOne(optional = false)
    @JoinColumn(name = "framework_id")
    private Framework framework;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.OPEN;

    @Column(name = "closed_at")
    private Instant closedAt;

    @ManyToMany
    @JoinTable(name = "round_institution", joinColumns = @JoinColumn(name = "round_id"),
            inverseJoinColumns = @JoinColumn(name = "institution_id"))
    private Set<Institution> institutions = new HashSet<>();

    protected AssessmentRound() {
    }

    public AssessmentRound(String name, Framework framework, LocalDate opensOn, LocalDate closesOn,
                           Set<Institution> institutions) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(Problem.inField("name", "training.error.nameRequired"));
        }
        if (opensOn == null || closesOn == null || closesOn.isBefore(opensOn)) {
            throw new InvalidInputException(Problem.inField("closesOn", "training.error.dates"));
        }
        if (institutions == null || institutions.isEmpty()) {
            throw new InvalidInputException(Problem.inField("institutionIds", "round.error.noInstitutions"));
        }
        this.name = name.strip();
        this.framework = framework;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.institutions.addAll(institutions);
    }

    /**
     * {@link #isOpenOn} as a JPQL condition on the round {@code alias}, for the day bound to {@code :today}: the one
     * place the rule is written for queries.
     */
    public static String openOnJpql(String alias) {
        return alias + ".status = dk.kompetencenet.competence.AssessmentRound.Status.OPEN and " + alias
                + ".opensOn <= :today and " + alias + ".closesOn >= :today";
    }

    /** Still open after its period ended (before {@code :today}): a coordinator has it to close. */
    public static String overdueJpql(String alias) {
        return alias + ".status = dk.kompetencenet.competence.AssessmentRound.Status.OPEN and " + alias
                + ".closesOn < :today";
    }

    /** Open for answers on that day: not closed, and within the period ({@link #openOnJpql} for queries). */
    public boolean isOpenOn(LocalDate day) {
        return status == Status.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public void requireOpen(LocalDate day) {
        if (!isOpenOn(day)) {
            throw new InvalidInputException(Problem.inField("round", "round.error.closed"));
        }
    }

    public void close(Instant at) {
        status = Status.CLOSED;
        closedAt = at;
    }

    public boolean includes(Long institutionId) {
        return institutions.stream().anyMatch(i -> i.getId().equals(institutionId));
    }

    public String getName() {
        return name;
    }

    public Framework getFramework() {
        return framework;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Set<Institution> getInstitutions() {
        return Collections.unmodifiableSet(institutions);
    }
}
