package dk.kompetencenet.meeting.poll;

/** An invitee's answer to one proposed time. */
public enum Availability {
    YES, IF_NEED_BE, NO;

    public String labelKey() {
        return "poll.availability." + name();
    }
}
