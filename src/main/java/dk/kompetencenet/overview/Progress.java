package dk.kompetencenet.overview;

/** How far an institution has come with an initiative, as the records show it (never typed in). */
public enum Progress {
    /** The initiative is for the other sector. */
    NOT_RELEVANT,
    /** Nothing recorded yet. */
    NOTHING_YET,
    /** Something recorded: a document under way, staff in training, in the network, at meetings, assessed, planning. */
    UNDER_WAY,
    /** What the initiative asks for is there: every required document adopted and/or a trained supervisor. */
    IN_PLACE;

    public String labelKey() {
        return "progress." + name();
    }

    public String styleClass() {
        return "progress-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
