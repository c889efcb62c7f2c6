package dk.kompetencenet.meeting;

/** Whether an invitee was there. */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED;

    public String labelKey() {
        return "attendance." + name();
    }
}
