package dk.kompetencenet.meeting;

/** A registration for a theme meeting: a seat, a place on the waiting list, or cancelled. */
public enum RegistrationStatus {
    REGISTERED, WAITING, CANCELLED;

    public String labelKey() {
        return "registration." + name();
    }
}
