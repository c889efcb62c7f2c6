package dk.kompetencenet.followup;

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

    public String labelKey() {
        return "snapshotKind." + name();
    }
}
