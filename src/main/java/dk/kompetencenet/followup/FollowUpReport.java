package dk.kompetencenet.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.kompetencenet.strategy.FocusArea;

/**
 * Two snapshots of one strategy side by side: each focus area with its initiatives' indicators, then the capacity
 * indicators, each at both snapshots and the change. Shares change in percentage points, plain figures by amount.
 */
public record FollowUpReport(String strategy, Taken from, Taken to, List<Part> parts) implements Serializable {

    /** A snapshot as the report names it. */
    public record Taken(Long id, SnapshotKind kind, String label, LocalDate on) implements Serializable {

        static Taken of(IndicatorSnapshot s) {
            return new Taken(s.getId(), s.getKind(), s.getLabel(), s.getTakenOn());
        }
    }

    /** A focus area (title given) or the capacity part (title null), with its lines. */
    public record Part(String title, List<Line> lines) implements Serializable {
    }

    /** One indicator at both snapshots; either side may be missing (measured only once). */
    public record Line(String code, String label, Indicator from, Indicator to) implements Serializable {

        public boolean isShare() {
            return (to != null ? to : from).total() != null;
        }

        /** The change: percentage points for a share, the amount otherwise; null if measured only once. */
        public BigDecimal change() {
            if (from == null || to == null) {
                return null;
            }
            if (isShare()) {
                BigDecimal a = from.percent();
                BigDecimal b = to.percent();
                return a == null || b == null ? null : b.subtract(a);
            }
            return to.amount().subtract(from.amount()).stripTrailingZeros();
        }
    }

    static FollowUpReport of(String strategy, IndicatorSnapshot from, IndicatorSnapshot to, List<FocusArea> areas) {
        Map<String, Indicator> before = from.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<String, Indicator> after = to.indicators().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        List<Line> lines = new ArrayList<>();
        after.forEach((code, i) -> lines.add(new Line(code, i.label(), before.get(code), i)));
        before.forEach((code, i) -> {
            if (!after.containsKey(code)) {
                lines.add(new Line(code, i.label(), i, null));
            }
        });
        List<Part> parts = new ArrayList<>();
        for (FocusArea area : areas) {
            List<Line> ofArea = lines.stream().filter(l -> area.getId().equals(indicator(l).focusAreaId())
                    && indicator(l).section() == Indicator.Section.INITIATIVE).toList();
            parts.add(new Part(area.getSortOrder() + ". " + area.getTitle(), ofArea));
        }
        parts.add(new Part(null, lines.stream().filter(l -> indicator(l).section() == Indicator.Section.CAPACITY)
                .toList()));
        return new FollowUpReport(strategy, Taken.of(from), Taken.of(to), parts);
    }

    private static Indicator indicator(Line line) {
        return line.to() != null ? line.to() : line.from();
    }
}
