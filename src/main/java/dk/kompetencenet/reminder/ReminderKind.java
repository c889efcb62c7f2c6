package dk.kompetencenet.reminder;

/** The kinds of mail a person can turn off, each on its own. */
public enum ReminderKind {
    MEETING, ROUND, DUE_DATES, DIGEST;

    /** The kind's name on the settings and unsubscribe pages. */
    public String labelKey() {
        return switch (this) {
            case MEETING -> "reminder.kind.MEETING";
            case ROUND -> "reminder.kind.ROUND";
            case DUE_DATES -> "reminder.kind.DUE_DATES";
            case DIGEST -> "reminder.kind.DIGEST";
        };
    }
}
