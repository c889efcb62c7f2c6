package dk.kompetencenet.meeting;

/** An invitee's answer for one occurrence. */
public enum Answer {
    ACCEPTED, TENTATIVE, DECLINED;

    public String labelKey() {
        return "answer." + name();
    }
}
