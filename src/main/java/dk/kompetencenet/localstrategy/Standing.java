package dk.kompetencenet.localstrategy;

/**
 * What the municipality sees of one required document at one institution: missing (no record, or recorded as
 * missing), in progress, adopted, or adopted but past its review date.
 */
public enum Standing {
    MISSING, IN_PROGRESS, ADOPTED, REVIEW_OVERDUE;

    public String labelKey() {
        return "documentStanding." + name();
    }

    /** A CSS class for the status tag, so that colour is never the only cue (the text says it too). */
    public String styleClass() {
        return "standing-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
