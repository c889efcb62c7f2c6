package dk.kompetencenet.meeting.replies;

/** A mail in the organiser mailbox that is no answer Kompetencenet can record, with the reason, for the log. */
class UnusableReply extends Exception {

    private static final long serialVersionUID = 1L;

    UnusableReply(String reason) {
        super(reason);
    }
}
