package dk.kompetencenet.followup;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import dk.kompetencenet.platform.persistence.BaseEntity;

/** One indicator of a snapshot, as stored. */
@Entity
@Table(name = "indicator_value")
class IndicatorValue extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "snapshot_id")
    private IndicatorSnapshot snapshot;

    @Column(nullable = false, length = 120)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Indicator.Section section;

    @Column(name = "focus_area_id")
    private Long focusAreaId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false, length = 600)
    private String label;

    @Column(nullable = false, precision = 14, scale = 4)
    private BigDecimal amount;

    @Column(precision = 14, scale = 4)
    private BigDecimal total;

    protected IndicatorValue() {
    }

    IndicatorValue(IndicatorSnapshot snapshot, Indicator indicator) {
        this.snapshot = snapshot;
        this.code = indicator.code();
        this.section = indicator.section();
        this.focusAreaId = indicator.focusAreaId();
        this.sortOrder = indicator.sortOrder();
        this.label = indicator.label().length() > 600 ? indicator.label().substring(0, 597) + "..." : indicator.label();
        this.amount = indicator.amount();
        this.total = indicator.total();
    }

    Indicator indicator() {
        return new Indicator(code, section, focusAreaId, sortOrder, label, amount, total);
    }
}
