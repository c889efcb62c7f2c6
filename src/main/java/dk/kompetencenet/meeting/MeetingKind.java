package dk.kompetencenet.meeting;

/** What kind of meeting: a network meeting, a theme meeting (temamøde, open with registration), or another. */
public enum MeetingKind {
    NETWORK_MEETING, THEME_MEETING, OTHER;

    public String labelKey() {
        return "meetingKind." + name();
    }
}
