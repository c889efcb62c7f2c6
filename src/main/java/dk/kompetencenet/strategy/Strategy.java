package dk.kompetencenet.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * A digitalisation strategy: its vision, its focus areas, and its rhythm: in force from the start date, followed up
 * after one year, evaluated and revised after two.
 */
@Entity
@Table(name = "strategy")
@NamedQuery(name = "Strategy.current",
        query = "select s from Strategy s where s.status = dk.kompetencenet.strategy.StrategyStatus.ACTIVE order by s.startDate desc, s.id desc")
@NamedQuery(name = "Strategy.bySeedKey", query = "select s from Strategy s where s.seedKey = :key")
public class Strategy extends VersionedEntity {

    @Column(name = "seed_key", length = 100, unique = true)
    private String seedKey;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 200)
    private String municipality;

    @Column(length = 4000)
    private String introduction;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "follow_up_date", nullable = false)
    private LocalDate followUpDate;

    @Column(name = "evaluation_date", nullable = false)
    private LocalDate evaluationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StrategyStatus status = StrategyStatus.ACTIVE;

    @Column(name = "revised_from")
    private Long revisedFromId;

    @ElementCollection
    @CollectionTable(name = "strategy_vision", joinColumns = @JoinColumn(name = "strategy_id"))
    @OrderColumn(name = "sort_order")
    @Column(name = "statement", length = 1000)
    private List<String> visions = new ArrayList<>();

    @OneToMany(mappedBy = "strategy", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FocusArea> focusAreas = new ArrayList<>();

    protected Strategy() {
    }

    /** A strategy starting on a date, with the follow-up one year and the evaluation two years later. */
    public Strategy(String seedKey, String title, String municipality, String introduction, LocalDate startDate) {
        this.seedKey = seedKey;
        describe(title, municipality, introduction);
        schedule(startDate, startDate == null ? null : startDate.plusYears(1),
                startDate == null ? null : startDate.plusYears(2));
    }

    final void describe(String title, String municipality, String introduction) {
        this.title = Wording.required("title", title, 300);
        this.municipality = Wording.required("municipality", municipality, 200);
        this.introduction = Wording.optional("introduction", introduction, 4000);
    }

    /** Sets the strategy's dates; the follow-up comes after the start and the evaluation after the follow-up. */
    final void schedule(LocalDate start, LocalDate followUp, LocalDate evaluation) {
        if (start == null || followUp == null || evaluation == null) {
            throw new InvalidInputException(Problem.inField("startDate", "strategy.error.datesRequired"));
        }
        if (!followUp.isAfter(start) || !evaluation.isAfter(followUp)) {
            throw new InvalidInputException(Problem.inField("followUpDate", "strategy.error.dateOrder"));
        }
        this.startDate = start;
        this.followUpDate = followUp;
        this.evaluationDate = evaluation;
    }

    /** Replaces the vision statements, leaving out empty ones. */
    final void replaceVisions(List<String> statements) {
        List<String> cleaned = new ArrayList<>();
        for (String s : statements) {
            String v = Wording.optional("visions", s, 1000);
            if (v != null) {
                cleaned.add(v);
            }
        }
        visions.clear();
        visions.addAll(cleaned);
    }

    /**
     * Starts the next version of this strategy: a copy of its visions, focus areas, goals and initiatives (each
     * initiative remembering the one it came from) with a new title and a start date after this one's; follow-up and
     * evaluation one and two years later. This version is archived at once and stays readable.
     */
    Strategy revise(String newTitle, LocalDate newStart) {
        requireInForce();
        Strategy revision = new Strategy(null, newTitle, municipality, introduction, newStart);
        if (!newStart.isAfter(startDate)) {
            throw new InvalidInputException(Problem.inField("startDate", "strategy.error.revisionStart",
                    java.sql.Date.valueOf(startDate)));
        }
        revision.revisedFromId = getId();
        revision.visions.addAll(visions);
        focusAreas.forEach(area -> area.copyInto(revision));
        status = StrategyStatus.ARCHIVED;
        return revision;
    }

    /** Refuses changes to an archived version: it is history. */
    void requireInForce() {
        if (isArchived()) {
            throw new InvalidInputException(Problem.inField("strategy", "strategy.error.archived"));
        }
    }

    public boolean isArchived() {
        return status == StrategyStatus.ARCHIVED;
    }

    public FocusArea addFocusArea(String title, String description) {
        FocusArea area = new FocusArea(this, focusAreas.size() + 1, title, description);
        focusAreas.add(area);
        return area;
    }

    public String getSeedKey() {
        return seedKey;
    }

    public String getTitle() {
        return title;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getIntroduction() {
        return introduction;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getFollowUpDate() {
        return followUpDate;
    }

    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    public StrategyStatus getStatus() {
        return status;
    }

    /** The version this one was revised from, if any. */
    public Long getRevisedFromId() {
        return revisedFromId;
    }

    public List<String> getVisions() {
        return Collections.unmodifiableList(visions);
    }

    public List<FocusArea> getFocusAreas() {
        return Collections.unmodifiableList(focusAreas);
    }
}
