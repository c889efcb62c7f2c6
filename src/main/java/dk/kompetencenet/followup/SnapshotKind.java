package dk.kompetencenet.followup;

import java.time.LocalDate;

import dk.kompetencenet.strategy.Strategy;

/** Why a snapshot was taken. */
public enum SnapshotKind {
    /** At the strategy's start: what everything is compared with. */
    BASELINE,
    /** The one-year follow-up. */
    FOLLOW_UP,
    /** The two-year evaluation, before the strategy is revised. */
    EVALUATION,
    /** Taken by a coordinator whenever wanted. */
    ON_DEMAND;

    /** The day this kind of snapshot of the strategy falls due, or null for one taken on demand. */
    public LocalDate dueOn(Strategy strategy) {
        return switch (this) {
            case BASELINE -> strategy.getStartDate();
            case FOLLOW_UP -> strategy.getFollowUpDate();
            case EVALUATION -> strategy.getEvaluationDate();
            case ON_DEMAND -> null;
        };
    }

    /** Whether it is due on that day: the baseline always (it is what everything is compared with), the others from their day. */
    public boolean isDue(Strategy strategy, LocalDate today) {
        return switch (this) {
            case BASELINE -> true;
            case FOLLOW_UP, EVALUATION -> !today.isBefore(dueOn(strategy));
            case ON_DEMAND -> false;
        };
    }

    public String labelKey() {
        return "snapshotKind." + name();
    }
}
