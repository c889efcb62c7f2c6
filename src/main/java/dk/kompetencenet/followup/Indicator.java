package dk.kompetencenet.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One measured figure: a stable code (to match it across snapshots), where it belongs in the report, its label as it
 * read when measured, the amount, and the total it is a share of (absent for plain counts and averages).
 */
public record Indicator(String code, Section section, Long focusAreaId, int sortOrder, String label,
                        BigDecimal amount, BigDecimal total) implements Serializable {

    /** Where in the report an indicator belongs. */
    public enum Section {
        /** Progress of one initiative across the institutions (from the initiative board). */
        INITIATIVE,
        /** The municipality's capacity (from the capacity overview). */
        CAPACITY
    }

    public static Indicator of(String code, Section section, Long focusAreaId, int sortOrder, String label,
                               double amount, Double total) {
        return new Indicator(code, section, focusAreaId, sortOrder, label, scaled(amount),
                total == null ? null : scaled(total));
    }

    private static BigDecimal scaled(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }

    /** The share in percent, or null for a plain figure (or a share of nothing). */
    public BigDecimal percent() {
        if (total == null || total.signum() == 0) {
            return null;
        }
        return amount.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
    }
}
