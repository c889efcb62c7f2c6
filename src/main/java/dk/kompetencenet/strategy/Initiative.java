package dk.kompetencenet.strategy;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.InvalidInputException;
import dk.kompetencenet.platform.InvalidInputException.Problem;
import dk.kompetencenet.platform.persistence.VersionedEntity;

/**
 * An initiative (tiltag) of a focus area: what will be done, under which theme (e.g. "Kompetenceudvikling"), in which
 * sector and for whom. Trainings, networks, meetings and competences link to initiatives.
 */
@Entity
@Table(name = "initiative")
public class Initiative extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "focus_area_id")
    private FocusArea focusArea;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 200)
    private String theme;

    @Column(nullable = false, length = 1000)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InitiativeSector sector;

    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", nullable = false, length = 20)
    private TargetGroup targetGroup;

    @Column(name = "revised_from")
    private Long revisedFromId;

    protected Initiative() {
    }

    Initiative(FocusArea focusArea, int sortOrder, Content content) {
        this.focusArea = focusArea;
        this.sortOrder = sortOrder;
        change(content);
    }

    /** What an initiative says; the same for creating and editing one. */
    public record Content(String theme, String title, String description, InitiativeSector sector,
                          TargetGroup targetGroup) {
    }

    final void change(Content content) {
        this.theme = Wording.required("theme", content.theme(), 200);
        this.title = Wording.required("title", content.title(), 1000);
        this.description = Wording.optional("description", content.description(), 4000);
        if (content.sector() == null) {
            throw new InvalidInputException(Problem.inField("sector", "strategy.error.required"));
        }
        if (content.targetGroup() == null) {
            throw new InvalidInputException(Problem.inField("targetGroup", "strategy.error.required"));
        }
        this.sector = content.sector();
        this.targetGroup = content.targetGroup();
    }

    /** Marks this initiative as the next version of one in the previous version of the strategy. */
    void revisionOf(Initiative previous) {
        this.revisedFromId = previous.getId();
    }

    public Content content() {
        return new Content(theme, title, description, sector, targetGroup);
    }

    /** The strategy's one-year follow-up, which every initiative is followed up at. */
    public LocalDate getFollowUpDate() {
        return focusArea.getStrategy().getFollowUpDate();
    }

    /** The strategy's two-year evaluation and revision. */
    public LocalDate getEvaluationDate() {
        return focusArea.getStrategy().getEvaluationDate();
    }

    public FocusArea getFocusArea() {
        return focusArea;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getTheme() {
        return theme;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public InitiativeSector getSector() {
        return sector;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    /** The initiative of the previous version of the strategy this one continues, if any. */
    public Long getRevisedFromId() {
        return revisedFromId;
    }
}
