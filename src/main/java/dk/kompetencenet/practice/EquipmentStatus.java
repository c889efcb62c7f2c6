package dk.kompetencenet.practice;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an equipment need stands. It moves forward one step at a time, requested → approved → delivered → in use, and
 * can be rejected until it is delivered; in use and rejected are final.
 */
public enum EquipmentStatus {
    REQUESTED, APPROVED, DELIVERED, IN_USE, REJECTED;

    /** The statuses a need in this status can move on to. */
    public Set<EquipmentStatus> next() {
        return switch (this) {
            case REQUESTED -> EnumSet.of(APPROVED, REJECTED);
            case APPROVED -> EnumSet.of(DELIVERED, REJECTED);
            case DELIVERED -> EnumSet.of(IN_USE);
            case IN_USE, REJECTED -> EnumSet.noneOf(EquipmentStatus.class);
        };
    }

    public boolean canMoveTo(EquipmentStatus to) {
        return to != null && next().contains(to);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    public String labelKey() {
        return "equipmentStatus." + name();
    }

    /** Why a need cannot be moved to this status from where it stands. */
    String refusalKey() {
        return "equipment.error.badStep." + name();
    }

    /** A CSS class for the status tag; the text says it too, so colour is never the only cue. */
    public String styleClass() {
        return "equipment-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
