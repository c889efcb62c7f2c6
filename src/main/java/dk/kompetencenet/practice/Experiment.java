package dk.kompetencenet.practice;

import java.time.Instant;
import java.time.LocalDate;
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
import dk.kompetencenet.platform.Text;
import dk.kompetencenet.platform.persistence.VersionedEntity;
import dk.kompetencenet.strategy.Initiative;

/**
 * One experiment with technology at an institution: what was tried, who took part, for which age group, when, what
 * came of it, and whether it is shared with the network (then staff of other institutions may read it).
 */
@Entity
@Table(name = "experiment")
public class Experiment extends VersionedEntity {

    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 4000;

    /** What a log entry says, the same for logging and changing one. */
    public record Details(String what, String who, AgeGroup ageGroup, LocalDate startedOn, LocalDate endedOn,
                          String outcome, boolean shared) {
    }

    @ManyToOne(optional = false)
    @JoinColumn(name = "institution_id")
    private Institution institution;

    @Column(name = "what_tried", nullable = false, length = SHORT_TEXT)
    private String what;

    @Column(name = "who_took_part", nullable = false, length = SHORT_TEXT)
    private String who;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_group", nullable = false, length = 20)
    private AgeGroup ageGroup;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(length = LONG_TEXT)
    private String outcome;

    @Column(name = "shared_with_network", nullable = false)
    private boolean shared;

    @ManyToMany
    @JoinTable(name = "experiment_initiative", joinColumns = @JoinColumn(name = "experiment_id"),
            inverseJoinColumns = @JoinColumn(name = "initiative_id"))
    private Set<Initiative> initiatives = new HashSet<>();

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    protected Experiment() {
    }

    public Experiment(Institution institution, Details details, Set<Initiative> serves, String by, Instant at) {
        this.institution = institution;
        this.recordedBy = by;
        change(details, serves, by, at);
    }

    /**
     * Records what the experiment was. What and who are required, as are the age group and the start; an end comes
     * after the start; the initiatives must apply to the institution's sector. Nothing changes when anything is wrong.
     */
    public final void change(Details details, Set<Initiative> serves, String by, Instant at) {
        String newWhat = Text.required("what", details.what(), SHORT_TEXT, "experiment.error.whatRequired");
        String newWho = Text.required("who", details.who(), SHORT_TEXT, "experiment.error.whoRequired");
        if (details.ageGroup() == null) {
            throw new InvalidInputException(Problem.inField("ageGroup", "experiment.error.ageGroupRequired"));
        }
        if (details.startedOn() == null) {
            throw new InvalidInputException(Problem.inField("startedOn", "experiment.error.startRequired"));
        }
        if (details.endedOn() != null && details.endedOn().isBefore(details.startedOn())) {
            throw new InvalidInputException(Problem.inField("endedOn", "experiment.error.endBeforeStart"));
        }
        String newOutcome = Text.optional("outcome", details.outcome(), LONG_TEXT);
        Checks.requireInitiatives(serves, institution);
        this.what = newWhat;
        this.who = newWho;
        this.ageGroup = details.ageGroup();
        this.startedOn = details.startedOn();
        this.endedOn = details.endedOn();
        this.outcome = newOutcome;
        this.shared = details.shared();
        this.initiatives.clear();
        this.initiatives.addAll(serves);
        this.changedAt = at;
        this.changedBy = by;
    }

    public Details details() {
        return new Details(what, who, ageGroup, startedOn, endedOn, outcome, shared);
    }

    public Institution getInstitution() {
        return institution;
    }

    public String getWhat() {
        return what;
    }

    public String getWho() {
        return who;
    }

    public AgeGroup getAgeGroup() {
        return ageGroup;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getOutcome() {
        return outcome;
    }

    public boolean isShared() {
        return shared;
    }

    public Set<Initiative> getInitiatives() {
        return initiatives;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
