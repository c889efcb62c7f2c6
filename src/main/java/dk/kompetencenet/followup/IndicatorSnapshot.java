package dk.kompetencenet.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;
import dk.kompetencenet.strategy.Strategy;

/** The strategy's indicators as they stood on one day. Never changed once taken. */
@Entity
@Table(name = "indicator_snapshot")
public class IndicatorSnapshot extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "strategy_id")
    private Strategy strategy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SnapshotKind kind;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(name = "taken_at", nullable = false)
    private Instant takenAt;

    @Column(name = "taken_by", nullable = false, length = 100)
    private String takenBy;

    @OneToMany(mappedBy = "snapshot", cascade = CascadeType.PERSIST)
    @OrderBy("sortOrder")
    private List<IndicatorValue> values = new ArrayList<>();

    protected IndicatorSnapshot() {
    }

    public IndicatorSnapshot(Strategy strategy, SnapshotKind kind, String label, LocalDate takenOn, Instant takenAt,
                             String takenBy, List<Indicator> indicators) {
        this.strategy = strategy;
        this.kind = kind;
        this.label = label;
        this.takenOn = takenOn;
        this.takenAt = takenAt;
        this.takenBy = takenBy;
        indicators.forEach(i -> values.add(new IndicatorValue(this, i)));
    }

    public List<Indicator> indicators() {
        return values.stream().map(IndicatorValue::indicator).toList();
    }

    public Strategy getStrategy() {
        return strategy;
    }

    public SnapshotKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public Instant getTakenAt() {
        return takenAt;
    }

    public String getTakenBy() {
        return takenBy;
    }
}
